#pragma once
// An exclusive advisory lock on an assessment file, held while it is open for writing, so two
// windows or commands never change the same file at once. The operating system releases it when
// the process ends, even by a crash: no stale locks on USB sticks.
#include <cstdint>
#include <filesystem>

namespace c5::questionnaire {

class FileLock {
public:
    /// Throws QuestionnaireError when another process holds the lock.
    explicit FileLock(const std::filesystem::path& path);
    ~FileLock();
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    void Release() noexcept;
    // What the system holds the lock through: a file descriptor on POSIX (file_lock_posix.cpp), a
    // HANDLE on Windows (file_lock_windows.cpp); -1 when none is held.
    std::intptr_t m_native = -1;
};

}  // namespace c5::questionnaire
