#include "layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace c5::reports::detail {
namespace {

constexpr Rgb kHeaderFill{0.16f, 0.27f, 0.42f};
constexpr Rgb kZebra{0.95f, 0.96f, 0.97f};
constexpr Rgb kRowRule{0.82f, 0.84f, 0.87f};
constexpr Rgb kRepeated{0.45f, 0.47f, 0.50f};
// A table header is set smaller, down to this size, before a word of it would be broken.
constexpr float kSmallestHeader = 6.5f;
// A body word wider than this share of the table (a link) is split rather than widening its column.
constexpr float kWidestBodyWord = 0.3f;
// A header up to this wide stays on one line: Chinese may break between any two characters, which
// split a four-character header such as 项目得分 ("item score") across two lines.
constexpr float kShortHeaderWhole = 48;

Align Mirrored(Align align, bool rtl) {
    if (!rtl) return align;
    return align == Align::Left ? Align::Right : align == Align::Right ? Align::Left : Align::Center;
}

// How many lines of `leading` fit between y and the bottom margin.
std::size_t LinesFitting(float y, float bottom, float leading) {
    return static_cast<std::size_t>(std::max(0.0f, std::floor((y - bottom) / leading + 1e-3f)));
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> FindWebAddresses(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> found;
    const auto starts_with = [&](std::size_t at, std::string_view prefix) {
        if (at + prefix.size() > text.size()) return false;
        for (std::size_t i = 0; i < prefix.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(text[at + i])) != prefix[i]) return false;
        return true;
    };
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '/')) continue;
        if (!starts_with(at, "https://") && !starts_with(at, "http://") && !starts_with(at, "www.")) continue;
        std::size_t end = at;
        // An address ends at a space, a quote or angle bracket, or anything outside ASCII.
        while (end < text.size()) {
            const auto c = static_cast<unsigned char>(text[end]);
            if (c <= ' ' || c >= 0x80 || c == '"' || c == '<' || c == '>') break;
            ++end;
        }
        // Sentence punctuation after an address is not part of it; a closing bracket only when
        // the address did not open one.
        while (end > at) {
            const char last = text[end - 1];
            const bool opened = text.substr(at, end - at).find('(') != std::string_view::npos;
            if (std::string_view(".,;:!?'").find(last) != std::string_view::npos || (last == ')' && !opened)) --end;
            else break;
        }
        if (end > at + 4) found.emplace_back(at, end);
        at = end;
    }
    return found;
}

Layout::Layout(PdfDocument& document, float margin_left, float margin_right, float margin_top, float margin_bottom)
    : m_document(document), m_left(margin_left), m_right(margin_right), m_top(margin_top), m_bottom(margin_bottom) {
    NewPage();
}

void Layout::NewPage() {
    m_page = m_document.AddPage();
    m_y = Top();
}

void Layout::UsePage(HPDF_Page page) {
    m_page = page;
    m_y = Top();
}

void Layout::EnsureSpace(float height) {
    if (!Fits(height) && !AtPageTop()) NewPage();
}

float Layout::BoxX(float offset, float width) const { return RightToLeft() ? Right() - offset - width : Left() + offset; }

double Layout::Measure(const TextStyle& style, std::string_view text) const {
    return m_document.TextWidth(style.font, style.size, text);
}

WrappedText Layout::WrapLines(std::string_view text, const TextStyle& style, double width) const {
    WrappedText wrapped{std::string(text), {}};
    wrapped.lines = BreakLines(wrapped.text, width, [&](std::string_view piece) { return Measure(style, piece); },
                               m_document.Language());
    return wrapped;
}

WrappedText Layout::WrapBalanced(std::string_view text, const TextStyle& style, double width) const {
    WrappedText wrapped = WrapLines(text, style, width);
    if (wrapped.size() < 2) return wrapped;
    // The narrowest width that still takes no more lines, to a tenth of a point.
    double fits = width;
    double too_narrow = MinimumWidth(text, style) - 0.1;
    while (fits - too_narrow > 0.1) {
        const double middle = (fits + too_narrow) / 2;
        (WrapLines(text, style, middle).size() <= wrapped.size() ? fits : too_narrow) = middle;
    }
    return WrapLines(text, style, fits);
}

std::vector<std::string> Layout::Wrap(std::string_view text, const TextStyle& style, double width) const {
    const WrappedText wrapped = WrapLines(text, style, width);
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < wrapped.size(); ++i) lines.emplace_back(wrapped.Line(i));
    return lines;
}

double Layout::MinimumWidth(std::string_view text, const TextStyle& style) const {
    return WidestUnbreakable(text, [&](std::string_view piece) { return Measure(style, piece); },
                             m_document.Language());
}

float Layout::Place(float x, std::string_view text, const TextStyle& style, Align align, float width) const {
    if (width <= 0) return x;
    align = Mirrored(align, RightToLeft());
    if (align == Align::Left) return x;
    const auto measured = static_cast<float>(Measure(style, text));
    return align == Align::Center ? x + (width - measured) / 2 : x + width - measured;
}

void Layout::Text(float x, float y, std::string_view text, const TextStyle& style, Align align, float width) {
    if (text.empty()) return;
    m_document.ShowText(m_page, style.font, style.size, Place(x, text, style, align, width), y, text, style.color);
}

void Layout::DrawLine(const WrappedText& wrapped, std::size_t line, float x, float y, const TextStyle& style,
                      Align align, float width) {
    const std::string_view shown = wrapped.Line(line);
    if (shown.empty()) return;
    const float left = Place(x, shown, style, align, width);
    m_document.ShowText(m_page, style.font, style.size, left, y, shown, style.color);
    const LineSpan span = wrapped.lines[line];
    for (const auto& [begin, end] : FindWebAddresses(wrapped.text)) {
        if (end <= span.begin || begin >= span.end) continue;
        const std::string address = wrapped.text.substr(begin, end - begin);
        const std::string uri = address.rfind("www.", 0) == 0 ? "https://" + address : address;
        float from = left;
        auto to = left + static_cast<float>(Measure(style, shown));
        // Left to right, the link covers the address's own piece of the line; in a line that is
        // reordered right to left, the line.
        if (!RightToLeft()) {
            const std::size_t piece_begin = std::max(begin, span.begin);
            const std::size_t piece_end = std::min(end, span.end);
            from = left + static_cast<float>(
                              Measure(style, std::string_view(wrapped.text).substr(span.begin, piece_begin - span.begin)));
            to = from + static_cast<float>(
                            Measure(style, std::string_view(wrapped.text).substr(piece_begin, piece_end - piece_begin)));
        }
        m_document.Link(m_page, from, y - style.size * 0.25f, to, y + style.size * 0.85f, uri);
    }
}

void Layout::Flow(const WrappedText& wrapped, const TextStyle& style, float indent, Align align,
                  const std::function<void(float baseline)>& first_line) {
    const std::size_t count = wrapped.size();
    const float width = Width() - indent;
    std::size_t at = 0;
    while (at < count) {
        std::size_t fit = LinesFitting(m_y, m_bottom, style.leading);
        const std::size_t remaining = count - at;
        if (fit < remaining) {
            if (remaining - fit == 1 && fit >= 2) --fit;          // the last line never alone on the next page
            if (at == 0 && fit < 2 && !AtPageTop()) fit = 0;      // nor the first alone at the foot of this one
        }
        if (fit == 0) {
            if (!AtPageTop()) {
                NewPage();
                continue;
            }
            fit = 1;  // a line taller than the page: drawn anyway
        }
        const std::size_t lines = std::min(fit, remaining);
        for (std::size_t i = at; i < at + lines; ++i) {
            m_y -= style.leading;
            const float baseline = m_y + (style.leading - style.size) * 0.5f;
            if (i == 0 && first_line) first_line(baseline);
            DrawLine(wrapped, i, BoxX(indent, width), baseline, style, align, width);
        }
        at += lines;
        if (at < count) NewPage();
    }
}

void Layout::Paragraph(std::string_view text, const TextStyle& style, float indent, float space_after, Align align,
                       std::string_view tag) {
    Tagged element(m_document, tag);
    Flow(WrapLines(text, style, Width() - indent), style, indent, align);
    m_y -= space_after;
}

void Layout::Title(std::string_view text, const TextStyle& style, float space_after) {
    Tagged element(m_document, "H1");
    Flow(WrapBalanced(text, style, Width()), style, 0, Align::Left);
    m_y -= space_after;
}

float Layout::ParagraphHeight(std::string_view text, const TextStyle& style, float indent) const {
    return static_cast<float>(WrapLines(text, style, Width() - indent).size()) * style.leading;
}

void Layout::Heading(std::string_view text, const TextStyle& style, float keep_with, float space_before,
                     float space_after, std::string_view tag) {
    const WrappedText wrapped = WrapLines(text, style, Width());
    const float height = space_before + static_cast<float>(wrapped.size()) * style.leading + space_after;
    // With what follows when that fits on a page at all; otherwise with as much of it as fits.
    EnsureSpace(height + std::min(keep_with, std::max(0.0f, Top() - Bottom() - height)));
    if (!AtPageTop()) m_y -= space_before;
    Tagged element(m_document, tag);
    Flow(wrapped, style, 0, Align::Left);
    m_y -= space_after;
}

float Layout::LabelValuesHeight(const std::vector<LabelValueRow>& rows, const TextStyle& label, const TextStyle& value,
                                float label_width) const {
    float height = 4;
    for (const auto& row : rows) {
        const std::size_t lines = std::max(WrapLines(row.label, label, label_width - 8).size(),
                                           WrapLines(row.value, value, Width() - label_width).size());
        height += static_cast<float>(lines) * value.leading + 3;
    }
    return height;
}

void Layout::LabelValues(const std::vector<LabelValueRow>& rows, const TextStyle& label, const TextStyle& value,
                         float label_width) {
    const float value_width = Width() - label_width;
    Tagged table(m_document, "Table");
    for (const auto& row : rows) {
        Tagged tagged_row(m_document, "TR");
        const int label_cell = m_document.AddElement("TH");
        const int value_cell = m_document.AddElement("TD");
        const WrappedText labels = WrapLines(row.label, label, label_width - 8);
        const WrappedText values = WrapLines(row.value, value, value_width);
        const std::size_t lines = std::max(labels.size(), values.size());
        // A label longer than its value ends on the value's line, so that the value reads after the
        // whole label, not between its lines.
        const std::size_t value_from = lines - values.size();
        EnsureSpace(static_cast<float>(lines) * value.leading);  // a pair on one page
        for (std::size_t l = 0; l < lines; ++l) {
            EnsureSpace(value.leading);
            m_y -= value.leading;
            if (l < labels.size()) {
                Tagged cell(m_document, label_cell);
                DrawLine(labels, l, BoxX(0, label_width - 8), m_y + 3, label, Align::Left, label_width - 8);
            }
            if (l >= value_from) {
                Tagged cell(m_document, value_cell);
                DrawLine(values, l - value_from, BoxX(label_width, value_width), m_y + 3, value, Align::Left, value_width);
            }
        }
        m_y -= 3;
    }
    m_y -= 4;
}

void Layout::Bullets(const std::vector<std::string>& items, const TextStyle& style) {
    std::optional<Tagged> list;
    if (!items.empty()) list.emplace(m_document, "L");
    for (std::size_t i = 0; i < items.size(); ++i) {
        Tagged item(m_document, "LI");
        const int label = m_document.AddElement("Lbl");
        Tagged body(m_document, "LBody");
        const WrappedText wrapped = WrapLines(items[i], style, Width() - 14);
        // The last item never starts a page alone: the one before it goes along when both fit a page.
        if (items.size() >= 2 && i + 2 == items.size()) {
            const float both = static_cast<float>(wrapped.size() + WrapLines(items[i + 1], style, Width() - 14).size()) *
                                   style.leading + 3;
            if (both <= Top() - Bottom()) EnsureSpace(both);
        }
        Flow(wrapped, style, 14, Align::Left, [&](float baseline) {
            Tagged bullet(m_document, label);
            Text(BoxX(2, 6), baseline, "•", style, Align::Left, 6);
        });
        m_y -= 3;
    }
    m_y -= 4;
}

void Layout::FillRect(float x, float y, float width, float height, Rgb color) {
    ArtifactScope artifact(m_document, m_page);
    HPDF_Page_SetRGBFill(m_page, color.r, color.g, color.b);
    HPDF_Page_Rectangle(m_page, x, y, width, height);
    HPDF_Page_Fill(m_page);
}

void Layout::StrokeRect(float x, float y, float width, float height, Rgb color, float line_width) {
    ArtifactScope artifact(m_document, m_page);
    HPDF_Page_SetRGBStroke(m_page, color.r, color.g, color.b);
    HPDF_Page_SetLineWidth(m_page, line_width);
    HPDF_Page_Rectangle(m_page, x, y, width, height);
    HPDF_Page_Stroke(m_page);
}

void Layout::Line(float x1, float y1, float x2, float y2, Rgb color, float line_width, bool dashed) {
    ArtifactScope artifact(m_document, m_page);
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
    : m_layout(layout), m_columns(std::move(columns)), m_body(body), m_header(header) {}

void Table::Row(const std::vector<std::string>& cells, const RowStyle& style) {
    m_rows.push_back({cells, style});
    m_fitted = false;
}

void Table::FitColumns() {
    if (m_fitted) return;
    m_fitted = true;
    const float total = m_layout.Width();
    const std::size_t count = m_columns.size();
    std::vector<float> body_need(count, 0);
    for (const auto& row : m_rows) {
        TextStyle style = m_body;
        if (row.style.bold) style.font = FontStyle::Bold;
        for (std::size_t c = 0; c < count && c < row.cells.size(); ++c)
            body_need[c] = std::max(body_need[c], static_cast<float>(m_layout.MinimumWidth(row.cells[c], style)));
    }
    const auto needs = [&] {
        std::vector<float> need(count);
        for (std::size_t c = 0; c < count; ++c)
            need[c] = std::max({static_cast<float>(m_layout.MinimumWidth(m_columns[c].header, m_header)),
                                std::min(static_cast<float>(m_layout.Measure(m_header, m_columns[c].header)),
                                         kShortHeaderWhole),
                                std::min(body_need[c], total * kWidestBodyWord)}) +
                      2 * m_padding + 0.5f;
        return need;
    };
    std::vector<float> need = needs();
    // A header that cannot fit whole is set smaller first.
    float sum_need = 0;
    for (float n : need) sum_need += n;
    while (sum_need > total && m_header.size > kSmallestHeader) {
        const float scale = m_header.leading / m_header.size;
        m_header.size = std::max(kSmallestHeader, m_header.size - 0.5f);
        m_header.leading = m_header.size * scale;
        need = needs();
        sum_need = 0;
        for (float n : need) sum_need += n;
    }
    std::vector<float> width(count);
    float sum = 0;
    for (std::size_t c = 0; c < count; ++c) sum += width[c] = std::max(m_columns[c].width, need[c]);
    if (sum > total) {
        // Narrow the columns that have room to spare, each in proportion to its room.
        float slack = 0;
        for (std::size_t c = 0; c < count; ++c) slack += width[c] - need[c];
        const float take = std::min(sum - total, slack);
        for (std::size_t c = 0; c < count; ++c)
            if (slack > 0) width[c] -= (width[c] - need[c]) * take / slack;
        sum = 0;
        for (float w : width) sum += w;
        if (sum > total)
            for (float& w : width) w *= total / sum;  // words wider than the page: broken after all
    }
    for (std::size_t c = 0; c < count; ++c) m_columns[c].width = width[c];
    m_header_cells.clear();
    for (const auto& column : m_columns)
        m_header_cells.push_back(m_layout.WrapLines(column.header, m_header, column.width - 2 * m_padding));
}

Table::LaidRow Table::Lay(const PendingRow& row) const {
    LaidRow laid;
    laid.text = m_body;
    if (row.style.bold) laid.text.font = FontStyle::Bold;
    laid.source = &row;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const std::string& text = c < row.cells.size() ? row.cells[c] : std::string();
        laid.cells.push_back(m_layout.WrapLines(text, laid.text, m_columns[c].width - 2 * m_padding));
        laid.lines = std::max(laid.lines, laid.cells.back().size());
    }
    return laid;
}

float Table::HeaderHeight() const {
    std::size_t lines = 1;
    for (const auto& cell : m_header_cells) lines = std::max(lines, cell.size());
    return static_cast<float>(lines) * m_header.leading + 2 * m_padding;
}

float Table::LeadHeight(std::size_t rows) {
    FitColumns();
    std::vector<LaidRow> first;
    for (std::size_t i = 0; i < std::min(rows, m_rows.size()); ++i) first.push_back(Lay(m_rows[i]));
    return LeadOf(first);
}

float Table::LeadOf(std::span<const LaidRow> first) const {
    // A short table's last row counts whole: its end alone on the next page is no table.
    float height = HeaderHeight();
    for (std::size_t i = 0; i < first.size(); ++i)
        height += i + 1 == m_rows.size() ? first[i].Height(first[i].text.leading, m_padding) : StartHeight(first[i]);
    return height;
}

float Table::StartHeight(const LaidRow& row) const {
    // A row of six lines or more may continue on the next page after its first three.
    const std::size_t lines = row.lines >= 6 ? 3 : row.lines;
    return static_cast<float>(lines) * row.text.leading + 2 * m_padding;
}

void Table::DrawHeader() {
    const float height = HeaderHeight();
    const float top = m_layout.Y();
    m_layout.FillRect(m_layout.Left(), top - height, m_layout.Width(), height, kHeaderFill);
    // The header is read once, where the table starts; repeated on later pages, it is pagination.
    PdfDocument& document = m_layout.Document();
    std::optional<Tagged> row;
    std::optional<ArtifactScope> repeated;
    if (m_header_tagged) repeated.emplace(document, m_layout.Page());
    else row.emplace(document, "TR");
    const bool tagged = !m_header_tagged;
    m_header_tagged = true;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        std::optional<Tagged> cell;
        if (tagged) cell.emplace(document, "TH");
        const float x = ColumnLeft(c);
        for (std::size_t l = 0; l < m_header_cells[c].size(); ++l)
            m_layout.DrawLine(m_header_cells[c], l, x + m_padding,
                              top - m_padding - static_cast<float>(l + 1) * m_header.leading + 3, m_header,
                              m_columns[c].align, m_columns[c].width - 2 * m_padding);
    }
    m_layout.Advance(height);
}

void Table::DrawSlice(const LaidRow& row, std::size_t first, std::size_t count, bool zebra,
                      const std::vector<int>& cells) {
    const RowStyle& style = row.source->style;
    const float height = static_cast<float>(count) * row.text.leading + 2 * m_padding;
    const float top = m_layout.Y();
    if (style.fill) m_layout.FillRect(m_layout.Left(), top - height, m_layout.Width(), height, *style.fill);
    else if (zebra) m_layout.FillRect(m_layout.Left(), top - height, m_layout.Width(), height, kZebra);
    const auto baseline = [&](std::size_t line) {
        return top - m_padding - static_cast<float>(line + 1) * row.text.leading + 3;
    };
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const float x = ColumnLeft(c);
        TextStyle cell_style = row.text;
        if (c < style.cell_text_color.size() && style.cell_text_color[c]) cell_style.color = *style.cell_text_color[c];
        const WrappedText& cell = row.cells[c];
        // A continued row shows again whose it is (its first cell), in grey.
        if (c == 0 && first > 0 && cell.size() <= first) {
            ArtifactScope artifact(m_layout.Document(), m_layout.Page());  // read once, where the row starts
            TextStyle repeated = cell_style;
            repeated.color = kRepeated;
            for (std::size_t l = 0; l < std::min(count, cell.size()); ++l)
                m_layout.DrawLine(cell, l, x + m_padding, baseline(l), repeated, m_columns[c].align,
                                  m_columns[c].width - 2 * m_padding);
            continue;
        }
        Tagged tagged(m_layout.Document(), cells[c]);
        for (std::size_t l = first; l < std::min(first + count, cell.size()); ++l)
            m_layout.DrawLine(cell, l, x + m_padding, baseline(l - first), cell_style, m_columns[c].align,
                              m_columns[c].width - 2 * m_padding);
    }
    m_layout.Line(m_layout.Left(), top - height, m_layout.Right(), top - height, kRowRule, 0.4f);
    m_layout.Advance(height);
}

void Table::Finish() {
    if (m_columns.empty()) return;
    FitColumns();
    std::vector<LaidRow> rows;
    rows.reserve(m_rows.size());
    for (const auto& row : m_rows) rows.push_back(Lay(row));
    const float page = m_layout.Top() - m_layout.Bottom();
    const auto height = [&](std::size_t i) { return rows[i].Height(rows[i].text.leading, m_padding); };
    PdfDocument& document = m_layout.Document();
    Tagged table(document, "Table");
    m_header_tagged = false;
    // The header starts with the beginning of its first rows, never alone or with one row at the
    // foot of a page.
    m_layout.EnsureSpace(std::min(LeadOf(std::span(rows).first(std::min(kRowsWithHeader, rows.size()))), page));
    DrawHeader();
    bool zebra = false;
    std::size_t on_page = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const LaidRow& row = rows[i];
        const float row_height = height(i);
        // The last row never alone on a page: the one before it goes along.
        if (i + 2 == rows.size() && on_page > 0 && m_layout.Fits(row_height) &&
            !m_layout.Fits(row_height + height(i + 1)) && height(i + 1) + HeaderHeight() < page) {
            m_layout.NewPage();
            DrawHeader();
            on_page = 0;
        }
        if (!m_layout.Fits(row_height) && on_page > 0) {
            // A tall row may start here and continue on the next page, when at least three of its
            // lines fit and at least two go on.
            const std::size_t fitting = LinesFitting(m_layout.Y() - 2 * m_padding, m_layout.Bottom(), row.text.leading);
            if (row.lines < 6 || fitting < 3 || row.lines - fitting < 2) {
                m_layout.NewPage();
                DrawHeader();
                on_page = 0;
            }
        }
        // The row and its cells are elements once, however many pages the row is drawn on.
        Tagged tagged_row(document, "TR");
        std::vector<int> cells;
        for (std::size_t c = 0; c < m_columns.size(); ++c) cells.push_back(document.AddElement("TD"));
        std::size_t first = 0;
        bool fresh_page = on_page == 0;
        while (first < row.lines) {
            const std::size_t fitting =
                LinesFitting(m_layout.Y() - 2 * m_padding, m_layout.Bottom(), row.text.leading);
            if (fitting == 0 && !fresh_page) {
                m_layout.NewPage();
                DrawHeader();
                fresh_page = true;
                continue;
            }
            std::size_t count = std::min(row.lines - first, std::max<std::size_t>(fitting, 1));
            if (row.lines - first - count == 1 && count >= 3) --count;  // never one line alone on the next page
            DrawSlice(row, first, count, zebra, cells);
            first += count;
            fresh_page = false;
            if (first < row.lines) {
                m_layout.NewPage();
                DrawHeader();
                fresh_page = true;
            }
        }
        ++on_page;
        zebra = !zebra;
    }
    m_layout.Advance(8);
}

float Table::ColumnLeft(std::size_t column) const {
    float before = 0;
    for (std::size_t c = 0; c < column; ++c) before += m_columns[c].width;
    return m_layout.BoxX(before, m_columns[column].width);
}

}  // namespace c5::reports::detail
