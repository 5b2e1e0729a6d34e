#pragma once
// What both programs set up before touching any file (process_setup_posix.cpp,
// process_setup_windows.cpp).
#include <string>
#include <vector>

namespace c5::app {

/// A write past a file-size limit (a quota, RLIMIT_FSIZE) must fail like a full disk — an error the
/// store rolls back and reports — instead of killing the program with SIGXFSZ mid-save.
void TreatFileSizeLimitAsFullDisk();

/// The program's arguments as UTF-8, whatever the system's code page: on Windows they are read from
/// the wide command line, so a file named in any script reaches the program whole.
std::vector<std::string> Utf8Arguments(int argc, char** argv);

/// Makes the console show the UTF-8 the program prints (Windows' console otherwise reads it in
/// the OEM code page); nothing to do where terminals speak UTF-8.
void UseUtf8Console();

}  // namespace c5::app
