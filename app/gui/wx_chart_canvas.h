#pragma once
// The report's charts on screen: ChartCanvas over a wxGraphicsContext, scaled from chart points
// to pixels, with text kept large enough to read.
#include <optional>
#include <tuple>

#include <wx/graphics.h>

#include "c5/reports/chart_canvas.h"
#include "graphics_font_cache.h"

namespace c5::gui {

class WxChartCanvas : public reports::ChartCanvas {
public:
    /// `origin` in pixels; `scale` pixels per chart point; text is scaled by `text_scale` instead.
    WxChartCanvas(wxGraphicsContext& gc, GraphicsFontCache& fonts, wxPoint2DDouble origin, double scale,
                  double text_scale);

    void Line(reports::Point from, reports::Point to, reports::Color color, double width, bool dashed) override;
    void Polygon(const std::vector<reports::Point>& points, std::optional<reports::Color> fill, double fill_alpha,
                 std::optional<reports::Color> stroke, double stroke_width, bool dashed) override;
    void FillRect(double x, double y, double width, double height, reports::Color color) override;
    void FillCircle(reports::Point centre, double radius, reports::Color color) override;
    void Text(reports::Point at, std::string_view text, double size, bool bold, reports::Color color) override;
    double TextWidth(std::string_view text, double size, bool bold) override;

private:
    wxPoint2DDouble Px(reports::Point point) const;
    void UseFont(double size, bool bold, reports::Color color);

    GraphicsFontCache& m_fonts;
    std::optional<std::tuple<int, bool, wxUint32>> m_current_font;  // set only when it changes
    wxGraphicsContext& m_gc;
    wxPoint2DDouble m_origin;
    double m_scale;
    double m_text_scale;
};

}  // namespace c5::gui
