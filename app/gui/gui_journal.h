#pragma once
// A line per screen shown and per answer saved, written to the file named by C5KIT_GUI_JOURNAL
// when it is set. The GUI tests read it to know when the app has reached a screen or saved.
#include <string_view>

namespace c5::gui {

void Journal(std::string_view line);

}  // namespace c5::gui
