#include "year_field.h"

#include <wx/msgdlg.h>
#include <wx/spinctrl.h>
#include <wx/toplevel.h>

#include "accessibility.h"
#include "gui_journal.h"

namespace c5::gui {

wxSpinCtrl* NewYearField(wxWindow* parent, int value, const wxString& name) {
    // GTK's own width: a narrower one makes GTK complain (gtk_box_gadget_distribute) on every layout.
    auto* field = new wxSpinCtrl(parent, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                                 0, 9999, value);
    field->SetName(name);
    SetAccessibleName(*field, name);  // wx's name is not what a screen reader hears on GTK
    return field;
}

bool CheckYearField(wxWindow* dialog, wxSpinCtrl* field, questionnaire::YearRange years, const wxString& what) {
    const int year = field->GetValue();
    if (years.Contains(year)) return true;
    Journal("refused year " + std::to_string(year));
    const auto* top = dynamic_cast<wxTopLevelWindow*>(wxGetTopLevelParent(dialog));
    // TRANSLATORS: %s names the year (e.g. "The year assessed"), then the year typed and the range accepted
    wxMessageBox(wxString::Format(_("%s: %d is not possible; give a year from %d to %d."), what, year, years.first,
                                  years.last),
                 top ? top->GetTitle() : wxString(), wxOK | wxICON_WARNING, dialog);
    field->SetFocus();
    return false;
}

}  // namespace c5::gui
