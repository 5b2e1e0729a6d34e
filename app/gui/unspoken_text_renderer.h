#pragma once
// A text cell that assistive technology does not read: for marks ("✓", "⚑") whose meaning the
// row already says in words — a screen reader would otherwise announce the symbols by their names.
// (GTK reads a cell's text from its text renderer; a custom renderer's cell has none.)
#include <wx/dataview.h>

namespace c5::gui {

class UnspokenTextRenderer : public wxDataViewCustomRenderer {
public:
    explicit UnspokenTextRenderer(int align = wxALIGN_CENTER);

    bool SetValue(const wxVariant& value) override;
    bool GetValue(wxVariant& value) const override;
    wxSize GetSize() const override;
    bool Render(wxRect cell, wxDC* dc, int state) override;

private:
    wxString m_text;
};

}  // namespace c5::gui
