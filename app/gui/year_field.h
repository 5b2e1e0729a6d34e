#pragma once
// Year entries that never move what was typed into range (a spin control clamps silently: 1800
// became 1990): their range is wide, and the dialog checks the year against the library's rule.
#include <wx/string.h>

#include "c5/questionnaire/assessment.h"

class wxSpinCtrl;
class wxWindow;

namespace c5::gui {

/// A year entry showing `value`, labelled `name` for screen readers.
wxSpinCtrl* NewYearField(wxWindow* parent, int value, const wxString& name);

/// True when the field's year lies in `years`; otherwise a message over `dialog` names `what`
/// and the accepted years, the field takes the focus, and false.
bool CheckYearField(wxWindow* dialog, wxSpinCtrl* field, questionnaire::YearRange years, const wxString& what);

}  // namespace c5::gui
