#pragma once

namespace c5::questionnaire {

/// The .c5a file format this kit writes (PRAGMA user_version; docs/file-format.md).
inline constexpr int kFileFormatVersion = 3;

}  // namespace c5::questionnaire
