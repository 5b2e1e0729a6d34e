#pragma once
// "Make respondent kits": which respondents get a kit (existing ones, and new ones named here),
// the folder, and whether the kits are sealed.
#include <optional>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "c5/app/assessment_session.h"

class wxCheckListBox;
class wxComboBox;
class wxDirPickerCtrl;
class wxTextCtrl;
class wxCheckBox;

namespace c5::gui {

class KitsDialog : public wxDialog {
public:
    KitsDialog(wxWindow* parent, app::AssessmentSession& session);

private:
    void AddNew();
    void Write();

    app::AssessmentSession& m_session;
    std::vector<questionnaire::RespondentInput> m_respondents;  // in the list's order
    wxCheckListBox* m_list = nullptr;
    wxTextCtrl* m_new_name = nullptr;
    wxComboBox* m_new_group = nullptr;
    wxDirPickerCtrl* m_folder = nullptr;
    wxCheckBox* m_seal = nullptr;
};

}  // namespace c5::gui
