#pragma once
// Turns SQLite's error codes into messages a user can act on.
#include <filesystem>
#include <string_view>

#include <SQLiteCpp/Exception.h>

namespace c5::questionnaire::detail {

/// Throws QuestionnaireError explaining `error` for the file at `path`, while `doing` something
/// ("save the answer", "open"). Always says whether the file was changed.
[[noreturn]] void ThrowStoreError(const SQLite::Exception& error, const std::filesystem::path& path,
                                  std::string_view doing);

}  // namespace c5::questionnaire::detail
