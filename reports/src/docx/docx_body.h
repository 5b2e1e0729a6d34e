#pragma once
// The body of a WordprocessingML document (word/document.xml) written paragraph by paragraph in
// the kit's own styles (docx_styles.h), so a ministry can restyle the whole report by editing
// styles. Right-to-left languages get w:bidi on paragraphs, w:bidiVisual on tables and w:rtl on
// the runs that hold right-to-left text.
#include <string>
#include <string_view>
#include <vector>

#include "ooxml/xml_writer.h"

namespace c5::reports::docx {

enum class CellAlign { Start, Center };

struct TableColumn {
    std::string header;  // empty for a table without a header row
    double fraction = 0;  // of the text width
    CellAlign align = CellAlign::Start;
};

enum class RowKind { Normal, Total, Muted };

struct TableRow {
    std::vector<std::string> cells;
    RowKind kind = RowKind::Normal;
    std::vector<std::string> cell_colors;  // hex RGB per cell, empty for the style's colour
};

/// A heading with the bookmark the table of contents points at.
struct HeadingEntry {
    int level = 1;
    std::string text;
    std::string bookmark;
};

class DocxBody {
public:
    /// `text_width` in twentieths of a point (the page width less the margins).
    DocxBody(bool right_to_left, int text_width);

    void Paragraph(std::string_view style, std::string_view text, bool bold = false, std::string_view color = {});
    /// Heading 1–3; `page_break` starts it on a new page.
    void Heading(int level, std::string_view text, bool page_break = false);
    void Bullets(const std::vector<std::string>& items);
    void Table(const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows, bool header = true);
    /// Label and value pairs as a two-column table without borders.
    void KeyValues(const std::vector<std::pair<std::string, std::string>>& rows, double label_fraction);
    /// A native chart (a chart part related as `relationship`), `width` × `height` in EMU.
    void Chart(std::string_view relationship, long long width, long long height, int id, std::string_view description);
    /// Signature lines: one column per role, each with its name (if known) and the fields to fill.
    void SignatureBlock(const std::vector<std::string>& roles, const std::vector<std::string>& names,
                        const std::vector<std::string>& fields);
    /// A TOC field over headings 1–2, filled with `headings` so that it reads right before a word
    /// processor updates it (page numbers come from PAGEREF fields).
    void TableOfContents(std::string_view title, const std::vector<HeadingEntry>& headings);

    const std::vector<HeadingEntry>& Headings() const { return m_headings; }
    /// The paragraphs and tables written so far (an XML fragment).
    std::string Fragment();

private:
    void ParagraphStart(std::string_view style, bool page_break = false, std::string_view align = {},
                        bool bidi = true);
    void Runs(std::string_view text, bool bold, std::string_view color, std::string_view size = {});
    void Run(std::string_view text, bool bold, std::string_view color, std::string_view size);
    void TableStart(std::string_view style, const std::vector<int>& widths);
    void Cell(int width, std::string_view text, std::string_view paragraph_style, bool bold, std::string_view color,
              std::string_view align, std::string_view fill = {});

    ooxml::XmlWriter m_xml{false};
    bool m_rtl;
    int m_width;
    int m_next_bookmark = 1;
    std::vector<HeadingEntry> m_headings;
};

/// True when `text` holds a letter of a right-to-left script (Arabic, Hebrew, Syriac, Thaana, N'Ko).
bool HasRightToLeftText(std::string_view text);

}  // namespace c5::reports::docx
