#pragma once
// Flowing content over pages: a cursor moving down the page; paragraphs that wrap where the
// language allows and break across pages without leaving a single line behind or ahead; headings
// kept with what follows; label/value blocks and bullet lists; tables whose column widths come
// from their words, whose header repeats on every page and which never leave one row alone.
// A right-to-left document is laid out mirrored: every box is measured from the right edge.
// Nothing is ever drawn outside the margins, and every link in the text is clickable.
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "c5/reports/text_wrap.h"
#include "pdf_document.h"

namespace c5::reports::detail {

/// Left and Right are the start and the end of a line: in a right-to-left document, Left aligns
/// text to the right edge of its box and Right to the left.
enum class Align { Left, Center, Right };

struct TextStyle {
    FontStyle font = FontStyle::Regular;
    float size = 9.5f;
    float leading = 12.5f;
    Rgb color{0.13f, 0.13f, 0.15f};
};

/// Text broken into lines, which keep their place in the text (for its links).
struct WrappedText {
    std::string text;
    std::vector<LineSpan> lines;
    std::size_t size() const { return lines.size(); }
    std::string_view Line(std::size_t i) const {
        return std::string_view(text).substr(lines[i].begin, lines[i].end - lines[i].begin);
    }
};

struct LabelValueRow {
    std::string label;
    std::string value;
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
    bool RightToLeft() const { return m_document.RightToLeft(); }

    void NewPage();
    /// Continues on `page` (an inserted one) from its top.
    void UsePage(HPDF_Page page);
    /// Starts a new page unless `height` fits below the cursor (or the page is still empty).
    void EnsureSpace(float height);
    bool Fits(float height) const { return m_y - height >= m_bottom; }
    bool AtPageTop() const { return m_y >= Top() - 0.5f; }
    void Advance(float height) { m_y -= height; }

    /// The page x of a box `width` wide that starts `offset` from the start edge of the content
    /// (the left margin; the right one in a right-to-left document).
    float BoxX(float offset, float width) const;

    double Measure(const TextStyle& style, std::string_view text) const;
    std::vector<std::string> Wrap(std::string_view text, const TextStyle& style, double width) const;
    WrappedText WrapLines(std::string_view text, const TextStyle& style, double width) const;
    /// As WrapLines, in as many lines, but as even as those allow: a title does not leave one word
    /// alone on its last line.
    WrappedText WrapBalanced(std::string_view text, const TextStyle& style, double width) const;
    /// The narrowest width `text` wraps into without splitting a word.
    double MinimumWidth(std::string_view text, const TextStyle& style) const;

    /// One line of text with its baseline at `y`, in the box [x, x + width] of the page; with no
    /// width, starting at x.
    void Text(float x, float y, std::string_view text, const TextStyle& style, Align align = Align::Left,
              float width = 0);
    /// Line `line` of `wrapped`, as Text, with a link over each web address on it.
    void DrawLine(const WrappedText& wrapped, std::size_t line, float x, float y, const TextStyle& style,
                  Align align, float width);
    /// Wrapped text at the cursor, `indent` from the start edge, moving the cursor down; breaks to
    /// a new page between lines, never leaving the first or the last line alone on a page. It is
    /// one structure element of type `tag` (a paragraph; "H1" for a section's title).
    void Paragraph(std::string_view text, const TextStyle& style, float indent = 0, float space_after = 4,
                   Align align = Align::Left, std::string_view tag = "P");
    /// A title: a paragraph with balanced lines (WrapBalanced), tagged as a heading of level 1.
    void Title(std::string_view text, const TextStyle& style, float space_after);
    /// The height Paragraph takes for `text` (without its space after).
    float ParagraphHeight(std::string_view text, const TextStyle& style, float indent = 0) const;
    /// A heading kept on one page with the `keep_with` points of what follows it; `tag` is its
    /// structure element ("H2", "H3").
    void Heading(std::string_view text, const TextStyle& style, float keep_with, float space_before = 4,
                 float space_after = 3, std::string_view tag = "H2");
    /// Labels in a column of `label_width` at the start edge, values beside them; each pair kept on
    /// one page. Tagged as a table of two columns, each label the header of its row.
    void LabelValues(const std::vector<LabelValueRow>& rows, const TextStyle& label, const TextStyle& value,
                     float label_width);
    float LabelValuesHeight(const std::vector<LabelValueRow>& rows, const TextStyle& label, const TextStyle& value,
                            float label_width) const;
    /// A bullet list (tagged as a list, each bullet its item's label); each item's first two lines
    /// kept together.
    void Bullets(const std::vector<std::string>& items, const TextStyle& style);

    /// Shapes: artifacts (backgrounds, rules), unless drawn inside marked content (a figure's).
    void FillRect(float x, float y, float width, float height, Rgb color);
    void StrokeRect(float x, float y, float width, float height, Rgb color, float line_width = 0.5f);
    void Line(float x1, float y1, float x2, float y2, Rgb color, float line_width = 0.5f, bool dashed = false);

private:
    /// Where Text puts the line: its left edge.
    float Place(float x, std::string_view text, const TextStyle& style, Align align, float width) const;
    /// The lines of `wrapped` at the cursor, `indent` from the start edge, page by page, with no
    /// line alone at either end of a page; `first_line` draws what goes beside the first line.
    void Flow(const WrappedText& wrapped, const TextStyle& style, float indent, Align align,
              const std::function<void(float baseline)>& first_line = {});

    PdfDocument& m_document;
    HPDF_Page m_page = nullptr;
    float m_left, m_right, m_top, m_bottom;
    float m_y = 0;
};

struct TableColumn {
    std::string header;
    float width = 0;  // points: the width wanted; the table widens a column its words do not fit
    Align align = Align::Left;
};

struct RowStyle {
    bool bold = false;
    std::optional<Rgb> fill;
    std::vector<std::optional<Rgb>> cell_text_color;  // per column, optional
};

/// A table at the layout's cursor, laid out when it is finished: column widths chosen so that no
/// header word is broken (the header is set smaller if it must), the header repeated on every
/// page, the last row never alone on a page, a row taller than the space left continued under
/// the repeated header with its first cell (the respondent, the question) shown again.
class Table {
public:
    Table(Layout& layout, std::vector<TableColumn> columns, TextStyle body, TextStyle header);
    void Row(const std::vector<std::string>& cells, const RowStyle& style = {});
    /// Draws the table, and leaves a little space under it.
    void Finish();
    /// A table starts on a page only where its header and the beginning of this many rows fit: a
    /// header with one row at the foot of a page reads as a table of one row.
    static constexpr std::size_t kRowsWithHeader = 3;
    /// The height of the header and the beginning of the first `rows` rows (the first three lines
    /// of a row that may continue on the next page; the table's last row whole): what a heading
    /// keeps with.
    float LeadHeight(std::size_t rows = kRowsWithHeader);

private:
    struct PendingRow {
        std::vector<std::string> cells;
        RowStyle style;
    };
    struct LaidRow {
        std::vector<WrappedText> cells;
        std::size_t lines = 1;
        TextStyle text;
        const PendingRow* source = nullptr;
        float Height(float leading, float padding) const { return static_cast<float>(lines) * leading + 2 * padding; }
    };
    /// Column widths from the words of the header and the body.
    void FitColumns();
    LaidRow Lay(const PendingRow& row) const;
    /// The left edge of `column`, mirrored in a right-to-left document.
    float ColumnLeft(std::size_t column) const;
    float HeaderHeight() const;
    /// LeadHeight of the laid-out first rows `first`.
    float LeadOf(std::span<const LaidRow> first) const;
    float StartHeight(const LaidRow& row) const;
    /// The header row: tagged the first time, an artifact where it is repeated on a later page.
    void DrawHeader();
    /// Lines [first, first + count) of `row` at the cursor, each cell's text in its structure
    /// element of `cells`.
    void DrawSlice(const LaidRow& row, std::size_t first, std::size_t count, bool zebra, const std::vector<int>& cells);


    Layout& m_layout;
    std::vector<TableColumn> m_columns;
    TextStyle m_body;
    TextStyle m_header;
    float m_padding = 3.0f;
    std::vector<PendingRow> m_rows;
    std::vector<WrappedText> m_header_cells;
    bool m_fitted = false;
    bool m_header_tagged = false;
};

/// Web addresses in `text` (http://, https://, www.): their byte ranges.
std::vector<std::pair<std::size_t, std::size_t>> FindWebAddresses(std::string_view text);

}  // namespace c5::reports::detail
