#pragma once
// One question at a time: the C5 text it comes from, the question, guidance, the answer controls
// its type needs, not applicable, confidence, evidence notes and links, "needs review". It keeps
// no answer of its own: every change goes out through the callback, which saves it.
#include <functional>
#include <optional>
#include <vector>

#include <wx/scrolwin.h>
#include <wx/timer.h>

#include "c5/questionnaire/assessment.h"

class wxCheckBox;
class wxRadioButton;
class wxStaticText;
class wxTextCtrl;
class wxButton;
class wxListBox;
class wxPanel;

namespace c5::gui {

class QuestionPanel : public wxScrolledWindow {
public:
    struct Callbacks {
        std::function<void(const questionnaire::AnswerInput&)> save;  // a complete answer changed
        std::function<void(const wxString&)> hint;                     // status line hint
        std::function<void()> next;
        std::function<void()> previous;
        std::function<void()> attach;                // choose a document and attach it
        std::function<void(long long)> open_document;
        std::function<void(long long)> remove_document;
    };

    QuestionPanel(wxWindow* parent, Callbacks callbacks);

    /// Shows `question` with the current respondent's answer (nullptr: none yet). `asked` is false
    /// for a follow-up whose condition is not met; `position` like "12 of 79".
    void ShowQuestion(const questionnaire::Pillar& pillar, const questionnaire::Question& question,
                      const questionnaire::Answer* answer, bool asked, const wxString& position,
                      const wxString& not_asked_reason, std::vector<questionnaire::Attachment> documents = {});
    /// Saves text typed but not yet saved (before leaving the question or closing).
    void CommitPending();

    // Keyboard-first answering; each returns false when it does not apply to this question.
    bool ChooseByDigit(int digit);
    bool ChooseYesPartialNo(const std::string& value);
    bool ToggleNotApplicable();
    bool ToggleReview();
    bool SetConfidence(questionnaire::Confidence confidence);
    void FocusEvidence();
    void FocusAnswer();

private:
    void Rebuild();
    /// The page left stays alive, hidden, until the next one: a screen reader compares the new
    /// focus with the old one to say what changed around it (the new question); with the old
    /// control destroyed it says the new level alone.
    void RetirePage();
    void HideRetiredPage();
    bool FocusIsOnRetiredPage() const;
    /// A label wrapped to the page's width; a click on it picks `click_target` (a radio button or
    /// a check box), as a click on the control's own label would.
    wxStaticText* AddWrapped(wxSizer* sizer, const wxString& text, const wxFont& font, const wxColour& colour,
                             int border = 0, wxWindow* click_target = nullptr, wxWindow* parent = nullptr);
    /// What assistive technology is told about the page: which text names or describes which control.
    void DescribeForAssistiveTechnology();
    /// The answer group's name: the question, and whether it is answered yet.
    void NameAnswerGroup();
    /// An arrow key moved the selection among the options: shown, not saved until Space, Enter or
    /// leaving the options (browsing never changes an answer).
    void Browsed();
    void Changed(bool immediate);
    std::optional<questionnaire::AnswerInput> CurrentInput() const;
    void UpdateEnabled();
    void UpdateNextStep();
    void Rewrap();

    Callbacks m_callbacks;
    const questionnaire::Pillar* m_pillar = nullptr;
    const questionnaire::Question* m_question = nullptr;
    std::optional<questionnaire::Answer> m_answer;
    std::vector<questionnaire::Attachment> m_documents;  // attached to this answer
    bool m_asked = true;
    wxString m_position;
    wxString m_not_asked_reason;
    bool m_loading = false;
    bool m_arrowing = false;       // an arrow key is moving the selection among the options
    bool m_browse_pending = false; // the selection was moved by arrows and is not saved yet
    bool m_answered = false;       // this respondent has an answer to the question shown
    bool m_described = false;      // assistive technology has been told what belongs together

    wxPanel* m_answer_group = nullptr;       // the answer controls, named by the question
    wxStaticText* m_question_text = nullptr;
    wxRadioButton* m_no_option = nullptr;    // off-page head of the group: GTK keeps one radio selected
    std::vector<wxRadioButton*> m_options;   // levels, yes/partial/no or choices
    std::vector<wxStaticText*> m_option_texts;  // each option's descriptor (or nullptr)
    std::vector<wxCheckBox*> m_multiple;     // multiple choice
    wxTextCtrl* m_value_text = nullptr;      // number, percent, free text
    wxCheckBox* m_not_applicable = nullptr;
    std::vector<wxRadioButton*> m_confidence;
    wxStaticText* m_value_goalposts = nullptr;
    wxStaticText* m_confidence_label = nullptr;
    wxStaticText* m_evidence_label = nullptr;
    wxStaticText* m_evidence_prompt = nullptr;
    wxStaticText* m_links_label = nullptr;
    wxStaticText* m_documents_label = nullptr;
    wxTextCtrl* m_evidence = nullptr;
    wxTextCtrl* m_links = nullptr;
    wxCheckBox* m_review = nullptr;
    wxListBox* m_document_list = nullptr;
    wxButton* m_next = nullptr;              // focused on a question that is not asked: PgDn, Esc still work
    std::vector<std::pair<wxStaticText*, wxString>> m_wrapped;  // label and its unwrapped text
    static constexpr std::size_t kNoNextStep = static_cast<std::size_t>(-1);
    std::size_t m_next_step = kNoNextStep;  // index in m_wrapped of the next-step line
    std::vector<wxWindow*> m_retired;        // the page left, deaf, until the new one has the focus
    wxWindow* m_retired_holder = nullptr;    // hidden, beside this panel: the page left until the next
    wxTimer m_typing;
    int m_wrap_width = 0;
};

}  // namespace c5::gui
