#include "charts.h"

#include <cmath>

#include "c5/scoring/item_score.h"

namespace c5::reports::detail {
namespace s = c5::scoring;
namespace {

constexpr Rgb kNavy{0.16f, 0.27f, 0.42f};
constexpr Rgb kScore{0.18f, 0.44f, 0.69f};
constexpr Rgb kTarget{0.85f, 0.42f, 0.08f};
constexpr Rgb kGrid{0.78f, 0.80f, 0.84f};
constexpr Rgb kMuted{0.55f, 0.57f, 0.60f};
// Light tints of the five stages, start-up to dynamic.
constexpr Rgb kStageTint[5] = {{0.98f, 0.91f, 0.90f}, {0.99f, 0.94f, 0.86f}, {0.99f, 0.98f, 0.87f},
                               {0.91f, 0.96f, 0.90f}, {0.86f, 0.94f, 0.90f}};

const TextStyle kLabel{FontStyle::Regular, 7.5f, 9.0f, {0.25f, 0.27f, 0.30f}};
const TextStyle kSmall{FontStyle::Regular, 6.5f, 8.0f, kMuted};

void SetAlpha(Layout& layout, float alpha) {
    HPDF_ExtGState state = HPDF_CreateExtGState(layout.Document().Handle());
    HPDF_ExtGState_SetAlphaFill(state, alpha);
    HPDF_Page_SetExtGState(layout.Page(), state);
}

void Polygon(Layout& layout, const std::vector<std::pair<float, float>>& points) {
    HPDF_Page_MoveTo(layout.Page(), points[0].first, points[0].second);
    for (std::size_t i = 1; i < points.size(); ++i) HPDF_Page_LineTo(layout.Page(), points[i].first, points[i].second);
    HPDF_Page_ClosePath(layout.Page());
}

void Triangle(Layout& layout, float x, float y, float size, Rgb color) {
    HPDF_Page_SetRGBFill(layout.Page(), color.r, color.g, color.b);
    Polygon(layout, {{x - size / 2, y - size / 2}, {x + size / 2, y - size / 2}, {x, y + size / 2}});
    HPDF_Page_Fill(layout.Page());
}

}  // namespace

void DrawRadar(Layout& layout, float cx, float cy, float radius, const ReportModel& model) {
    const std::size_t n = model.pillars.size();
    if (n < 3) return;
    HPDF_Page page = layout.Page();
    const auto point = [&](std::size_t i, double value) {
        const double angle = M_PI / 2 - 2 * M_PI * static_cast<double>(i) / static_cast<double>(n);
        const double r = radius * std::clamp(value, 0.0, 100.0) / 100.0;
        return std::pair<float, float>{cx + static_cast<float>(r * std::cos(angle)),
                                       cy + static_cast<float>(r * std::sin(angle))};
    };
    // Stage rings at 20, 40, 60, 80 and 100, with the stage names between them.
    HPDF_Page_SetRGBStroke(page, kGrid.r, kGrid.g, kGrid.b);
    HPDF_Page_SetLineWidth(page, 0.5f);
    for (int ring = 1; ring <= 5; ++ring) {
        std::vector<std::pair<float, float>> points;
        for (std::size_t i = 0; i < n; ++i) points.push_back(point(i, ring * 20.0));
        Polygon(layout, points);
        HPDF_Page_Stroke(page);
        layout.Text(cx + 2, cy + static_cast<float>(radius * ring / 5.0) - 7, std::to_string(ring * 20), kSmall);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto [x, y] = point(i, 100);
        layout.Line(cx, cy, x, y, kGrid, 0.4f);
    }
    // Targets (dashed) and scores (filled); a pillar without a score sits at the centre.
    std::vector<std::pair<float, float>> targets;
    std::vector<std::pair<float, float>> scores;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& pillar = model.pillars[i];
        targets.push_back(point(i, s::HasScore(pillar.target) ? pillar.target : 0));
        scores.push_back(point(i, s::HasScore(pillar.score) ? pillar.score : 0));
    }
    HPDF_Page_GSave(page);
    SetAlpha(layout, 0.22f);
    HPDF_Page_SetRGBFill(page, kScore.r, kScore.g, kScore.b);
    Polygon(layout, scores);
    HPDF_Page_Fill(page);
    HPDF_Page_GRestore(page);
    HPDF_Page_SetRGBStroke(page, kScore.r, kScore.g, kScore.b);
    HPDF_Page_SetLineWidth(page, 1.4f);
    Polygon(layout, scores);
    HPDF_Page_Stroke(page);
    const HPDF_UINT16 dash[] = {4, 2};
    HPDF_Page_SetDash(page, dash, 2, 0);
    HPDF_Page_SetRGBStroke(page, kTarget.r, kTarget.g, kTarget.b);
    HPDF_Page_SetLineWidth(page, 1.0f);
    Polygon(layout, targets);
    HPDF_Page_Stroke(page);
    HPDF_Page_SetDash(page, nullptr, 0, 0);
    // Axis labels outside the outer ring.
    for (std::size_t i = 0; i < n; ++i) {
        const auto& pillar = model.pillars[i];
        const double angle = M_PI / 2 - 2 * M_PI * static_cast<double>(i) / static_cast<double>(n);
        const float lx = cx + static_cast<float>((radius + 14) * std::cos(angle));
        const float ly = cy + static_cast<float>((radius + 14) * std::sin(angle));
        const std::string label =
            pillar.id + (s::HasScore(pillar.score) ? "" : " (" + model.no_score_label + ")");
        TextStyle style = kLabel;
        style.font = FontStyle::Bold;
        if (!pillar.included) style.color = kMuted;
        const float width = static_cast<float>(layout.Measure(style, label));
        layout.Text(lx - width / 2, ly - 3, label, style);
        if (s::HasScore(pillar.score)) {
            const std::string value = model.pillars[i].cells[1];
            const float value_width = static_cast<float>(layout.Measure(kSmall, value));
            layout.Text(lx - value_width / 2, ly - 11, value, kSmall);
        }
    }
}

float DrawBars(Layout& layout, const ReportModel& model) {
    constexpr float kRow = 17.0f;
    constexpr float kLabelWidth = 170.0f;
    constexpr float kValueWidth = 34.0f;
    const float height = kRow * static_cast<float>(model.pillars.size()) + 26;
    layout.EnsureSpace(height);
    const float top = layout.Y();
    const float x0 = layout.Left() + kLabelWidth;
    const float width = layout.Width() - kLabelWidth - kValueWidth;
    const float bottom = top - kRow * static_cast<float>(model.pillars.size());
    // Stage bands behind the bars, with the scale and stage names underneath.
    for (int stage = 0; stage < 5; ++stage)
        layout.FillRect(x0 + width * stage / 5.0f, bottom, width / 5.0f, top - bottom, kStageTint[stage]);
    for (int tick = 0; tick <= 5; ++tick) {
        const float x = x0 + width * tick / 5.0f;
        layout.Line(x, bottom, x, top, kGrid, 0.4f);
        const std::string label = std::to_string(tick * 20);
        layout.Text(x - static_cast<float>(layout.Measure(kSmall, label)) / 2, bottom - 9, label, kSmall);
        if (tick < 5)
            layout.Text(x, bottom - 18, model.stage_names[static_cast<std::size_t>(tick)], kSmall, Align::Center,
                        width / 5.0f);
    }
    for (std::size_t i = 0; i < model.pillars.size(); ++i) {
        const auto& pillar = model.pillars[i];
        const float row_top = top - kRow * static_cast<float>(i);
        const float middle = row_top - kRow / 2;
        TextStyle label = kLabel;
        if (!pillar.included) label.color = kMuted;
        const auto measure = [&](std::string_view text) { return layout.Measure(label, text); };
        layout.Text(layout.Left(), middle - 2.5f, Ellipsize(pillar.id + " " + pillar.title, kLabelWidth - 8, measure),
                    label);
        if (!s::HasScore(pillar.score)) {
            layout.Text(x0 + 4, middle - 2.5f, model.no_score_label, kSmall);
            continue;
        }
        const Rgb bar = pillar.included ? kScore : kMuted;
        layout.FillRect(x0, middle - 4.5f, width * static_cast<float>(pillar.score / 100.0), 9.0f, bar);
        if (s::HasScore(pillar.low) && s::HasScore(pillar.high)) {
            const float low = x0 + width * static_cast<float>(pillar.low / 100.0);
            const float high = x0 + width * static_cast<float>(pillar.high / 100.0);
            layout.Line(low, middle, high, middle, kNavy, 0.9f);
            layout.Line(low, middle - 3, low, middle + 3, kNavy, 0.9f);
            layout.Line(high, middle - 3, high, middle + 3, kNavy, 0.9f);
        }
        if (s::HasScore(pillar.target))
            Triangle(layout, x0 + width * static_cast<float>(pillar.target / 100.0), middle + 6.0f, 5.5f, kTarget);
        TextStyle value = kLabel;
        value.font = FontStyle::Bold;
        layout.Text(x0 + width + 4, middle - 2.5f, pillar.cells[1], value, Align::Right, kValueWidth - 4);
    }
    layout.Advance(height);
    return height;
}

void DrawTrajectory(Layout& layout, float x, float y, float width, float height, const TargetSection& target) {
    if (target.trajectory.size() < 2) return;
    const float left = x + 26;
    const float plot_width = width - 36;
    const float bottom = y + 16;
    const float plot_height = height - 22;
    for (int tick = 0; tick <= 5; ++tick) {
        const float ty = bottom + plot_height * tick / 5.0f;
        layout.Line(left, ty, left + plot_width, ty, kGrid, 0.4f);
        const std::string label = std::to_string(tick * 20);
        layout.Text(left - 4 - static_cast<float>(layout.Measure(kSmall, label)), ty - 2.5f, label, kSmall);
    }
    const int first = target.trajectory.front().year;
    const int last = target.trajectory.back().year;
    const auto px = [&](int year) { return left + plot_width * static_cast<float>(year - first) / static_cast<float>(last - first); };
    const auto py = [&](double value) { return bottom + plot_height * static_cast<float>(value / 100.0); };
    for (const auto& point : target.trajectory) {
        const std::string label = std::to_string(point.year);
        layout.Text(px(point.year) - static_cast<float>(layout.Measure(kSmall, label)) / 2, bottom - 10, label, kSmall);
    }
    layout.Line(px(first), py(target.baseline), px(last), py(target.target), kTarget, 1.4f);
    layout.Line(px(first), py(target.baseline), px(last), py(target.literal), kMuted, 0.8f, true);
    for (const auto& point : target.trajectory) {
        HPDF_Page_SetRGBFill(layout.Page(), kTarget.r, kTarget.g, kTarget.b);
        HPDF_Page_Circle(layout.Page(), px(point.year), py(point.value), 2.0f);
        HPDF_Page_Fill(layout.Page());
    }
    HPDF_Page_SetRGBFill(layout.Page(), kScore.r, kScore.g, kScore.b);
    HPDF_Page_Circle(layout.Page(), px(first), py(target.baseline), 3.2f);
    HPDF_Page_Fill(layout.Page());
    // Legend in the upper left, where the lines (rising from the baseline) never reach.
    if (target.legend.size() == 3) {
        float lx = left + 6;
        const float ly = bottom + plot_height - 8;
        HPDF_Page_SetRGBFill(layout.Page(), kScore.r, kScore.g, kScore.b);
        HPDF_Page_Circle(layout.Page(), lx + 3, ly + 2.5f, 2.8f);
        HPDF_Page_Fill(layout.Page());
        layout.Text(lx + 9, ly, target.legend[0], kLabel);
        lx += 16 + static_cast<float>(layout.Measure(kLabel, target.legend[0]));
        layout.Line(lx, ly + 2.5f, lx + 16, ly + 2.5f, kTarget, 1.4f);
        layout.Text(lx + 20, ly, target.legend[1], kLabel);
        lx += 28 + static_cast<float>(layout.Measure(kLabel, target.legend[1]));
        layout.Line(lx, ly + 2.5f, lx + 16, ly + 2.5f, kMuted, 0.8f, true);
        layout.Text(lx + 20, ly, target.legend[2], kLabel);
    }
}

}  // namespace c5::reports::detail
