#include "ui_language.h"

#include <algorithm>
#include <vector>

#include <wx/config.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

#include "c5/questionnaire/instrument_text.h"
#include "desktop_os.h"
#include "wx_text.h"

namespace c5::gui {
namespace {

std::string g_language = "en";

bool Known(const std::string& code) {
    const auto& all = questionnaire::kUnLanguages;
    return std::find(std::begin(all), std::end(all), code) != std::end(all);
}

// Catalogs next to a build (C5_LOCALE_BUILD_DIR), then where the package installs them, then
// relative to the program (the Windows kit, a copied-out install on a USB stick).
void AddCatalogFolders() {
    static bool added = false;
    if (added) return;
    added = true;
#ifdef C5_LOCALE_BUILD_DIR
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(C5_LOCALE_BUILD_DIR));
#endif
#ifdef C5_LOCALE_INSTALL_DIR
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(C5_LOCALE_INSTALL_DIR));
#endif
    // Beside the program (the Windows kit: c5kit.exe, share\locale), then above it (bin/../share/locale).
    wxFileName program(wxStandardPaths::Get().GetExecutablePath());
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(program.GetPath() + wxS("/share/locale"));
    program.RemoveLastDir();
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(program.GetPath() + wxS("/share/locale"));
}

}  // namespace

const std::string& UiLanguage() { return g_language; }

namespace {
std::string g_questionnaire_language;  // empty: the interface's
}

const std::string& QuestionnaireLanguage() {
    return g_questionnaire_language.empty() ? g_language : g_questionnaire_language;
}

void SetQuestionnaireLanguage(const std::string& code) { g_questionnaire_language = code; }

bool UiRightToLeft() { return g_language == "ar"; }

wxString DirectionMark() { return UiRightToLeft() ? wxString(wxUniChar(0x200F)) : wxString(); }

long ParagraphStyle() { return UiRightToLeft() ? wxALIGN_RIGHT : 0; }

wxString Ltr(const wxString& text) {
    return UiRightToLeft() ? wxString(wxUniChar(0x2066)) + text + wxUniChar(0x2069) : text;
}

wxString Isolated(const wxString& text) {
    return UiRightToLeft() ? wxString(wxUniChar(0x2068)) + text + wxUniChar(0x2069) : text;
}

std::string PreferredUiLanguage() {
    // C5KIT_LANGUAGE, set for this start, wins over the language saved from View → Language, which
    // wins over the system's (as LANGUAGE does for gettext programs).
    wxString chosen;
    if (wxGetEnv(wxS("C5KIT_LANGUAGE"), &chosen) && !chosen.empty())
        if (const std::string code = S(chosen.Left(2).Lower()); Known(code)) return code;
    wxString saved;
    if (wxConfigBase* config = wxConfigBase::Get(false); config && config->Read(wxS("language"), &saved)) {
        const std::string code = S(saved);
        if (Known(code)) return code;
    }
    for (const wxString& language : SystemLanguages())
        if (const std::string code = S(language.Left(2).Lower()); Known(code)) return code;
    return "en";
}

void ApplyUiLanguage(const std::string& code, bool remember) {
    g_language = Known(code) ? code : "en";
    AddCatalogFolders();
    auto* translations = new wxTranslations();
    // Debian ships wxWidgets' own catalog for Chinese as zh_CN; the kit's "zh" is found from it too.
    translations->SetLanguage(g_language == "zh" ? wxS("zh_CN") : wxString::FromUTF8(g_language));
    // wxWidgets' own buttons and dialogs ("Cancel", "Close", "Browse"), from the system's wxstd
    // catalog (package wx3.2-i18n), and for the languages it lacks (Arabic) from the kit's own
    // supplement (po/wxstd/). English is what the catalogs translate from: looking for them would
    // only cost start-up time.
    if (g_language != "en") {
        translations->AddStdCatalog();
        translations->AddCatalog(wxS("c5kit-wxstd"), wxLANGUAGE_ENGLISH);
        translations->AddCatalog(wxS("c5kit"), wxLANGUAGE_ENGLISH);
    }
    wxTranslations::Set(translations);
    SetDefaultDirection(g_language == "ar");
    SetToolkitMessageLanguage(g_language);
    if (wxConfigBase* config = wxConfigBase::Get(false); config && remember) {
        config->Write(wxS("language"), wxString::FromUTF8(g_language));
        config->Flush();
    }
}

std::vector<UiLanguageChoice> UiLanguageChoices() {
    return {{"ar", wxString::FromUTF8("العربية")}, {"zh", wxString::FromUTF8("中文")},
            {"en", wxS("English")},                 {"fr", wxString::FromUTF8("Français")},
            {"ru", wxString::FromUTF8("Русский")},  {"es", wxString::FromUTF8("Español")}};
}

wxMenu* LanguageMenu(std::function<void(const std::string&)> on_choose) {
    auto* menu = new wxMenu();
    for (const auto& choice : UiLanguageChoices()) {
        wxMenuItem* item = menu->AppendRadioItem(wxID_ANY, choice.name);
        item->Check(choice.code == UiLanguage());
        menu->Bind(wxEVT_MENU, [on_choose, code = choice.code](wxCommandEvent&) { on_choose(code); }, item->GetId());
    }
    return menu;
}

}  // namespace c5::gui
