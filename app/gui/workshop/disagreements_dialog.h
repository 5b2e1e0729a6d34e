#pragma once
// The workshop's discussion list: where respondents disagree, most important first, who answered
// what with their evidence, and the consensus the room settles on, with a note. No answer is
// proposed: the room chooses one before Record is enabled.
#include <functional>
#include <vector>

#include <wx/dialog.h>

#include "c5/app/assessment_session.h"
#include "c5/scoring/disagreements.h"

class wxListCtrl;
class wxListEvent;
class wxChoice;
class wxCheckBox;
class wxTextCtrl;
class wxStaticText;
class wxButton;

namespace c5::gui {

class DisagreementsDialog : public wxDialog {
public:
    /// `changed` runs after a consensus is recorded or removed (the window rescores).
    DisagreementsDialog(wxWindow* parent, app::AssessmentSession& session, std::function<void()> changed);

private:
    void Reload(const std::string& keep_question = {});
    void Show(std::size_t index);
    void Record();
    void Remove();
    /// Record is enabled only once a consensus is chosen, typed or marked not applicable.
    void UpdateRecord();
    std::string ChosenValue() const;

    app::AssessmentSession& m_session;
    std::function<void()> m_changed;
    std::vector<scoring::Disagreement> m_items;
    std::vector<std::string> m_values;  // the consensus choice's values, in its order
    long m_current = -1;
    wxListCtrl* m_list = nullptr;
    wxStaticText* m_heading = nullptr;
    wxListCtrl* m_answers = nullptr;
    wxTextCtrl* m_evidence = nullptr;  // every respondent's evidence in full
    wxChoice* m_choice = nullptr;
    wxTextCtrl* m_typed = nullptr;
    wxCheckBox* m_not_applicable = nullptr;
    wxTextCtrl* m_note = nullptr;
    wxButton* m_record = nullptr;
    wxButton* m_remove = nullptr;
};

}  // namespace c5::gui
