#pragma once
// ChartCanvas on a libharu page: chart coordinates (y down from the box's top-left) mapped to PDF
// coordinates (y up from the page's bottom-left).
#include "c5/reports/chart_canvas.h"
#include "layout.h"

namespace c5::reports::detail {

class PdfCanvas : public ChartCanvas {
public:
    PdfCanvas(Layout& layout, float left, float top) : m_layout(layout), m_left(left), m_top(top) {}

    void Line(Point from, Point to, Color color, double width, bool dashed) override;
    void Polygon(const std::vector<Point>& points, std::optional<Color> fill, double fill_alpha,
                 std::optional<Color> stroke, double stroke_width, bool dashed) override;
    void FillRect(double x, double y, double width, double height, Color color) override;
    void FillCircle(Point centre, double radius, Color color) override;
    void Text(Point at, std::string_view text, double size, bool bold, Color color) override;
    double TextWidth(std::string_view text, double size, bool bold) override;

private:
    float X(double x) const { return m_left + static_cast<float>(x); }
    float Y(double y) const { return m_top - static_cast<float>(y); }
    Layout& m_layout;
    float m_left;
    float m_top;
};

}  // namespace c5::reports::detail
