#pragma once
// Reading files from outside safely: only regular files (a FIFO or a device such as /dev/zero as
// input would hang or never end), never more than a stated number of bytes.
#include <cstddef>
#include <filesystem>
#include <string>

namespace c5::questionnaire {

/// Throws QuestionnaireError unless `path` is an existing regular file (links are followed):
/// "no such file", "is a folder", "is not a regular file (a FIFO, a device, ...)".
void RequireRegularFile(const std::filesystem::path& path);

/// The whole content of the regular file `path`; throws QuestionnaireError when it is not one,
/// cannot be read, or holds more than `max_bytes` (checked while reading, so a file that grows
/// meanwhile is still bounded).
std::string ReadRegularFile(const std::filesystem::path& path, std::size_t max_bytes);

/// At most the first `bytes` bytes of the regular file `path` (fewer when it is shorter).
std::string ReadFileStart(const std::filesystem::path& path, std::size_t bytes);

}  // namespace c5::questionnaire
