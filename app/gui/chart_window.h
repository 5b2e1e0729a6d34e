#pragma once
// Windows that the kit draws itself: charts and boards whose geometry is the report's.
#include <wx/window.h>

#include "graphics_font_cache.h"
#include "wx_chart_canvas.h"

namespace c5::gui {

/// Charts keep their left-to-right geometry in a mirrored (Arabic) window; the text in them is
/// still shaped right to left by Pango.
void KeepLeftToRight(wxWindow& window);

/// A window showing one of the report's charts, drawn `chart_width` chart points wide whatever its
/// pixel width: white (the theme's window colour in high contrast), double-buffered, never mirrored.
class ChartWindow : public wxWindow {
public:
    /// `text_stretch`: how much larger than the chart's scale its text is drawn (for legibility).
    ChartWindow(wxWindow* parent, wxSize size_dip, double chart_width, double text_stretch = 1.0);

protected:
    /// Draws the chart on `canvas`, `width` × `height` chart points.
    virtual void DrawChart(WxChartCanvas& canvas, double width, double height) = 0;

private:
    void Paint();

    GraphicsFontCache m_fonts;
    double m_chart_width;
    double m_text_stretch;
};

}  // namespace c5::gui
