#pragma once
// The review list (Go > Review list): the answers of the current respondent or of all, filtered to
// what needs a second look; Enter or a double click opens the question.
#include <optional>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "c5/app/assessment_session.h"
#include "c5/app/review_list.h"

class wxChoice;
class wxListView;
class wxStaticText;

namespace c5::gui {

class ReviewDialog : public wxDialog {
public:
    /// What the list shows, kept by the window between two openings.
    struct View {
        app::ReviewFilter filter = app::ReviewFilter::All;
        bool all_respondents = false;
    };
    ReviewDialog(wxWindow* parent, const app::AssessmentSession& session, View view);

    /// After ShowModal() == wxID_OK: the respondent and question to open.
    long long ChosenRespondent() const { return m_chosen_respondent; }
    const std::string& ChosenQuestion() const { return m_chosen_question; }
    View CurrentView() const;

private:
    void Fill();
    void OpenSelected();

    const app::AssessmentSession& m_session;
    wxChoice* m_filter = nullptr;
    wxChoice* m_scope = nullptr;
    wxListView* m_list = nullptr;
    wxStaticText* m_count = nullptr;
    std::vector<app::ReviewRow> m_rows;
    long long m_chosen_respondent = 0;
    std::string m_chosen_question;
};

}  // namespace c5::gui
