#pragma once
// Writing files so that a crash, a full disk or a pulled USB stick never leaves a half-written
// file behind: sibling temp file (O_EXCL) → write → fsync → close → rename → fsync the folder.
#include <filesystem>
#include <string_view>

namespace c5::questionnaire {

enum class Replace { Allowed, Refused };

/// A file being written next to its final path; it appears there only on Commit().
/// Destroying it uncommitted removes the temp file and leaves the target untouched.
class AtomicFile {
public:
    /// `mode` applies to new files; a replaced file keeps its permissions.
    explicit AtomicFile(std::filesystem::path target, Replace replace = Replace::Allowed, unsigned mode = 0644);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::filesystem::path& TempPath() const { return m_temp; }
    void Write(std::string_view bytes);
    /// For writers that need the path (SQLite's VACUUM INTO): closes our handle; Commit reopens to fsync.
    void ReleaseHandle();
    /// Flushes to disk and moves the file into place; throws QuestionnaireError on any failure.
    void Commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    Replace m_replace;
    int m_fd = -1;
    bool m_committed = false;
};

/// Writes `bytes` to `target` atomically (see AtomicFile).
void WriteFileAtomically(const std::filesystem::path& target, std::string_view bytes,
                         Replace replace = Replace::Allowed, unsigned mode = 0644);

}  // namespace c5::questionnaire
