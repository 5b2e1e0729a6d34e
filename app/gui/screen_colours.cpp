#include "screen_colours.h"

#include <cmath>

#include <wx/settings.h>
#include <wx/window.h>

#include "desktop_os.h"

namespace c5::gui {
namespace {

double Channel(unsigned char value) {
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double Luminance(const wxColour& colour) {
    return 0.2126 * Channel(colour.Red()) + 0.7152 * Channel(colour.Green()) + 0.0722 * Channel(colour.Blue());
}

wxColour Mix(const wxColour& from, const wxColour& to, double share) {
    const auto channel = [share](unsigned char a, unsigned char b) {
        return static_cast<unsigned char>(std::lround(a + (b - a) * share));
    };
    return wxColour(channel(from.Red(), to.Red()), channel(from.Green(), to.Green()), channel(from.Blue(), to.Blue()),
                    from.Alpha());
}

}  // namespace

double ContrastRatio(const wxColour& a, const wxColour& b) {
    const double la = Luminance(a);
    const double lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

wxColour Readable(const wxColour& colour, const wxColour& background, double ratio) {
    if (ContrastRatio(colour, background) >= ratio) return colour;
    const wxColour extreme = ContrastRatio(*wxBLACK, background) >= ContrastRatio(*wxWHITE, background) ? *wxBLACK : *wxWHITE;
    for (int step = 1; step <= 20; ++step) {
        const wxColour moved = Mix(colour, extreme, step / 20.0);
        if (ContrastRatio(moved, background) >= ratio) return moved;
    }
    return extreme;
}

bool HighContrastTheme() {
    static const bool high = [] {
        if (DesktopHighContrast()) return true;
        // A theme of another name made for it: black on white (or the reverse) in the windows
        // and on the buttons alike, where ordinary themes soften one of them.
        const auto colour = [](wxSystemColour which) { return wxSystemSettings::GetColour(which); };
        return ContrastRatio(colour(wxSYS_COLOUR_WINDOW), colour(wxSYS_COLOUR_WINDOWTEXT)) >= 18 &&
               ContrastRatio(colour(wxSYS_COLOUR_BTNFACE), colour(wxSYS_COLOUR_BTNTEXT)) >= 18;
    }();
    return high;
}

wxColour TextColourIn(const wxWindow& window, const wxColour& colour) {
    if (HighContrastTheme()) return window.GetForegroundColour();
    return Readable(colour, window.GetBackgroundColour());
}

void SetTextColour(wxWindow& text, const wxColour& colour) {
    if (HighContrastTheme()) return;
    text.SetForegroundColour(Readable(colour, text.GetBackgroundColour()));
}

const CanvasColours& CanvasPalette() {
    static const CanvasColours palette = [] {
        CanvasColours colours;
        if (HighContrastTheme()) {
            colours.high_contrast = true;
            colours.background = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
            colours.text = Readable(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT), colours.background, 7.0);
            colours.muted = colours.accent = colours.good = colours.bad = colours.link = colours.text;
            colours.track = colours.background;
            return colours;
        }
        colours.background = *wxWHITE;
        colours.text = *wxBLACK;
        colours.muted = wxColour(96, 100, 108);
        colours.accent = wxColour(41, 69, 107);
        colours.good = wxColour(26, 115, 51);
        colours.bad = wxColour(178, 26, 26);
        colours.link = wxColour(20, 90, 170);
        colours.track = wxColour(225, 229, 235);
        return colours;
    }();
    return palette;
}

}  // namespace c5::gui
