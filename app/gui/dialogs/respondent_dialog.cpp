#include "respondent_dialog.h"

#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "c5/questionnaire/text_util.h"
#include "accessibility.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "labels.h"
#include "wx_text.h"

namespace c5::gui {

RespondentDialog::RespondentDialog(wxWindow* parent) : wxDialog(parent, wxID_ANY, _("Add a respondent")) {
    Build(_("Add a respondent"));
}

RespondentDialog::RespondentDialog(wxWindow* parent, const questionnaire::Respondent& respondent)
    : wxDialog(parent, wxID_ANY, _("Change a respondent")) {
    Build(_("Change a respondent"));
    m_name->ChangeValue(U(respondent.name));
    m_role->ChangeValue(U(respondent.role));
    m_group->SetValue(StakeholderGroupLabel(respondent.stakeholder_group));
    m_name->SelectAll();
}

void RespondentDialog::Build(const wxString& title) {
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1);
    auto* name_label = new wxStaticText(this, wxID_ANY, _("&Name:"));
    grid->Add(name_label, wxSizerFlags().CentreVertical());
    m_name = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(280, -1)));
    m_name->SetHint(_("a person or stakeholder group"));
    m_name->SetName(name_label->GetLabelText());
    grid->Add(m_name, wxSizerFlags().Expand());
    auto* role_label = new wxStaticText(this, wxID_ANY, _("&Role:"));
    grid->Add(role_label, wxSizerFlags().CentreVertical());
    m_role = new wxTextCtrl(this, wxID_ANY);
    m_role->SetName(role_label->GetLabelText());
    grid->Add(m_role, wxSizerFlags().Expand());
    auto* group_label = new wxStaticText(this, wxID_ANY, _("Stakeholder &group:"));
    grid->Add(group_label, wxSizerFlags().CentreVertical());
    m_group = new wxComboBox(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, StakeholderGroups());
    m_group->SetHint(_("choose one, or type another"));
    m_group->SetName(group_label->GetLabelText());
    SetLabelledBy(*m_group, *group_label);  // wx's name is not what a screen reader hears on GTK
    grid->Add(m_group, wxSizerFlags().Expand());
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    SetSizerAndFit(column);
    FitOnScreen(*this);
    Journal("screen respondent");
    m_name->SetFocus();
    Bind(wxEVT_BUTTON, [this, title](wxCommandEvent& event) {
        if (questionnaire::Trim(S(m_name->GetValue())).empty()) {
            wxMessageBox(_("Give the respondent a name."), title, wxOK | wxICON_WARNING, this);
            m_name->SetFocus();
            return;
        }
        event.Skip();
    }, wxID_OK);
}

questionnaire::RespondentInput RespondentDialog::Input() const {
    return {S(m_name->GetValue()), S(m_role->GetValue()), StakeholderGroupToStore(m_group->GetValue())};
}

}  // namespace c5::gui
