#include "fit_on_screen.h"

#include <algorithm>
#include <vector>

#include <wx/dataview.h>
#include <wx/display.h>
#include <wx/grid.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/toplevel.h>

namespace c5::gui {
namespace {

bool ScrollsItsContent(const wxWindow& window) {
    if (const auto* text = dynamic_cast<const wxTextCtrl*>(&window)) return text->IsMultiLine();
    return dynamic_cast<const wxListCtrl*>(&window) || dynamic_cast<const wxListBox*>(&window) ||
           dynamic_cast<const wxDataViewCtrl*>(&window) || dynamic_cast<const wxScrollHelperBase*>(&window);
}

void CollectScrolling(wxWindow& parent, std::vector<wxWindow*>& found) {
    for (wxWindow* child : parent.GetChildren()) {
        if (!child->IsShown() || child->IsTopLevel()) continue;
        if (ScrollsItsContent(*child)) found.push_back(child);
        else CollectScrolling(*child, found);
    }
}

wxRect WorkArea(const wxWindow& window) {
    const wxWindow* parent = window.GetParent();
    const int index = wxDisplay::GetFromWindow(parent ? parent : &window);
    return wxDisplay(static_cast<unsigned>(std::max(0, index))).GetClientArea();
}

// Moves (and if need be shrinks) `window` into the work area.
void KeepOnScreen(wxTopLevelWindow& window) {
    const wxRect area = WorkArea(window);
    wxRect rect = window.GetRect();
    if (area.Contains(rect)) return;
    rect.SetSize(AtMost(rect.GetSize(), area.GetSize()));
    rect.x = std::clamp(rect.x, area.x, area.GetRight() + 1 - rect.width);
    rect.y = std::clamp(rect.y, area.y, area.GetBottom() + 1 - rect.height);
    window.SetSize(rect);
}

wxSize Needed(wxTopLevelWindow& window) {
    wxSizer* sizer = window.GetSizer();
    return sizer ? window.ClientToWindowSize(sizer->GetMinSize()) : window.GetBestSize();
}

}  // namespace

void FitFieldsToText(wxWindow& root) {
    for (wxWindow* child : root.GetChildren()) {
        if (auto* field = dynamic_cast<wxTextCtrl*>(child); field && !field->IsMultiLine()) {
            // Only where the text outgrows the theme's own field height (34 pixels in Adwaita):
            // at 100 % the toolkit's height stays.
            const int height = field->GetCharHeight() + field->FromDIP(14);
            if (height > field->FromDIP(34) && field->GetBestSize().y < height)
                field->SetMinSize(wxSize(field->GetMinSize().x, height));
        }
        FitFieldsToText(*child);
    }
}

void FitOnScreen(wxTopLevelWindow& window) {
    FitFieldsToText(window);
    const wxRect area = WorkArea(window);
    wxSize needed = Needed(window);
    if (needed.y > area.height) {
        std::vector<wxWindow*> scrolling;
        CollectScrolling(window, scrolling);
        const int floor = window.FromDIP(40) + 3 * window.GetCharHeight();  // a few lines stay in view
        int excess = needed.y - area.height;
        for (wxWindow* child : scrolling) {
            if (excess <= 0) break;
            const int height = child->GetEffectiveMinSize().y;
            const int give = std::min(excess, height - floor);
            if (give <= 0) continue;
            child->SetMinSize(wxSize(child->GetMinSize().x, height - give));
            excess -= give;
        }
        needed = Needed(window);
    }
    window.SetMinSize(AtMost(needed, area.GetSize()));
    window.SetSize(AtMost(AtLeast(window.GetSize(), needed), area.GetSize()));
    window.Layout();
    // Wholly on the screen: centred on the window it belongs to where there is room. GTK may
    // still place or size it anew when it is shown (centring it for the size it had then): it
    // is brought back whenever it is shown or sized.
    if (window.GetParent()) window.CentreOnParent();
    KeepOnScreen(window);
    const auto keep = [&window](wxEvent& event) {
        window.CallAfter([&window] { KeepOnScreen(window); });
        event.Skip();
    };
    window.Bind(wxEVT_SHOW, keep);
    window.Bind(wxEVT_SIZE, keep);
}

}  // namespace c5::gui
