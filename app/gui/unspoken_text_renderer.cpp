#include "unspoken_text_renderer.h"

namespace c5::gui {

UnspokenTextRenderer::UnspokenTextRenderer(int align)
    : wxDataViewCustomRenderer(wxS("string"), wxDATAVIEW_CELL_INERT, align) {}

bool UnspokenTextRenderer::SetValue(const wxVariant& value) {
    m_text = value.GetString();
    return true;
}

bool UnspokenTextRenderer::GetValue(wxVariant& value) const {
    value = m_text;
    return true;
}

wxSize UnspokenTextRenderer::GetSize() const { return GetTextExtent(m_text); }

bool UnspokenTextRenderer::Render(wxRect cell, wxDC* dc, int state) {
    RenderText(m_text, 0, cell, dc, state);
    return true;
}

}  // namespace c5::gui
