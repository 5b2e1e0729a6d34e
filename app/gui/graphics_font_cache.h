#pragma once
// Graphics-context fonts kept between repaints. Creating one costs a round trip to the display
// for its DPI, and a wx font asked for in pixels searches over point sizes: a dashboard repaint
// needs dozens of them.
#include <cstdint>
#include <map>
#include <optional>
#include <tuple>
#include <utility>

#include <wx/graphics.h>

class wxWindow;

namespace c5::gui {

class GraphicsFontCache {
public:
    /// Fonts for drawing in `window`, whose scale converts pixel sizes to points.
    explicit GraphicsFontCache(const wxWindow& window) : m_window(window) {}

    /// A sans-serif font of `points` size.
    const wxGraphicsFont& Points(wxGraphicsContext& gc, double points, bool bold, const wxColour& colour);
    /// A sans-serif font about `pixels` high.
    const wxGraphicsFont& Pixels(wxGraphicsContext& gc, double pixels, bool bold, const wxColour& colour);
    /// The size and ascent of a line and the width of `text`, in the font set last on `gc` by
    /// Points or Pixels. Kept too: every measurement lays the text out again, the dashboard
    /// repaints after each answer, and the charts measure most labels twice.
    double LineHeight(wxGraphicsContext& gc);
    double Ascent(wxGraphicsContext& gc);
    double TextWidth(wxGraphicsContext& gc, const wxString& text);
    /// Forgets every font, e.g. when the window moves to a screen with another DPI.
    void Clear();

private:
    using Key = std::tuple<int, bool, std::uint32_t>;  // size in tenths of a point, bold, colour
    using FaceKey = std::pair<int, bool>;               // what the metrics depend on
    struct LineMetrics {
        double height = 0;
        double ascent = 0;
    };
    const LineMetrics& Metrics(wxGraphicsContext& gc);

    const wxWindow& m_window;
    std::optional<double> m_pixels_per_dip;
    std::map<Key, wxGraphicsFont> m_fonts;
    FaceKey m_current{0, false};
    std::map<FaceKey, LineMetrics> m_metrics;
    std::map<std::pair<FaceKey, wxString>, double> m_widths;
};

}  // namespace c5::gui
