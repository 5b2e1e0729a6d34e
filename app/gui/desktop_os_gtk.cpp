// The desktop on Linux and other Unix systems: wxGTK, XDG folders, gettext's variables.
#include "desktop_os.h"

#include <cstdlib>

#include <dlfcn.h>
#include <libintl.h>

#include <wx/arrstr.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "gtk_check_marks.h"

namespace c5::gui {

wxString SystemDataFolder() {
    // XDG data home (wx 3.2 keeps ~/.appname for GetUserDataDir whatever the file layout).
    wxString base;
    if (!wxGetEnv(wxS("XDG_DATA_HOME"), &base) || base.empty()) base = wxGetHomeDir() + wxS("/.local/share");
    return base + wxS("/c5kit");
}

wxString SystemConfigFolder() {
    // Settings in ~/.config/c5kit, the demo in ~/.local/share/c5kit: not both in one ~/.c5kit.
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    return wxStandardPaths::Get().GetUserConfigDir() + wxS("/c5kit");
}

// The variables gettext reads, in its order (LANGUAGE is a list: "de:fr" means French when German
// is missing); wx's GetSystemLanguage reads the same but first builds its table of every
// language, 2-3 ms of each start.
std::vector<wxString> SystemLanguages() {
    for (const char* variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(variable);
        if (!value || !*value) continue;
        const wxArrayString list = wxSplit(wxString::FromUTF8(value), ':', '\0');
        return std::vector<wxString>(list.begin(), list.end());
    }
    return {};
}

// GTK reads its catalogs (gtk30) through gettext, which follows the LANGUAGE variable in any
// locale but plain "C" (the kit's scripts run in C.UTF-8): set it and make gettext look again.
void SetToolkitMessageLanguage(const std::string& code) {
    setenv("LANGUAGE", code == "zh" ? "zh_CN" : code.c_str(), 1);
    textdomain(textdomain(nullptr));
}

std::string ToolkitStockLabel(const char* label) { return dgettext("gtk30", label); }

// GTK lays out and draws every widget created from now on right to left. wxWidgets only does this
// through a C locale for the language, which a laptop may not have installed; GTK is already
// loaded by wxGTK, so its function is looked up rather than linked (no GTK headers needed).
void SetDefaultDirection(bool right_to_left) {
    using SetDirection = void (*)(int);
    static const auto set = reinterpret_cast<SetDirection>(dlsym(RTLD_DEFAULT, "gtk_widget_set_default_direction"));
    constexpr int kLeftToRight = 1;  // GTK_TEXT_DIR_LTR
    constexpr int kRightToLeft = 2;  // GTK_TEXT_DIR_RTL
    if (set) set(right_to_left ? kRightToLeft : kLeftToRight);
}

// GTK_THEME ("HighContrast", "HighContrastInverse:dark") wins over the settings' theme name, which
// GTK leaves as it was; both are read, the settings through GTK already loaded by wxGTK.
bool DesktopHighContrast() {
    const auto high_contrast = [](const char* name) {
        return name && wxString::FromUTF8(name).Lower().Contains(wxS("highcontrast"));
    };
    if (high_contrast(std::getenv("GTK_THEME"))) return true;
    using GetSettings = void* (*)();
    using ObjectGet = void (*)(void*, const char*, ...);
    using Free = void (*)(void*);
    static const auto settings = reinterpret_cast<GetSettings>(dlsym(RTLD_DEFAULT, "gtk_settings_get_default"));
    static const auto get = reinterpret_cast<ObjectGet>(dlsym(RTLD_DEFAULT, "g_object_get"));
    static const auto free = reinterpret_cast<Free>(dlsym(RTLD_DEFAULT, "g_free"));
    void* object = settings && get && free ? settings() : nullptr;
    if (!object) return false;
    char* theme = nullptr;
    get(object, "gtk-theme-name", &theme, nullptr);
    const bool high = high_contrast(theme);
    free(theme);
    return high;
}

void TuneToolkit() { PreferPngCheckMarks(); }

}  // namespace c5::gui
