#include "dashboard_panel.h"

#include <algorithm>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include "c5/reports/text_wrap.h"
#include "c5/scoring/item_score.h"
#include "chart_window.h"
#include "labels.h"
#include "screen_colours.h"
#include "ui_language.h"
#include "wx_chart_canvas.h"
#include "wx_text.h"

namespace c5::gui {
namespace s = c5::scoring;

namespace {

wxString Number(double value) { return s::HasScore(value) ? wxString::Format(wxS("%.1f"), value) : U("—"); }

wxString Stage(double value) { return s::HasScore(value) ? StageLabel(s::StageOf(value)) : wxString(); }

}  // namespace

DashboardPanel::DashboardPanel(wxWindow* parent) : wxScrolledCanvas(parent, wxID_ANY), m_fonts(*this) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetBackgroundColour(CanvasPalette().background);
    SetScrollRate(0, FromDIP(16));
    KeepLeftToRight(*this);
    Bind(wxEVT_PAINT, &DashboardPanel::OnPaint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
    // Each line's meaning on hovering; the help link opens the whole page.
    Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        const NumberTopic topic = TopicAt(event.GetPosition());
        if (topic != m_tooltip_topic) {
            m_tooltip_topic = topic;
            if (topic == NumberTopic::None) UnsetToolTip();
            else SetToolTip(NumberTerm(topic) + wxS("\n") + NumberExplanation(topic));
        }
        event.Skip();
    });
    Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& event) {
        const wxPoint at = CalcUnscrolledPosition(event.GetPosition());
        for (const auto& region : m_regions)
            if (region.help_link && at.y >= region.top && at.y < region.bottom) {
                CallAfter([this] { ShowNumbersHelp(this); });
                return;
            }
        event.Skip();
    });
    Bind(wxEVT_DPI_CHANGED, [this](wxDPIChangedEvent& event) {
        m_fonts.Clear();
        event.Skip();
    });
}

void DashboardPanel::SetScores(std::shared_ptr<const s::ScoreResult> result, reports::ChartData chart, bool final,
                               double completion) {
    m_result = std::move(result);
    m_chart = std::move(chart);
    m_final = final;
    m_completion = completion;
    Refresh();
}

void DashboardPanel::SetPriorities(std::vector<wxString> priorities) {
    m_priorities = std::move(priorities);
    Refresh();
}

void DashboardPanel::SetLarge(bool large) {
    m_large = large;
    Refresh();
}

NumberTopic DashboardPanel::TopicAt(wxPoint point) const {
    const wxPoint at = CalcUnscrolledPosition(point);
    for (const auto& region : m_regions)
        if (at.y >= region.top && at.y < region.bottom) return region.topic;
    return NumberTopic::None;
}

void DashboardPanel::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    DoPrepareDC(dc);
    // White with the house colours, or the theme's own colours when it is a high-contrast one.
    const CanvasColours& colours = CanvasPalette();
    const wxColour &navy = colours.accent, &muted = colours.muted, &good = colours.good, &bad = colours.bad;
    dc.SetBackground(wxBrush(colours.background));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    m_regions.clear();
    if (!gc || !m_result) return;
    // On a projector the text is large, but less so on a low screen (1024×600), where it would
    // leave the radar no room.
    const double zoom = m_large ? std::clamp(GetClientSize().y / static_cast<double>(FromDIP(560)), 1.0, 1.6) : 1.0;
    const double margin = FromDIP(10) * zoom;
    const double width = GetClientSize().x - 2 * margin;
    const bool right_to_left = UiRightToLeft();
    double y = margin;
    const auto font = [&](double points, bool bold, const wxColour& colour) {
        gc->SetFont(m_fonts.Points(*gc, points * zoom, bold, colour));
    };
    // A line of text, wrapped to the panel's width where the language allows (between Chinese
    // characters too: reports/text_wrap.h), aligned to the interface's start
    // (the panel itself stays left to right for its charts); `topic` gives it a tooltip.
    const auto line = [&](const wxString& text, double points, bool bold, const wxColour& colour, double after = 4,
                          NumberTopic topic = NumberTopic::None) {
        font(points, bold, colour);
        const double top = y;
        const double h = m_fonts.LineHeight(*gc);
        wxString current;
        const auto flush = [&] {
            const double x = right_to_left ? margin + width - m_fonts.TextWidth(*gc, current) : margin;
            // A line starting with "a)" or a number would otherwise be laid out left to right.
            gc->DrawText(right_to_left ? DirectionMark() + current : current, x, y);
            y += h;
            current.clear();
        };
        if (m_fonts.TextWidth(*gc, text) <= width) {
            current = text;  // most lines fit: one measurement
        } else {
            const auto measure = [&](std::string_view piece) { return m_fonts.TextWidth(*gc, U(piece)); };
            for (const std::string& part : reports::WrapText(S(text), width, measure, UiLanguage())) {
                current = U(part);
                flush();
            }
        }
        if (!current.empty() || text.empty()) flush();
        if (topic != NumberTopic::None) m_regions.push_back({top, y, topic, false});
        y += after * zoom;
    };
    // The headline as large as the panel allows.
    const auto headline_size = [&](const wxString& text) {
        double size = 24;
        for (; size > 12; size -= 1) {
            font(size, true, navy);
            if (m_fonts.TextWidth(*gc, text) <= width) break;
        }
        return size;
    };
    const auto number = [](double value) { return Ltr(Number(value)); };
    const auto& overall = m_result->overall;
    const bool adjusted = s::HasScore(overall.adjusted);
    const double headline = adjusted ? overall.adjusted : overall.score;
    const NumberTopic headline_topic = adjusted ? NumberTopic::Adjusted : NumberTopic::Score;
    line(adjusted ? _("Penetration-adjusted readiness S_adj") : _("Overall readiness S"), 10, true, muted, 0,
         headline_topic);
    const wxString headline_text = number(headline) + wxS("  ") + Stage(headline);
    line(headline_text, headline_size(headline_text), true, navy, 0, NumberTopic::Stages);
    const s::Interval& interval = adjusted ? overall.adjusted_interval : overall.interval;
    if (!m_final)
        line(_("Computing the 90% range..."), 9, false, muted, 4, NumberTopic::Range);
    else if (interval.Valid())
        line(wxString::Format(_("90%% range %s to %s"), number(interval.low), number(interval.high)), 9, false, muted,
             4, NumberTopic::Range);
    else
        line(wxString(), 9, false, muted);
    if (adjusted) line(wxString::Format(_("Overall S %s"), number(overall.score)), 9, false, muted, 2, NumberTopic::Score);
    const auto& penetration = m_result->penetration;
    if (!penetration.index)
        line(_("No ICT penetration figures yet"), 9, false, muted, 2, NumberTopic::Penetration);
    else if (s::HasScore(penetration.gap))
        line(wxString::Format(_("ICT penetration P %s, gap S - P %s"), number(penetration.index->index),
                              Ltr(wxString::Format(wxS("%+.1f"), penetration.gap))),
             9, false, muted, 2, NumberTopic::Gap);
    else
        line(wxString::Format(_("ICT penetration P %s"), number(penetration.index->index)), 9, false, muted, 2,
             NumberTopic::Penetration);
    if (!s::HasScore(headline)) line(_("Answer questions to see the scores."), 9, false, muted, 2);
    // One count of pillars: those counted in S, the optional modules shown beside them.
    std::size_t counted = 0;
    std::size_t optional_left_out = 0;
    for (const auto& pillar : m_result->pillars) {
        counted += pillar.included ? 1 : 0;
        optional_left_out += pillar.included ? 0 : 1;
    }
    if (!overall.missing_pillars.empty())
        line(wxString::Format(_("Not enough answers yet for %zu of the %zu pillars counted in S"),
                              overall.missing_pillars.size(), counted),
             9, false, bad, 2, NumberTopic::TwoThirds);
    if (optional_left_out > 0)
        line(wxString::Format(_("%zu optional module(s) shown in the charts, not counted in S"), optional_left_out), 9,
             false, muted, 2, NumberTopic::TwoThirds);
    // Completion bar.
    y += 4 * zoom;
    line(wxString::Format(_("This respondent: %s%% answered"), Ltr(wxString::Format(wxS("%.0f"), 100 * m_completion))),
         9, true, muted, 2, NumberTopic::Completion);
    gc->SetPen(*wxTRANSPARENT_PEN);
    gc->SetBrush(wxBrush(colours.track));
    if (colours.high_contrast) gc->SetPen(wxPen(colours.text));  // the bar's extent, not a tint
    gc->DrawRectangle(margin, y, width, 6 * zoom);
    gc->SetPen(*wxTRANSPARENT_PEN);
    gc->SetBrush(wxBrush(navy));
    const double filled = width * std::clamp(m_completion, 0.0, 1.0);
    gc->DrawRectangle(right_to_left ? margin + width - filled : margin, y, filled, 6 * zoom);
    y += 14 * zoom;
    // Targets.
    line(_("Targets"), 10, true, navy, 2);
    for (const s::ProgressTarget* target : {&m_result->target_a, &m_result->target_b}) {
        const bool is_a = target->id == "a";
        const wxString name = is_a ? _("a) readiness +40%") : _("b) transborder");
        const NumberTopic topic = is_a ? NumberTopic::TargetA : NumberTopic::TargetB;
        if (!s::HasScore(target->baseline))
            line(name + wxS(": ") + _("no baseline yet"), 9, false, muted, 2, topic);
        else if (target->target_year_passed)
            line(wxString::Format(_("%s: %s now; the target year %s has passed (Scoring options)"), name,
                                  number(target->baseline), Ltr(wxString::Format(wxS("%d"), target->target_year))),
                 9, false, bad, 2, topic);
        else
            line(wxString::Format(_("%s: %s now, %s by %s"), name, number(target->baseline), number(target->target),
                                  Ltr(wxString::Format(wxS("%d"), target->target_year))),
                 9, false, colours.text, 2, topic);
    }
    // Target c is non-compensatory: an essential below full marks decides it; until then every
    // essential must be answered before it says met.
    const auto& child = m_result->target_c;
    if (child.below_full > 0)
        line(wxString::Format(_("c) child online protection: not met, %zu gap(s)"), child.gaps.size()), 9, true, bad,
             8, NumberTopic::TargetC);
    else if (child.Decided())
        line(_("c) child online protection: met"), 9, true, good, 8, NumberTopic::TargetC);
    else if (child.applicable > 0)
        line(wxString::Format(_("c) child online protection: not assessed yet (%d of %d essentials answered)"),
                              child.answered, child.applicable),
             9, false, muted, 8, NumberTopic::TargetC);
    else
        line(_("c) child online protection: not assessed (no essential applies)"), 9, false, muted, 8,
             NumberTopic::TargetC);
    // The steps that would raise the score most, from the level each item reached.
    if (!m_priorities.empty()) {
        line(_("Next steps"), 10, true, navy, 2);
        for (const auto& priority : m_priorities) line(priority, 9, false, colours.text, 3);
        y += 4 * zoom;
    }
    // The way to the explanations, as a link.
    font(9, false, colours.link);
    const wxString link = _("What do these numbers mean? (Shift+F1)");
    const double link_width = m_fonts.TextWidth(*gc, link);
    const double link_x = right_to_left ? margin + width - link_width : margin;
    gc->DrawText(link, link_x, y);
    gc->SetPen(wxPen(colours.link));
    const double underline = y + m_fonts.Ascent(*gc) + 1.5;
    gc->StrokeLine(link_x, underline, link_x + link_width, underline);
    m_regions.push_back({y, y + m_fonts.LineHeight(*gc), NumberTopic::None, true});
    y += m_fonts.LineHeight(*gc) + 8 * zoom;
    // The report's charts.
    // The charts scale with the panel (their text with them); on a projector the radar also fits
    // the screen's height, so the room sees it whole.
    double chart_scale = width / 300.0;
    if (m_large) chart_scale = std::max(0.5, std::min(chart_scale, (GetClientSize().y - y - margin) / 300.0));
    const double text_scale = chart_scale * 1.3 * (m_large ? 1.2 : 1.0);
    const double radar_side = 300;
    WxChartCanvas radar(*gc, m_fonts, {margin, y}, chart_scale, text_scale);
    reports::DrawRadar(radar, 300, radar_side, m_chart);
    y += radar_side * chart_scale + 8;
    WxChartCanvas bars(*gc, m_fonts, {margin, y}, chart_scale, text_scale);
    y += reports::DrawBars(bars, 300, m_chart) * chart_scale + margin;
    // A change of the scrollable height lays the whole window out and paints it again: only when
    // scrolling starts, stops or its range changes, not on every paint.
    const int content = static_cast<int>(y);
    const int visible = GetClientSize().y;
    if (GetVirtualSize().y != content && (content > visible || GetVirtualSize().y > visible))
        SetVirtualSize(-1, content);
}

}  // namespace c5::gui
