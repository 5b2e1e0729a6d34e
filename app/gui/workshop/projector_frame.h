#pragma once
// The projector view for the workshop room: full screen, large type, the live dashboard beside
// the list of disagreements still to settle. Esc or F11 returns to the assessment window.
#include <memory>
#include <vector>

#include <wx/frame.h>

#include "c5/questionnaire/assessment.h"
#include "c5/reports/charts.h"
#include "c5/scoring/disagreements.h"
#include "c5/scoring/score_result.h"

namespace c5::gui {

class DashboardPanel;
class DisagreementBoard;

class ProjectorFrame : public wxFrame {
public:
    explicit ProjectorFrame(wxWindow* owner);
    /// The same scores as the assessment window's dashboard, and the assessment for the list.
    void Update(std::shared_ptr<const scoring::ScoreResult> result, reports::ChartData chart, bool final,
                double completion, const questionnaire::AssessmentData& data);

private:
    DashboardPanel* m_dashboard = nullptr;
    DisagreementBoard* m_board = nullptr;
};

}  // namespace c5::gui
