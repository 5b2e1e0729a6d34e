#pragma once
// The pillar radar, the pillar bars with ranges and targets, and the target trajectory, drawn on
// any ChartCanvas (the PDF report, the desktop dashboard).
#include <optional>
#include <string>
#include <vector>

#include "c5/questionnaire/instrument.h"
#include "c5/reports/chart_canvas.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/compare.h"
#include "c5/scoring/score_result.h"

namespace c5::reports {

struct ChartPillar {
    std::string id;
    std::string title;
    bool included = true;
    double score = scoring::kNoScore;
    double low = scoring::kNoScore;
    double high = scoring::kNoScore;
    double target = scoring::kNoScore;  // the pillar's gap-closure target, B + 0.4·(100 − B)
    std::string score_label;            // the score as the reader's language writes it
    double baseline = scoring::kNoScore;  // a follow-up's baseline score, drawn under it
};

struct ChartData {
    std::vector<ChartPillar> pillars;
    std::vector<std::string> stage_names;  // start-up … dynamic
    std::string no_score_label;            // "n/a"
};

/// The pillars of a score result, in the language of `text`. With `comparison` (a follow-up), each
/// pillar also carries its baseline score, and its target is the one set at the baseline.
ChartData MakeChartData(const scoring::ScoreResult& score, const questionnaire::Instrument& instrument,
                        const ReportText& text, const scoring::Comparison* comparison = nullptr);

/// Radar of the scores (filled), the baseline's (grey, when there is one) and the targets (dashed),
/// filling a width × height box.
void DrawRadar(ChartCanvas& canvas, double width, double height, const ChartData& data);

/// One bar per pillar with its range and target marker; returns the height drawn.
double DrawBars(ChartCanvas& canvas, double width, const ChartData& data);
double BarsHeight(const ChartData& data);

/// Where a follow-up assessment stands, drawn on its baseline's trajectory.
struct FollowUpPoint {
    int year = 0;
    double value = scoring::kNoScore;
    double low = scoring::kNoScore;  // its 90 % range, when known
    double high = scoring::kNoScore;
};

struct TrajectoryChart {
    std::vector<scoring::TrajectoryPoint> trajectory;  // at least two years
    double baseline = scoring::kNoScore;
    double target = scoring::kNoScore;
    double literal = scoring::kNoScore;
    std::vector<std::string> legend;  // baseline, trajectory, literal reading (, follow-up)
    std::optional<FollowUpPoint> followup;
};

void DrawTrajectory(ChartCanvas& canvas, double width, double height, const TrajectoryChart& chart);

struct RegionalPoint {
    std::string label;  // e.g. "KEN 2026"
    double penetration = 0;  // P, 0–100
    double score = 0;        // S, 0–100
};

/// Readiness S against ICT penetration P, one labelled point per assessment, with the
/// penetration-expected curve logit(S/100) = a + b·P/100 when `fit` is given.
void DrawRegionalScatter(ChartCanvas& canvas, double width, double height, const std::vector<RegionalPoint>& points,
                         const std::optional<std::pair<double, double>>& fit, const std::string& x_label,
                         const std::string& y_label);

/// What each chart shows, in words with its numbers, in the language of `text`: the alternative
/// text a screen reader reads for the drawn chart (e.g. "Bar chart of the pillar scores …: P1
/// Cooperation 55.4, 90 % range 48.2 to 61.0, target 73.2; …").
std::string RadarDescription(const ChartData& data, const ReportText& text);
std::string BarsDescription(const ChartData& data, const ReportText& text);
std::string TrajectoryDescription(const TrajectoryChart& chart, const ReportText& text);

/// A follow-up on the trajectory its baseline set (no years when the target year had passed).
TrajectoryChart MakeFollowUpChart(const scoring::TargetProgress& progress, const ReportText& text);

}  // namespace c5::reports
