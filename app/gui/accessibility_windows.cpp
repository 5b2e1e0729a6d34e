// What assistive technology hears on Windows. wxMSW answers MSAA (and UI Automation through its
// MSAA proxy) from the native controls: a radio button's or check box's own text is its name, a
// static text just before a control names it, a radio group is the controls between two
// WS_GROUP styles. Where wx is built with wxUSE_ACCESSIBILITY, a wxAccessible on the window gives
// the name and the description set here; otherwise these are documented no-ops, and the
// description at least reaches the user as the control's tooltip (read by NVDA and Narrator).
// Relations, groups and announcements have no MSAA counterpart that wxAccessible exposes.
#include "accessibility.h"

#include <wx/access.h>
#include <wx/window.h>

namespace c5::gui {
namespace {

#if wxUSE_ACCESSIBILITY
class TextAccessible : public wxWindowAccessible {
public:
    explicit TextAccessible(wxWindow* window) : wxWindowAccessible(window) {}
    wxAccStatus GetName(int child, wxString* name) override {
        if (child != wxACC_SELF || m_name.empty()) return wxACC_NOT_IMPLEMENTED;
        *name = m_name;
        return wxACC_OK;
    }
    wxAccStatus GetDescription(int child, wxString* description) override {
        if (child != wxACC_SELF || m_description.empty()) return wxACC_NOT_IMPLEMENTED;
        *description = m_description;
        return wxACC_OK;
    }
    wxString m_name;
    wxString m_description;
};

TextAccessible& AccessibleOf(wxWindow& window) {
    if (auto* own = dynamic_cast<TextAccessible*>(window.GetAccessible())) return *own;
    auto* accessible = new TextAccessible(&window);
    window.SetAccessible(accessible);  // the window owns it
    return *accessible;
}
#endif

}  // namespace

void SetAccessibleName(wxWindow& window, const wxString& name) {
#if wxUSE_ACCESSIBILITY
    AccessibleOf(window).m_name = name;
#else
    (void)window, (void)name;
#endif
}

void SetAccessibleDescription(wxWindow& window, const wxString& description) {
#if wxUSE_ACCESSIBILITY
    AccessibleOf(window).m_description = description;
#endif
    if (!window.GetToolTip()) window.SetToolTip(description);
}

void ForgetGuessedLabels(wxWindow&) {}
void SetLabelledBy(wxWindow&, wxWindow&) {}
void SetDescribedBy(wxWindow&, wxWindow&) {}
void SetRadioGroup(const std::vector<wxWindow*>&) {}
void HideFromAssistiveTechnology(wxWindow& window) { window.Hide(); }
// wxMSW's status bar is the native one, which MSAA reads with its text.
void SetStatusBarText(wxWindow&, const wxString&) {}
void AnnouncePolitely(wxWindow&, const wxString&) {}

}  // namespace c5::gui
