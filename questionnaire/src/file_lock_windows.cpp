// FileLock's operating-system side on Windows: LockFileEx on a byte range no data or SQLite lock uses.
#include "file_lock_os.h"

#include <windows.h>

#include <fmt/format.h>

#include "c5/questionnaire/error.h"

namespace c5::questionnaire::detail {
namespace {

// SQLite locks bytes from 0x40000000; this lock sits far beyond them and beyond any file's data.
constexpr DWORD kLockOffsetHigh = 0x7F;

}  // namespace

std::intptr_t LockFile(const std::filesystem::path& path) {
    // Shared for reading, writing and deleting: SQLite opens the file too, and 'info' or 'score'
    // may read it meanwhile; only the lock itself is exclusive.
    HANDLE handle = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        throw QuestionnaireError(fmt::format("{}: cannot be opened to lock it", path.string()));
    OVERLAPPED where{};
    where.OffsetHigh = kLockOffsetHigh;
    if (!LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &where)) {
        const DWORD error = GetLastError();
        CloseHandle(handle);
        if (error == ERROR_LOCK_VIOLATION || error == ERROR_IO_PENDING) throw QuestionnaireError(LockHeldElsewhere(path));
        // File systems that cannot lock (some network shares): SQLite's own locking stands alone.
        return -1;
    }
    return reinterpret_cast<std::intptr_t>(handle);
}

void UnlockFile(std::intptr_t native) noexcept {
    HANDLE handle = reinterpret_cast<HANDLE>(native);
    OVERLAPPED where{};
    where.OffsetHigh = kLockOffsetHigh;
    UnlockFileEx(handle, 0, 1, 0, &where);
    CloseHandle(handle);
}

}  // namespace c5::questionnaire::detail
