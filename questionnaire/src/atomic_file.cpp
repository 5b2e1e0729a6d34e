#include "c5/questionnaire/atomic_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "atomic_file_os.h"
#include "c5/questionnaire/digest.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/regular_file.h"
#include "c5/questionnaire/sealed_file.h"
#include "c5/questionnaire/text_util.h"

namespace c5::questionnaire {
namespace fs = std::filesystem;
using namespace detail;

namespace {

// Temp files are ".<name>.<8 hex digits>.c5tmp"; the suffix lets a later writer find those of a
// writer that was killed.
constexpr std::string_view kTempSuffix = ".c5tmp";
// The longest file name most file systems take (ext4, NTFS, FAT's long names: 255 bytes or units).
constexpr std::size_t kMaxNameBytes = 255;

std::string SystemError(int error) {
    if (error == ENOSPC) return "the disk is full";
#ifdef EDQUOT
    if (error == EDQUOT) return "the disk quota is exhausted";
#endif
    if (error == EACCES || error == EPERM) return "permission denied";
    if (error == EROFS) return "the disk is read-only";
    return std::strerror(error);
}

[[noreturn]] void Fail(const fs::path& path, std::string_view what, int error) {
    throw QuestionnaireError(fmt::format("{}: could not {}: {}", path.string(), what, SystemError(error)));
}

// A temp name beside `target` that fits the file system's limit even for a target name of 255 bytes.
fs::path TempNameFor(const fs::path& target) {
    const std::string tag = "." + NewUuid().substr(0, 8) + std::string(kTempSuffix);
    std::string name = target.filename().string();
    // Room for "-journal" too: SQLite may write a database into the temp file (VACUUM INTO).
    const std::size_t room = kMaxNameBytes - 1 - tag.size() - std::string_view("-journal").size();
    if (name.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;  // whole characters
        name.resize(cut);
    }
    return target.parent_path() / ("." + name + tag);
}

bool HasExtension(const fs::path& path, std::string_view extension) {
    return ToLowerAscii(path.extension().string()) == extension;
}

// An existing file that holds an assessment, a kit or a sealed file, by its first bytes.
bool HoldsAssessment(const fs::path& path) {
    std::string start;
    try {
        start = ReadFileStart(path, 72);
    } catch (const QuestionnaireError&) {
        return false;  // unreadable: the write that follows names the real problem
    }
    if (IsSealed(start)) return true;
    constexpr std::string_view kSqlite{"SQLite format 3\0", 16};
    if (start.size() < 72 || start.compare(0, kSqlite.size(), kSqlite) != 0) return false;
    const auto byte = [&](std::size_t at) { return static_cast<unsigned>(static_cast<unsigned char>(start[at])); };
    const unsigned application_id = byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71);
    return application_id == 0x43354B41;  // "C5KA", store/schema.h
}

}  // namespace

void CheckAssessmentFileName(const fs::path& path) {
    const std::size_t bytes = path.filename().string().size();
    if (bytes > kMaxAssessmentNameBytes)
        throw QuestionnaireError(fmt::format("{}: the file name is {} bytes long; an assessment file's name may have at "
                                             "most {} (the database keeps a journal beside it named after it) — choose "
                                             "or rename it to a shorter name (nothing was changed)",
                                             path.string(), bytes, kMaxAssessmentNameBytes));
}

void CreateOwnerOnlyFolders(const fs::path& folder, std::error_code& error) {
    error.clear();
    if (folder.empty() || fs::is_directory(folder, error)) return;
    CreateOwnerOnlyFolders(folder.parent_path(), error);
    if (error) return;
    if (fs::create_directory(folder, error))
        fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, error);
}

void RemoveAbandonedTempFiles(const fs::path& folder) { RemoveStaleTempFiles(folder, kTempSuffix); }

void CheckOutputTarget(const fs::path& target, const std::vector<fs::path>& inputs) {
    std::error_code error;
    for (const auto& input : inputs)
        if (!input.empty() && fs::exists(target, error) && fs::equivalent(target, input, error))
            throw QuestionnaireError(fmt::format("{}: is the input file itself; writing the output there would destroy "
                                                 "it — choose another name for the output (nothing was written)",
                                                 target.string()));
    const auto status = fs::status(target, error);
    if (!fs::exists(status)) return;
    if (fs::is_directory(status)) throw QuestionnaireError(fmt::format("{}: is a folder", target.string()));
    if (!fs::is_regular_file(status))
        throw QuestionnaireError(fmt::format("{}: is not a regular file; give the name of a file to write", target.string()));
    if (HasExtension(target, ".c5a") || HasExtension(target, ".c5s") || HoldsAssessment(target))
        throw QuestionnaireError(fmt::format("{}: is an assessment file; an output never replaces one — choose "
                                             "another name for the output (nothing was written)",
                                             target.string()));
}

AtomicFile::AtomicFile(fs::path target, Replace replace, unsigned mode)
    : m_target(std::move(target)), m_replace(replace), m_mode(mode) {
    if (m_target.filename().empty() || m_target.filename() == "." || m_target.filename() == "..")
        throw QuestionnaireError(fmt::format("{}: not a file name", m_target.string()));
    std::error_code error;
    if (replace == Replace::Refused && fs::exists(m_target, error))
        throw QuestionnaireError(
            fmt::format("{}: already exists; choose another name or remove it first", m_target.string()));
    if (fs::is_directory(m_target, error))
        throw QuestionnaireError(fmt::format("{}: is a folder", m_target.string()));
    if (replace == Replace::OutputOnly) CheckOutputTarget(m_target);
    const fs::path folder = m_target.parent_path();
    if (!folder.empty() && !fs::is_directory(folder, error))
        throw QuestionnaireError(fmt::format("{}: the folder {} does not exist", m_target.string(), folder.string()));
    if (m_target.filename().string().size() > kMaxNameBytes)
        throw QuestionnaireError(fmt::format("{}: the file name is longer than {} bytes; choose a shorter one",
                                             m_target.string(), kMaxNameBytes));
    if (const auto status = fs::status(m_target, error); !error && fs::exists(status))
        m_mode = static_cast<unsigned>(status.permissions()) & 07777;
    // Temp files of a writer that was killed here before: its plaintext must not stay.
    RemoveAbandonedTempFiles(folder);
    m_fd = CreateAnonymousFile(folder, m_mode);
    m_anonymous = m_fd >= 0;
    for (int attempt = 0; attempt < 8 && m_fd < 0; ++attempt) {
        m_temp = TempNameFor(m_target);
        m_fd = CreateLockedFile(m_temp, m_mode);
        if (m_fd < 0 && errno != EEXIST) Fail(m_target, "create a temporary file beside it", errno);
    }
    if (m_fd < 0) Fail(m_target, "create a temporary file beside it", EEXIST);
    SetFileMode(m_fd, m_mode);  // the umask must not widen or narrow a replaced file
}

AtomicFile::~AtomicFile() {
    if (m_fd >= 0) CloseFd(m_fd);
    if (!m_committed && !m_temp.empty()) {
        std::error_code ignored;
        fs::remove(m_temp, ignored);
    }
}

void AtomicFile::Write(std::string_view bytes) {
    if (m_fd < 0 || m_released)
        throw QuestionnaireError(fmt::format("{}: internal error: write after release", m_target.string()));
    while (!bytes.empty()) {
        const long written = WriteFd(m_fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            Fail(m_target, "write", errno);
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

void AtomicFile::ReleaseHandle() {
    if (m_released) return;
    if (m_anonymous) {
        // The writer needs a name: trade the unnamed file for a locked, named one.
        CloseFd(m_fd);
        m_fd = -1;
        m_anonymous = false;
        for (int attempt = 0; attempt < 8 && m_fd < 0; ++attempt) {
            m_temp = TempNameFor(m_target);
            m_fd = CreateLockedFile(m_temp, m_mode);
            if (m_fd < 0 && errno != EEXIST) Fail(m_target, "create a temporary file beside it", errno);
        }
        if (m_fd < 0) Fail(m_target, "create a temporary file beside it", EEXIST);
        SetFileMode(m_fd, m_mode);
    }
    // Our descriptor stays open: it holds the lock and flushes what the other writer wrote.
    m_released = true;
}

void AtomicFile::Commit() {
    if (m_committed) return;
    if (SyncFd(m_fd) != 0) Fail(m_target, "flush to disk", errno);
    if (m_anonymous) {
        if (m_replace == Replace::Refused) {
            // Linking fails if the target appeared meanwhile: never replaced, even by a race.
            if (!LinkAnonymous(m_fd, m_target)) {
                if (errno == EEXIST)
                    throw QuestionnaireError(
                        fmt::format("{}: already exists; choose another name or remove it first", m_target.string()));
                Fail(m_target, "move into place", errno);
            }
        } else {
            // A complete file gets a temp name for an instant, then replaces the target in one rename.
            for (int attempt = 0; attempt < 8; ++attempt) {
                m_temp = TempNameFor(m_target);
                if (LinkAnonymous(m_fd, m_temp)) break;
                if (errno != EEXIST) Fail(m_target, "move into place", errno);
                m_temp.clear();
            }
            if (m_temp.empty()) Fail(m_target, "move into place", EEXIST);
        }
    }
    const int fd = m_fd;
    m_fd = -1;
    if (CloseFd(fd) != 0) Fail(m_target, "close", errno);
    if (!(m_anonymous && m_replace == Replace::Refused)) {
        if (m_replace == Replace::Refused) {
            if (!LinkNoReplace(m_temp, m_target)) {
                if (errno == EEXIST)
                    throw QuestionnaireError(
                        fmt::format("{}: already exists; choose another name or remove it first", m_target.string()));
                Fail(m_target, "move into place", errno);
            }
        } else {
            if (const int error = MoveReplacing(m_temp, m_target); error != 0) Fail(m_target, "move into place", error);
        }
    }
    m_committed = true;
    SyncFolder(m_target.parent_path());
}

void WriteFileAtomically(const fs::path& target, std::string_view bytes, Replace replace, unsigned mode) {
    AtomicFile file(target, replace, mode);
    file.Write(bytes);
    file.Commit();
}

}  // namespace c5::questionnaire
