#pragma once
// Word wrapping for labels that measures each paragraph once. wxStaticText::Wrap lays the rest of
// the text out again for every line, which made showing a question take tens of milliseconds.
#include <wx/font.h>
#include <wx/string.h>

class wxWindow;

namespace c5::gui {

/// `text` with line breaks so that no line is wider than `width` pixels in `font` on `window`.
/// Breaks at spaces; a word longer than a line is broken between characters.
wxString WrapToWidth(wxWindow& window, const wxFont& font, const wxString& text, int width);

}  // namespace c5::gui
