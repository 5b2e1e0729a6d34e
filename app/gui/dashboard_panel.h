#pragma once
// The live dashboard: the headline score with its range and stage, completion, targets a/b/c,
// and the same radar and bar charts as the report, redrawn after every answer.
#include <memory>

#include <wx/scrolwin.h>

#include "c5/reports/charts.h"
#include "c5/scoring/score_result.h"
#include "graphics_font_cache.h"

namespace c5::gui {

class DashboardPanel : public wxScrolledCanvas {
public:
    explicit DashboardPanel(wxWindow* parent);

    /// `final` is false for the point estimate alone, while the ranges are being computed.
    void SetScores(std::shared_ptr<const scoring::ScoreResult> result, reports::ChartData chart, bool final,
                   double completion);
    /// Large type for a projector.
    void SetLarge(bool large);

private:
    void OnPaint(wxPaintEvent& event);

    std::shared_ptr<const scoring::ScoreResult> m_result;
    reports::ChartData m_chart;
    bool m_final = false;
    double m_completion = 0;
    bool m_large = false;
    GraphicsFontCache m_fonts;
};

}  // namespace c5::gui
