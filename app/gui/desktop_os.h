#pragma once
// What differs between the desktops the app runs on: where settings and data live, which
// languages the user wants, how the toolkit is told about right-to-left, start-up tuning.
// One file per desktop side by side (desktop_os_gtk.cpp, desktop_os_windows.cpp), chosen by CMake.
#include <string>
#include <vector>

#include <wx/string.h>

namespace c5::gui {

/// The system's folder for the app's data (the demo): ~/.local/share/c5kit, %APPDATA%\c5kit.
wxString SystemDataFolder();
/// The system's folder for the settings and recent files: ~/.config/c5kit, %APPDATA%\c5kit.
wxString SystemConfigFolder();
/// The languages the user wants messages in, most wanted first, as language tags ("fr", "ar_EG").
std::vector<wxString> SystemLanguages();
/// Makes widgets created from now on lay out right to left (or left to right).
void SetDefaultDirection(bool right_to_left);
/// Tells the toolkit's own catalogs (GTK draws its stock buttons and file dialogs with them) the
/// interface's language ("ar", "zh", …). Nothing to do on Windows, where wx draws them itself.
void SetToolkitMessageLanguage(const std::string& code);
/// A stock label as the toolkit itself shows it in the interface's language, e.g. "_Cancel" →
/// "_Отмена" on GTK; the text as given elsewhere. For the journal the GUI tests read.
std::string ToolkitStockLabel(const char* label);
/// The desktop's theme is one made for low vision: GTK's HighContrast or HighContrastInverse (named
/// in GTK_THEME or the settings), Windows' high-contrast mode.
bool DesktopHighContrast();
/// Start-up tuning of the toolkit, before the first window.
void TuneToolkit();

}  // namespace c5::gui
