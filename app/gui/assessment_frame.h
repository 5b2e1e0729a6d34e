#pragma once
// The main window: the question tree, the question page and the live dashboard over one open
// assessment. It owns the session, calls it, and refreshes its controls (no logic of its own).
#include <functional>
#include <memory>

#include <wx/frame.h>

#include "c5/app/assessment_session.h"
#include "c5/app/live_scorer.h"
#include "c5/app/review_list.h"

class wxButton;
class wxMenu;
class wxChoice;
class wxDataViewColumn;
class wxDataViewCtrl;
class wxGauge;
class wxSplitterWindow;
class wxStaticText;

namespace c5::gui {

class DashboardPanel;
class DashboardText;
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
    /// View → Questionnaire language, when the instrument adds languages the interface lacks.
    void AddQuestionnaireLanguages();
    void ChooseQuestionnaireLanguage(const std::string& code);
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
    void Redo();
    void AfterUndoOrRedo(const std::string& question_id, const wxString& status_format);
    void NextFlagged();
    void AttachDocument();
    void AttachDocumentFile(const wxString& path);
    void OpenDocument(long long attachment_id);
    void RemoveDocument(long long attachment_id);
    void ShowReviewList();
    void EditDetails();
    void EditRespondents();
    void AddRespondent();
    void EditPenetration();
    void EditScoringOptions();
    void ExportReport();
    void Export(bool json);
    void ExportWorkbook();
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
    wxDataViewColumn* m_mark_column = nullptr;
    wxDataViewColumn* m_title_column = nullptr;
    QuestionPanel* m_question = nullptr;
    wxWindow* m_dashboard_pane = nullptr;  // the painted dashboard and its words, shown or hidden together
    DashboardPanel* m_dashboard = nullptr;
    DashboardText* m_dashboard_text = nullptr;
    wxChoice* m_respondent = nullptr;
    wxButton* m_add_respondent = nullptr;
    wxGauge* m_progress = nullptr;
    wxStaticText* m_progress_label = nullptr;
    bool m_syncing_tree = false;
    bool m_tree_cursor_moving = false;  // a key moves the tree's cursor: Enter opens, browsing does not
    bool m_status_about_question = false;  // "Undone: P1.Q2 …" goes when another question is shown
    app::ReviewFilter m_review_filter = app::ReviewFilter::All;  // the review list's, kept between openings
    bool m_review_all_respondents = false;
    ProjectorFrame* m_projector = nullptr;  // open while the projector view is on
    wxMenu* m_view_menu = nullptr;
};

}  // namespace c5::gui
