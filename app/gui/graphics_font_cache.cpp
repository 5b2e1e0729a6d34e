#include "graphics_font_cache.h"

#include <cmath>

#include <wx/window.h>

namespace c5::gui {

const wxGraphicsFont& GraphicsFontCache::Points(wxGraphicsContext& gc, double points, bool bold,
                                                const wxColour& colour) {
    const int tenths = static_cast<int>(std::lround(points * 10));
    const Key key{tenths, bold, colour.GetRGB()};
    auto found = m_fonts.find(key);
    if (found == m_fonts.end()) {
        const wxFont face(wxFontInfo(tenths / 10.0).Family(wxFONTFAMILY_SWISS).Bold(bold));
        found = m_fonts.emplace(key, gc.CreateFont(face, colour)).first;
    }
    m_current = {tenths, bold};
    return found->second;
}

const wxGraphicsFont& GraphicsFontCache::Pixels(wxGraphicsContext& gc, double pixels, bool bold,
                                                const wxColour& colour) {
    // Pixels in window coordinates: device-independent on GTK and macOS, physical on Windows.
    // A point is 96/72 device-independent pixels.
    if (!m_pixels_per_dip) m_pixels_per_dip = std::max(1, m_window.FromDIP(1000)) / 1000.0;
    return Points(gc, pixels / *m_pixels_per_dip * 72.0 / 96.0, bold, colour);
}

const GraphicsFontCache::LineMetrics& GraphicsFontCache::Metrics(wxGraphicsContext& gc) {
    auto found = m_metrics.find(m_current);
    if (found == m_metrics.end()) {
        double width = 0, height = 0, descent = 0, leading = 0;
        gc.GetTextExtent(wxS("Ag"), &width, &height, &descent, &leading);
        found = m_metrics.emplace(m_current, LineMetrics{height, height - descent}).first;
    }
    return found->second;
}

double GraphicsFontCache::LineHeight(wxGraphicsContext& gc) { return Metrics(gc).height; }

double GraphicsFontCache::Ascent(wxGraphicsContext& gc) { return Metrics(gc).ascent; }

double GraphicsFontCache::TextWidth(wxGraphicsContext& gc, const wxString& text) {
    constexpr std::size_t kMostWidths = 4000;  // scores change with every answer: bound what is kept
    if (m_widths.size() > kMostWidths) m_widths.clear();
    auto key = std::make_pair(m_current, text);
    auto found = m_widths.find(key);
    if (found == m_widths.end()) {
        double width = 0;
        gc.GetTextExtent(text, &width, nullptr);
        found = m_widths.emplace(std::move(key), width).first;
    }
    return found->second;
}

void GraphicsFontCache::Clear() {
    m_fonts.clear();
    m_metrics.clear();
    m_widths.clear();
    m_pixels_per_dip.reset();
}

}  // namespace c5::gui
