#pragma once
// A message too long for a message box: GTK's grows with its text and, at 200 % text, the keyboard
// shortcuts ran off an 800-pixel screen with no way to scroll. Here the text scrolls, and a screen
// reader reads it line by line.
#include <string>

#include <wx/string.h>

class wxWindow;

namespace c5::gui {

/// Shows `text` under `title`, as large as it needs up to the screen, with Close; `screen` names it
/// in the journal ("screen <screen>").
void ShowTextDialog(wxWindow* parent, const wxString& title, const wxString& text, const std::string& screen);

}  // namespace c5::gui
