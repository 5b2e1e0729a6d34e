#include "question_panel.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/listbox.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/next_steps.h"
#include "c5/questionnaire/text_util.h"
#include "c5/scoring/item_score.h"
#include "labels.h"
#include "text_wrap_wx.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/report_text.h"
#include "accessibility.h"
#include "screen_colours.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {
namespace q = c5::questionnaire;

namespace {

const wxColour kNavy(41, 69, 107);
const wxColour kMuted(96, 100, 108);
const wxColour kNotice(150, 80, 0);
constexpr int kTypingDelayMs = 700;

}  // namespace

QuestionPanel::QuestionPanel(wxWindow* parent, Callbacks callbacks)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      m_callbacks(std::move(callbacks)),
      m_typing(this) {
    SetScrollRate(0, FromDIP(12));
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { Changed(true); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Rewrap();
        event.Skip();
    });
}

void QuestionPanel::ShowQuestion(const q::Pillar& pillar, const q::Question& question, const q::Answer* answer,
                                 bool asked, const wxString& position, const wxString& not_asked_reason,
                                 std::vector<q::Attachment> documents) {
    CommitPending();
    m_documents = std::move(documents);
    m_pillar = &pillar;
    m_question = &question;
    m_answer = answer ? std::optional(*answer) : std::nullopt;
    m_asked = asked;
    m_position = position;
    m_not_asked_reason = not_asked_reason;
    Rebuild();
}

wxStaticText* QuestionPanel::AddWrapped(wxSizer* sizer, const wxString& text, const wxFont& font,
                                        const wxColour& colour, int border, wxWindow* click_target, wxWindow* parent) {
    // Empty until Rewrap gives it its wrapped text: every label change lays the text out again.
    auto* label = new wxStaticText(parent ? parent : this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                   ParagraphStyle());
    label->SetFont(font);
    SetTextColour(*label, colour);  // the theme's own colour in high contrast (black text on black)
    m_wrapped.emplace_back(label, text);
    sizer->Add(label, wxSizerFlags().Expand().Border(wxLEFT, border));
    if (auto* radio = dynamic_cast<wxRadioButton*>(click_target)) {
        label->Bind(wxEVT_LEFT_DOWN, [this, radio](wxMouseEvent&) {
            if (!radio->IsEnabled()) return;
            radio->SetValue(true);
            radio->SetFocus();
            Changed(true);
        });
    } else if (auto* box = dynamic_cast<wxCheckBox*>(click_target)) {
        label->Bind(wxEVT_LEFT_DOWN, [this, box](wxMouseEvent&) {
            if (!box->IsEnabled()) return;
            box->SetValue(!box->GetValue());
            box->SetFocus();
            Changed(true);
        });
    }
    return label;
}

void QuestionPanel::Rebuild() {
    Freeze();
    // Nothing a destroyed control still has pending is saved now (CommitPending ran before).
    m_loading = true;
    m_browse_pending = false;
    m_arrowing = false;
    RetirePage();
    m_options.clear();
    m_option_texts.clear();
    m_multiple.clear();
    m_confidence.clear();
    m_wrapped.clear();
    m_next_step = kNoNextStep;
    m_value_text = nullptr;
    m_value_goalposts = nullptr;
    m_next = nullptr;
    m_answered = m_answer.has_value();
    const q::Question& question = *m_question;
    const int gap = FromDIP(8);
    auto* column = new wxBoxSizer(wxVERTICAL);
    const wxFont base = GetFont();

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    // Each line starts with a code: the direction mark keeps it reading in the interface's direction.
    const wxString pillar_text = DirectionMark() + Ltr(U(m_pillar->id)) + wxS("  ") +
                                 U(reports::Shown(q::PillarText(*m_pillar, "title", QuestionnaireLanguage())));
    // A long title ends in "…" beside the position rather than being cut off; the whole is its tooltip.
    auto* pillar_title = new wxStaticText(this, wxID_ANY, pillar_text, wxDefaultPosition, wxDefaultSize,
                                          wxST_ELLIPSIZE_END);
    pillar_title->SetToolTip(pillar_text);
    pillar_title->SetFont(base.Bold());
    SetTextColour(*pillar_title, kNavy);
    top->Add(pillar_title, wxSizerFlags(1).CentreVertical());
    top->AddSpacer(gap);  // in Arabic the title's end would otherwise touch "question 1 of 79"
    auto* position = new wxStaticText(this, wxID_ANY, m_position);
    SetTextColour(*position, kMuted);
    top->Add(position, wxSizerFlags().CentreVertical());
    column->Add(top, wxSizerFlags().Expand().Border(wxALL, gap));
    if (!m_pillar->c5_text.empty())  // the national module has no C5 text
        AddWrapped(column, U("“" + reports::Shown(q::PillarText(*m_pillar, "c5_text", QuestionnaireLanguage())) + "”"), base.Italic().Scaled(0.92f), kMuted, gap);
    column->AddSpacer(gap);
    m_question_text = AddWrapped(column, DirectionMark() + Ltr(U(question.id)) + wxS("   ") +
                                             U(reports::Shown(q::QuestionText(question, "text", QuestionnaireLanguage()))),
                                 base.Bold().Scaled(1.15f), *wxBLACK, gap);
    column->AddSpacer(gap / 2);
    AddWrapped(column, U(reports::Shown(q::QuestionText(question, "guidance", QuestionnaireLanguage()))), base, kMuted, gap);
    if (!m_asked) {
        column->AddSpacer(gap);
        AddWrapped(column, m_not_asked_reason, base.Bold(), kNotice, gap);
    }
    column->AddSpacer(gap);

    // The answer controls the question's type needs, in one group that assistive technology names
    // by the question (GTK announces the group as the focus enters it).
    m_answer_group = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL | wxBORDER_NONE);
    auto* answer_column = new wxBoxSizer(wxVERTICAL);
    m_answer_group->SetSizer(answer_column);
    column->Add(m_answer_group, wxSizerFlags().Expand());
    wxBoxSizer* const page_column = column;
    column = answer_column;  // the answer controls go into the group, the rest of the page after it
    wxWindow* const group = m_answer_group;
    m_no_option = nullptr;
    const auto add_option = [&](const wxString& label, const wxString& descriptor) {
        if (!m_no_option) {
            // GTK keeps one radio of a group selected: this one stands for "no answer yet". It is
            // hidden: GTK then lets Tab into a group with no visible selection, and assistive
            // technology does not meet it. (It lives in the answer group, which has a window of its
            // own: scrolling the page never hands GTK the hidden widget to place.) Outside every
            // sizer and disabled besides.
            m_no_option = new wxRadioButton(group, wxID_ANY, _("no answer yet"), wxPoint(0, -FromDIP(10000)),
                                            wxDefaultSize, wxRB_GROUP);
            m_no_option->SetSize(m_no_option->GetBestSize());
            m_no_option->Disable();
            m_no_option->Hide();
        }
        // A plain label: wxGTK measures a radio before a bold font (applied later by CSS) widens it.
        auto* radio = new wxRadioButton(group, wxID_ANY, label);
        radio->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) {
            if (m_arrowing) Browsed();
            else Changed(true);
        });
        // Browsing with the arrows selects without saving; Space or Enter saves, as does leaving.
        radio->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
            const int key = event.GetKeyCode();
            if (key == WXK_UP || key == WXK_DOWN || key == WXK_LEFT || key == WXK_RIGHT) {
                m_arrowing = true;
                CallAfter([this] { m_arrowing = false; });
            } else if ((key == WXK_SPACE || key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && m_browse_pending) {
                Changed(true);
                return;
            }
            event.Skip();
        });
        // Leaving the options saves what the arrows selected. (GTK does not say where the focus
        // goes: it is looked at once it has gone.)
        radio->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
            if (m_browse_pending && !m_loading)
                CallAfter([this] {
                    const wxWindow* focus = FindFocus();
                    if (std::find(m_options.begin(), m_options.end(), focus) == m_options.end()) CommitPending();
                });
            event.Skip();
        });
        column->Add(radio, wxSizerFlags().Border(wxLEFT | wxTOP, gap));
        m_option_texts.push_back(descriptor.empty() ? nullptr
                                                    : AddWrapped(column, descriptor, base, *wxBLACK, gap + FromDIP(24),
                                                                 radio, group));
        SetAccessibleName(*radio, label);
        if (!descriptor.empty()) SetAccessibleDescription(*radio, descriptor);
        m_options.push_back(radio);
    };
    switch (question.type) {
        case q::QuestionType::Maturity:
            for (int level = 0; level < q::kStageCount; ++level)
                add_option(wxString::Format(wxS("%d  "), level) + StageLabel(level),
                           U(reports::Shown(q::LevelText(question, level, QuestionnaireLanguage()))));
            break;
        case q::QuestionType::YesPartialNo:
            add_option(_("yes"), wxString());
            add_option(_("partial"), wxString());
            add_option(_("no"), wxString());
            break;
        case q::QuestionType::SingleChoice:
            // The choice's number on the control, its text wrapped beside it: a long choice would
            // otherwise run off the page (GTK measures a radio's label on one line).
            for (std::size_t i = 0; i < question.choices.size(); ++i)
                add_option(wxString::Format(wxS("%zu"), i + 1),
                           U(reports::Shown(q::ChoiceLabel(question, question.choices[i], QuestionnaireLanguage()))));
            break;
        case q::QuestionType::MultipleChoice:
            AddWrapped(column, _("Tick all that apply."), base.Italic(), kMuted, gap, nullptr, group);
            for (std::size_t i = 0; i < question.choices.size(); ++i) {
                const wxString label =
                    U(reports::Shown(q::ChoiceLabel(question, question.choices[i], QuestionnaireLanguage())));
                auto* box = new wxCheckBox(group, wxID_ANY, wxString::Format(wxS("%zu"), i + 1));
                box->SetName(label);
                // What a screen reader announces: the number (the key) and the choice.
                SetAccessibleName(*box, wxString::Format(wxS("%zu "), i + 1) + label);
                box->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { Changed(true); });
                column->Add(box, wxSizerFlags().Border(wxLEFT | wxTOP, gap));
                AddWrapped(column, label, base, *wxBLACK, gap + FromDIP(24), box, group);
                m_multiple.push_back(box);
            }
            break;
        case q::QuestionType::Number:
        case q::QuestionType::Percent: {
            auto* row = new wxBoxSizer(wxHORIZONTAL);
            m_value_text = new wxTextCtrl(group, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(120, -1)),
                                          wxTE_PROCESS_ENTER);
            row->Add(m_value_text, wxSizerFlags().CentreVertical());
            const std::string unit = question.type == q::QuestionType::Percent ? "%" : reports::Shown(q::QuestionText(question, "unit", QuestionnaireLanguage()));
            row->Add(new wxStaticText(group, wxID_ANY, U(unit)), wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
            column->Add(row, wxSizerFlags().Border(wxLEFT, gap));
            m_value_goalposts = AddWrapped(column,
                       wxString::Format(_("Scores 0 at %s and full marks at %s."),
                                        U(q::FormatNumber(question.goalposts->low)),
                                        U(q::FormatNumber(question.goalposts->high))),
                       base.Italic(), kMuted, gap, nullptr, group);
            m_value_text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Changed(false); });
            m_value_text->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { Changed(true); });
            break;
        }
        case q::QuestionType::Text:
            m_value_text = new wxTextCtrl(group, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 70)),
                                          wxTE_MULTILINE);
            column->Add(m_value_text, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
            m_value_text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Changed(false); });
            break;
    }
    column = page_column;
    if (question.Scored()) {
        m_not_applicable = new wxCheckBox(this, wxID_ANY, _("Not &applicable to this country"));
        m_not_applicable->Enable(question.na_allowed);
        if (!question.na_allowed) m_not_applicable->SetToolTip(_("This question applies to every country."));
        m_not_applicable->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
            UpdateEnabled();
            Changed(true);
        });
        column->Add(m_not_applicable, wxSizerFlags().Border(wxLEFT | wxTOP, gap));
        // What this answer leads to: the instrument's next step from the level chosen.
        AddWrapped(column, wxString(), base, kNavy, gap);
        m_next_step = m_wrapped.size() - 1;
    } else {
        m_not_applicable = nullptr;
    }

    auto* confidence = new wxBoxSizer(wxHORIZONTAL);
    auto* confidence_label = new wxStaticText(this, wxID_ANY, _("Confidence:"));
    confidence_label->SetFont(base.Bold());
    m_confidence_label = confidence_label;
    confidence->Add(confidence_label, wxSizerFlags().CentreVertical());
    for (const wxString& label : {_("low"), _("medium"), _("high")}) {
        auto* radio = new wxRadioButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize,
                                        m_confidence.empty() ? wxRB_GROUP : 0);
        radio->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { Changed(true); });
        confidence->Add(radio, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
        m_confidence.push_back(radio);
    }
    column->Add(confidence, wxSizerFlags().Border(wxLEFT | wxTOP, gap));

    auto* evidence_label = new wxStaticText(this, wxID_ANY, _("&Evidence"));
    evidence_label->SetFont(base.Bold());
    m_evidence_label = evidence_label;
    column->Add(evidence_label, wxSizerFlags().Border(wxLEFT | wxTOP, gap));
    m_evidence_prompt = AddWrapped(column, U(reports::Shown(q::QuestionText(question, "evidence_prompt", QuestionnaireLanguage()))), base.Italic(), kMuted, gap);
    m_evidence = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 70)), wxTE_MULTILINE);
    column->Add(m_evidence, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    column->AddSpacer(gap);  // wrapped, as at 200 % text it is wider than the page
    m_links_label = AddWrapped(column, _("Links or document references, one per line"), base.Bold(), *wxBLACK, gap);
    m_links = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 44)), wxTE_MULTILINE);
    column->Add(m_links, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    // Documents attached as evidence, kept in the assessment file.
    auto* documents_label = new wxStaticText(this, wxID_ANY, _("Documents"));
    documents_label->SetFont(base.Bold());
    m_documents_label = documents_label;
    column->Add(documents_label, wxSizerFlags().Border(wxLEFT | wxTOP, gap));
    auto* documents_row = new wxBoxSizer(wxHORIZONTAL);
    m_document_list = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 54)));
    m_document_list->SetName(_("Documents"));
    for (const auto& document : m_documents)
        // TRANSLATORS: an attached document in its list: its file name and size in kilobytes
        m_document_list->Append(wxString::Format(_("%s (%s kB)"), Isolated(U(document.name)),
                                                 Ltr(wxString::Format(wxS("%.0f"), std::max(1.0, document.size / 1e3)))));
    if (!m_documents.empty()) m_document_list->SetSelection(0);
    documents_row->Add(m_document_list, wxSizerFlags(1).Expand());
    auto* document_buttons = new wxBoxSizer(wxVERTICAL);
    auto* attach = new wxButton(this, wxID_ANY, _("A&ttach a document..."));
    auto* open = new wxButton(this, wxID_ANY, _("&Open"));
    auto* remove = new wxButton(this, wxID_ANY, _("Remo&ve"));
    open->Enable(!m_documents.empty());
    remove->Enable(!m_documents.empty());
    for (auto* button : {attach, open, remove}) document_buttons->Add(button, wxSizerFlags().Expand().Border(wxBOTTOM, 2));
    documents_row->Add(document_buttons, wxSizerFlags().Border(wxLEFT, gap));
    column->Add(documents_row, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    const auto chosen = [this]() -> long long {
        const int at = m_document_list->GetSelection();
        return at == wxNOT_FOUND ? 0 : m_documents[static_cast<std::size_t>(at)].id;
    };
    attach->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_callbacks.attach(); });
    open->Bind(wxEVT_BUTTON, [this, chosen](wxCommandEvent&) {
        if (const long long id = chosen()) m_callbacks.open_document(id);
    });
    m_document_list->Bind(wxEVT_LISTBOX_DCLICK, [this, chosen](wxCommandEvent&) {
        if (const long long id = chosen()) m_callbacks.open_document(id);
    });
    remove->Bind(wxEVT_BUTTON, [this, chosen](wxCommandEvent&) {
        if (const long long id = chosen()) m_callbacks.remove_document(id);
    });
    m_review = new wxCheckBox(this, wxID_ANY, _("Mark for &review"));
    column->Add(m_review, wxSizerFlags().Border(wxLEFT | wxTOP, gap));
    m_evidence->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Changed(false); });
    m_links->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Changed(false); });
    for (auto* text : {m_evidence, m_links}) {
        text->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
            CommitPending();
            event.Skip();
        });
    }
    m_review->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { Changed(true); });

    auto* navigation = new wxBoxSizer(wxHORIZONTAL);
    auto* previous = new wxButton(this, wxID_BACKWARD, _("< &Previous"));
    m_next = new wxButton(this, wxID_FORWARD, _("&Next >"));
    previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_callbacks.previous(); });
    m_next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_callbacks.next(); });
    navigation->Add(previous);
    navigation->Add(m_next, wxSizerFlags().Border(wxLEFT, gap));
    column->Add(navigation, wxSizerFlags().Border(wxALL, gap));
    AddWrapped(column,
               _("Keys: 0-4 level (or choice number), Y/P/N, A not applicable, L/M/H confidence, R review, E evidence, "
                 "Esc back to the answer, PgDn next, PgUp previous, Ctrl+Z undo"),
               base.Scaled(0.85f), kMuted, gap);
    column->AddSpacer(gap);

    // The saved answer, into the controls.
    const q::Answer* answer = m_answer ? &*m_answer : nullptr;
    if (answer && answer->value) {
        const std::string& value = *answer->value;
        switch (question.type) {
            case q::QuestionType::Maturity:
                if (const auto level = q::ParseInteger(value); level && *level >= 0 && *level < 5)
                    m_options[static_cast<std::size_t>(*level)]->SetValue(true);
                break;
            case q::QuestionType::YesPartialNo:
                m_options[value == "yes" ? 0 : value == "partial" ? 1 : 2]->SetValue(true);
                break;
            case q::QuestionType::SingleChoice:
                for (std::size_t i = 0; i < question.choices.size(); ++i)
                    if (question.choices[i].id == value) m_options[i]->SetValue(true);
                break;
            case q::QuestionType::MultipleChoice:
                for (const auto& id : q::SplitChoiceIds(value))
                    for (std::size_t i = 0; i < question.choices.size(); ++i)
                        if (question.choices[i].id == id) m_multiple[i]->SetValue(true);
                break;
            default:
                if (m_value_text) m_value_text->ChangeValue(U(value));
        }
    } else if (m_no_option) {
        m_no_option->SetValue(true);  // nothing chosen yet, or not applicable
    }
    if (m_not_applicable) m_not_applicable->SetValue(answer && answer->NotApplicable());
    const q::Confidence confidence_value = answer ? answer->confidence : q::Confidence::Medium;
    m_confidence[static_cast<std::size_t>(confidence_value)]->SetValue(true);
    if (answer) {
        m_evidence->ChangeValue(U(answer->evidence));
        m_links->ChangeValue(U(answer->links));
        m_review->SetValue(answer->needs_review);
    }
    SetSizer(column);
    UpdateEnabled();
    UpdateNextStep();
    // wxGTK binds each static text to the control after it when it next sets the focus chain, in
    // the group's first idle time; the page is described for assistive technology after that.
    // (wx sends idle time to the page, then to the group: both are bound by then.)
    // The group's name now, not at idle time: the answer is focused before that, and a screen
    // reader names the group as the focus enters it.
    NameAnswerGroup();
    m_described = false;
    m_answer_group->Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        event.Skip();
        if (m_described) return;
        m_described = true;
        DescribeForAssistiveTechnology();
    });
    m_loading = false;
    m_wrap_width = 0;
    Rewrap();
    Scroll(0, 0);
    // The caller moves the focus onto the new page (PgDn) before the old one may go; elsewhere, at once.
    if (FocusIsOnRetiredPage())
        CallAfter([this] {
            if (FocusIsOnRetiredPage()) FocusAnswer();  // keys keep reaching the page
            HideRetiredPage();
        });
    else
        HideRetiredPage();
    Thaw();
}

bool QuestionPanel::FocusIsOnRetiredPage() const {
    wxWindow* focus = FindFocus();
    return focus && std::any_of(m_retired.begin(), m_retired.end(), [focus](wxWindow* old) { return old->IsDescendant(focus); });
}

void QuestionPanel::RetirePage() {
    if (m_retired_holder) m_retired_holder->DestroyChildren();
    m_retired.assign(GetChildren().begin(), GetChildren().end());
    // Deaf: its handlers would act on the new page's state (its group's idle time would describe
    // the new page before wxGTK has bound its labels).
    const std::function<void(wxWindow&)> deafen = [&deafen](wxWindow& window) {
        window.SetEvtHandlerEnabled(false);
        for (wxWindow* child : window.GetChildren()) deafen(*child);
    };
    for (wxWindow* old : m_retired) deafen(*old);
    SetSizer(nullptr);  // the old sizer goes; the windows it held stay until put away
}

void QuestionPanel::HideRetiredPage() {
    if (m_retired.empty()) return;
    // Not hidden in place: this panel scrolls, and wxGTK moves every child as it scrolls, hidden
    // ones too (GTK complains). A hidden window beside the panel keeps them.
    if (!m_retired_holder) {
        m_retired_holder = new wxWindow(GetParent(), wxID_ANY);
        m_retired_holder->Hide();
    }
    for (wxWindow* old : m_retired) old->Reparent(m_retired_holder);
    m_retired.clear();
}

void QuestionPanel::DescribeForAssistiveTechnology() {
    ForgetGuessedLabels(*this);
    for (std::size_t i = 0; i < m_options.size(); ++i)
        if (m_option_texts[i]) SetDescribedBy(*m_options[i], *m_option_texts[i]);
    if (!m_options.empty()) SetRadioGroup({m_options.begin(), m_options.end()});
    // The stand-in for "no answer yet" is no choice a user can make.
    if (m_no_option) HideFromAssistiveTechnology(*m_no_option);
    if (m_value_text) {
        SetLabelledBy(*m_value_text, *m_question_text);
        if (m_value_goalposts) SetDescribedBy(*m_value_text, *m_value_goalposts);
    }
    const wxString confidence_names[] = {_("Confidence low"), _("Confidence medium"), _("Confidence high")};
    for (std::size_t i = 0; i < m_confidence.size() && i < 3; ++i) SetAccessibleName(*m_confidence[i], confidence_names[i]);
    SetLabelledBy(*m_evidence, *m_evidence_label);
    if (m_evidence_prompt) SetDescribedBy(*m_evidence, *m_evidence_prompt);
    SetLabelledBy(*m_links, *m_links_label);
    SetLabelledBy(*m_document_list, *m_documents_label);
    NameAnswerGroup();
}

void QuestionPanel::NameAnswerGroup() {
    if (!m_answer_group || !m_question) return;
    const wxString question = U(m_question->id) + wxS(" ") +
                              U(reports::Shown(q::QuestionText(*m_question, "text", QuestionnaireLanguage())));
    // TRANSLATORS: what a screen reader says of the answer group of a question not answered yet
    SetAccessibleName(*m_answer_group, m_answered ? question : wxString::Format(_("%s (not answered)"), question));
    SetAccessibleDescription(*m_answer_group, m_asked ? wxString() : m_not_asked_reason);
}

void QuestionPanel::Browsed() {
    m_browse_pending = true;
    UpdateNextStep();
    m_callbacks.hint(_("Not saved yet: Space or Enter saves this choice (a digit chooses and saves at once)."));
}

void QuestionPanel::Rewrap() {
    const int width = GetClientSize().x - FromDIP(48);
    if (width <= 50 || width == m_wrap_width || !GetSizer()) return;
    m_wrap_width = width;
    for (auto& [label, text] : m_wrapped) label->SetLabel(WrapToWidth(*label, label->GetFont(), text, width));
    FitInside();
    Layout();
}

void QuestionPanel::UpdateEnabled() {
    const bool not_applicable = m_not_applicable && m_not_applicable->GetValue();
    const bool answerable = m_asked && !not_applicable;
    for (auto* option : m_options) option->Enable(answerable);
    for (auto* box : m_multiple) box->Enable(answerable);
    if (m_value_text) m_value_text->Enable(answerable);
    if (m_not_applicable) m_not_applicable->Enable(m_asked && m_question->na_allowed);
}

std::optional<q::AnswerInput> QuestionPanel::CurrentInput() const {
    const q::Question& question = *m_question;
    q::AnswerInput input;
    input.question_id = question.id;
    input.not_applicable = m_not_applicable && m_not_applicable->GetValue();
    if (!input.not_applicable) {
        switch (question.type) {
            case q::QuestionType::Maturity:
            case q::QuestionType::YesPartialNo:
            case q::QuestionType::SingleChoice:
                for (std::size_t i = 0; i < m_options.size(); ++i) {
                    if (!m_options[i]->GetValue()) continue;
                    if (question.type == q::QuestionType::Maturity) input.value = std::to_string(i);
                    else if (question.type == q::QuestionType::YesPartialNo)
                        input.value = i == 0 ? "yes" : i == 1 ? "partial" : "no";
                    else input.value = question.choices[i].id;
                }
                break;
            case q::QuestionType::MultipleChoice:
                for (std::size_t i = 0; i < m_multiple.size(); ++i)
                    if (m_multiple[i]->GetValue())
                        input.value += (input.value.empty() ? "" : "|") + question.choices[i].id;
                break;
            default: input.value = std::string(q::Trim(S(m_value_text->GetValue())));
        }
        if (input.value.empty()) return std::nullopt;
    }
    for (std::size_t i = 0; i < m_confidence.size(); ++i)
        if (m_confidence[i]->GetValue()) input.confidence = static_cast<q::Confidence>(i);
    input.evidence = S(m_evidence->GetValue());
    input.links = S(m_links->GetValue());
    input.needs_review = m_review->GetValue();
    return input;
}

void QuestionPanel::UpdateNextStep() {
    if (m_next_step == kNoNextStep) return;
    wxString text;
    const auto input = CurrentInput();
    if (input && !input->not_applicable) {
        std::optional<double> score;
        try {
            score = scoring::ItemScore(*m_question, q::NormalizeAnswerValue(*m_question, input->value));
        } catch (const q::QuestionnaireError&) {
            // a number still being typed: no step yet
        }
        if (score) {
            // In the questionnaire's language, as the question above it.
            const auto step = q::NextStepFor(*m_question, *score, QuestionnaireLanguage());
            text = step ? _("Next step from this answer: ") + U(reports::Shown(step->text))
                        : _("This answer is the highest level: no further step.");
        }
    }
    auto& [label, wrapped] = m_wrapped[m_next_step];
    if (wrapped == text) return;
    wrapped = text;
    if (m_wrap_width > 0) label->SetLabel(WrapToWidth(*label, label->GetFont(), text, m_wrap_width));
    Layout();
    FitInside();
}

void QuestionPanel::Changed(bool immediate) {
    UpdateNextStep();
    if (m_loading || !m_question) return;
    if (!immediate) {
        m_callbacks.hint(_("Typing..."));
        m_typing.StartOnce(kTypingDelayMs);
        return;
    }
    m_typing.Stop();
    m_browse_pending = false;
    const auto input = CurrentInput();
    if (!input) {
        m_callbacks.hint(_("Choose an answer (or Not applicable) to save this question."));
        return;
    }
    // A number the store would refuse is said here, in the interface's language (the library's
    // message is English) and with the range to type in.
    const bool numeric = m_question->type == q::QuestionType::Number || m_question->type == q::QuestionType::Percent;
    if (numeric && !input->not_applicable) {
        const q::ValueRange range = m_question->ValidRange();
        const wxString low = Ltr(U(q::FormatNumber(range.min)));
        const wxString high = Ltr(U(q::FormatNumber(range.max)));
        const auto number = q::ParseNumber(input->value);
        if (!number) {
            m_callbacks.hint(wxString::Format(_("\"%s\" is not a number: type a number from %s to %s."),
                                              Isolated(U(input->value)), low, high));
            return;
        }
        if (*number < range.min || *number > range.max) {
            m_callbacks.hint(wxString::Format(_("%s is outside the range: type a number from %s to %s."),
                                              Ltr(U(input->value)), low, high));
            return;
        }
    }
    m_callbacks.save(*input);
    if (!m_answered) {
        m_answered = true;
        NameAnswerGroup();
    }
}

void QuestionPanel::CommitPending() {
    if (m_typing.IsRunning() || m_browse_pending) Changed(true);
}

bool QuestionPanel::ChooseByDigit(int digit) {
    if (!m_question || !m_asked || (m_not_applicable && m_not_applicable->GetValue())) return false;
    switch (m_question->type) {
        case q::QuestionType::Maturity:
            if (digit < 0 || digit > 4) return false;
            m_options[static_cast<std::size_t>(digit)]->SetValue(true);
            break;
        case q::QuestionType::YesPartialNo:  // 0 no, 1 partial, 2 yes
            if (digit < 0 || digit > 2) return false;
            m_options[static_cast<std::size_t>(2 - digit)]->SetValue(true);
            break;
        case q::QuestionType::SingleChoice:
            if (digit < 1 || static_cast<std::size_t>(digit) > m_options.size()) return false;
            m_options[static_cast<std::size_t>(digit - 1)]->SetValue(true);
            break;
        case q::QuestionType::MultipleChoice: {
            if (digit < 1 || static_cast<std::size_t>(digit) > m_multiple.size()) return false;
            auto* box = m_multiple[static_cast<std::size_t>(digit - 1)];
            box->SetValue(!box->GetValue());
            break;
        }
        default: return false;
    }
    Changed(true);
    return true;
}

bool QuestionPanel::ChooseYesPartialNo(const std::string& value) {
    if (!m_question || m_question->type != q::QuestionType::YesPartialNo) return false;
    return ChooseByDigit(value == "yes" ? 2 : value == "partial" ? 1 : 0);
}

bool QuestionPanel::ToggleNotApplicable() {
    if (!m_not_applicable || !m_not_applicable->IsEnabled()) return false;
    m_not_applicable->SetValue(!m_not_applicable->GetValue());
    UpdateEnabled();
    Changed(true);
    // The answer the focus was on may now be disabled, and GTK then sends keys nowhere.
    FocusAnswer();
    return true;
}

bool QuestionPanel::ToggleReview() {
    if (!m_review) return false;
    m_review->SetValue(!m_review->GetValue());
    Changed(true);
    return true;
}

bool QuestionPanel::SetConfidence(q::Confidence confidence) {
    if (m_confidence.empty()) return false;
    m_confidence[static_cast<std::size_t>(confidence)]->SetValue(true);
    Changed(true);
    return true;
}

void QuestionPanel::FocusEvidence() {
    if (m_evidence) m_evidence->SetFocus();
}

void QuestionPanel::FocusAnswer() {
    CommitPending();
    // Always an enabled control of this page: a disabled or destroyed one takes the keys with it.
    if (m_not_applicable && m_not_applicable->GetValue() && m_not_applicable->IsEnabled()) {
        m_not_applicable->SetFocus();
        return;
    }
    for (auto* option : m_options)
        if (option->GetValue() && option->IsEnabled()) {
            option->SetFocus();
            return;
        }
    if (!m_options.empty() && m_options[0]->IsEnabled()) m_options[0]->SetFocus();
    else if (!m_multiple.empty() && m_multiple[0]->IsEnabled()) m_multiple[0]->SetFocus();
    else if (m_value_text && m_value_text->IsEnabled()) m_value_text->SetFocus();
    else if (m_next) m_next->SetFocus();  // a question not asked: PgDn and PgUp move on from here
    else SetFocus();
    HideRetiredPage();  // the focus has left it
}

}  // namespace c5::gui
