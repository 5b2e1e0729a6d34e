#pragma once
// What the charts need from a drawing surface. The PDF report and the desktop dashboard each
// implement it, so both draw the same charts from the same code.
#include <optional>
#include <string_view>
#include <vector>

namespace c5::reports {

struct Color {
    float r = 0, g = 0, b = 0;
};

/// Chart coordinates in points, from the chart box's top-left corner, y growing downwards.
struct Point {
    double x = 0;
    double y = 0;
};

class ChartCanvas {
public:
    virtual ~ChartCanvas() = default;
    virtual void Line(Point from, Point to, Color color, double width, bool dashed = false) = 0;
    /// A closed polygon, filled (with opacity `fill_alpha`) and/or outlined.
    virtual void Polygon(const std::vector<Point>& points, std::optional<Color> fill, double fill_alpha,
                         std::optional<Color> stroke, double stroke_width, bool dashed = false) = 0;
    virtual void FillRect(double x, double y, double width, double height, Color color) = 0;
    virtual void FillCircle(Point centre, double radius, Color color) = 0;
    /// Text whose baseline starts at `at`.
    virtual void Text(Point at, std::string_view text, double size, bool bold, Color color) = 0;
    virtual double TextWidth(std::string_view text, double size, bool bold) = 0;
};

}  // namespace c5::reports
