#pragma once
// Under the GUI tests (the journal, C5KIT_GUI_JOURNAL, is on), each screen the app journals is
// measured once it is laid out, so a test can fail on text that does not fit: at 200 % text or in
// a high-contrast theme a label cut short is easy to miss in a screenshot and easy to see here.
#include <string>

namespace c5::gui {

/// Measures every shown window shortly (after GTK has sized it) and journals each problem as
/// "clipped <screen>|<window title>|<control>|<its text>|<what is wrong>", then
/// "layout <screen> <count>". Problems: a text, button, check box or radio button smaller than
/// its text needs; a one-line field lower than its text; a control outside the window area
/// holding it (where that area does not scroll); a window larger than the screen or reaching
/// past it.
void CheckLayoutSoon(const std::string& screen);

}  // namespace c5::gui
