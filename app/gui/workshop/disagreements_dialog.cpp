#include "workshop/disagreements_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/display.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/answer_labels.h"
#include "c5kit_app.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "labels.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {
namespace q = c5::questionnaire;

DisagreementsDialog::DisagreementsDialog(wxWindow* parent, app::AssessmentSession& session,
                                         std::function<void()> changed)
    : wxDialog(parent, wxID_ANY, _("Where respondents disagree"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX),
      m_session(session),
      m_changed(std::move(changed)) {
    const int gap = FromDIP(8);
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("Questions whose answers span two or more levels, most important first (spread "
                                     "times weight). Discuss them with the evidence, then record what the room "
                                     "settles on: the consensus replaces the respondents' median in every score."), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    intro->Wrap(FromDIP(900));
    auto* split = new wxBoxSizer(wxHORIZONTAL);
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(330, 260)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName(_("Questions to discuss"));
    m_list->AppendColumn(_("Question"));
    m_list->AppendColumn(_("Spread"), wxLIST_FORMAT_RIGHT);
    m_list->AppendColumn(_("Priority"), wxLIST_FORMAT_RIGHT);
    m_list->AppendColumn(_("Settled"));
    split->Add(m_list, wxSizerFlags().Expand());

    auto* detail = new wxBoxSizer(wxVERTICAL);
    m_heading = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    m_heading->SetFont(GetFont().Bold());
    detail->Add(m_heading, wxSizerFlags().Expand().Border(wxBOTTOM, gap / 2));
    m_answers = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(560, 90)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_answers->SetName(_("Answers"));
    m_answers->AppendColumn(_("Respondent"), wxLIST_FORMAT_LEFT, FromDIP(240));
    m_answers->AppendColumn(_("Answer"), wxLIST_FORMAT_LEFT, FromDIP(190));
    m_answers->AppendColumn(_("Confidence"), wxLIST_FORMAT_LEFT, FromDIP(100));
    detail->Add(m_answers, wxSizerFlags(1).Expand());
    detail->Add(new wxStaticText(this, wxID_ANY, _("Evidence:")), wxSizerFlags().Border(wxTOP, gap / 2));
    m_evidence = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 80)),
                                wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2);
    m_evidence->SetName(_("Evidence:"));
    detail->Add(m_evidence, wxSizerFlags(1).Expand());
    auto* settle = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    settle->AddGrowableCol(1);
    settle->Add(new wxStaticText(this, wxID_ANY, _("&Consensus:")), wxSizerFlags().CentreVertical());
    auto* value_row = new wxBoxSizer(wxHORIZONTAL);
    m_choice = new wxChoice(this, wxID_ANY);
    m_choice->SetName(_("Consensus"));
    m_typed = new wxTextCtrl(this, wxID_ANY);
    m_typed->SetName(_("Consensus"));
    m_not_applicable = new wxCheckBox(this, wxID_ANY, _("not &applicable"));
    value_row->Add(m_choice, wxSizerFlags(1).CentreVertical());
    value_row->Add(m_typed, wxSizerFlags(1).CentreVertical());
    value_row->Add(m_not_applicable, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    settle->Add(value_row, wxSizerFlags().Expand());
    settle->Add(new wxStaticText(this, wxID_ANY, _("&Note:")), wxSizerFlags());
    m_note = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 48)), wxTE_MULTILINE);
    m_note->SetName(_("Note"));
    m_note->SetHint(_("how it was settled, e.g. the document that decided it"));
    settle->Add(m_note, wxSizerFlags().Expand());
    detail->Add(settle, wxSizerFlags().Expand().Border(wxTOP, gap));
    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    m_record = new wxButton(this, wxID_ANY, _("&Record consensus"));
    m_remove = new wxButton(this, wxID_ANY, _("Re&move consensus"));
    actions->Add(m_record);
    actions->Add(m_remove, wxSizerFlags().Border(wxLEFT, gap));
    detail->Add(actions, wxSizerFlags().Border(wxTOP, gap));
    split->Add(detail, wxSizerFlags(1).Expand().Border(wxLEFT, gap));

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(intro, wxSizerFlags().Expand().Border(wxALL, gap));
    column->Add(split, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    column->Add(CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
    // Never taller or wider than the screen (a 1024×600 netbook): the lists give way, Close stays in view.
    FitOnScreen(*this);
    SetEscapeId(wxID_CLOSE);

    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) { Show(static_cast<std::size_t>(event.GetIndex())); });
    m_record->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Record(); });
    m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Remove(); });
    m_not_applicable->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        m_choice->Enable(!m_not_applicable->GetValue());
        m_typed->Enable(!m_not_applicable->GetValue());
        UpdateRecord();
    });
    m_choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { UpdateRecord(); });
    m_typed->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { UpdateRecord(); });
    Reload();
}

void DisagreementsDialog::Reload(const std::string& keep_question) {
    m_items = scoring::FindDisagreements(m_session.Data());
    m_list->DeleteAllItems();
    long keep = m_items.empty() ? -1 : 0;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const auto& item = m_items[i];
        const long row = m_list->InsertItem(static_cast<long>(i), U(item.question_id));
        m_list->SetItem(row, 1, wxString::Format(_("%d levels"), item.levels));
        m_list->SetItem(row, 2, wxString::Format(wxS("%.2f"), item.priority));
        m_list->SetItem(row, 3, item.settled ? _("yes") : wxString());
        if (item.question_id == keep_question) keep = row;
    }
    for (int c = 0; c < 4; ++c) m_list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
    const bool any = !m_items.empty();
    for (wxWindow* control : std::initializer_list<wxWindow*>{m_choice, m_typed, m_not_applicable, m_note, m_record, m_remove})
        control->Enable(any);
    if (!any) {
        m_heading->SetLabel(m_session.Data().respondents.size() < 2
                                ? _("One respondent only: there is nothing to compare yet.")
                                : _("No question where the respondents' answers span two levels or more."));
        m_answers->DeleteAllItems();
        m_evidence->Clear();
        return;
    }
    m_list->SetItemState(keep, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    m_list->EnsureVisible(keep);
    Show(static_cast<std::size_t>(keep));
}

void DisagreementsDialog::Show(std::size_t index) {
    if (index >= m_items.size()) return;
    m_current = static_cast<long>(index);
    const auto& item = m_items[index];
    const q::Question& question = *m_session.Instrument().FindQuestion(item.question_id);
    m_heading->SetLabel(DirectionMark() + Ltr(U(question.id)) + wxS("  ") +
                        U(q::QuestionText(question, "text", UiLanguage()).text));
    m_heading->Wrap(m_answers->GetSize().x);
    const reports::ReportText text(UiLanguage());
    m_answers->DeleteAllItems();
    wxString evidence;
    for (const auto& answer : item.answers) {
        const long row = m_answers->InsertItem(m_answers->GetItemCount(), U(answer.respondent));
        const wxString label = U(reports::AnswerLabel(question, answer.value, text, UiLanguage()));
        m_answers->SetItem(row, 1, label);
        m_answers->SetItem(row, 2, ConfidenceLabel(answer.confidence));
        // Names and notes isolated: in an Arabic line a Latin name or a note with numbers keeps its order.
        evidence += DirectionMark() + Isolated(U(answer.respondent)) + wxS(" (") + Isolated(label) + wxS("): ") +
                    (answer.evidence.empty() ? _("no evidence given") : Isolated(U(answer.evidence))) +
                    (answer.links.empty() ? wxString() : wxS("\n    ") + Isolated(U(answer.links))) + wxS("\n\n");
    }
    m_evidence->ChangeValue(evidence.Trim());
    m_evidence->ShowPosition(0);
    // The consensus control the question's type needs.
    m_values.clear();
    m_choice->Clear();
    switch (question.type) {
        case q::QuestionType::Maturity:
            for (int level = 0; level < q::kStageCount; ++level) {
                m_values.push_back(std::to_string(level));
                m_choice->Append(wxString::Format(wxS("%d  "), level) + StageLabel(level));
            }
            break;
        case q::QuestionType::YesPartialNo:
            for (const char* value : {"yes", "partial", "no"}) {
                m_values.push_back(value);
                m_choice->Append(U(reports::AnswerLabel(question, std::string(value), text, UiLanguage())));
            }
            break;
        case q::QuestionType::SingleChoice:
            for (const auto& choice : question.choices) {
                m_values.push_back(choice.id);
                m_choice->Append(U(q::ChoiceLabel(question, choice, UiLanguage()).text));
            }
            break;
        default:
            break;
    }
    const bool listed = !m_values.empty();
    m_choice->Show(listed);
    m_typed->Show(!listed);
    m_typed->SetHint(question.type == q::QuestionType::MultipleChoice ? _("choice ids separated by |") : _("a number"));
    m_not_applicable->Show(question.na_allowed);
    m_not_applicable->SetValue(false);
    m_note->Clear();
    m_typed->Clear();
    if (item.consensus) {
        m_not_applicable->SetValue(!item.consensus->value);
        if (item.consensus->value) {
            const auto at = std::find(m_values.begin(), m_values.end(), *item.consensus->value);
            if (at != m_values.end()) m_choice->SetSelection(static_cast<int>(at - m_values.begin()));
            else m_typed->SetValue(U(*item.consensus->value));
        }
        m_note->SetValue(U(item.consensus->note));
    } else {
        // Nothing chosen: a Record pressed without a decision must not save one (the list would
        // otherwise show the first level, or the previous question's choice).
        m_choice->SetSelection(wxNOT_FOUND);
    }
    m_choice->Enable(!m_not_applicable->GetValue());
    m_typed->Enable(!m_not_applicable->GetValue());
    m_remove->Enable(item.settled);
    UpdateRecord();
    Layout();
}

std::string DisagreementsDialog::ChosenValue() const {
    if (m_choice->IsShown()) {
        const int selection = m_choice->GetSelection();
        return selection == wxNOT_FOUND ? std::string() : m_values[static_cast<std::size_t>(selection)];
    }
    return S(m_typed->GetValue());
}

void DisagreementsDialog::UpdateRecord() {
    const bool decided = (m_not_applicable->IsShown() && m_not_applicable->GetValue()) ||
                         (m_choice->IsShown() && m_choice->GetSelection() != wxNOT_FOUND) ||
                         (m_typed->IsShown() && !m_typed->GetValue().Trim().empty());
    m_record->Enable(m_current >= 0 && decided);
}

void DisagreementsDialog::Record() {
    if (m_current < 0 || !m_record->IsEnabled()) return;
    const std::string question = m_items[static_cast<std::size_t>(m_current)].question_id;
    try {
        m_session.SetConsensus({question, ChosenValue(), m_not_applicable->IsShown() && m_not_applicable->GetValue(),
                                S(m_note->GetValue())});
        Journal("consensus " + question);
        m_changed();
        Reload(question);
        // Record was disabled for a moment while the list reloaded, and GTK dropped the keyboard
        // focus with it: give it to the list, where the arrows lead to the next question (and
        // Escape still closes).
        m_list->SetFocus();
    } catch (const std::exception& error) {
        ShowError(this, _("The consensus was not recorded"), error);
    }
}

void DisagreementsDialog::Remove() {
    if (m_current < 0) return;
    const std::string question = m_items[static_cast<std::size_t>(m_current)].question_id;
    try {
        m_session.ClearConsensus(question);
        m_changed();
        Reload(question);
        m_list->SetFocus();
    } catch (const std::exception& error) {
        ShowError(this, _("The consensus was not removed"), error);
    }
}

}  // namespace c5::gui
