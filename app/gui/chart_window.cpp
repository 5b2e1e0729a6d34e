#include "chart_window.h"

#include <memory>

#include <wx/dcbuffer.h>

#include "screen_colours.h"

namespace c5::gui {

void KeepLeftToRight(wxWindow& window) { window.SetLayoutDirection(wxLayout_LeftToRight); }

ChartWindow::ChartWindow(wxWindow* parent, wxSize size_dip, double chart_width, double text_stretch)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(size_dip)),
      m_fonts(*this),
      m_chart_width(chart_width),
      m_text_stretch(text_stretch) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    KeepLeftToRight(*this);
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { Paint(); });
}

void ChartWindow::Paint() {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(CanvasPalette().background));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    const double scale = GetClientSize().x / m_chart_width;
    WxChartCanvas canvas(*gc, m_fonts, {0, 0}, scale, scale * m_text_stretch);
    DrawChart(canvas, m_chart_width, GetClientSize().y / scale);
}

}  // namespace c5::gui
