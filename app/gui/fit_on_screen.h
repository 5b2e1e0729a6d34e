#pragma once
// Dialogs at 200 % text on a 1280×800 screen: a dialog sized to its content can be taller than the
// screen or reach past its edge, and one simply cut to the screen squeezes its controls together.
#include <wx/gdicmn.h>

class wxTopLevelWindow;
class wxWindow;

namespace c5::gui {

/// `size`, each side at least (at most) that of `bound`.
inline wxSize AtLeast(wxSize size, const wxSize& bound) {
    size.IncTo(bound);
    return size;
}
inline wxSize AtMost(wxSize size, const wxSize& bound) {
    size.DecTo(bound);
    return size;
}

/// Gives every one-line text field under `root` the height of a line of its text: wxGTK measures a
/// field before larger text (200 %) is applied, and the field then cuts its text in half.
void FitFieldsToText(wxWindow& root);

/// Makes `window` at least as large as its sizer needs, no larger than the screen's work area, and
/// wholly on it (centred on its parent where there is room). Where the content needs more height
/// than the screen has, the windows that scroll what they show (lists, grids, multi-line texts,
/// scrolled panels) give up the height they asked for beyond a few lines, so nothing else is cut.
void FitOnScreen(wxTopLevelWindow& window);

}  // namespace c5::gui
