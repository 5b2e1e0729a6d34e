#pragma once
// The interface language: one of the six UN languages, from the settings or the system's, with
// the gettext catalogs (po/) loaded through wxTranslations and the layout mirrored for Arabic.
// The instrument's texts and the app's charts follow the same language.
#include <functional>
#include <string>
#include <vector>

#include <wx/string.h>

class wxMenu;

namespace c5::gui {

/// The language in use ("en", "ar", "zh", "fr", "ru" or "es").
const std::string& UiLanguage();

/// The language saved in the settings, else the system's when the kit has it, else English.
std::string PreferredUiLanguage();

/// Loads `code`'s catalogs and sets the layout direction for windows created from now on; with
/// `remember`, saves the choice in the settings. Existing windows keep their texts until rebuilt.
void ApplyUiLanguage(const std::string& code, bool remember);

/// A menu of the six languages, the current one checked; choosing one calls `on_choose`.
wxMenu* LanguageMenu(std::function<void(const std::string&)> on_choose);

struct UiLanguageChoice {
    std::string code;
    wxString name;  // in its own language: "العربية", "中文" …
};
std::vector<UiLanguageChoice> UiLanguageChoices();

}  // namespace c5::gui
