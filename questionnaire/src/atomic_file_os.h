#pragma once
// What AtomicFile needs from the operating system, one implementation per system side by side
// (atomic_file_posix.cpp, atomic_file_windows.cpp). Failures return -1/false with errno set.
#include <filesystem>
#include <string_view>

namespace c5::questionnaire::detail {

/// An unnamed file in `folder` that disappears if the process dies before LinkAnonymous; -1 where
/// the system or the file system has none (then a named temp file is used).
int CreateAnonymousFile(const std::filesystem::path& folder, unsigned mode);
/// Gives the unnamed file `fd` the name `to`, failing with EEXIST when `to` exists.
bool LinkAnonymous(int fd, const std::filesystem::path& to);
/// Creates `path` exclusively and holds a lock on it while `fd` stays open, so that
/// RemoveStaleTempFiles never takes the temp file of a living writer.
int CreateLockedFile(const std::filesystem::path& path, unsigned mode);
/// Removes the files in `folder` named `.*<suffix>` that no living process holds locked: temp
/// files of a writer that was killed.
void RemoveStaleTempFiles(const std::filesystem::path& folder, std::string_view suffix);

long WriteFd(int fd, const char* data, std::size_t size);
int SyncFd(int fd);
int CloseFd(int fd);
/// Sets the permissions of the open file, whatever the umask.
void SetFileMode(int fd, unsigned mode);
/// Makes renames and new names in `folder` durable (file systems that refuse are ignored).
void SyncFolder(const std::filesystem::path& folder);
/// Moves `from` to `to` only when `to` does not exist (EEXIST otherwise).
bool LinkNoReplace(const std::filesystem::path& from, const std::filesystem::path& to);
/// Replaces `to` with `from` in one step, returning only once the rename is on the disk where
/// the system offers that; 0 or an errno value.
int MoveReplacing(const std::filesystem::path& from, const std::filesystem::path& to);

}  // namespace c5::questionnaire::detail
