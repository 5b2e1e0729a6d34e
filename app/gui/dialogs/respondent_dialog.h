#pragma once
// Adding a respondent: name, role, stakeholder group.
#include <wx/dialog.h>

#include "c5/questionnaire/assessment.h"

class wxTextCtrl;
class wxComboBox;

namespace c5::gui {

class RespondentDialog : public wxDialog {
public:
    explicit RespondentDialog(wxWindow* parent);
    questionnaire::RespondentInput Input() const;

private:
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_role = nullptr;
    wxComboBox* m_group = nullptr;
};

}  // namespace c5::gui
