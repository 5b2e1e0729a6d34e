#include "layout.h"

#include <algorithm>

namespace c5::reports::detail {

Layout::Layout(PdfDocument& document, float margin_left, float margin_right, float margin_top, float margin_bottom)
    : m_document(document), m_left(margin_left), m_right(margin_right), m_top(margin_top), m_bottom(margin_bottom) {
    NewPage();
}

void Layout::NewPage() {
    m_page = m_document.AddPage();
    m_y = Top();
}

void Layout::EnsureSpace(float height) {
    if (!Fits(height)) NewPage();
}

double Layout::Measure(const TextStyle& style, std::string_view text) const {
    return m_document.TextWidth(style.font, style.size, text);
}

std::vector<std::string> Layout::Wrap(std::string_view text, const TextStyle& style, double width) const {
    return WrapText(text, width, [&](std::string_view piece) { return Measure(style, piece); });
}

void Layout::Text(float x, float y, std::string_view text, const TextStyle& style, Align align, float width) {
    if (text.empty()) return;
    float left = x;
    // In a right-to-left document text in a box starts at the box's right edge.
    if (align == Align::Left && m_document.RightToLeft() && width > 0) align = Align::Right;
    if (align != Align::Left) {
        const auto measured = static_cast<float>(Measure(style, text));
        left = align == Align::Center ? x + (width - measured) / 2 : x + width - measured;
    }
    m_document.ShowText(m_page, style.font, style.size, left, y, text, style.color);
}

void Layout::Paragraph(std::string_view text, const TextStyle& style, float indent, float space_after) {
    for (const auto& line : Wrap(text, style, Width() - indent)) {
        EnsureSpace(style.leading);
        m_y -= style.leading;
        Text(Left() + indent, m_y + (style.leading - style.size) * 0.5f, line, style, Align::Left, Width() - indent);
    }
    m_y -= space_after;
}

void Layout::FillRect(float x, float y, float width, float height, Rgb color) {
    HPDF_Page_SetRGBFill(m_page, color.r, color.g, color.b);
    HPDF_Page_Rectangle(m_page, x, y, width, height);
    HPDF_Page_Fill(m_page);
}

void Layout::StrokeRect(float x, float y, float width, float height, Rgb color, float line_width) {
    HPDF_Page_SetRGBStroke(m_page, color.r, color.g, color.b);
    HPDF_Page_SetLineWidth(m_page, line_width);
    HPDF_Page_Rectangle(m_page, x, y, width, height);
    HPDF_Page_Stroke(m_page);
}

void Layout::Line(float x1, float y1, float x2, float y2, Rgb color, float line_width, bool dashed) {
    HPDF_Page_SetRGBStroke(m_page, color.r, color.g, color.b);
    HPDF_Page_SetLineWidth(m_page, line_width);
    if (dashed) {
        const HPDF_UINT16 pattern[] = {3, 2};
        HPDF_Page_SetDash(m_page, pattern, 2, 0);
    }
    HPDF_Page_MoveTo(m_page, x1, y1);
    HPDF_Page_LineTo(m_page, x2, y2);
    HPDF_Page_Stroke(m_page);
    if (dashed) HPDF_Page_SetDash(m_page, nullptr, 0, 0);
}

Table::Table(Layout& layout, std::vector<TableColumn> columns, TextStyle body, TextStyle header)
    : m_layout(layout), m_columns(std::move(columns)), m_body(body), m_header(header) {
    DrawHeader();
}

std::vector<std::vector<std::string>> Table::WrapCells(const std::vector<std::string>& cells,
                                                       const TextStyle& style) const {
    std::vector<std::vector<std::string>> wrapped;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const std::string& text = c < cells.size() ? cells[c] : std::string();
        wrapped.push_back(m_layout.Wrap(text, style, m_columns[c].width - 2 * m_padding));
    }
    return wrapped;
}

void Table::DrawHeader() {
    std::vector<std::string> headers;
    for (const auto& column : m_columns) headers.push_back(column.header);
    const auto wrapped = WrapCells(headers, m_header);
    std::size_t lines = 1;
    for (const auto& cell : wrapped) lines = std::max(lines, cell.size());
    const float height = static_cast<float>(lines) * m_header.leading + 2 * m_padding;
    // A header alone at the foot of a page is useless: keep room for it and one body line.
    m_layout.EnsureSpace(height + m_body.leading + 2 * m_padding);
    const float top = m_layout.Y();
    m_layout.FillRect(m_layout.Left(), top - height, m_layout.Width(), height, {0.16f, 0.27f, 0.42f});
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const float x = ColumnLeft(c);
        for (std::size_t l = 0; l < wrapped[c].size(); ++l)
            m_layout.Text(x + m_padding, top - m_padding - static_cast<float>(l + 1) * m_header.leading + 3, wrapped[c][l],
                          m_header, m_columns[c].align, m_columns[c].width - 2 * m_padding);
    }
    m_layout.Advance(height);
    m_zebra = false;
}

void Table::Row(const std::vector<std::string>& cells, const RowStyle& style) {
    TextStyle text = m_body;
    if (style.bold) text.font = FontStyle::Bold;
    const auto wrapped = WrapCells(cells, text);
    std::size_t lines = 1;
    for (const auto& cell : wrapped) lines = std::max(lines, cell.size());
    // Draw the row in slices that fit; a row taller than the space left continues on the next page
    // under a repeated header.
    std::size_t first = 0;
    while (first < lines) {
        auto fitting = static_cast<std::size_t>(
            std::max(0.0f, (m_layout.Y() - m_layout.Bottom() - 2 * m_padding) / text.leading));
        if (fitting == 0 || (first == 0 && fitting < std::min<std::size_t>(lines, 3))) {
            m_layout.NewPage();
            DrawHeader();
            continue;
        }
        const std::size_t count = std::min(lines - first, fitting);
        const float height = static_cast<float>(count) * text.leading + 2 * m_padding;
        const float top = m_layout.Y();
        if (style.fill) {
            m_layout.FillRect(m_layout.Left(), top - height, m_layout.Width(), height, *style.fill);
        } else if (m_zebra) {
            m_layout.FillRect(m_layout.Left(), top - height, m_layout.Width(), height, {0.95f, 0.96f, 0.97f});
        }
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const float x = ColumnLeft(c);
            TextStyle cell_style = text;
            if (c < style.cell_text_color.size() && style.cell_text_color[c]) cell_style.color = *style.cell_text_color[c];
            for (std::size_t l = first; l < std::min(first + count, wrapped[c].size()); ++l)
                m_layout.Text(x + m_padding, top - m_padding - static_cast<float>(l - first + 1) * text.leading + 3,
                              wrapped[c][l], cell_style, m_columns[c].align, m_columns[c].width - 2 * m_padding);
        }
        m_layout.Line(m_layout.Left(), top - height, m_layout.Right(), top - height, {0.82f, 0.84f, 0.87f}, 0.4f);
        m_layout.Advance(height);
        first += count;
        if (first < lines) {
            m_layout.NewPage();
            DrawHeader();
        }
    }
    m_zebra = !m_zebra;
}

float Table::ColumnLeft(std::size_t column) const {
    float before = 0;
    for (std::size_t c = 0; c < column; ++c) before += m_columns[c].width;
    // A right-to-left document reads its tables from the right: the first column is rightmost.
    if (m_layout.Document().RightToLeft()) return m_layout.Right() - before - m_columns[column].width;
    return m_layout.Left() + before;
}

void Table::Finish() { m_layout.Advance(8); }

}  // namespace c5::reports::detail
