// FileLock's operating-system side on Linux and other POSIX systems.
#include "file_lock_os.h"

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fmt/format.h>

#include "c5/questionnaire/error.h"

namespace c5::questionnaire::detail {

// flock() locks are independent of the fcntl() locks SQLite takes. The descriptor must be opened
// before SQLite opens the file and closed after it closes it: closing any descriptor of a file
// drops the process's fcntl locks on it.
std::intptr_t LockFile(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw QuestionnaireError(fmt::format("{}: cannot be opened to lock it", path.string()));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) throw QuestionnaireError(LockHeldElsewhere(path));
        // File systems without flock support: fall back to SQLite's own locking alone.
        return -1;
    }
    return fd;
}

void UnlockFile(std::intptr_t native) noexcept { ::close(static_cast<int>(native)); }

}  // namespace c5::questionnaire::detail
