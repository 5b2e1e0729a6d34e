#include "pdf_canvas.h"

namespace c5::reports::detail {
namespace {

Rgb ToRgb(Color color) { return {color.r, color.g, color.b}; }

}  // namespace

void PdfCanvas::Line(Point from, Point to, Color color, double width, bool dashed) {
    m_layout.Line(X(from.x), Y(from.y), X(to.x), Y(to.y), ToRgb(color), static_cast<float>(width), dashed);
}

void PdfCanvas::Polygon(const std::vector<Point>& points, std::optional<Color> fill, double fill_alpha,
                        std::optional<Color> stroke, double stroke_width, bool dashed) {
    if (points.size() < 2) return;
    HPDF_Page page = m_layout.Page();
    const auto path = [&] {
        HPDF_Page_MoveTo(page, X(points[0].x), Y(points[0].y));
        for (std::size_t i = 1; i < points.size(); ++i) HPDF_Page_LineTo(page, X(points[i].x), Y(points[i].y));
        HPDF_Page_ClosePath(page);
    };
    if (fill) {
        HPDF_Page_GSave(page);
        if (fill_alpha < 1.0) {
            HPDF_ExtGState state = HPDF_CreateExtGState(m_layout.Document().Handle());
            HPDF_ExtGState_SetAlphaFill(state, static_cast<HPDF_REAL>(fill_alpha));
            HPDF_Page_SetExtGState(page, state);
        }
        HPDF_Page_SetRGBFill(page, fill->r, fill->g, fill->b);
        path();
        HPDF_Page_Fill(page);
        HPDF_Page_GRestore(page);
    }
    if (stroke) {
        HPDF_Page_SetRGBStroke(page, stroke->r, stroke->g, stroke->b);
        HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(stroke_width));
        if (dashed) {
            const HPDF_UINT16 pattern[] = {4, 2};
            HPDF_Page_SetDash(page, pattern, 2, 0);
        }
        path();
        HPDF_Page_Stroke(page);
        if (dashed) HPDF_Page_SetDash(page, nullptr, 0, 0);
    }
}

void PdfCanvas::FillRect(double x, double y, double width, double height, Color color) {
    m_layout.FillRect(X(x), Y(y + height), static_cast<float>(width), static_cast<float>(height), ToRgb(color));
}

void PdfCanvas::FillCircle(Point centre, double radius, Color color) {
    HPDF_Page page = m_layout.Page();
    HPDF_Page_SetRGBFill(page, color.r, color.g, color.b);
    HPDF_Page_Circle(page, X(centre.x), Y(centre.y), static_cast<HPDF_REAL>(radius));
    HPDF_Page_Fill(page);
}

void PdfCanvas::Text(Point at, std::string_view text, double size, bool bold, Color color) {
    m_layout.Text(X(at.x), Y(at.y), text,
                  {bold ? FontStyle::Bold : FontStyle::Regular, static_cast<float>(size), static_cast<float>(size) * 1.2f,
                   ToRgb(color)});
}

double PdfCanvas::TextWidth(std::string_view text, double size, bool bold) {
    return m_layout.Document().TextWidth(bold ? FontStyle::Bold : FontStyle::Regular, static_cast<float>(size), text);
}

}  // namespace c5::reports::detail
