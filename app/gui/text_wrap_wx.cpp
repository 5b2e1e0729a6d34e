#include "text_wrap_wx.h"

#include <wx/arrstr.h>
#include <wx/dcclient.h>

#include "c5/reports/text_wrap.h"
#include "wx_text.h"

namespace c5::gui {
namespace {

// `extents[i]` is the width of the paragraph's first i + 1 characters.
void WrapParagraph(const wxString& paragraph, const wxArrayInt& extents, int width, wxString& out) {
    const std::size_t length = paragraph.length();
    std::size_t line_start = 0;
    std::size_t last_space = wxString::npos;
    const auto width_of = [&](std::size_t from, std::size_t to) {  // characters [from, to]
        return extents[to] - (from > 0 ? extents[from - 1] : 0);
    };
    for (std::size_t i = 0; i < length; ++i) {
        if (paragraph[i] == ' ') {
            last_space = i;
            continue;  // a space at the end of a line may stick out
        }
        if (width_of(line_start, i) <= width || i == line_start) continue;
        if (last_space != wxString::npos && last_space > line_start) {
            out += paragraph.substr(line_start, last_space - line_start) + wxS("\n");
            line_start = last_space + 1;
        } else {
            out += paragraph.substr(line_start, i - line_start) + wxS("\n");
            line_start = i;
        }
        last_space = wxString::npos;
    }
    out += paragraph.substr(line_start);
}

bool HasRightToLeft(const wxString& text) {
    for (const wxUniChar c : text) {
        const auto code = c.GetValue();
        if ((code >= 0x0590 && code <= 0x08FF) || (code >= 0xFB1D && code <= 0xFEFC)) return true;
    }
    return false;
}

}  // namespace

wxString WrapToWidth(wxWindow& window, const wxFont& font, const wxString& text, int width) {
    wxClientDC dc(&window);
    dc.SetFont(font);
    wxString out;
    const wxArrayString paragraphs = wxSplit(text, '\n', '\0');
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        if (p > 0) out += wxS("\n");
        const wxString& paragraph = paragraphs[p];
        if (paragraph.empty()) continue;
        if (HasRightToLeft(paragraph)) {
            // Joined Arabic letters are narrower or wider than the sum of their isolated forms that
            // partial extents add up: lines came out too wide and their ends were cut off. Each
            // candidate line is measured whole instead (fewer, slower measurements; Arabic only).
            const auto measure = [&](std::string_view piece) { return static_cast<double>(dc.GetTextExtent(U(piece)).x); };
            const auto lines = reports::WrapText(S(paragraph), width, measure, "ar");
            for (std::size_t l = 0; l < lines.size(); ++l) out += (l > 0 ? wxS("\n") : wxString()) + U(lines[l]);
            continue;
        }
        wxArrayInt extents;
        if (!dc.GetPartialTextExtents(paragraph, extents) || extents.size() != paragraph.length()) {
            out += paragraph;  // cannot measure: leave the line as it is
            continue;
        }
        WrapParagraph(paragraph, extents, width, out);
    }
    return out;
}

}  // namespace c5::gui
