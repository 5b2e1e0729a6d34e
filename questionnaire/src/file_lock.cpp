#include "c5/questionnaire/file_lock.h"

#include <cerrno>
#include <utility>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

#include <fmt/format.h>

#include "c5/questionnaire/error.h"

namespace c5::questionnaire {
namespace {

std::string HeldElsewhere(const std::filesystem::path& path) {
    return fmt::format("{}: the file is open in another C5 Readiness Kit window or command, and only one may change "
                       "it at a time; close it there first (reading it, e.g. with 'info' or 'score', works meanwhile)",
                       path.string());
}

}  // namespace

#ifdef _WIN32
// SQLite locks bytes from 0x40000000; this lock sits far beyond them and beyond any file's data.
constexpr DWORD kLockOffsetHigh = 0x7F;

FileLock::FileLock(const std::filesystem::path& path) {
    HANDLE handle = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        throw QuestionnaireError(fmt::format("{}: cannot be opened to lock it", path.string()));
    OVERLAPPED where{};
    where.OffsetHigh = kLockOffsetHigh;
    if (!LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &where)) {
        CloseHandle(handle);
        throw QuestionnaireError(HeldElsewhere(path));
    }
    m_handle = handle;
}

void FileLock::Release() noexcept {
    if (!m_handle) return;
    OVERLAPPED where{};
    where.OffsetHigh = kLockOffsetHigh;
    UnlockFileEx(m_handle, 0, 1, 0, &where);
    CloseHandle(m_handle);
    m_handle = nullptr;
}

FileLock::FileLock(FileLock&& other) noexcept : m_handle(std::exchange(other.m_handle, nullptr)) {}
FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        Release();
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}
#else
// flock() locks are independent of the fcntl() locks SQLite takes. The descriptor must be opened
// before SQLite opens the file and closed after it closes it: closing any descriptor of a file
// drops the process's fcntl locks on it.
FileLock::FileLock(const std::filesystem::path& path) {
    m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) throw QuestionnaireError(fmt::format("{}: cannot be opened to lock it", path.string()));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(m_fd);
        m_fd = -1;
        if (error == EWOULDBLOCK) throw QuestionnaireError(HeldElsewhere(path));
        // File systems without flock support: fall back to SQLite's own locking alone.
    }
}

void FileLock::Release() noexcept {
    if (m_fd < 0) return;
    ::close(m_fd);
    m_fd = -1;
}

FileLock::FileLock(FileLock&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        Release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}
#endif

FileLock::~FileLock() { Release(); }

}  // namespace c5::questionnaire
