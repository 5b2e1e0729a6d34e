#include "c5/questionnaire/atomic_file.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

#include <fmt/format.h>

#include "c5/questionnaire/digest.h"
#include "c5/questionnaire/error.h"

namespace c5::questionnaire {
namespace fs = std::filesystem;
namespace {

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

#ifdef _WIN32
int OpenExclusive(const fs::path& path, unsigned mode) {
    return _wopen(path.c_str(), _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY, static_cast<int>(mode & 0600));
}
int SyncFd(int fd) { return _commit(fd); }
int CloseFd(int fd) { return _close(fd); }
long WriteFd(int fd, const char* data, std::size_t size) {
    return _write(fd, data, static_cast<unsigned>(size));
}
void SyncFolder(const fs::path&) {}  // NTFS orders the rename's metadata itself.
bool LinkNoReplace(const fs::path& from, const fs::path& to) {
    return MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_WRITE_THROUGH) != 0;
}
// Replaces `to` in one step, returning only once the rename is on the disk.
int MoveReplacing(const fs::path& from, const fs::path& to) {
    if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) return 0;
    const DWORD error = GetLastError();
    return error == ERROR_DISK_FULL || error == ERROR_HANDLE_DISK_FULL ? ENOSPC
           : error == ERROR_WRITE_PROTECT                              ? EROFS
           : error == ERROR_ACCESS_DENIED || error == ERROR_SHARING_VIOLATION ? EACCES
                                                                              : EIO;
}
#else
int OpenExclusive(const fs::path& path, unsigned mode) {
    return ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(mode));
}
int SyncFd(int fd) { return ::fsync(fd); }
int CloseFd(int fd) { return ::close(fd); }
long WriteFd(int fd, const char* data, std::size_t size) { return ::write(fd, data, size); }
void SyncFolder(const fs::path& folder) {
    // Makes the rename itself durable; some file systems (FAT on USB sticks) refuse, which is harmless.
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}
// Moves `from` to `to` only when `to` does not exist, atomically where the file system allows.
bool LinkNoReplace(const fs::path& from, const fs::path& to) {
    if (::link(from.c_str(), to.c_str()) == 0) {
        ::unlink(from.c_str());
        return true;
    }
    if (errno == EEXIST) return false;
    // File systems without hard links (FAT, exFAT): check, then rename.
    std::error_code ignored;
    if (fs::exists(to, ignored)) {
        errno = EEXIST;
        return false;
    }
    return ::rename(from.c_str(), to.c_str()) == 0;
}
int MoveReplacing(const fs::path& from, const fs::path& to) {
    return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}
#endif

}  // namespace

AtomicFile::AtomicFile(fs::path target, Replace replace, unsigned mode)
    : m_target(std::move(target)), m_replace(replace) {
    if (m_target.filename().empty())
        throw QuestionnaireError(fmt::format("{}: not a file name", m_target.string()));
    std::error_code error;
    if (replace == Replace::Refused && fs::exists(m_target, error))
        throw QuestionnaireError(
            fmt::format("{}: already exists; choose another name or remove it first", m_target.string()));
    if (fs::is_directory(m_target, error))
        throw QuestionnaireError(fmt::format("{}: is a folder", m_target.string()));
    const fs::path folder = m_target.parent_path();
    if (!folder.empty() && !fs::is_directory(folder, error))
        throw QuestionnaireError(fmt::format("{}: the folder {} does not exist", m_target.string(), folder.string()));
    unsigned create_mode = mode;
    if (const auto status = fs::status(m_target, error); !error && fs::exists(status))
        create_mode = static_cast<unsigned>(status.permissions()) & 07777;
    for (int attempt = 0; attempt < 8 && m_fd < 0; ++attempt) {
        m_temp = folder / fmt::format(".{}.{}.tmp", m_target.filename().string(), NewUuid().substr(0, 8));
        m_fd = OpenExclusive(m_temp, create_mode);
        if (m_fd < 0 && errno != EEXIST) Fail(m_target, "create a temporary file beside it", errno);
    }
    if (m_fd < 0) Fail(m_target, "create a temporary file beside it", EEXIST);
#ifndef _WIN32
    ::fchmod(m_fd, static_cast<mode_t>(create_mode));  // the umask must not widen or narrow a replaced file
#endif
}

AtomicFile::~AtomicFile() {
    if (m_fd >= 0) CloseFd(m_fd);
    if (!m_committed) {
        std::error_code ignored;
        fs::remove(m_temp, ignored);
    }
}

void AtomicFile::Write(std::string_view bytes) {
    if (m_fd < 0) throw QuestionnaireError(fmt::format("{}: internal error: write after release", m_target.string()));
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
    if (m_fd >= 0 && CloseFd(m_fd) != 0) {
        m_fd = -1;
        Fail(m_target, "close the temporary file", errno);
    }
    m_fd = -1;
}

void AtomicFile::Commit() {
    if (m_committed) return;
    if (m_fd < 0) {
#ifdef _WIN32
        m_fd = _wopen(m_temp.c_str(), _O_RDWR | _O_BINARY);
#else
        m_fd = ::open(m_temp.c_str(), O_RDWR | O_CLOEXEC);
#endif
        if (m_fd < 0) Fail(m_target, "reopen the temporary file", errno);
    }
    if (SyncFd(m_fd) != 0) Fail(m_target, "flush to disk", errno);
    const int fd = m_fd;
    m_fd = -1;
    if (CloseFd(fd) != 0) Fail(m_target, "close", errno);
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
    m_committed = true;
    SyncFolder(m_target.parent_path());
}

void WriteFileAtomically(const fs::path& target, std::string_view bytes, Replace replace, unsigned mode) {
    AtomicFile file(target, replace, mode);
    file.Write(bytes);
    file.Commit();
}

}  // namespace c5::questionnaire
