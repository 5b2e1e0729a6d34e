#include "dialogs/review_dialog.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/display.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/answer_labels.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "labels.h"
#include "screen_colours.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {
namespace q = c5::questionnaire;

namespace {

constexpr app::ReviewFilter kFilters[] = {app::ReviewFilter::All,           app::ReviewFilter::Unanswered,
                                          app::ReviewFilter::Flagged,       app::ReviewFilter::LowConfidence,
                                          app::ReviewFilter::NoEvidence,    app::ReviewFilter::Disagreement};

wxString FilterName(app::ReviewFilter filter) {
    switch (filter) {
        case app::ReviewFilter::All: return _("every question asked");
        case app::ReviewFilter::Unanswered: return _("unanswered");
        case app::ReviewFilter::Flagged: return _("marked for review");
        case app::ReviewFilter::LowConfidence: return _("low confidence");
        case app::ReviewFilter::NoEvidence: return _("answered without evidence");
        case app::ReviewFilter::Disagreement: return _("respondents disagree");
    }
    return {};
}

}  // namespace

ReviewDialog::ReviewDialog(wxWindow* parent, const app::AssessmentSession& session, View view)
    : wxDialog(parent, wxID_ANY, _("Review list"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX),
      m_session(session) {
    const int gap = FromDIP(8);
    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    auto* show_label = new wxStaticText(this, wxID_ANY, _("&Show:"));
    filters->Add(show_label, wxSizerFlags().CentreVertical());
    m_filter = new wxChoice(this, wxID_ANY);
    m_filter->SetName(show_label->GetLabelText());
    for (auto filter : kFilters) m_filter->Append(FilterName(filter));
    m_filter->SetSelection(static_cast<int>(std::find(std::begin(kFilters), std::end(kFilters), view.filter) -
                                            std::begin(kFilters)));
    filters->Add(m_filter, wxSizerFlags().CentreVertical().Border(wxLEFT, gap / 2));
    auto* of_label = new wxStaticText(this, wxID_ANY, _("&of:"));
    filters->Add(of_label, wxSizerFlags().CentreVertical().Border(wxLEFT, 2 * gap));
    m_scope = new wxChoice(this, wxID_ANY);
    m_scope->SetName(of_label->GetLabelText());
    const q::Respondent* current = session.Data().FindRespondent(session.CurrentRespondent());
    m_scope->Append(current ? U(current->name) : _("the current respondent"));
    m_scope->Append(_("all respondents"));
    m_scope->SetSelection(view.all_respondents ? 1 : 0);
    filters->Add(m_scope, wxSizerFlags().CentreVertical().Border(wxLEFT, gap / 2));
    m_count = new wxStaticText(this, wxID_ANY, wxString());
    filters->Add(m_count, wxSizerFlags(1).CentreVertical().Border(wxLEFT, 2 * gap));

    m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(860, 380)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName(_("Answers"));
    m_list->AppendColumn(_("Question"), wxLIST_FORMAT_LEFT, FromDIP(300));
    m_list->AppendColumn(_("Respondent"), wxLIST_FORMAT_LEFT, FromDIP(130));
    m_list->AppendColumn(_("Answer"), wxLIST_FORMAT_LEFT, FromDIP(140));
    m_list->AppendColumn(_("Confidence"), wxLIST_FORMAT_LEFT, FromDIP(80));
    m_list->AppendColumn(_("Review"), wxLIST_FORMAT_CENTER, FromDIP(55));
    m_list->AppendColumn(_("Evidence"), wxLIST_FORMAT_LEFT, FromDIP(65));
    m_list->AppendColumn(_("Disagreement"), wxLIST_FORMAT_LEFT, FromDIP(95));
    auto* hint = new wxStaticText(this, wxID_ANY, _("Enter or a double click opens the question."));
    SetTextColour(*hint, wxColour(96, 100, 108));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(hint, wxSizerFlags(1).CentreVertical());
    auto* open = new wxButton(this, wxID_OK, _("&Open the question"));
    buttons->Add(open);
    buttons->Add(new wxButton(this, wxID_CLOSE), wxSizerFlags().Border(wxLEFT, gap));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(filters, wxSizerFlags().Expand().Border(wxALL, gap));
    column->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
    // Never larger than the screen (a 1024×600 netbook): the list shrinks and scrolls.
    FitOnScreen(*this);
    SetEscapeId(wxID_CLOSE);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
    open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OpenSelected(); });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { OpenSelected(); });
    m_filter->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { Fill(); });
    m_scope->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { Fill(); });
    Fill();
    m_list->SetFocus();
    Journal("screen review");
}

ReviewDialog::View ReviewDialog::CurrentView() const {
    return {kFilters[std::max(0, m_filter->GetSelection())], m_scope->GetSelection() == 1};
}

void ReviewDialog::Fill() {
    const View view = CurrentView();
    const auto& data = m_session.Data();
    m_rows = app::BuildReviewList(data, view.all_respondents ? std::nullopt : std::optional(m_session.CurrentRespondent()),
                                  view.filter);
    const reports::ReportText text(UiLanguage());
    m_list->Freeze();
    m_list->DeleteAllItems();
    for (const auto& row : m_rows) {
        const q::Question& question = *data.instrument.FindQuestion(row.question_id);
        const long line = m_list->InsertItem(m_list->GetItemCount(),
                                             DirectionMark() + Ltr(U(question.id)) + wxS("  ") +
                                                 U(q::QuestionText(question, "text", UiLanguage()).text));
        m_list->SetItem(line, 1, U(row.respondent));
        if (row.answer) {
            m_list->SetItem(line, 2, U(reports::AnswerLabel(question, row.answer->value, text, UiLanguage())));
            m_list->SetItem(line, 3, ConfidenceLabel(row.answer->confidence));
            if (row.answer->needs_review) m_list->SetItem(line, 4, U("⚑"));
            m_list->SetItem(line, 5, row.no_evidence ? _("none") : _("given"));
        } else {
            m_list->SetItem(line, 2, _("not answered yet"));
            m_list->SetItemTextColour(line, TextColourIn(*m_list, wxColour(120, 122, 128)));
        }
        if (row.disagreement_levels > 0)
            m_list->SetItem(line, 6, wxString::Format(_("%d levels"), row.disagreement_levels));
    }
    m_list->Thaw();
    if (!m_rows.empty()) {
        m_list->Select(0);
        m_list->Focus(0);
    }
    // TRANSLATORS: the number of rows in the review list
    m_count->SetLabel(wxString::Format(_("%zu answer(s) listed"), m_rows.size()));
    Journal("review " + std::to_string(m_rows.size()));
}

void ReviewDialog::OpenSelected() {
    const long line = m_list->GetFirstSelected();
    if (line < 0 || static_cast<std::size_t>(line) >= m_rows.size()) return;
    m_chosen_respondent = m_rows[static_cast<std::size_t>(line)].respondent_id;
    m_chosen_question = m_rows[static_cast<std::size_t>(line)].question_id;
    EndModal(wxID_OK);
}

}  // namespace c5::gui
