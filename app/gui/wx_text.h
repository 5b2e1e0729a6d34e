#pragma once
// Text crosses between the libraries (UTF-8 std::string) and wx here, and only here.
#include <concepts>
#include <filesystem>
#include <string>
#include <string_view>

#include <wx/string.h>

#include "c5/questionnaire/text_util.h"

namespace c5::gui {

inline wxString U(std::string_view text) { return wxString::FromUTF8(text.data(), text.size()); }
inline std::string S(const wxString& text) { return std::string(text.utf8_str()); }
/// A path from what a file dialog or the command line gave (never path(S(…)): see PathFromUtf8).
inline std::filesystem::path P(const wxString& text) { return questionnaire::PathFromUtf8(S(text)); }
/// A path shown or put in a field (never U(path.string()): on Windows that is the ANSI code page).
/// (A template, so that strings and literals never convert to a path to reach it.)
template <class Path>
    requires std::same_as<Path, std::filesystem::path>
wxString U(const Path& path) {
    return U(questionnaire::PathToUtf8(path));
}

}  // namespace c5::gui
