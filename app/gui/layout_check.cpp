#include "layout_check.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/toplevel.h>

#include "gui_journal.h"
#include "wx_text.h"

namespace c5::gui {
namespace {

// A label's text needs its best size; an ellipsized one is made to be shorter.
bool HoldsText(const wxWindow& window) {
    if (const auto* text = dynamic_cast<const wxStaticText*>(&window))
        return !text->GetLabel().empty() &&
               !text->HasFlag(wxST_ELLIPSIZE_START | wxST_ELLIPSIZE_MIDDLE | wxST_ELLIPSIZE_END);
    return dynamic_cast<const wxButton*>(&window) || dynamic_cast<const wxCheckBox*>(&window) ||
           dynamic_cast<const wxRadioButton*>(&window);
}

// The controls a user reads or works: their whole rectangle must be in view.
bool IsControl(const wxWindow& window) {
    return HoldsText(window) || dynamic_cast<const wxTextCtrl*>(&window) || dynamic_cast<const wxChoice*>(&window) ||
           dynamic_cast<const wxComboBox*>(&window) || dynamic_cast<const wxListBox*>(&window) ||
           dynamic_cast<const wxListCtrl*>(&window) || dynamic_cast<const wxSpinCtrl*>(&window);
}

// Fields of one line of text: their height is the text's.
bool IsOneLine(const wxWindow& window) {
    if (const auto* text = dynamic_cast<const wxTextCtrl*>(&window)) return !text->IsMultiLine();
    return dynamic_cast<const wxChoice*>(&window) || dynamic_cast<const wxComboBox*>(&window) ||
           dynamic_cast<const wxSpinCtrl*>(&window);
}

wxString Size(wxSize size) { return wxString::Format(wxS("%dx%d"), size.x, size.y); }

class LayoutCheck {
public:
    // Never destroyed: its timer must not outlive wxWidgets' own clean-up at exit.
    static LayoutCheck& Get() {
        static LayoutCheck* check = new LayoutCheck;
        return *check;
    }

    void Schedule(const std::string& screen) {
        m_screen = screen;
        m_timer.StartOnce(700);  // GTK sizes a new window after it is shown: measure after that
    }

private:
    LayoutCheck() { m_timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { Run(); }); }

    void Run() {
        m_problems = 0;
        for (wxWindow* window : wxTopLevelWindows)
            if (window->IsShown()) CheckTopLevel(*window);
        Journal("layout " + m_screen + " " + std::to_string(m_problems));
    }

    void Report(const wxWindow& top, const wxWindow& window, const wxString& what) {
        ++m_problems;
        wxString label = window.GetLabel();
        label.Replace(wxS("\n"), wxS(" "));
        if (label.length() > 60) label = label.Left(60) + wxS("...");
        Journal("clipped " + m_screen + "|" + S(top.GetLabel()) + "|" + S(window.GetClassInfo()->GetClassName()) + "|" +
                S(label) + "|" + S(what));
    }

    void CheckTopLevel(const wxWindow& top) {
        const int index = wxDisplay::GetFromWindow(&top);
        const wxRect screen = wxDisplay(index == wxNOT_FOUND ? 0u : static_cast<unsigned>(index)).GetGeometry();
        const wxRect rect = top.GetScreenRect();
        if (!screen.Contains(rect))
            Report(top, top, wxS("window ") + Size(rect.GetSize()) + wxString::Format(wxS(" at %d,%d"), rect.x, rect.y) +
                                 wxS(" outside the screen ") + Size(screen.GetSize()));
        // A dialog is laid out to its content; a frame's panes (splitters) only ask for their best
        // size, which they need not get: there each control is measured by itself.
        if (wxSizer* sizer = top.GetSizer(); sizer && dynamic_cast<const wxDialog*>(&top)) {
            const wxSize needed = top.ClientToWindowSize(sizer->GetMinSize());
            if (needed.x > screen.width || needed.y > screen.height)
                Report(top, top, wxS("needs ") + Size(needed) + wxS(", screen ") + Size(screen.GetSize()));
        }
        CheckChildren(top, top);
    }

    void CheckChildren(const wxWindow& top, const wxWindow& parent) {
        const bool scrolls = dynamic_cast<const wxScrollHelperBase*>(&parent) != nullptr;
        const wxSize room = parent.GetClientSize();
        for (const wxWindow* child : parent.GetChildren()) {
            if (!child->IsShown() || child->IsTopLevel()) continue;
            const wxSize size = child->GetSize();
            if (HoldsText(*child)) {
                const wxSize best = child->GetBestSize();
                if (size.x + 1 < best.x || size.y + 1 < best.y)
                    Report(top, *child, wxS("is ") + Size(size) + wxS(", its text needs ") + Size(best));
            } else if (IsOneLine(*child)) {
                // A field may be narrower than its content, never lower than a line of its text.
                // (wxGTK's best height of a text field can be that of 100 % text: the line is asked too.)
                const int needed = std::max(child->GetBestSize().y, child->GetCharHeight());
                if (size.y + 1 < needed)
                    Report(top, *child, wxString::Format(wxS("is %d high, a line of its text needs %d"), size.y, needed));
            }
            if (IsControl(*child) && !scrolls) {
                const wxRect rect = child->GetRect();
                if (rect.x < 0 || rect.y < 0 || rect.GetRight() >= room.x || rect.GetBottom() >= room.y)
                    Report(top, *child,
                           wxString::Format(wxS("at %d,%d "), rect.x, rect.y) + Size(size) + wxS(" outside its window's ") +
                               Size(room));
            }
            CheckChildren(top, *child);
        }
    }

    wxTimer m_timer;
    std::string m_screen;
    int m_problems = 0;
};

}  // namespace

void CheckLayoutSoon(const std::string& screen) { LayoutCheck::Get().Schedule(screen); }

}  // namespace c5::gui
