// AtomicFile's operating-system side on Windows. Windows has no unnamed files: a named temp file
// is used.
#include "atomic_file_os.h"

#include <cerrno>

#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#include <windows.h>

namespace c5::questionnaire::detail {
namespace fs = std::filesystem;

int CreateAnonymousFile(const fs::path&, unsigned) { return -1; }
bool LinkAnonymous(int, const fs::path&) {
    errno = ENOSYS;
    return false;
}

int CreateLockedFile(const fs::path& path, unsigned mode) {
    // A file open here cannot be deleted by another process: that is its lock.
    return _wopen(path.c_str(), _O_RDWR | _O_CREAT | _O_EXCL | _O_BINARY, static_cast<int>(mode & 0600));
}

void RemoveStaleTempFiles(const fs::path& folder, std::string_view suffix) {
    std::error_code error;
    for (fs::directory_iterator entry(folder.empty() ? fs::path(".") : folder, error), end; !error && entry != end;
         entry.increment(error)) {
        const std::string name = entry->path().filename().string();
        if (name.size() > suffix.size() + 1 && name.front() == '.' &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
            std::error_code ignored;
            fs::remove(entry->path(), ignored);  // fails while its writer still has it open
        }
    }
}

long WriteFd(int fd, const char* data, std::size_t size) { return _write(fd, data, static_cast<unsigned>(size)); }
int SyncFd(int fd) { return _commit(fd); }
int CloseFd(int fd) { return _close(fd); }
void SetFileMode(int, unsigned) {}
void SyncFolder(const fs::path&) {}  // NTFS orders the rename's metadata itself.

bool LinkNoReplace(const fs::path& from, const fs::path& to) {
    if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_WRITE_THROUGH) != 0) return true;
    errno = GetLastError() == ERROR_ALREADY_EXISTS || GetLastError() == ERROR_FILE_EXISTS ? EEXIST : EIO;
    return false;
}

int MoveReplacing(const fs::path& from, const fs::path& to) {
    if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) return 0;
    const DWORD error = GetLastError();
    return error == ERROR_DISK_FULL || error == ERROR_HANDLE_DISK_FULL ? ENOSPC
           : error == ERROR_WRITE_PROTECT                              ? EROFS
           : error == ERROR_ACCESS_DENIED || error == ERROR_SHARING_VIOLATION ? EACCES
                                                                              : EIO;
}

}  // namespace c5::questionnaire::detail
