#pragma once
// The dashboard in words, for a screen reader and for anyone who wants the numbers without the
// charts: a read-only text with the headline score, its stage and range, completion, the targets
// a/b/c and each pillar's score, and a table of the pillar scores to walk cell by cell. It follows
// the painted dashboard (dashboard_panel.h) score for score.
#include <memory>

#include <wx/panel.h>

#include "c5/reports/charts.h"
#include "c5/scoring/score_result.h"

class wxDataViewListCtrl;
class wxTextCtrl;

namespace c5::gui {

class DashboardText : public wxPanel {
public:
    explicit DashboardText(wxWindow* parent);

    /// As DashboardPanel::SetScores; returns the headline line when it changed (for an announcement).
    wxString SetScores(const scoring::ScoreResult& result, const reports::ChartData& chart, bool final,
                       double completion);

private:
    wxTextCtrl* m_summary = nullptr;
    wxDataViewListCtrl* m_pillars = nullptr;
    wxString m_headline;
};

}  // namespace c5::gui
