#pragma once
// Adding a respondent, or correcting one: name, role, stakeholder group (one of BRIEF §1's,
// translated, or another the team names).
#include <wx/dialog.h>

#include "c5/questionnaire/assessment.h"

class wxTextCtrl;
class wxComboBox;

namespace c5::gui {

class RespondentDialog : public wxDialog {
public:
    /// Adds a respondent.
    explicit RespondentDialog(wxWindow* parent);
    /// Corrects `respondent`.
    RespondentDialog(wxWindow* parent, const questionnaire::Respondent& respondent);
    questionnaire::RespondentInput Input() const;

private:
    void Build(const wxString& title);

    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_role = nullptr;
    wxComboBox* m_group = nullptr;
};

}  // namespace c5::gui
