#include "dialogs/text_dialog.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/tokenzr.h>

#include "accessibility.h"
#include "fit_on_screen.h"
#include "gui_journal.h"

namespace c5::gui {

void ShowTextDialog(wxWindow* parent, const wxString& title, const wxString& text, const std::string& screen) {
    wxDialog dialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* view = new wxTextCtrl(&dialog, wxID_ANY, text, wxDefaultPosition, wxDefaultSize,
                                wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2);
    SetAccessibleName(*view, title);
    // As large as the text in the font it is shown in (200 % text makes it twice as large), up to
    // what the screen leaves for the dialog's title and button.
    int width = 0;
    int lines = 0;
    for (const wxString& line : wxSplit(text, '\n', '\0')) {
        width = std::max(width, view->GetTextExtent(line + wxS("MM")).x);
        ++lines;
    }
    const int line_height = view->GetCharHeight();
    const wxRect area = wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromWindow(parent ? parent : &dialog))))
                            .GetClientArea();
    const wxSize wanted(width + dialog.FromDIP(32), (lines + 1) * line_height + dialog.FromDIP(16));
    const wxSize room(area.width * 9 / 10, area.height * 3 / 4);
    view->SetMinSize(wxSize(std::min(wanted.x, room.x), std::min(wanted.y, room.y)));
    column->Add(view, wxSizerFlags(1).Expand().Border(wxALL, dialog.FromDIP(12)));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* close = new wxButton(&dialog, wxID_CLOSE);  // wx's own label, in every language it has
    dialog.SetEscapeId(wxID_CLOSE);
    dialog.SetAffirmativeId(wxID_CLOSE);
    buttons->AddStretchSpacer();
    buttons->Add(close);
    column->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, dialog.FromDIP(12)));
    dialog.SetSizerAndFit(column);
    FitOnScreen(dialog);
    view->SetInsertionPoint(0);
    view->SetFocus();
    Journal("screen " + screen);
    dialog.ShowModal();
}

}  // namespace c5::gui
