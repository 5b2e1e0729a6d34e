#pragma once
// Colours that stay readable whatever the desktop's theme. The app draws some things itself (the
// dashboard, the charts) and tints some texts (headings in navy, notes in grey); in a
// high-contrast theme — light or inverse — those must follow the theme, and everywhere text must
// keep at least 4.5:1 against what is behind it (WCAG 2.1, 1.4.3).
#include <wx/colour.h>

class wxWindow;

namespace c5::gui {

/// The contrast ratio of two colours, 1 to 21 (WCAG 2.1's relative luminance).
double ContrastRatio(const wxColour& a, const wxColour& b);
/// `colour`, moved toward black or white (whichever `background` is farther from) just enough to
/// have `ratio`:1 against `background`; unchanged if it has already.
wxColour Readable(const wxColour& colour, const wxColour& background, double ratio = 4.5);
/// The desktop's theme is a high-contrast one: GTK's HighContrast or HighContrastInverse (by name,
/// GTK_THEME or the settings), Windows' high-contrast mode, or window colours as far apart as black
/// and white.
bool HighContrastTheme();

/// The colour for text of the house colour `colour` in `window` (a list's row, a grid's cell):
/// `colour` made readable on the window's background; the window's own text colour in a
/// high-contrast theme.
wxColour TextColourIn(const wxWindow& window, const wxColour& colour);
/// Gives a text the house colour `colour` where it stays readable on the text's background; in a
/// high-contrast theme the text keeps the theme's colour.
void SetTextColour(wxWindow& text, const wxColour& colour);

/// What the self-drawn windows paint with: white and the house colours normally; the theme's
/// window colours, and nothing else for text, in a high-contrast theme.
struct CanvasColours {
    bool high_contrast = false;
    wxColour background;
    wxColour text;    // body text
    wxColour muted;   // secondary text
    wxColour accent;  // headings, the headline score, the completion bar
    wxColour good;    // target met
    wxColour bad;     // a gap, not enough answers
    wxColour link;
    wxColour track;   // the empty part of a bar
};
const CanvasColours& CanvasPalette();

}  // namespace c5::gui
