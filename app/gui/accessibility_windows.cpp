// What assistive technology hears on Windows. wxMSW answers MSAA (and UI Automation through its
// MSAA proxy) from the native controls: a radio button's or check box's own text is its name, a
// static text just before a control names it, a radio group is the controls between two
// WS_GROUP styles. Where wx is built with wxUSE_ACCESSIBILITY, a wxAccessible on the window gives
// the name and the description set here; otherwise these are documented no-ops, and the
// description at least reaches the user as the control's tooltip (read by NVDA and Narrator).
// Relations and groups have no MSAA counterpart that wxAccessible exposes. Announcements are UI
// Automation notifications (Windows 10 1709 on; NVDA and Narrator speak them).
#include "accessibility.h"

#include <windows.h>
#include <oleauto.h>
#include <unknwn.h>

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
// wxMSW's list draws a span's size as it is asked (a tiny span is not tiny): nothing unseen there.
wxString UnseenMarkup(const wxString&) { return wxString(); }

void AnnouncePolitely(wxWindow& window, const wxString& text) {
    // Looked up: older Windows lack the function (MinGW's headers too). Values of UI Automation's
    // NotificationKind_Other and NotificationProcessing_CurrentThenMostRecent: said after what is
    // being said; of several waiting, the newest.
    using HostProvider = HRESULT(WINAPI*)(HWND, IUnknown**);
    using RaiseNotification = HRESULT(WINAPI*)(IUnknown*, int kind, int processing, BSTR text, BSTR activity);
    static const HMODULE automation = LoadLibraryW(L"uiautomationcore.dll");
    static const auto host = automation ? reinterpret_cast<HostProvider>(
                                              reinterpret_cast<void*>(GetProcAddress(automation, "UiaHostProviderFromHwnd")))
                                        : nullptr;
    static const auto raise = automation ? reinterpret_cast<RaiseNotification>(reinterpret_cast<void*>(
                                               GetProcAddress(automation, "UiaRaiseNotificationEvent")))
                                         : nullptr;
    constexpr int kOther = 4;
    constexpr int kCurrentThenMostRecent = 4;
    IUnknown* provider = nullptr;
    if (!host || !raise || FAILED(host(static_cast<HWND>(window.GetHWND()), &provider)) || !provider) return;
    BSTR said = SysAllocString(text.wc_str());
    BSTR activity = SysAllocString(L"c5kit-status");
    raise(provider, kOther, kCurrentThenMostRecent, said, activity);
    SysFreeString(activity);
    SysFreeString(said);
    provider->Release();
}

}  // namespace c5::gui
