#include "c5/reports/report_text.h"
#include "c5/reports/charts.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <tuple>
#include <utility>

#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/text_wrap.h"

namespace c5::reports {
namespace s = c5::scoring;
namespace q = c5::questionnaire;
namespace {

constexpr Color kNavy{0.16f, 0.27f, 0.42f};
constexpr Color kScore{0.18f, 0.44f, 0.69f};
constexpr Color kTarget{0.85f, 0.42f, 0.08f};
constexpr Color kGrid{0.78f, 0.80f, 0.84f};
constexpr Color kMuted{0.55f, 0.57f, 0.60f};
constexpr Color kLabel{0.25f, 0.27f, 0.30f};
constexpr Color kFollowUp{0.10f, 0.52f, 0.33f};
// Light tints of the five stages, start-up to dynamic.
constexpr Color kStageTint[5] = {{0.98f, 0.91f, 0.90f}, {0.99f, 0.94f, 0.86f}, {0.99f, 0.98f, 0.87f},
                                 {0.91f, 0.96f, 0.90f}, {0.86f, 0.94f, 0.90f}};
constexpr double kLabelSize = 7.5;
constexpr double kSmallSize = 6.5;
constexpr double kSmallestSize = 5.5;  // a stage name shrinks this far before it is shortened
constexpr double kRow = 17.0;
constexpr double kStageRow = 7.0;  // the second row of staggered stage names

void TextCentred(ChartCanvas& canvas, Point at, std::string_view text, double size, bool bold, Color color) {
    canvas.Text({at.x - canvas.TextWidth(text, size, bold) / 2, at.y}, text, size, bold, color);
}

}  // namespace

ChartData MakeChartData(const s::ScoreResult& score, const q::Instrument& instrument, const ReportText& text,
                        const s::Comparison* comparison) {
    ChartData data;
    for (int stage = 0; stage < q::kStageCount; ++stage) data.stage_names.push_back(text.Get("stage_" + std::to_string(stage)));
    data.no_score_label = text.Get("chart_no_score");
    for (const auto& pillar : score.pillars) {
        ChartPillar line;
        line.id = pillar.id;
        const q::Pillar* definition = instrument.FindPillar(pillar.id);
        line.title = definition ? Shown(q::PillarText(*definition, "title", text.Language())) : pillar.title;
        line.included = pillar.included;
        line.score = pillar.score;
        line.low = pillar.interval.low;
        line.high = pillar.interval.high;
        if (s::HasScore(pillar.score)) line.target = pillar.score + 0.4 * (100 - pillar.score);
        if (comparison) {
            // A follow-up is measured against the targets set at its baseline.
            line.target = s::kNoScore;
            for (const auto& change : comparison->pillars)
                if (change.id == pillar.id) line.baseline = change.baseline;
            if (s::HasScore(line.baseline)) line.target = line.baseline + 0.4 * (100 - line.baseline);
        }
        line.score_label = text.Number(pillar.score);
        data.pillars.push_back(std::move(line));
    }
    return data;
}

namespace {

// Each pillar as the chart shows it, with the parts `range` and `baseline` asked for.
std::string PillarsDescribed(const ChartData& data, const ReportText& text, bool range, bool baseline) {
    std::string described;
    for (const auto& pillar : data.pillars) {
        const std::string name = pillar.id + " " + pillar.title;
        std::string item;
        if (!s::HasScore(pillar.score)) {
            item = text.Format("alt_pillar_no_score", {{"pillar", name}});
        } else {
            item = text.Format("alt_pillar_score", {{"pillar", name}, {"score", pillar.score_label}});
            const auto part = [&](const std::string& words) { item += text.Get("alt_part_separator") + words; };
            if (range && s::HasScore(pillar.low) && s::HasScore(pillar.high))
                part(text.Format("alt_pillar_range", {{"low", text.Number(pillar.low)}, {"high", text.Number(pillar.high)}}));
            if (baseline && s::HasScore(pillar.baseline))
                part(text.Format("alt_pillar_baseline", {{"baseline", text.Number(pillar.baseline)}}));
            if (s::HasScore(pillar.target)) part(text.Format("alt_pillar_target", {{"target", text.Number(pillar.target)}}));
        }
        if (!pillar.included) item += text.Get("alt_part_separator") + text.Get("alt_pillar_optional");
        if (!described.empty()) described += text.Get("alt_separator");
        described += item;
    }
    return described;
}

}  // namespace

std::string RadarDescription(const ChartData& data, const ReportText& text) {
    return text.Format("alt_radar", {{"pillars", PillarsDescribed(data, text, false, true)}});
}

std::string BarsDescription(const ChartData& data, const ReportText& text) {
    return text.Format("alt_bars", {{"pillars", PillarsDescribed(data, text, true, false)}});
}

std::string TrajectoryDescription(const TrajectoryChart& chart, const ReportText& text) {
    if (chart.trajectory.size() < 2) return {};
    std::string described = text.Format("alt_trajectory", {{"baseline", text.Number(chart.baseline)},
                                                           {"base", std::to_string(chart.trajectory.front().year)},
                                                           {"target", text.Number(chart.target)},
                                                           {"year", std::to_string(chart.trajectory.back().year)},
                                                           {"literal", text.Number(chart.literal)}});
    if (chart.followup && s::HasScore(chart.followup->value))
        described += " " + text.Format("alt_trajectory_followup", {{"year", std::to_string(chart.followup->year)},
                                                                   {"value", text.Number(chart.followup->value)}});
    return described;
}

void DrawRadar(ChartCanvas& canvas, double width, double height, const ChartData& data) {
    const std::size_t n = data.pillars.size();
    if (n < 3) return;
    const double radius = std::max(10.0, std::min(width, height) / 2 - 28);
    const Point centre{width / 2, height / 2};
    const auto point = [&](std::size_t i, double value) {
        const double angle = std::numbers::pi / 2 - 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
        const double r = radius * std::clamp(value, 0.0, 100.0) / 100.0;
        return Point{centre.x + r * std::cos(angle), centre.y - r * std::sin(angle)};
    };
    // Stage rings at 20 … 100, labelled between the first two axes: on the first axis the labels
    // would run into the first pillar's name and score.
    const double label_angle = std::numbers::pi / 2 - std::numbers::pi / static_cast<double>(n);
    for (int ring = 1; ring <= 5; ++ring) {
        std::vector<Point> points;
        for (std::size_t i = 0; i < n; ++i) points.push_back(point(i, ring * 20.0));
        canvas.Polygon(points, std::nullopt, 0, kGrid, 0.5);
        const double r = radius * ring / 5.0 * std::cos(std::numbers::pi / static_cast<double>(n));  // on the ring's edge
        canvas.Text({centre.x + r * std::cos(label_angle) + 1.5, centre.y - r * std::sin(label_angle) + 6},
                    std::to_string(ring * 20), kSmallSize, false, kMuted);
    }
    for (std::size_t i = 0; i < n; ++i) canvas.Line(centre, point(i, 100), kGrid, 0.4);
    std::vector<Point> targets;
    std::vector<Point> scores;
    std::vector<Point> baseline;
    bool any_baseline = false;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& pillar = data.pillars[i];
        targets.push_back(point(i, s::HasScore(pillar.target) ? pillar.target : 0));
        scores.push_back(point(i, s::HasScore(pillar.score) ? pillar.score : 0));  // no score: at the centre
        baseline.push_back(point(i, s::HasScore(pillar.baseline) ? pillar.baseline : 0));
        any_baseline = any_baseline || s::HasScore(pillar.baseline);
    }
    if (any_baseline) canvas.Polygon(baseline, kMuted, 0.12, kMuted, 1.0);
    canvas.Polygon(scores, kScore, 0.22, kScore, 1.4);
    canvas.Polygon(targets, std::nullopt, 0, kTarget, 1.0, true);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& pillar = data.pillars[i];
        const double angle = std::numbers::pi / 2 - 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
        Point at{centre.x + (radius + 14) * std::cos(angle), centre.y - (radius + 14) * std::sin(angle)};
        // The id, and under it the score (or why there is none), kept whole inside the chart.
        const std::string& value = s::HasScore(pillar.score) ? pillar.score_label : data.no_score_label;
        const double half = std::max(canvas.TextWidth(pillar.id, kLabelSize, true),
                                     canvas.TextWidth(value, kSmallSize, false)) / 2;
        at.x = std::clamp(at.x, half, std::max(half, width - half));
        TextCentred(canvas, {at.x, at.y + 3}, pillar.id, kLabelSize, true, pillar.included ? kLabel : kMuted);
        TextCentred(canvas, {at.x, at.y + 11}, value, kSmallSize, false, kMuted);
    }
}

double BarsHeight(const ChartData& data) { return kRow * static_cast<double>(data.pillars.size()) + 26 + kStageRow; }

double DrawBars(ChartCanvas& canvas, double width, const ChartData& data) {
    // Pillar names take two lines of a fifth more room than the bars' share once had: French,
    // Spanish and Russian titles were cut after a word or two.
    const double label_width = std::min(205.0, width * 0.42);
    constexpr double kValueWidth = 34.0;
    const double x0 = label_width;
    const double bar_width = width - label_width - kValueWidth;
    const double bottom = kRow * static_cast<double>(data.pillars.size());
    for (int stage = 0; stage < 5; ++stage)
        canvas.FillRect(x0 + bar_width * stage / 5.0, 0, bar_width / 5.0, bottom, kStageTint[stage]);
    // Stage names under their bands. When one is too long for its band even at the smallest size
    // ("формирующийся"), the names are set on two staggered rows: each may then spread over its
    // neighbours' bands, whose names sit on the other row. Only then is a name shortened.
    const double band = bar_width / 5.0 - 2;
    const auto count = std::min<std::size_t>(5, data.stage_names.size());
    const bool staggered = std::any_of(data.stage_names.begin(), data.stage_names.begin() + static_cast<std::ptrdiff_t>(count),
                                       [&](const std::string& name) { return canvas.TextWidth(name, kSmallestSize, false) > band; });
    const double room = staggered ? 2 * band : band;
    for (int tick = 0; tick <= 5; ++tick) {
        const double x = x0 + bar_width * tick / 5.0;
        canvas.Line({x, 0}, {x, bottom}, kGrid, 0.4);
        TextCentred(canvas, {x, bottom + 9}, std::to_string(tick * 20), kSmallSize, false, kMuted);
        if (static_cast<std::size_t>(tick) < count) {
            const std::string& stage = data.stage_names[static_cast<std::size_t>(tick)];
            double size = kSmallSize;
            while (size > kSmallestSize && canvas.TextWidth(stage, size, false) > room) size -= 0.25;
            const auto measure = [&](std::string_view text) { return canvas.TextWidth(text, size, false); };
            const double row = staggered && tick % 2 == 1 ? kStageRow : 0;
            TextCentred(canvas, {x + bar_width / 10.0, bottom + 18 + row}, Ellipsize(stage, room, measure), size, false, kMuted);
        }
    }
    for (std::size_t i = 0; i < data.pillars.size(); ++i) {
        const auto& pillar = data.pillars[i];
        const double middle = kRow * static_cast<double>(i) + kRow / 2;
        const Color label = pillar.included ? kLabel : kMuted;
        // The pillar's name on up to two lines of its row; a name that needs more (Russian, French)
        // takes three lines in the small size; only then is the last line shortened.
        const std::string name = pillar.id + " " + pillar.title;
        const auto lay_out = [&](double size, std::size_t most) {
            const auto measure = [&](std::string_view text) { return canvas.TextWidth(text, size, false); };
            const auto spans = BreakLines(name, label_width - 8, measure);
            std::vector<std::string> lines;
            for (std::size_t j = 0; j < std::min(spans.size(), most); ++j)
                lines.push_back(name.substr(spans[j].begin, spans[j].end - spans[j].begin));
            if (spans.size() > most)  // the rest of the text as it was, spaces and all, shortened to the line
                lines.back() = Ellipsize(std::string_view(name).substr(spans[most - 1].begin), label_width - 8, measure);
            return std::pair{lines, spans.size() <= most};
        };
        auto [lines, whole] = lay_out(kLabelSize, 2);
        double size = kLabelSize;
        double leading = 8.2;
        if (!whole) {
            std::tie(lines, whole) = lay_out(kSmallSize, 3);
            size = kSmallSize;
            leading = 5.9;
        }
        const double first = middle + 2.5 - leading * static_cast<double>(lines.size() - 1) / 2;
        for (std::size_t j = 0; j < lines.size(); ++j)
            canvas.Text({0, first + leading * static_cast<double>(j)}, lines[j], size, false, label);
        if (!s::HasScore(pillar.score)) {
            canvas.Text({x0 + 4, middle + 2.5}, data.no_score_label, kSmallSize, false, kMuted);
            continue;
        }
        canvas.FillRect(x0, middle - 4.5, bar_width * pillar.score / 100.0, 9.0, pillar.included ? kScore : kMuted);
        if (s::HasScore(pillar.low) && s::HasScore(pillar.high)) {
            const double low = x0 + bar_width * pillar.low / 100.0;
            const double high = x0 + bar_width * pillar.high / 100.0;
            canvas.Line({low, middle}, {high, middle}, kNavy, 0.9);
            canvas.Line({low, middle - 3}, {low, middle + 3}, kNavy, 0.9);
            canvas.Line({high, middle - 3}, {high, middle + 3}, kNavy, 0.9);
        }
        if (s::HasScore(pillar.target)) {
            // The marker on the bar's row, centred on it.
            const double x = x0 + bar_width * pillar.target / 100.0;
            canvas.Polygon({{x - 3.2, middle + 3.2}, {x + 3.2, middle + 3.2}, {x, middle - 3.2}}, kTarget, 1.0,
                           std::nullopt, 0);
        }
        const double value_width = canvas.TextWidth(pillar.score_label, kLabelSize, true);
        canvas.Text({width - value_width, middle + 2.5}, pillar.score_label, kLabelSize, true, label);
    }
    return BarsHeight(data);
}

void DrawTrajectory(ChartCanvas& canvas, double width, double height, const TrajectoryChart& chart) {
    if (chart.trajectory.size() < 2) return;
    const double left = 26;
    const double plot_width = width - 36;
    const double top = 6;
    const double plot_height = height - 22;
    const double bottom = top + plot_height;
    for (int tick = 0; tick <= 5; ++tick) {
        const double y = bottom - plot_height * tick / 5.0;
        canvas.Line({left, y}, {left + plot_width, y}, kGrid, 0.4);
        const std::string label = std::to_string(tick * 20);
        canvas.Text({left - 4 - canvas.TextWidth(label, kSmallSize, false), y + 2.5}, label, kSmallSize, false, kMuted);
    }
    const int first = chart.trajectory.front().year;
    const int target_year = chart.trajectory.back().year;
    // A follow-up after the target year extends the axis: the target then holds as a level.
    const int last = chart.followup ? std::max(target_year, chart.followup->year) : target_year;
    const auto px = [&](int year) { return left + plot_width * (year - first) / static_cast<double>(last - first); };
    const auto py = [&](double value) { return bottom - plot_height * std::clamp(value, 0.0, 100.0) / 100.0; };
    for (int year = first; year <= last; ++year)
        TextCentred(canvas, {px(year), bottom + 10}, std::to_string(year), kSmallSize, false, kMuted);
    canvas.Line({px(first), py(chart.baseline)}, {px(target_year), py(chart.target)}, kTarget, 1.4);
    if (last > target_year) canvas.Line({px(target_year), py(chart.target)}, {px(last), py(chart.target)}, kTarget, 1.4);
    canvas.Line({px(first), py(chart.baseline)}, {px(target_year), py(chart.literal)}, kMuted, 0.8, true);
    for (const auto& point : chart.trajectory) canvas.FillCircle({px(point.year), py(point.value)}, 2.0, kTarget);
    canvas.FillCircle({px(first), py(chart.baseline)}, 3.2, kScore);
    if (chart.followup && s::HasScore(chart.followup->value)) {
        const double x = px(chart.followup->year);
        if (s::HasScore(chart.followup->low) && s::HasScore(chart.followup->high)) {
            canvas.Line({x, py(chart.followup->low)}, {x, py(chart.followup->high)}, kFollowUp, 1.0);
            for (const double end : {chart.followup->low, chart.followup->high})
                canvas.Line({x - 3, py(end)}, {x + 3, py(end)}, kFollowUp, 1.0);
        }
        const double y = py(chart.followup->value);
        canvas.Polygon({{x, y - 4.2}, {x + 4.2, y}, {x, y + 4.2}, {x - 4.2, y}}, kFollowUp, 1.0, std::nullopt, 0, false);
    }
    // Legend in the upper left, where the lines (rising from the baseline) never reach.
    if (chart.legend.size() >= 3) {
        double x = left + 6;
        const double y = top + 10;
        canvas.FillCircle({x + 3, y - 2.5}, 2.8, kScore);
        canvas.Text({x + 9, y}, chart.legend[0], kLabelSize, false, kLabel);
        x += 16 + canvas.TextWidth(chart.legend[0], kLabelSize, false);
        canvas.Line({x, y - 2.5}, {x + 16, y - 2.5}, kTarget, 1.4);
        canvas.Text({x + 20, y}, chart.legend[1], kLabelSize, false, kLabel);
        x += 28 + canvas.TextWidth(chart.legend[1], kLabelSize, false);
        canvas.Line({x, y - 2.5}, {x + 16, y - 2.5}, kMuted, 0.8, true);
        canvas.Text({x + 20, y}, chart.legend[2], kLabelSize, false, kLabel);
        if (chart.legend.size() >= 4 && chart.followup) {
            x += 28 + canvas.TextWidth(chart.legend[2], kLabelSize, false);
            canvas.Polygon({{x + 3, y - 6}, {x + 6.5, y - 2.5}, {x + 3, y + 1}, {x - 0.5, y - 2.5}}, kFollowUp, 1.0,
                           std::nullopt, 0, false);
            canvas.Text({x + 10, y}, chart.legend[3], kLabelSize, false, kLabel);
        }
    }
}

void DrawRegionalScatter(ChartCanvas& canvas, double width, double height, const std::vector<RegionalPoint>& points,
                         const std::optional<std::pair<double, double>>& fit, const std::string& x_label,
                         const std::string& y_label) {
    const double left = 30;
    const double bottom = height - 24;
    const double top = 8;
    const double right = width - 10;
    const auto px = [&](double p) { return left + (right - left) * std::clamp(p, 0.0, 100.0) / 100.0; };
    const auto py = [&](double v) { return bottom - (bottom - top) * std::clamp(v, 0.0, 100.0) / 100.0; };
    for (int tick = 0; tick <= 5; ++tick) {
        const double value = tick * 20.0;
        canvas.Line({left, py(value)}, {right, py(value)}, kGrid, 0.4);
        canvas.Line({px(value), top}, {px(value), bottom}, kGrid, 0.4);
        const std::string label = std::to_string(tick * 20);
        canvas.Text({left - 4 - canvas.TextWidth(label, kSmallSize, false), py(value) + 2.5}, label, kSmallSize, false,
                    kMuted);
        TextCentred(canvas, {px(value), bottom + 9}, label, kSmallSize, false, kMuted);
    }
    TextCentred(canvas, {(left + right) / 2, bottom + 19}, x_label, kLabelSize, false, kLabel);
    canvas.Text({left + 4, top + 8}, y_label, kLabelSize, false, kLabel);
    if (fit) {
        // The expected score along P, as a polyline.
        std::optional<Point> previous;
        for (int p = 0; p <= 100; p += 2) {
            const double expected = 100.0 / (1.0 + std::exp(-(fit->first + fit->second * p / 100.0)));
            const Point here{px(p), py(expected)};
            if (previous) canvas.Line(*previous, here, kTarget, 1.0, true);
            previous = here;
        }
    }
    for (const auto& point : points) {
        canvas.FillCircle({px(point.penetration), py(point.score)}, 3.0, kScore);
        canvas.Text({px(point.penetration) + 5, py(point.score) - 3}, point.label, kSmallSize, false, kLabel);
    }
}

TrajectoryChart MakeFollowUpChart(const s::TargetProgress& progress, const ReportText& text) {
    TrajectoryChart chart;
    if (!s::HasScore(progress.baseline) || !s::HasScore(progress.target)) return chart;
    if (progress.target_year > progress.base_year)
        for (int year = progress.base_year; year <= progress.target_year; ++year)
            chart.trajectory.push_back({year, progress.baseline + (progress.target - progress.baseline) *
                                                                      (year - progress.base_year) /
                                                                      static_cast<double>(progress.target_year - progress.base_year)});
    chart.baseline = progress.baseline;
    chart.target = progress.target;
    chart.literal = std::min(100.0, 1.4 * progress.baseline);
    chart.legend = {text.Get("legend_baseline"), text.Get("legend_trajectory"), text.Get("legend_literal"),
                    text.Get("legend_followup")};
    if (s::HasScore(progress.value))
        chart.followup = FollowUpPoint{progress.year, progress.value, progress.value_interval.low, progress.value_interval.high};
    return chart;
}

}  // namespace c5::reports
