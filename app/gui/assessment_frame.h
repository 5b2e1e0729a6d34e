#pragma once
// The main window: the question tree, the question page and the live dashboard over one open
// assessment. It owns the session, calls it, and refreshes its controls (no logic of its own).
#include <functional>
#include <memory>

#include <wx/frame.h>

#include "c5/app/assessment_session.h"
#include "c5/app/live_scorer.h"

class wxButton;
class wxChoice;
class wxDataViewCtrl;
class wxGauge;
class wxSplitterWindow;
class wxStaticText;

namespace c5::gui {

class DashboardPanel;
class ProjectorFrame;
class QuestionPanel;
class QuestionTreeModel;

class AssessmentFrame : public wxFrame {
public:
    using SessionSource = std::function<std::unique_ptr<app::AssessmentSession>()>;

    /// Builds the window, then takes its assessment from `session`, which may still be reading
    /// the file on another thread while GTK builds the widgets. When `session` throws, nothing
    /// stays on screen and the exception goes on to the caller. `start_question`: the question
    /// shown first (default: the first one). Shown by the caller.
    static AssessmentFrame* Create(const SessionSource& session, std::string start_question = {});
    ~AssessmentFrame() override;

    /// Rebuilds the window in another interface language, on the same open assessment: the
    /// session (and its lock) moves to the new window, nothing is closed or re-read.
    void SwitchLanguage(const std::string& code);

private:
    AssessmentFrame();  // the widgets, with no assessment yet
    void Attach(std::unique_ptr<app::AssessmentSession> session, std::string start_question);
    void BuildMenus();
    void BuildLayout();
    void FillRespondents();
    void ShowQuestion(const questionnaire::Question& question);
    void Step(int direction);
    void NextUnanswered();
    void SaveAnswer(const questionnaire::AnswerInput& input);
    void AfterChange();
    void RescoreNow();
    void PlaceSashes();
    void ShowPointEstimate();
    void RequestRanges();
    void OnScores(std::shared_ptr<const scoring::ScoreResult> result, std::uint64_t generation);
    void OnCharHook(wxKeyEvent& event);
    void Undo();
    void AddRespondent();
    void EditPenetration();
    void EditScoringOptions();
    void ExportReport();
    void Export(bool json);
    void SaveAs();
    void ToggleDashboard();
    void ShowKeys();
    void Status(const wxString& text);
    // Workshops (assessment_frame_workshop.cpp).
    void ApplyKitMode();
    void MakeKits();
    void MergeFiles();
    void SaveSealedCopy();
    void ShowDisagreements();
    void ToggleProjector();
    void CompareWithBaseline();
    void ShowRegional();
    void ShowScores(std::shared_ptr<const scoring::ScoreResult> result, bool final);
    std::vector<const questionnaire::Question*> AllQuestions() const;

    std::unique_ptr<app::AssessmentSession> m_session;
    std::unique_ptr<app::LiveScorer> m_scorer;
    std::uint64_t m_latest_generation = 0;
    const questionnaire::Question* m_current = nullptr;
    wxObjectDataPtr<QuestionTreeModel> m_model;
    wxSplitterWindow* m_outer = nullptr;
    wxSplitterWindow* m_inner = nullptr;
    wxDataViewCtrl* m_tree = nullptr;
    QuestionPanel* m_question = nullptr;
    DashboardPanel* m_dashboard = nullptr;
    wxChoice* m_respondent = nullptr;
    wxButton* m_add_respondent = nullptr;
    wxGauge* m_progress = nullptr;
    wxStaticText* m_progress_label = nullptr;
    bool m_syncing_tree = false;
    ProjectorFrame* m_projector = nullptr;  // open while the projector view is on
};

}  // namespace c5::gui
