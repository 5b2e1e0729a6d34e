#include "docx/docx_body.h"

#include <fmt/format.h>

namespace c5::reports::docx {
namespace {

constexpr std::string_view kMutedColor = "737880";
constexpr std::string_view kTotalFill = "E0E8F2";
constexpr std::size_t kUnbrokenRow = 1500;  // bytes of text: about a third of a page in a table

// Decodes one UTF-8 code point (text is XML-safe by the time it matters; bad bytes read as 0).
char32_t Decode(std::string_view text, std::size_t& i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    int length = byte < 0x80 ? 1 : (byte & 0xE0) == 0xC0 ? 2 : (byte & 0xF0) == 0xE0 ? 3 : (byte & 0xF8) == 0xF0 ? 4 : 1;
    if (i + static_cast<std::size_t>(length) > text.size()) length = 1;
    char32_t code = length == 1 ? byte : byte & (0x7F >> length);
    for (int k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
    i += static_cast<std::size_t>(length);
    return code;
}

}  // namespace

bool HasRightToLeftText(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const char32_t code = Decode(text, i);
        if ((code >= 0x0590 && code <= 0x08FF) || (code >= 0xFB1D && code <= 0xFDFF) || (code >= 0xFE70 && code <= 0xFEFF))
            return true;
    }
    return false;
}

DocxBody::DocxBody(bool right_to_left, int text_width) : m_rtl(right_to_left), m_width(text_width) {}

void DocxBody::ParagraphStart(std::string_view style, bool page_break, std::string_view align, bool bidi) {
    m_xml.Start("w:p").Start("w:pPr");
    if (!style.empty()) m_xml.Empty("w:pStyle", {{"w:val", style}});
    if (page_break) m_xml.Empty("w:pageBreakBefore");
    if (m_rtl && bidi) m_xml.Empty("w:bidi");
    if (!align.empty()) m_xml.Empty("w:jc", {{"w:val", align}});
    m_xml.End();
}

void DocxBody::Run(std::string_view text, bool bold, std::string_view color, std::string_view size) {
    m_xml.Start("w:r");
    const bool rtl = m_rtl && HasRightToLeftText(text);
    if (bold || !color.empty() || !size.empty() || rtl) {
        m_xml.Start("w:rPr");
        if (bold) m_xml.Empty("w:b").Empty("w:bCs");
        if (!color.empty()) m_xml.Empty("w:color", {{"w:val", color}});
        if (!size.empty()) m_xml.Empty("w:sz", {{"w:val", size}}).Empty("w:szCs", {{"w:val", size}});
        if (rtl) m_xml.Empty("w:rtl");
        m_xml.End();
    }
    // Line breaks and tabs typed in evidence stay line breaks and tabs; so do Word's manual line
    // and page breaks (VT, FF) pasted with it.
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n' && text[i] != '\t' && text[i] != '\v' && text[i] != '\f') continue;
        if (i > start) m_xml.Element("w:t", text.substr(start, i - start), {{"xml:space", "preserve"}});
        if (i < text.size()) m_xml.Empty(text[i] == '\t' ? "w:tab" : "w:br");
        start = i + 1;
    }
    m_xml.End();
}

void DocxBody::Runs(std::string_view text, bool bold, std::string_view color, std::string_view size) {
    // Carriage returns of Windows line ends are dropped: the line feed makes the break.
    if (text.find('\r') == std::string_view::npos) return Run(text, bold, color, size);
    std::string cleaned;
    for (const char c : text)
        if (c != '\r') cleaned += c;
    Run(cleaned, bold, color, size);
}

void DocxBody::Paragraph(std::string_view style, std::string_view text, bool bold, std::string_view color) {
    ParagraphStart(style);
    Runs(text, bold, color);
    m_xml.End();
}

void DocxBody::Heading(int level, std::string_view text, bool page_break) {
    const std::string bookmark = fmt::format("_Toc{:09d}", m_next_bookmark);
    const std::string id = std::to_string(m_next_bookmark++);
    ParagraphStart("Heading" + std::to_string(level), page_break);
    m_xml.Empty("w:bookmarkStart", {{"w:id", id}, {"w:name", bookmark}});
    Runs(text, false, {});
    m_xml.Empty("w:bookmarkEnd", {{"w:id", id}});
    m_xml.End();
    m_headings.push_back({level, std::string(text), bookmark});
}

void DocxBody::Bullets(const std::vector<std::string>& items) {
    for (const auto& item : items) Paragraph("ListBullet", item);
}

void DocxBody::TableStart(std::string_view style, const std::vector<int>& widths) {
    m_xml.Start("w:tbl").Start("w:tblPr");
    m_xml.Empty("w:tblStyle", {{"w:val", style}});
    if (m_rtl) m_xml.Empty("w:bidiVisual");
    int total = 0;
    for (const int width : widths) total += width;
    m_xml.Empty("w:tblW", {{"w:w", std::to_string(total)}, {"w:type", "dxa"}});
    m_xml.Empty("w:tblLayout", {{"w:type", "fixed"}});
    m_xml.Empty("w:tblLook", {{"w:val", "04A0"}, {"w:firstRow", "1"}, {"w:lastRow", "0"}, {"w:firstColumn", "0"},
                              {"w:lastColumn", "0"}, {"w:noHBand", "1"}, {"w:noVBand", "1"}});
    m_xml.End().Start("w:tblGrid");
    for (const int width : widths) m_xml.Empty("w:gridCol", {{"w:w", std::to_string(width)}});
    m_xml.End();
}

void DocxBody::Cell(int width, std::string_view text, std::string_view paragraph_style, bool bold, std::string_view color,
                    std::string_view align, std::string_view fill) {
    m_xml.Start("w:tc").Start("w:tcPr");
    m_xml.Empty("w:tcW", {{"w:w", std::to_string(width)}, {"w:type", "dxa"}});
    if (!fill.empty()) m_xml.Empty("w:shd", {{"w:val", "clear"}, {"w:color", "auto"}, {"w:fill", fill}});
    m_xml.End();
    ParagraphStart(paragraph_style, false, align);
    Runs(text, bold, color);
    m_xml.End().End();
}

void DocxBody::Table(const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows, bool header) {
    std::vector<int> widths;
    for (const auto& column : columns) widths.push_back(static_cast<int>(column.fraction * m_width));
    TableStart("C5Table", widths);
    if (header) {
        m_xml.Start("w:tr").Start("w:trPr").Empty("w:cantSplit").Empty("w:tblHeader").End();
        for (std::size_t i = 0; i < columns.size(); ++i)
            Cell(widths[i], columns[i].header, "C5TableHeading", false, {},
                 columns[i].align == CellAlign::Center ? "center" : "");
        m_xml.End();
    }
    for (const auto& row : rows) {
        // A short row stays on one page; a long one (pages of evidence) must break, or word
        // processors cut it off at the foot of the page.
        std::size_t length = 0;
        for (const auto& cell : row.cells) length += cell.size();
        m_xml.Start("w:tr");
        if (length < kUnbrokenRow) m_xml.Start("w:trPr").Empty("w:cantSplit").End();
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const std::string_view text = i < row.cells.size() ? std::string_view(row.cells[i]) : std::string_view();
            std::string_view color = row.kind == RowKind::Muted ? kMutedColor : std::string_view();
            if (i < row.cell_colors.size() && !row.cell_colors[i].empty()) color = row.cell_colors[i];
            Cell(widths[i], text, "C5TableText", row.kind == RowKind::Total, color,
                 columns[i].align == CellAlign::Center ? "center" : "", row.kind == RowKind::Total ? kTotalFill : "");
        }
        m_xml.End();
    }
    m_xml.End();
    Paragraph("C5AfterTable", "");  // keeps two tables in a row apart, and the next text off the table
}

void DocxBody::KeyValues(const std::vector<std::pair<std::string, std::string>>& rows, double label_fraction) {
    if (rows.empty()) return;
    const int label = static_cast<int>(label_fraction * m_width);
    TableStart("C5KeyValues", {label, m_width - label});
    for (const auto& [key, value] : rows) {
        m_xml.Start("w:tr").Start("w:trPr").Empty("w:cantSplit").End();
        Cell(label, key, "C5KeyValueText", true, {}, {});
        Cell(m_width - label, value, "C5KeyValueText", false, {}, {});
        m_xml.End();
    }
    m_xml.End();
    Paragraph("C5AfterTable", "");
}

void DocxBody::Chart(std::string_view relationship, long long width, long long height, int id,
                     std::string_view description) {
    const std::string number = std::to_string(id);
    // Left to right even in Arabic: LibreOffice draws a chart anchored in a right-to-left
    // paragraph with every number and label reversed ("001" for 100). The paragraph is centred.
    ParagraphStart("C5Figure", false, {}, false);
    m_xml.Start("w:r").Start("w:drawing");
    m_xml.Start("wp:inline", {{"distT", "0"}, {"distB", "0"}, {"distL", "0"}, {"distR", "0"}});
    m_xml.Empty("wp:extent", {{"cx", std::to_string(width)}, {"cy", std::to_string(height)}});
    m_xml.Empty("wp:effectExtent", {{"l", "0"}, {"t", "0"}, {"r", "0"}, {"b", "0"}});
    m_xml.Empty("wp:docPr", {{"id", number}, {"name", "Chart " + number}, {"descr", description}});
    m_xml.Empty("wp:cNvGraphicFramePr");
    m_xml.Start("a:graphic").Start("a:graphicData", {{"uri", "http://schemas.openxmlformats.org/drawingml/2006/chart"}});
    m_xml.Empty("c:chart", {{"r:id", relationship}});
    m_xml.End().End();  // graphicData, graphic
    m_xml.End().End().End();  // inline, drawing, run
    m_xml.End();  // paragraph
}

void DocxBody::SignatureBlock(const std::vector<std::string>& roles, const std::vector<std::string>& names,
                              const std::vector<std::string>& fields) {
    if (roles.empty()) return;
    const int column = m_width / static_cast<int>(roles.size());
    TableStart("C5KeyValues", std::vector<int>(roles.size(), column));
    m_xml.Start("w:tr").Start("w:trPr").Empty("w:cantSplit").End();
    for (std::size_t role = 0; role < roles.size(); ++role) {
        m_xml.Start("w:tc").Start("w:tcPr").Empty("w:tcW", {{"w:w", std::to_string(column)}, {"w:type", "dxa"}}).End();
        Paragraph("Heading3", roles[role]);
        Paragraph("C5KeyValueText", role < names.size() ? names[role] : std::string());
        for (const auto& field : fields) {
            // A line to sign on: an empty paragraph with a bottom border, its label below.
            ParagraphStart("C5SignatureLine");
            m_xml.End();
            Paragraph("C5Note", field);
        }
        m_xml.End();
    }
    m_xml.End().End();
}

void DocxBody::TableOfContents(std::string_view title, const std::vector<HeadingEntry>& headings) {
    ParagraphStart("TOCHeading", true);
    Runs(title, false, {});
    m_xml.End();
    const auto field_start = [&](std::string_view instruction) {
        // Dirty: Word recomputes the entries and their page numbers when it opens the document.
        m_xml.Start("w:r").Empty("w:fldChar", {{"w:fldCharType", "begin"}, {"w:dirty", "true"}}).End();
        m_xml.Start("w:r").Element("w:instrText", instruction, {{"xml:space", "preserve"}}).End();
        m_xml.Start("w:r").Empty("w:fldChar", {{"w:fldCharType", "separate"}}).End();
    };
    const auto field_end = [&] { m_xml.Start("w:r").Empty("w:fldChar", {{"w:fldCharType", "end"}}).End(); };
    bool first = true;
    for (const auto& heading : headings) {
        if (heading.level > 2) continue;
        ParagraphStart(heading.level == 1 ? "TOC1" : "TOC2");
        if (first) field_start(" TOC \\o \"1-2\" \\h \\z \\u ");
        first = false;
        m_xml.Start("w:hyperlink", {{"w:anchor", heading.bookmark}, {"w:history", "1"}});
        Runs(heading.text, false, {});
        m_xml.Start("w:r").Empty("w:tab").End();
        field_start(" PAGEREF " + heading.bookmark + " \\h ");
        m_xml.Start("w:r").Element("w:t", "").End();
        field_end();
        m_xml.End();  // hyperlink
        m_xml.End();  // paragraph
    }
    if (first) return;
    ParagraphStart("C5AfterTable");
    field_end();
    m_xml.End();
}

std::string DocxBody::Fragment() { return m_xml.Finish(); }

}  // namespace c5::reports::docx
