#pragma once
// Text crosses between the libraries (UTF-8 std::string) and wx here, and only here.
#include <string>
#include <string_view>

#include <wx/string.h>

namespace c5::gui {

inline wxString U(std::string_view text) { return wxString::FromUTF8(text.data(), text.size()); }
inline std::string S(const wxString& text) { return std::string(text.utf8_str()); }

}  // namespace c5::gui
