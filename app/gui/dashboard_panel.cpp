#include "dashboard_panel.h"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include "c5/scoring/item_score.h"
#include "chart_window.h"
#include "labels.h"
#include "wx_chart_canvas.h"
#include "wx_text.h"

namespace c5::gui {
namespace s = c5::scoring;

namespace {

const wxColour kNavy(41, 69, 107);
const wxColour kMuted(96, 100, 108);
const wxColour kGood(26, 115, 51);
const wxColour kBad(178, 26, 26);

wxString Number(double value) { return s::HasScore(value) ? wxString::Format(wxS("%.1f"), value) : wxString(U("—")); }

wxString Stage(double value) { return s::HasScore(value) ? StageLabel(s::StageOf(value)) : wxString(); }

}  // namespace

DashboardPanel::DashboardPanel(wxWindow* parent) : wxScrolledCanvas(parent, wxID_ANY), m_fonts(*this) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetBackgroundColour(*wxWHITE);
    SetScrollRate(0, FromDIP(16));
    KeepLeftToRight(*this);
    Bind(wxEVT_PAINT, &DashboardPanel::OnPaint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
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

void DashboardPanel::SetLarge(bool large) {
    m_large = large;
    Refresh();
}

void DashboardPanel::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    DoPrepareDC(dc);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc || !m_result) return;
    const double zoom = m_large ? 1.6 : 1.0;
    const double margin = FromDIP(10) * zoom;
    const double width = GetClientSize().x - 2 * margin;
    double y = margin;
    const auto font = [&](double points, bool bold, const wxColour& colour) {
        gc->SetFont(m_fonts.Points(*gc, points * zoom, bold, colour));
    };
    // A line of text, wrapped at spaces to the panel's width.
    const auto line = [&](const wxString& text, double points, bool bold, const wxColour& colour, double after = 4) {
        font(points, bold, colour);
        const double h = m_fonts.LineHeight(*gc);
        wxString current;
        const auto flush = [&] {
            gc->DrawText(current, margin, y);
            y += h;
            current.clear();
        };
        if (m_fonts.TextWidth(*gc, text) <= width) {
            current = text;  // most lines fit: one measurement
        } else {
            for (const wxString& word : wxSplit(text, ' ', '\0')) {
                const wxString candidate = current.empty() ? word : current + wxS(" ") + word;
                if (m_fonts.TextWidth(*gc, candidate) > width && !current.empty()) flush(), current = word;
                else current = candidate;
            }
        }
        if (!current.empty() || text.empty()) flush();
        y += after * zoom;
    };
    // The headline as large as the panel allows.
    const auto headline_size = [&](const wxString& text) {
        double size = 24;
        for (; size > 12; size -= 1) {
            font(size, true, kNavy);
            if (m_fonts.TextWidth(*gc, text) <= width) break;
        }
        return size;
    };
    const auto& overall = m_result->overall;
    const bool adjusted = s::HasScore(overall.adjusted);
    const double headline = adjusted ? overall.adjusted : overall.score;
    line(adjusted ? _("Penetration-adjusted readiness") : _("Overall readiness"), 10, true, kMuted, 0);
    const wxString headline_text = Number(headline) + wxS("  ") + Stage(headline);
    line(headline_text, headline_size(headline_text), true, kNavy, 0);
    const s::Interval& interval = adjusted ? overall.adjusted_interval : overall.interval;
    if (!m_final)
        line(_("computing the 90% range..."), 9, false, kMuted);
    else if (interval.Valid())
        line(wxString::Format(_("90%% range %s to %s"), Number(interval.low), Number(interval.high)), 9, false, kMuted);
    else
        line(wxString(), 9, false, kMuted);
    if (adjusted) line(wxString::Format(_("Overall S %s"), Number(overall.score)), 9, false, kMuted, 2);
    const auto& penetration = m_result->penetration;
    if (!penetration.index)
        line(_("No ICT penetration figures yet"), 9, false, kMuted, 2);
    else if (s::HasScore(penetration.gap))
        line(wxString::Format(_("ICT penetration %s, gap S - P %+.1f"), Number(penetration.index->index), penetration.gap),
             9, false, kMuted, 2);
    else
        line(wxString::Format(_("ICT penetration %s"), Number(penetration.index->index)), 9, false, kMuted, 2);
    if (!s::HasScore(headline)) line(_("Answer questions to see the scores."), 9, false, kMuted, 2);
    if (!overall.complete && !overall.missing_pillars.empty())
        line(wxString::Format(_("Not enough answers yet for %zu pillar(s)"), overall.missing_pillars.size()), 9, false,
             kBad, 2);
    // Completion bar.
    y += 4 * zoom;
    line(wxString::Format(_("Completion %.0f%%"), 100 * m_completion), 9, true, kMuted, 2);
    gc->SetPen(*wxTRANSPARENT_PEN);
    gc->SetBrush(wxBrush(wxColour(225, 229, 235)));
    gc->DrawRectangle(margin, y, width, 6 * zoom);
    gc->SetBrush(wxBrush(kNavy));
    gc->DrawRectangle(margin, y, width * std::clamp(m_completion, 0.0, 1.0), 6 * zoom);
    y += 14 * zoom;
    // Targets.
    line(_("Targets"), 10, true, kNavy, 2);
    for (const s::ProgressTarget* target : {&m_result->target_a, &m_result->target_b}) {
        const wxString name = target->id == "a" ? _("a) readiness +40%") : _("b) transborder");
        if (!s::HasScore(target->baseline))
            line(name + wxS(": ") + _("no baseline yet"), 9, false, kMuted, 2);
        else
            line(wxString::Format(wxS("%s: %s -> %s (%d%s)"), name, Number(target->baseline), Number(target->target),
                                  target->target_year, target->target_year_passed ? wxString(_(", passed")) : wxString()),
                 9, false, *wxBLACK, 2);
    }
    const auto& child = m_result->target_c;
    line(child.met ? _("c) child online protection: met")
                   : wxString::Format(_("c) child online protection: not met, %zu gap(s)"), child.gaps.size()),
         9, !child.met, child.met ? kGood : kBad, 8);
    // The report's charts.
    // The charts scale with the panel (their text with them); on a projector the radar also fits
    // the screen's height, so the room sees it whole.
    double chart_scale = width / 300.0;
    if (m_large) chart_scale = std::max(1.0, std::min(chart_scale, (GetClientSize().y - y - margin) / 300.0));
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
