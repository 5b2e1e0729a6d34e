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

/// Draws on `target` mirrored left to right within a box `width` points wide: a chart read from
/// the right (an Arabic report's bars grow from the right, their names at the right). Text is placed
/// mirrored but written as it is.
class MirroredCanvas : public ChartCanvas {
public:
    MirroredCanvas(ChartCanvas& target, double width) : m_target(target), m_width(width) {}
    void Line(Point from, Point to, Color color, double width, bool dashed = false) override {
        m_target.Line(Flip(from), Flip(to), color, width, dashed);
    }
    void Polygon(const std::vector<Point>& points, std::optional<Color> fill, double fill_alpha,
                 std::optional<Color> stroke, double stroke_width, bool dashed = false) override {
        std::vector<Point> flipped;
        flipped.reserve(points.size());
        for (const Point& point : points) flipped.push_back(Flip(point));
        m_target.Polygon(flipped, fill, fill_alpha, stroke, stroke_width, dashed);
    }
    void FillRect(double x, double y, double width, double height, Color color) override {
        m_target.FillRect(m_width - x - width, y, width, height, color);
    }
    void FillCircle(Point centre, double radius, Color color) override {
        m_target.FillCircle(Flip(centre), radius, color);
    }
    void Text(Point at, std::string_view text, double size, bool bold, Color color) override {
        m_target.Text({m_width - at.x - m_target.TextWidth(text, size, bold), at.y}, text, size, bold, color);
    }
    double TextWidth(std::string_view text, double size, bool bold) override {
        return m_target.TextWidth(text, size, bold);
    }

private:
    Point Flip(Point point) const { return {m_width - point.x, point.y}; }
    ChartCanvas& m_target;
    double m_width;
};

}  // namespace c5::reports
