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
    return found->second;
}

const wxGraphicsFont& GraphicsFontCache::Pixels(wxGraphicsContext& gc, double pixels, bool bold,
                                                const wxColour& colour) {
    // Pixels in window coordinates: device-independent on GTK and macOS, physical on Windows.
    // A point is 96/72 device-independent pixels.
    if (!m_pixels_per_dip) m_pixels_per_dip = std::max(1, m_window.FromDIP(1000)) / 1000.0;
    return Points(gc, pixels / *m_pixels_per_dip * 72.0 / 96.0, bold, colour);
}

void GraphicsFontCache::Clear() {
    m_fonts.clear();
    m_pixels_per_dip.reset();
}

}  // namespace c5::gui
