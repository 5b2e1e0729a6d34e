#include "c5/questionnaire/file_lock.h"

#include <utility>

#include <fmt/format.h>

#include "file_lock_os.h"

namespace c5::questionnaire {

std::string detail::LockHeldElsewhere(const std::filesystem::path& path) {
    return fmt::format("{}: the file is open in another C5 Readiness Kit window or command, and only one may change "
                       "it at a time; close it there first (reading it, e.g. with 'info' or 'score', works meanwhile)",
                       path.string());
}

FileLock::FileLock(const std::filesystem::path& path) : m_native(detail::LockFile(path)) {}

void FileLock::Release() noexcept {
    if (m_native == -1) return;
    detail::UnlockFile(m_native);
    m_native = -1;
}

FileLock::FileLock(FileLock&& other) noexcept : m_native(std::exchange(other.m_native, -1)) {}
FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        Release();
        m_native = std::exchange(other.m_native, -1);
    }
    return *this;
}

FileLock::~FileLock() { Release(); }

}  // namespace c5::questionnaire
