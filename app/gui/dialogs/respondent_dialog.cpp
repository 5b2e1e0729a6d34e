#include "respondent_dialog.h"

#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "c5/questionnaire/text_util.h"
#include "labels.h"
#include "wx_text.h"

namespace c5::gui {

RespondentDialog::RespondentDialog(wxWindow* parent) : wxDialog(parent, wxID_ANY, _("Add a respondent")) {
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Name:")), wxSizerFlags().CentreVertical());
    m_name = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(280, -1)));
    m_name->SetHint(_("a person or stakeholder group"));
    grid->Add(m_name, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(this, wxID_ANY, _("Role:")), wxSizerFlags().CentreVertical());
    m_role = new wxTextCtrl(this, wxID_ANY);
    grid->Add(m_role, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(this, wxID_ANY, _("Stakeholder group:")), wxSizerFlags().CentreVertical());
    m_group = new wxComboBox(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, StakeholderGroups());
    grid->Add(m_group, wxSizerFlags().Expand());
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    SetSizerAndFit(column);
    m_name->SetFocus();
    Bind(wxEVT_BUTTON, [this](wxCommandEvent& event) {
        if (questionnaire::Trim(S(m_name->GetValue())).empty()) {
            wxMessageBox(_("Give the respondent a name."), _("Add a respondent"), wxOK | wxICON_WARNING, this);
            m_name->SetFocus();
            return;
        }
        event.Skip();
    }, wxID_OK);
}

questionnaire::RespondentInput RespondentDialog::Input() const {
    return {S(m_name->GetValue()), S(m_role->GetValue()), S(m_group->GetValue())};
}

}  // namespace c5::gui
