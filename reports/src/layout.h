#pragma once
// Flowing content over pages: a cursor moving down the page, text that wraps and breaks across
// pages line by line, tables whose header repeats on every page and whose tall rows split.
// Nothing is ever drawn outside the margins.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "c5/reports/text_wrap.h"
#include "pdf_document.h"

namespace c5::reports::detail {

enum class Align { Left, Center, Right };

struct TextStyle {
    FontStyle font = FontStyle::Regular;
    float size = 9.5f;
    float leading = 12.5f;
    Rgb color{0.13f, 0.13f, 0.15f};
};

class Layout {
public:
    Layout(PdfDocument& document, float margin_left, float margin_right, float margin_top, float margin_bottom);

    PdfDocument& Document() { return m_document; }
    HPDF_Page Page() const { return m_page; }
    float Left() const { return m_left; }
    float Right() const { return m_document.PageWidth() - m_right; }
    float Width() const { return Right() - Left(); }
    float Top() const { return m_document.PageHeight() - m_top; }
    float Bottom() const { return m_bottom; }
    float Y() const { return m_y; }
    void SetY(float y) { m_y = y; }

    void NewPage();
    /// Starts a new page unless `height` fits below the cursor.
    void EnsureSpace(float height);
    bool Fits(float height) const { return m_y - height >= m_bottom; }
    void Advance(float height) { m_y -= height; }

    double Measure(const TextStyle& style, std::string_view text) const;
    std::vector<std::string> Wrap(std::string_view text, const TextStyle& style, double width) const;

    /// One line of text with its baseline at `y`; `width` is used by centred and right alignment.
    void Text(float x, float y, std::string_view text, const TextStyle& style, Align align = Align::Left,
              float width = 0);
    /// Wrapped text at the cursor, moving it down; breaks to a new page between lines.
    void Paragraph(std::string_view text, const TextStyle& style, float indent = 0, float space_after = 4);

    void FillRect(float x, float y, float width, float height, Rgb color);
    void StrokeRect(float x, float y, float width, float height, Rgb color, float line_width = 0.5f);
    void Line(float x1, float y1, float x2, float y2, Rgb color, float line_width = 0.5f, bool dashed = false);

private:
    PdfDocument& m_document;
    HPDF_Page m_page = nullptr;
    float m_left, m_right, m_top, m_bottom;
    float m_y = 0;
};

struct TableColumn {
    std::string header;
    float width = 0;  // points
    Align align = Align::Left;
};

struct RowStyle {
    bool bold = false;
    std::optional<Rgb> fill;
    std::vector<std::optional<Rgb>> cell_text_color;  // per column, optional
};

/// A table drawn row by row at the layout's cursor.
class Table {
public:
    Table(Layout& layout, std::vector<TableColumn> columns, TextStyle body, TextStyle header);
    void Row(const std::vector<std::string>& cells, const RowStyle& style = {});
    /// Leaves a little space under the table.
    void Finish();

private:
    /// The left edge of `column`, mirrored in a right-to-left document.
    float ColumnLeft(std::size_t column) const;
    void DrawHeader();
    std::vector<std::vector<std::string>> WrapCells(const std::vector<std::string>& cells, const TextStyle& style) const;

    Layout& m_layout;
    std::vector<TableColumn> m_columns;
    TextStyle m_body;
    TextStyle m_header;
    float m_padding = 3.0f;
    bool m_zebra = false;
};

}  // namespace c5::reports::detail
