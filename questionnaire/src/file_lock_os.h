#pragma once
// What FileLock needs from the operating system, one implementation per system side by side
// (file_lock_posix.cpp, file_lock_windows.cpp).
#include <cstdint>
#include <filesystem>
#include <string>

namespace c5::questionnaire::detail {

/// Takes the exclusive lock on `path` and returns what holds it (-1: the file system cannot lock,
/// SQLite's own locking then stands alone); throws QuestionnaireError when another process holds it.
std::intptr_t LockFile(const std::filesystem::path& path);
/// Releases a lock LockFile took.
void UnlockFile(std::intptr_t native) noexcept;
/// The message for a file another window or command holds.
std::string LockHeldElsewhere(const std::filesystem::path& path);

}  // namespace c5::questionnaire::detail
