#pragma once
// What both programs set up before touching any file.

namespace c5::app {

/// A write past a file-size limit (a quota, RLIMIT_FSIZE) must fail like a full disk — an error the
/// store rolls back and reports — instead of killing the program with SIGXFSZ mid-save.
void TreatFileSizeLimitAsFullDisk();

}  // namespace c5::app
