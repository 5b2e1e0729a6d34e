#include "workshop/kits_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/combobox.h>
#include <wx/filepicker.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "c5/questionnaire/text_util.h"
#include "accessibility.h"
#include "c5kit_app.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "labels.h"
#include "workshop/passphrase_prompt.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {
namespace q = c5::questionnaire;

KitsDialog::KitsDialog(wxWindow* parent, app::AssessmentSession& session)
    : wxDialog(parent, wxID_ANY, _("Make respondent kits"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_session(session) {
    const int gap = FromDIP(8);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        _("Each respondent or stakeholder group gets a file of its own to answer on its own computer. Only their "
          "answers can change in it, and it holds nothing of the others' answers. Bring the kits back with "
          "File > Merge respondent files."), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    intro->Wrap(FromDIP(480));
    column->Add(intro, wxSizerFlags().Border(wxALL, gap));
    auto* list_label = new wxStaticText(this, wxID_ANY, _("&Kits for:"));
    column->Add(list_label, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    m_list = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 150)));
    for (const auto& respondent : session.Data().respondents) {
        m_respondents.push_back({respondent.name, respondent.role, respondent.stakeholder_group});
        m_list->Append(U(respondent.stakeholder_group.empty() ? respondent.name
                                                              : respondent.name + " (" + respondent.stakeholder_group + ")"));
        m_list->Check(m_list->GetCount() - 1);
    }
    column->Add(m_list, wxSizerFlags(1).Expand().Border(wxALL, gap));
    auto* add_row = new wxBoxSizer(wxHORIZONTAL);
    m_new_name = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(200, -1)),
                                wxTE_PROCESS_ENTER);
    m_new_name->SetHint(_("another respondent or group"));
    m_new_group = new wxComboBox(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(160, -1)),
                                 StakeholderGroups());
    m_new_group->SetHint(_("stakeholder group"));
    auto* add = new wxButton(this, wxID_ANY, _("&Add"));
    add_row->Add(m_new_name, wxSizerFlags(1).CentreVertical());
    add_row->Add(m_new_group, wxSizerFlags().CentreVertical().Border(wxLEFT, gap / 2));
    add_row->Add(add, wxSizerFlags().CentreVertical().Border(wxLEFT, gap / 2));
    column->Add(add_row, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    auto* folder_row = new wxBoxSizer(wxHORIZONTAL);
    auto* folder_label = new wxStaticText(this, wxID_ANY, _("&Folder:"));
    folder_row->Add(folder_label, wxSizerFlags().CentreVertical());
    m_folder = new wxDirPickerCtrl(this, wxID_ANY, U(m_session.Path().parent_path()),
                                   _("Folder for the respondent kits"), wxDefaultPosition, wxDefaultSize,
                                   wxDIRP_USE_TEXTCTRL);
    folder_row->Add(m_folder, wxSizerFlags(1).CentreVertical().Border(wxLEFT, gap));
    column->Add(folder_row, wxSizerFlags().Expand().Border(wxALL, gap));
    // Names a screen reader says: GTK gave the list, the new respondent's fields and the folder none.
    SetLabelledBy(*m_list, *list_label);
    SetAccessibleName(*m_new_name, _("another respondent or group"));
    SetAccessibleName(*m_new_group, _("stakeholder group"));
    if (m_folder->GetTextCtrl()) SetLabelledBy(*m_folder->GetTextCtrl(), *folder_label);
    m_seal = new wxCheckBox(this, wxID_ANY, _("&Seal each kit with a passphrase (for USB sticks and e-mail)"));
    column->Add(m_seal, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    FindWindow(wxID_OK)->SetLabel(_("&Write kits"));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
    FitOnScreen(*this);

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { AddNew(); });
    m_new_name->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { AddNew(); });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Write(); }, wxID_OK);
    Journal("screen kits");
}

void KitsDialog::AddNew() {
    const std::string name(q::Trim(S(m_new_name->GetValue())));
    if (name.empty()) return;
    const std::string group(q::Trim(S(m_new_group->GetValue())));
    m_respondents.push_back({name, "", group});
    m_list->Append(U(group.empty() ? name : name + " (" + group + ")"));
    m_list->Check(m_list->GetCount() - 1);
    m_new_name->Clear();
    m_new_group->SetValue(wxString());
    m_new_name->SetFocus();
}

void KitsDialog::Write() {
    std::vector<q::RespondentInput> chosen;
    for (unsigned i = 0; i < m_list->GetCount(); ++i)
        if (m_list->IsChecked(i)) chosen.push_back(m_respondents[i]);
    if (chosen.empty()) {
        wxMessageBox(_("Tick at least one respondent, or add one."), GetTitle(), wxOK | wxICON_WARNING, this);
        return;
    }
    std::optional<std::string> passphrase;
    if (m_seal->GetValue()) {
        passphrase = AskNewPassphrase(this);
        if (!passphrase) return;
    }
    try {
        wxBusyCursor busy;
        const auto kits = m_session.WriteRespondentKits(chosen, P(m_folder->GetPath()), passphrase);
        wxString written;
        for (const auto& kit : kits) written += wxS("\n") + U(kit.path.filename());
        Journal("kits " + std::to_string(kits.size()));
        wxMessageBox(wxString::Format(_("%zu respondent kit(s) written to %s:"), kits.size(), m_folder->GetPath()) +
                         written,
                     GetTitle(), wxOK | wxICON_INFORMATION, this);
        EndModal(wxID_OK);
    } catch (const std::exception& error) {
        ShowError(this, _("Cannot write the respondent kits"), error);
    }
}

}  // namespace c5::gui
