#include "ui_language.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include <wx/arrstr.h>
#include <wx/config.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>
#ifdef __WXGTK__
#include <dlfcn.h>
#endif

#include "c5/questionnaire/instrument_text.h"
#include "wx_text.h"

namespace c5::gui {
namespace {

std::string g_language = "en";

bool Known(const std::string& code) {
    const auto& all = questionnaire::kUnLanguages;
    return std::find(std::begin(all), std::end(all), code) != std::end(all);
}

// Catalogs next to a build (C5_LOCALE_BUILD_DIR), then where the package installs them, then
// relative to the program (a copied-out install on a USB stick).
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
    wxFileName program(wxStandardPaths::Get().GetExecutablePath());
    program.RemoveLastDir();
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(program.GetPath() + wxS("/share/locale"));
}

// GTK lays out and draws every widget created from now on right to left. wxWidgets only does this
// through a C locale for the language, which a laptop may not have installed; GTK is already
// loaded by wxGTK, so its function is looked up rather than linked (no GTK headers needed).
void SetDefaultDirection(bool right_to_left) {
#ifdef __WXGTK__
    using SetDirection = void (*)(int);
    static const auto set = reinterpret_cast<SetDirection>(dlsym(RTLD_DEFAULT, "gtk_widget_set_default_direction"));
    constexpr int kLeftToRight = 1;  // GTK_TEXT_DIR_LTR
    constexpr int kRightToLeft = 2;  // GTK_TEXT_DIR_RTL
    if (set) set(right_to_left ? kRightToLeft : kLeftToRight);
#else
    (void)right_to_left;
#endif
}

// The languages messages may be shown in, most wanted first. On Unix the variables gettext reads,
// in its order (LANGUAGE is a list: "de:fr" means French when German is missing); wx's
// GetSystemLanguage reads the same but first builds its table of every language, 2-3 ms of each
// start.
std::vector<wxString> SystemLanguages() {
#ifdef __UNIX__
    for (const char* variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(variable);
        if (!value || !*value) continue;
        const wxArrayString list = wxSplit(wxString::FromUTF8(value), ':', '\0');
        return std::vector<wxString>(list.begin(), list.end());
    }
    return {};
#else
    return {wxUILocale::GetLanguageCanonicalName(wxUILocale::GetSystemLanguage())};
#endif
}

}  // namespace

const std::string& UiLanguage() { return g_language; }

std::string PreferredUiLanguage() {
    wxString saved;
    if (wxConfigBase* config = wxConfigBase::Get(false); config && config->Read(wxS("language"), &saved)) {
        const std::string code = S(saved);
        if (Known(code)) return code;
    }
    // C5KIT_LANGUAGE overrides the system's language (as LANGUAGE does for gettext programs).
    wxString chosen;
    const bool forced = wxGetEnv(wxS("C5KIT_LANGUAGE"), &chosen) && !chosen.empty();
    for (const wxString& language : forced ? std::vector{chosen} : SystemLanguages())
        if (const std::string code = S(language.Left(2).Lower()); Known(code)) return code;
    return "en";
}

void ApplyUiLanguage(const std::string& code, bool remember) {
    g_language = Known(code) ? code : "en";
    AddCatalogFolders();
    auto* translations = new wxTranslations();
    translations->SetLanguage(wxString::FromUTF8(g_language));
    // wxWidgets' own buttons and dialogs, where the system has them. English is what both catalogs
    // translate from: looking for them would only cost start-up time.
    if (g_language != "en") {
        translations->AddStdCatalog();
        translations->AddCatalog(wxS("c5kit"), wxLANGUAGE_ENGLISH);
    }
    wxTranslations::Set(translations);
    SetDefaultDirection(g_language == "ar");
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
