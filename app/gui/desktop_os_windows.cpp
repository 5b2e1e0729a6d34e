// The desktop on Windows: wxMSW, %APPDATA%, the user's locale.
#include "desktop_os.h"

#include <windows.h>

#include <wx/stdpaths.h>

namespace c5::gui {

wxString SystemDataFolder() {
    // %APPDATA%\c5kit (the roaming profile follows the user between the ministry's computers).
    return wxStandardPaths::Get().GetUserConfigDir() + wxS("\\c5kit");
}

wxString SystemConfigFolder() { return SystemDataFolder(); }

// wxMSW draws its stock buttons itself, from the wxstd catalog already loaded.
void SetToolkitMessageLanguage(const std::string&) {}

std::string ToolkitStockLabel(const char* label) { return label; }

// The user's locale (Settings > Time & language > Region), then the display languages.
std::vector<wxString> SystemLanguages() {
    std::vector<wxString> languages;
    wchar_t name[LOCALE_NAME_MAX_LENGTH] = {};
    if (GetUserDefaultLocaleName(name, LOCALE_NAME_MAX_LENGTH) > 0) languages.emplace_back(name);
    ULONG count = 0;
    ULONG size = 0;
    if (GetUserPreferredUILanguages(MUI_LANGUAGE_NAME, &count, nullptr, &size) && size > 0) {
        std::wstring list(size, L'\0');
        if (GetUserPreferredUILanguages(MUI_LANGUAGE_NAME, &count, list.data(), &size))
            for (const wchar_t* item = list.c_str(); *item; item += wcslen(item) + 1) languages.emplace_back(item);
    }
    return languages;
}

// wxMSW mirrors each window from the app's GetLayoutDirection when it is created.
void SetDefaultDirection(bool) {}

bool DesktopHighContrast() {
    HIGHCONTRASTW contrast{};
    contrast.cbSize = sizeof contrast;
    return SystemParametersInfoW(SPI_GETHIGHCONTRAST, sizeof contrast, &contrast, 0) &&
           (contrast.dwFlags & HCF_HIGHCONTRASTON) != 0;
}

void TuneToolkit() {}

}  // namespace c5::gui
