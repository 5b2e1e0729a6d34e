#pragma once
// The live dashboard: the headline score with its range and stage, completion, targets a/b/c,
// and the same radar and bar charts as the report, redrawn after every answer.
#include <memory>
#include <vector>

#include <wx/scrolwin.h>

#include "c5/reports/charts.h"
#include "c5/scoring/score_result.h"
#include "graphics_font_cache.h"
#include "numbers_help.h"

namespace c5::gui {

class DashboardPanel : public wxScrolledCanvas {
public:
    explicit DashboardPanel(wxWindow* parent);

    /// `final` is false for the point estimate alone, while the ranges are being computed.
    void SetScores(std::shared_ptr<const scoring::ScoreResult> result, reports::ChartData chart, bool final,
                   double completion);
    /// Large type for a projector.
    void SetLarge(bool large);
    /// The first next steps of the ranked recommendations, one line each.
    void SetPriorities(std::vector<wxString> priorities);

private:
    void OnPaint(wxPaintEvent& event);
    /// The topic of the line under a point (in window coordinates), for its tooltip.
    NumberTopic TopicAt(wxPoint point) const;

    struct Region {
        double top = 0;
        double bottom = 0;
        NumberTopic topic = NumberTopic::None;
        bool help_link = false;  // "What do these numbers mean?": a click opens the help
    };

    std::shared_ptr<const scoring::ScoreResult> m_result;
    reports::ChartData m_chart;
    bool m_final = false;
    double m_completion = 0;
    std::vector<wxString> m_priorities;
    bool m_large = false;
    GraphicsFontCache m_fonts;
    std::vector<Region> m_regions;  // in scrolled (virtual) coordinates, from the last paint
    NumberTopic m_tooltip_topic = NumberTopic::None;
};

}  // namespace c5::gui
