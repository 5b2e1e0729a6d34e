// AtomicFile's operating-system side on Linux and other POSIX systems.
#include "atomic_file_os.h"

#include <cerrno>
#include <ctime>
#include <string>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace c5::questionnaire::detail {
namespace fs = std::filesystem;

namespace {
// A temp file unchanged for this long and unlocked belongs to no living writer.
constexpr long kStaleAfterSeconds = 5;
}  // namespace

int CreateAnonymousFile(const fs::path& folder, unsigned mode) {
#ifdef O_TMPFILE
    // Linking needs /proc/self/fd (below); without it the unnamed file could never get its name.
    if (::access("/proc/self/fd", X_OK) != 0) return -1;
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC,
                          static_cast<mode_t>(mode));
    return fd;  // FAT, exFAT and some network file systems refuse: the caller names its file
#else
    (void)folder;
    (void)mode;
    return -1;
#endif
}

bool LinkAnonymous(int fd, const fs::path& to) {
    // linkat(AT_EMPTY_PATH) needs a privilege; the /proc link of the descriptor does not.
    const std::string self = "/proc/self/fd/" + std::to_string(fd);
    return ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, to.c_str(), AT_SYMLINK_FOLLOW) == 0;
}

int CreateLockedFile(const fs::path& path, unsigned mode) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(mode));
    if (fd < 0) return -1;
    // flock() locks are apart from SQLite's fcntl() locks, so a writer such as VACUUM INTO works
    // on the file while we hold this one. File systems without flock: the file is then only
    // removed by this writer itself (and stays after a crash, as before).
    ::flock(fd, LOCK_EX | LOCK_NB);
    return fd;
}

void RemoveStaleTempFiles(const fs::path& folder, std::string_view suffix) {
    std::error_code error;
    for (fs::directory_iterator entry(folder.empty() ? fs::path(".") : folder, error), end; !error && entry != end;
         entry.increment(error)) {
        const std::string name = entry->path().filename().string();
        if (name.size() <= suffix.size() + 1 || name.front() != '.' ||
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const int fd = ::open(entry->path().c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) continue;
        struct stat info {};
        // Only a regular file whose writer is gone: a living writer holds its lock, and a file
        // linked at a commit an instant ago is not touched either.
        const bool settled = ::fstat(fd, &info) == 0 && ::time(nullptr) - info.st_mtime >= kStaleAfterSeconds;
        if (settled && S_ISREG(info.st_mode) && info.st_uid == ::geteuid() && ::flock(fd, LOCK_EX | LOCK_NB) == 0)
            ::unlink(entry->path().c_str());
        ::close(fd);
    }
}

long WriteFd(int fd, const char* data, std::size_t size) { return ::write(fd, data, size); }
int SyncFd(int fd) { return ::fsync(fd); }
int CloseFd(int fd) { return ::close(fd); }
void SetFileMode(int fd, unsigned mode) { ::fchmod(fd, static_cast<mode_t>(mode)); }

void SyncFolder(const fs::path& folder) {
    // Makes a rename or a new name durable; some file systems (FAT on USB sticks) refuse, which is harmless.
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

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
    return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;  // SyncFolder makes it durable
}

}  // namespace c5::questionnaire::detail
