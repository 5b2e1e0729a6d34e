#pragma once
// What assistive technology (a screen reader, a braille display) is told about a window beyond
// what the toolkit works out itself: its name, its description, which label belongs to it, which
// radio buttons form its group, polite announcements. wx has an API for none of this on GTK (its
// wxAccessible is Windows-only), so each desktop has its own file, side by side, chosen by CMake:
// accessibility_gtk.cpp (ATK on the widget's GtkWidget) and accessibility_windows.cpp.
#include <vector>

#include <wx/string.h>

class wxWindow;

namespace c5::gui {

/// The name a screen reader announces for `window` (a radio button's whole text, a list's title).
void SetAccessibleName(wxWindow& window, const wxString& name);
/// Read after the name: what a level means, what a number is.
void SetAccessibleDescription(wxWindow& window, const wxString& description);
/// Forgets the labels the toolkit guessed under `container`: wxGTK binds every static text to the
/// control created after it, so a level's descriptor would name the next level. Call it once the
/// page is built, then say what belongs together with SetLabelledBy and SetDescribedBy.
void ForgetGuessedLabels(wxWindow& container);
/// `window` is named by the visible text `label` (its mnemonic, if any, focuses `window`).
void SetLabelledBy(wxWindow& window, wxWindow& label);
/// `window`'s description is the visible text `description`.
void SetDescribedBy(wxWindow& window, wxWindow& description);
/// The radio buttons a screen reader counts as one group ("2 of 5"), leaving out any stand-in the
/// toolkit needs (GTK keeps one radio of a group selected: an off-page "no answer yet" one).
void SetRadioGroup(const std::vector<wxWindow*>& members);
/// Takes `window` out of what assistive technology sees (a stand-in no user should meet).
void HideFromAssistiveTechnology(wxWindow& window);
/// A status bar that says `text` (wx draws its own status bar on GTK: an unnamed panel otherwise).
void SetStatusBarText(wxWindow& bar, const wxString& text);
/// Markup for a list's text cell: `markup` read by a screen reader, not seen (GTK reads a cell's
/// whole text, so a span too small to see is heard). Empty on Windows, whose lists draw every span.
wxString UnseenMarkup(const wxString& markup);
/// Says `text` without moving the focus, after what is being said ("Saved 10:42:13"): on GTK a
/// notification (what Orca speaks as it appears), on Windows a UI Automation notification.
void AnnouncePolitely(wxWindow& window, const wxString& text);

}  // namespace c5::gui
