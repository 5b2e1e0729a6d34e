#include "wx_chart_canvas.h"

#include "screen_colours.h"
#include "wx_text.h"

namespace c5::gui {
namespace {

wxColour Colour(reports::Color color, double alpha = 1.0) {
    return wxColour(static_cast<unsigned char>(color.r * 255), static_cast<unsigned char>(color.g * 255),
                    static_cast<unsigned char>(color.b * 255), static_cast<unsigned char>(alpha * 255));
}

// The report's colours are chosen for white paper. On screen its text keeps 4.5:1 (the grey of
// the axis labels has 3.2:1 on white) and, in a high-contrast theme, takes the theme's text colour;
// lines and marks keep 3:1 against the theme's background (WCAG 1.4.11); the pale stage bands,
// decoration only, turn into the background's own colour there.
wxColour TextColour(reports::Color color) {
    const CanvasColours& palette = CanvasPalette();
    return palette.high_contrast ? palette.text : Readable(Colour(color), palette.background);
}

wxColour MarkColour(reports::Color color, double alpha = 1.0) {
    const CanvasColours& palette = CanvasPalette();
    const wxColour colour = Colour(color, alpha);
    if (!palette.high_contrast) return colour;
    const wxColour readable = Readable(colour, palette.background, 3.0);
    return wxColour(readable.Red(), readable.Green(), readable.Blue(), colour.Alpha());
}

wxColour AreaColour(reports::Color color) {
    const CanvasColours& palette = CanvasPalette();
    // A tint: nearly white on paper.
    if (palette.high_contrast && ContrastRatio(Colour(color), *wxWHITE) < 1.3) return palette.background;
    return MarkColour(color);
}

}  // namespace

WxChartCanvas::WxChartCanvas(wxGraphicsContext& gc, GraphicsFontCache& fonts, wxPoint2DDouble origin, double scale,
                             double text_scale)
    : m_fonts(fonts), m_gc(gc), m_origin(origin), m_scale(scale), m_text_scale(text_scale) {}

wxPoint2DDouble WxChartCanvas::Px(reports::Point point) const {
    return {m_origin.m_x + point.x * m_scale, m_origin.m_y + point.y * m_scale};
}

void WxChartCanvas::Line(reports::Point from, reports::Point to, reports::Color color, double width, bool dashed) {
    wxGraphicsPenInfo pen(MarkColour(color), std::max(1.0, width * m_scale));
    if (dashed) pen.Style(wxPENSTYLE_SHORT_DASH);
    m_gc.SetPen(m_gc.CreatePen(pen));
    const auto a = Px(from);
    const auto b = Px(to);
    m_gc.StrokeLine(a.m_x, a.m_y, b.m_x, b.m_y);
}

void WxChartCanvas::Polygon(const std::vector<reports::Point>& points, std::optional<reports::Color> fill,
                            double fill_alpha, std::optional<reports::Color> stroke, double stroke_width, bool dashed) {
    if (points.size() < 2) return;
    wxGraphicsPath path = m_gc.CreatePath();
    path.MoveToPoint(Px(points[0]));
    for (std::size_t i = 1; i < points.size(); ++i) path.AddLineToPoint(Px(points[i]));
    path.CloseSubpath();
    if (fill) {
        m_gc.SetBrush(wxBrush(MarkColour(*fill, fill_alpha)));
        m_gc.FillPath(path);
    }
    if (stroke) {
        wxGraphicsPenInfo pen(MarkColour(*stroke), std::max(1.0, stroke_width * m_scale));
        if (dashed) pen.Style(wxPENSTYLE_SHORT_DASH);
        m_gc.SetPen(m_gc.CreatePen(pen));
        m_gc.StrokePath(path);
    }
}

void WxChartCanvas::FillRect(double x, double y, double width, double height, reports::Color color) {
    m_gc.SetPen(*wxTRANSPARENT_PEN);
    m_gc.SetBrush(wxBrush(AreaColour(color)));
    const auto at = Px({x, y});
    m_gc.DrawRectangle(at.m_x, at.m_y, width * m_scale, height * m_scale);
}

void WxChartCanvas::FillCircle(reports::Point centre, double radius, reports::Color color) {
    m_gc.SetPen(*wxTRANSPARENT_PEN);
    m_gc.SetBrush(wxBrush(MarkColour(color)));
    const auto at = Px(centre);
    const double r = radius * m_scale;
    m_gc.DrawEllipse(at.m_x - r, at.m_y - r, 2 * r, 2 * r);
}

void WxChartCanvas::UseFont(double size, bool bold, reports::Color color) {
    const int pixels = std::max(9, static_cast<int>(size * m_text_scale + 0.5));
    const wxColour colour = TextColour(color);
    const std::tuple key{pixels, bold, colour.GetRGB()};
    if (m_current_font == key) return;
    m_gc.SetFont(m_fonts.Pixels(m_gc, pixels, bold, colour));
    m_current_font = key;
}

void WxChartCanvas::Text(reports::Point at, std::string_view text, double size, bool bold, reports::Color color) {
    UseFont(size, bold, color);
    const auto px = Px(at);
    m_gc.DrawText(U(text), px.m_x, px.m_y - m_fonts.Ascent(m_gc));  // `at` is the baseline
}

double WxChartCanvas::TextWidth(std::string_view text, double size, bool bold) {
    UseFont(size, bold, {0, 0, 0});
    return m_fonts.TextWidth(m_gc, U(text)) / m_scale;  // back in chart points
}

}  // namespace c5::gui
