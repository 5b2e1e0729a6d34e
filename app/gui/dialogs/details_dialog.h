#pragma once
// Correcting what describes the assessment after it was made: the country (and its group), the
// year and the title.
#include <wx/dialog.h>

#include "c5/questionnaire/assessment_store.h"

class wxSpinCtrl;
class wxTextCtrl;

namespace c5::gui {

class CountryPicker;

class DetailsDialog : public wxDialog {
public:
    DetailsDialog(wxWindow* parent, const questionnaire::AssessmentInfo& info);
    questionnaire::AssessmentDetails Details() const;

private:
    CountryPicker* m_country = nullptr;
    wxSpinCtrl* m_year = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxString m_default_title;  // the title made from the country and year: it follows them
};

}  // namespace c5::gui
