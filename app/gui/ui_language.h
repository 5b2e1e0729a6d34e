#pragma once
// The interface language: one of the six UN languages, from the settings or the system's, with
// the gettext catalogs (po/) loaded through wxTranslations and the layout mirrored for Arabic.
// The instrument's texts and the app's charts follow the same language, unless the questionnaire
// is shown in a language an adapted instrument adds (the interface stays in its six catalogs).
#include <functional>
#include <string>
#include <vector>

#include <wx/string.h>

class wxMenu;

namespace c5::gui {

/// The language in use ("en", "ar", "zh", "fr", "ru" or "es").
const std::string& UiLanguage();

/// The language of the questionnaire's texts (question pages, tree): the interface's, or one the
/// assessment's instrument adds, chosen in View → Questionnaire language.
const std::string& QuestionnaireLanguage();
/// Shows the questionnaire in `code`; empty: in the interface's language again.
void SetQuestionnaireLanguage(const std::string& code);

/// True for Arabic: windows are mirrored and text runs right to left.
bool UiRightToLeft();

/// U+200F RIGHT-TO-LEFT MARK in a right-to-left interface, else nothing. GTK takes a line's
/// direction from its first letter: put this before a line that starts with a code or a number
/// ("P1  …", "12 …") so that it still reads, and aligns, right to left.
wxString DirectionMark();

/// The wxStaticText style that aligns the lines of a wrapped text to the interface's start: GTK
/// aligns Arabic lines to the left unless told otherwise.
long ParagraphStyle();

/// In a right-to-left interface, `text` (numbers, codes, a range such as "46.1–67.7") kept left to
/// right inside the line: wrapped in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE. Unchanged in
/// the other languages.
wxString Ltr(const wxString& text);

/// In a right-to-left interface, text a user typed (a name, a note) set apart in its own direction
/// (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE). Unchanged in the other languages.
wxString Isolated(const wxString& text);

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
