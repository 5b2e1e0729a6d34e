#pragma once
// Writing files so that a crash, a full disk or a pulled USB stick never leaves a half-written
// file behind: an unnamed (or locked, named) temp file in the same folder → write → fsync →
// close → link or rename into place → fsync the folder. Outputs never replace an assessment.
#include <filesystem>
#include <string_view>
#include <vector>

namespace c5::questionnaire {

enum class Replace {
    Allowed,     // replaces whatever file is there (Save as, after the user confirmed)
    Refused,     // never replaces a file
    OutputOnly,  // replaces an earlier output, never an assessment or sealed file (CheckOutputTarget)
};

/// Files the kit writes are readable by their owner only: reports and exports hold the evidence.
inline constexpr unsigned kOwnerOnlyFileMode = 0600;

/// A file being written next to its final path; it appears there only on Commit().
/// Destroying it uncommitted removes the temp file and leaves the target untouched. Where the
/// system allows, the temp file has no name at all until Commit, so a killed writer leaves
/// nothing behind; otherwise it is locked while written, and a later writer in the same folder
/// removes temp files whose writer died.
class AtomicFile {
public:
    /// `mode` applies to new files; a replaced file keeps its permissions.
    explicit AtomicFile(std::filesystem::path target, Replace replace = Replace::OutputOnly,
                        unsigned mode = kOwnerOnlyFileMode);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void Write(std::string_view bytes);
    /// For writers that need a path (SQLite's VACUUM INTO): gives the temp file a name and stops
    /// Write(); the writer writes to TempPath() and Commit() flushes what it wrote.
    void ReleaseHandle();
    /// The temp file's name; empty while it has none (before ReleaseHandle, where unnamed files exist).
    const std::filesystem::path& TempPath() const { return m_temp; }
    /// Flushes to disk and moves the file into place; throws QuestionnaireError on any failure.
    void Commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    Replace m_replace;
    unsigned m_mode = kOwnerOnlyFileMode;
    int m_fd = -1;
    bool m_anonymous = false;  // m_fd is an unnamed file
    bool m_released = false;   // another writer writes to m_temp
    bool m_committed = false;
};

/// Writes `bytes` to `target` atomically (see AtomicFile).
void WriteFileAtomically(const std::filesystem::path& target, std::string_view bytes,
                         Replace replace = Replace::OutputOnly, unsigned mode = kOwnerOnlyFileMode);

/// The longest name (in bytes) an assessment or kit file may have: SQLite keeps a journal beside it
/// named "<name>-journal", and file names stop at 255 bytes.
constexpr std::size_t kMaxAssessmentNameBytes = 255 - 8;

/// Throws QuestionnaireError, naming the limit, when `path`'s file name is too long for an
/// assessment file (kMaxAssessmentNameBytes).
void CheckAssessmentFileName(const std::filesystem::path& path);

/// Creates `folder` and its missing parents, each new one readable by its owner only (0700): the
/// names of kits and exported documents name respondents. Existing folders are left as they are.
void CreateOwnerOnlyFolders(const std::filesystem::path& folder, std::error_code& error);

/// Removes the temp files that writers killed in `folder` left behind (they may hold plaintext
/// the user never saw saved): those no living writer holds, unchanged for a few seconds. Every
/// write into a folder does this first; opening an assessment does it for the assessment's folder.
void RemoveAbandonedTempFiles(const std::filesystem::path& folder);

/// Throws QuestionnaireError when writing an output to `target` would destroy something: an
/// existing assessment or sealed file (by its extension .c5a/.c5s or by its content), something
/// that is not a regular file, or one of `inputs` (a tab-completion slip such as `report X.c5a -o
/// X.c5a`). Nothing is touched.
void CheckOutputTarget(const std::filesystem::path& target, const std::vector<std::filesystem::path>& inputs = {});

}  // namespace c5::questionnaire
