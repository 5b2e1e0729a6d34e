#include "dialogs/respondents_dialog.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "c5/questionnaire/completion.h"
#include "c5kit_app.h"
#include "dialogs/respondent_dialog.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "labels.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {
namespace q = c5::questionnaire;

RespondentsDialog::RespondentsDialog(wxWindow* parent, app::AssessmentSession& session, std::function<void()> changed)
    : wxDialog(parent, wxID_ANY, _("Respondents"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_session(session),
      m_changed(std::move(changed)) {
    const int gap = FromDIP(8);
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("The people or stakeholder groups who answer. Every change is saved at once and "
                                     "recorded in the assessment's audit log."), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    intro->Wrap(FromDIP(520));
    m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(540, 200)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName(_("Respondents"));
    m_list->AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(190));
    m_list->AppendColumn(_("Role"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_list->AppendColumn(_("Stakeholder group"), wxLIST_FORMAT_LEFT, FromDIP(150));
    m_list->AppendColumn(_("Answers"), wxLIST_FORMAT_RIGHT, FromDIP(70));
    auto* add = new wxButton(this, wxID_ANY, _("&Add..."));
    m_change = new wxButton(this, wxID_ANY, _("C&hange..."));
    m_remove = new wxButton(this, wxID_ANY, _("&Remove..."));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(add);
    buttons->Add(m_change, wxSizerFlags().Border(wxLEFT, gap));
    buttons->Add(m_remove, wxSizerFlags().Border(wxLEFT, gap));
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(intro, wxSizerFlags().Border(wxALL, gap));
    column->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
    FitOnScreen(*this);
    SetEscapeId(wxID_CLOSE);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Add(); });
    m_change->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Change(); });
    m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Remove(); });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { Change(); });
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) {
        m_change->Enable();
        m_remove->Enable();
    });
    Fill(m_session.CurrentRespondent());
    Journal("screen respondents");
}

void RespondentsDialog::Fill(long long select_id) {
    m_list->DeleteAllItems();
    const auto& data = m_session.Data();
    for (const auto& respondent : data.respondents) {
        const long row = m_list->InsertItem(m_list->GetItemCount(), U(respondent.name));
        m_list->SetItem(row, 1, U(respondent.role));
        m_list->SetItem(row, 2, StakeholderGroupLabel(respondent.stakeholder_group));
        m_list->SetItem(row, 3, wxString::Format(wxS("%d"), q::RespondentCompletion(data, respondent.id).answered));
        m_list->SetItemData(row, static_cast<long>(respondent.id));
        if (respondent.id == select_id) {
            m_list->Select(row);
            m_list->Focus(row);
        }
    }
    m_change->Enable(m_list->GetFirstSelected() >= 0);
    m_remove->Enable(m_list->GetFirstSelected() >= 0);
    m_list->SetFocus();  // the arrows choose the next one to change
}

long long RespondentsDialog::SelectedId() const {
    const long row = m_list->GetFirstSelected();
    return row < 0 ? 0 : static_cast<long long>(m_list->GetItemData(row));
}

void RespondentsDialog::Add() {
    RespondentDialog dialog(this);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        const auto added = m_session.AddRespondent(dialog.Input());
        Journal("respondent-added " + added.name);
        m_changed();
        Fill(added.id);
    } catch (const std::exception& error) {
        ShowError(this, _("Cannot add the respondent"), error);
    }
}

void RespondentsDialog::Change() {
    const q::Respondent* respondent = m_session.Data().FindRespondent(SelectedId());
    if (!respondent) return;
    RespondentDialog dialog(this, *respondent);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        const auto changed = m_session.EditRespondent(respondent->id, dialog.Input());
        Journal("respondent-changed " + changed.name);
        m_changed();
        Fill(changed.id);
    } catch (const std::exception& error) {
        ShowError(this, _("Cannot change the respondent"), error);
    }
}

void RespondentsDialog::Remove() {
    const q::Respondent* respondent = m_session.Data().FindRespondent(SelectedId());
    if (!respondent) return;
    const q::Respondent removed = *respondent;
    const int answers = q::RespondentCompletion(m_session.Data(), removed.id).answered;
    wxMessageDialog confirm(
        this,
        wxString::Format(_("Remove %s and their %d answer(s)?\n\nTheir answers leave the scores at once. The "
                           "assessment's audit log keeps them, and merging their respondent kit again would bring "
                           "them back. Undo does not."),
                         U(removed.name), answers),
        _("Remove a respondent"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    confirm.SetYesNoLabels(_("&Remove"), _("&Keep"));
    if (confirm.ShowModal() != wxID_YES) return;
    try {
        m_session.RemoveRespondent(removed.id);
        Journal("respondent-removed " + removed.name);
        m_changed();
        Fill(m_session.CurrentRespondent());
    } catch (const std::exception& error) {
        ShowError(this, _("Cannot remove the respondent"), error);
    }
}

}  // namespace c5::gui
