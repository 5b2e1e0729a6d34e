// The results workbook as .xlsx (libxlsxwriter): every number a number cell, every text a string
// cell (libxlsxwriter never reads "=…" as a formula when asked for a string), header rows frozen
// and filtered, columns as wide as their contents up to a cap past which texts wrap, the marking in
// each sheet's header and footer (never cut: too long a marking is refused).
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/unicode_text.h"
#include "c5/reports/error.h"
#include "c5/reports/results_workbook.h"
#include "c5/scoring/score.h"
#include "ooxml/xlsx_file.h"
#include "ooxml/xml_writer.h"

namespace c5::reports {
namespace {

using ooxml::CheckXlsx;

// Excel holds at most 32,767 characters in a cell; longer evidence is cut there, and says so.
constexpr std::size_t kCellMax = 32'767;
constexpr std::string_view kCut = " […]";

std::string CellText(const std::string& text) {
    // A cell breaks lines with line feeds alone: carriage returns (Windows line ends) are dropped.
    std::string safe = ooxml::XmlSafeText(text);
    std::erase(safe, '\r');
    if (safe.size() <= kCellMax) return safe;
    return std::string(ooxml::Utf8Prefix(safe, kCellMax - kCut.size())) + std::string(kCut);
}

// Width in Excel's character units: a CJK character takes two; a long text counts its longest line.
double DisplayWidth(std::string_view text) {
    double width = 0;
    double line = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (text[i] == '\n') {
            width = std::max(width, line);
            line = 0;
            continue;
        }
        if ((byte & 0xC0) == 0x80) continue;  // continuation bytes
        const bool wide = byte >= 0xE3 && byte <= 0xEF;  // U+3000 and up: CJK, full-width forms
        line += wide ? 2.0 : 1.0;
    }
    return std::max(width, line);
}

// A sheet name Excel accepts: no : \ / ? * [ ], at most 31 characters, unique in the workbook.
std::string SheetName(const std::string& wanted, std::set<std::string>& used) {
    std::string name;
    for (const char c : ooxml::XmlSafeText(wanted))
        if (std::string_view(":\\/?*[]").find(c) == std::string_view::npos && c != '\n' && c != '\r' && c != '\t') name += c;
    std::size_t characters = 0;
    std::size_t end = 0;
    while (end < name.size() && characters < 31) {
        ++end;
        while (end < name.size() && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) ++end;
        ++characters;
    }
    name.resize(end);
    if (name.empty() || name.front() == '\'') name = "Sheet";
    std::string unique = name;
    for (int n = 2; used.count(unique); ++n) unique = std::string(ooxml::Utf8Prefix(name, 27)) + " " + std::to_string(n);
    used.insert(unique);
    return unique;
}

// Excel holds at most 255 characters in a page header or footer, codes included (libxlsxwriter
// refuses more). The codes around the title and the marking, and those around the marking below.
constexpr std::size_t kHeaderFooterMax = 255;
constexpr std::string_view kBold = "&\"-,Bold\"";
constexpr std::size_t kHeaderCodes = 2 + 2 + kBold.size() + 4;  // &L title &C bold marking &R&A
constexpr std::size_t kFooterCodes = 2 + kBold.size() + 9;      // &C bold marking &R&P / &N
static_assert(kWorkbookMarkingMax == kHeaderFooterMax - kFooterCodes);
constexpr std::string_view kEllipsis = "…";

// A header's text as it shows: what XML can hold, on one line.
std::string HeaderSafe(std::string_view text) {
    std::string safe = ooxml::XmlSafeText(text);
    for (char& c : safe)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return safe;
}

bool StartsCharacter(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// What a character starting with `c` counts in a header, as Excel counts: a character (not its
// UTF-8 bytes), two for one beyond the BMP (Excel counts UTF-16 units), two for "&" once doubled.
std::size_t HeaderCost(char c) { return c == '&' || static_cast<unsigned char>(c) >= 0xF0 ? 2 : 1; }

std::size_t HeaderLength(std::string_view safe) {
    std::size_t length = 0;
    for (const char c : safe)
        if (StartsCharacter(c)) length += HeaderCost(c);
    return length;
}

// The longest start of `safe` of at most `length` characters, never inside a character as a
// reader sees it (an accent or vowel mark stays with its letter).
std::string HeaderPrefix(std::string_view safe, std::size_t length) {
    std::size_t end = 0;
    std::size_t used = 0;
    while (end < safe.size()) {
        std::size_t next = end + 1;
        while (next < safe.size() && !StartsCharacter(safe[next])) ++next;
        if (used + HeaderCost(safe[end]) > length) break;
        used += HeaderCost(safe[end]);
        end = next;
    }
    end = questionnaire::GraphemeBoundaryAtOrBefore(safe, end);
    std::string prefix(safe.substr(0, end));
    while (!prefix.empty() && prefix.back() == ' ') prefix.pop_back();  // no "Report …"
    return prefix;
}

// A header or footer section: "&" doubled, as Excel reads a single one as a code.
std::string HeaderEscaped(std::string_view safe) {
    std::string out;
    for (const char c : safe) out += c == '&' ? std::string_view("&&") : std::string_view(&c, 1);
    return out;
}

// Columns are as wide as their contents up to a cap, past which their texts wrap.
double MaxWidth(const WorkbookColumn& column) { return column.long_text ? 60.0 : 36.0; }

// How many lines `text` takes wrapped in a column `width` characters wide: each of its lines
// divided by what fits, with a margin for the words wrapping leaves short of the edge.
std::size_t LinesIn(std::string_view text, double width) {
    const double fits = std::max(1.0, (width - 1.5) * 0.85);
    std::size_t lines = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines += static_cast<std::size_t>(std::max(1.0, std::ceil(DisplayWidth(text.substr(start, end - start)) / fits)));
        if (end == text.size()) return lines;
        start = end + 1;
    }
}

// A row tall enough for `lines` lines of the default 11-point font, up to Excel's 409 points (a
// longer text is all in its cell, seen whole in the formula bar or with the row enlarged).
void SetRowHeight(lxw_worksheet* worksheet, lxw_row_t row, std::size_t lines) {
    if (lines <= 1) return;
    CheckXlsx(worksheet_set_row(worksheet, row, std::min(409.0, 15.0 * static_cast<double>(lines)), nullptr),
              "a row's height");
}

class XlsxWriter {
public:
    XlsxWriter(const ResultsWorkbook& workbook, lxw_workbook* file) : m_workbook(workbook), m_file(file) {
        m_header = workbook_add_format(file);
        format_set_bold(m_header);
        format_set_font_color(m_header, LXW_COLOR_WHITE);
        format_set_bg_color(m_header, 0x29456B);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        m_text = workbook_add_format(file);
        format_set_align(m_text, LXW_ALIGN_VERTICAL_TOP);
        m_wrapped = workbook_add_format(file);
        format_set_text_wrap(m_wrapped);
        format_set_align(m_wrapped, LXW_ALIGN_VERTICAL_TOP);
    }

    void Write() {
        std::set<std::string> names;
        for (const auto& sheet : m_workbook.sheets) Sheet(sheet, SheetName(sheet.name, names));
        m_title = ooxml::XmlSafeText(m_workbook.title);
        lxw_doc_properties properties{};
        properties.title = m_title.data();
        properties.author = const_cast<char*>("C5 Readiness Kit");
        properties.keywords = const_cast<char*>("WSIS C5, cybersecurity readiness");
        CheckXlsx(workbook_set_properties(m_file, &properties), "the document properties");
    }

private:
    lxw_format* NumberFormat(const std::string& code) {
        auto& format = m_numbers[code];
        if (!format) {
            format = workbook_add_format(m_file);
            format_set_num_format(format, code.c_str());
            format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        }
        return format;
    }

    void Sheet(const WorkbookSheet& sheet, const std::string& name) {
        lxw_worksheet* worksheet = workbook_add_worksheet(m_file, name.c_str());
        if (!worksheet) throw ReportError("cannot add the sheet " + name + " to the workbook");
        if (m_workbook.right_to_left) worksheet_right_to_left(worksheet);
        const auto columns = static_cast<lxw_col_t>(sheet.columns.size());
        // Widths first: a wrapped cell's row is made as tall as its lines need in its column
        // (LibreOffice keeps an imported row's height, so text taller than it would overlap).
        std::vector<double> widths(sheet.columns.size(), 0);
        for (lxw_col_t c = 0; c < columns; ++c) {
            widths[c] = std::min(DisplayWidth(sheet.columns[c].header), 22.0);  // headings wrap rather than widen a column
            for (const auto& cells : sheet.rows) {
                if (c >= cells.size()) continue;
                if (std::holds_alternative<double>(cells[c])) widths[c] = std::max(widths[c], 8.0);
                if (const auto* text = std::get_if<std::string>(&cells[c]))
                    widths[c] = std::max(widths[c], DisplayWidth(CellText(*text)));
            }
            widths[c] = std::clamp(widths[c] + 2, 6.0, MaxWidth(sheet.columns[c]));
            worksheet_set_column(worksheet, c, c, widths[c], nullptr);
        }
        std::size_t lines = 1;
        for (lxw_col_t c = 0; c < columns; ++c) {
            const std::string header = CellText(sheet.columns[c].header);
            CheckXlsx(worksheet_write_string(worksheet, 0, c, header.c_str(), m_header), "a column heading");
            lines = std::max(lines, LinesIn(header, widths[c]));
        }
        SetRowHeight(worksheet, 0, lines);
        lxw_row_t row = 1;
        for (const auto& cells : sheet.rows) {
            lines = 1;
            for (lxw_col_t c = 0; c < columns && c < cells.size(); ++c) {
                const WorkbookColumn& column = sheet.columns[c];
                if (const auto* number = std::get_if<double>(&cells[c])) {
                    lxw_format* format = column.number_format.empty() ? m_text : NumberFormat(column.number_format);
                    CheckXlsx(worksheet_write_number(worksheet, row, c, *number, format), "a number");
                } else if (const auto* text = std::get_if<std::string>(&cells[c])) {
                    const std::string value = CellText(*text);
                    // A text wider than its column's cap, or of several lines, wraps: never clipped.
                    const bool wrap = column.long_text || DisplayWidth(value) + 2 > widths[c] ||
                                      value.find('\n') != std::string::npos;
                    CheckXlsx(worksheet_write_string(worksheet, row, c, value.c_str(), wrap ? m_wrapped : m_text), "a text");
                    if (wrap) lines = std::max(lines, LinesIn(value, widths[c]));
                }
            }
            SetRowHeight(worksheet, row, lines);
            ++row;
        }
        worksheet_freeze_panes(worksheet, 1, 0);
        if (columns > 0) {
            CheckXlsx(worksheet_autofilter(worksheet, 0, 0, row - 1, static_cast<lxw_col_t>(columns - 1)), "the filters");
            CheckXlsx(worksheet_repeat_rows(worksheet, 0, 0), "the print titles");
        }
        worksheet_set_landscape(worksheet);
        worksheet_fit_to_pages(worksheet, 1, 0);
        // The marking at the top and bottom of every printed page, as on the PDF report, whole
        // (CheckWorkbookMarking); the title beside it shortened to the room left.
        const std::string marking = HeaderEscaped(HeaderSafe(m_workbook.marking));
        const std::string header = fmt::format("&L{}&C{}{}&R&A", HeaderEscaped(WorkbookHeaderTitle(m_workbook)), kBold, marking);
        const std::string footer = fmt::format("&C{}{}&R&P / &N", kBold, marking);
        CheckXlsx(worksheet_set_header(worksheet, header.c_str()), "the page header");
        CheckXlsx(worksheet_set_footer(worksheet, footer.c_str()), "the page footer");
    }

    const ResultsWorkbook& m_workbook;
    lxw_workbook* m_file;
    lxw_format* m_header = nullptr;
    lxw_format* m_text = nullptr;
    lxw_format* m_wrapped = nullptr;
    std::map<std::string, lxw_format*> m_numbers;
    std::string m_title;
};

}  // namespace

void CheckWorkbookMarking(const std::string& marking) {
    const std::size_t length = HeaderLength(HeaderSafe(marking));
    if (length > kWorkbookMarkingMax)
        throw ReportError(fmt::format(
            "the marking is {} characters long, but a workbook's page header and footer hold at most {} (an \"&\" "
            "counts as two): give a shorter marking, as a security marking is never cut",
            length, kWorkbookMarkingMax));
}

std::string WorkbookHeaderTitle(const ResultsWorkbook& workbook) {
    const std::size_t marking = HeaderLength(HeaderSafe(workbook.marking));
    const std::size_t room = kHeaderFooterMax - kHeaderCodes - std::min(marking, kHeaderFooterMax - kHeaderCodes);
    const std::string title = HeaderSafe(workbook.title);
    if (HeaderLength(title) <= room) return title;
    const std::size_t ellipsis = HeaderLength(kEllipsis);
    // The title's words give way first, even wholly: the country and the year say which assessment it is.
    if (!workbook.title_words.empty() && !workbook.title_place.empty()) {
        const std::string place = HeaderSafe(" — " + workbook.title_place);
        if (room >= HeaderLength(place) + ellipsis)
            return HeaderPrefix(HeaderSafe(workbook.title_words), room - HeaderLength(place) - ellipsis) +
                   std::string(kEllipsis) + place;
    }
    if (room <= ellipsis) return {};
    return HeaderPrefix(title, room - ellipsis) + std::string(kEllipsis);
}

void WriteResultsWorkbook(const ResultsWorkbook& workbook, const std::filesystem::path& path) {
    CheckWorkbookMarking(workbook.marking);  // before anything is written
    questionnaire::AtomicFile file(path);
    file.ReleaseHandle();
    {
        questionnaire::XlsxFile xlsx(file.TempPath());
        XlsxWriter(workbook, ooxml::StartedWorkbook(xlsx)).Write();
        ooxml::CloseXlsx(xlsx);
    }
    file.Commit();
}

void WriteResultsWorkbook(const questionnaire::AssessmentData& data, const scoring::ScoreResult& score,
                          const ReportOptions& options, const std::filesystem::path& path,
                          const scoring::Comparison* comparison) {
    WriteResultsWorkbook(BuildResultsWorkbook(data, score, options, comparison), path);
}

void WriteResultsWorkbook(const questionnaire::AssessmentData& data, const questionnaire::AssessmentData* baseline,
                          const ReportOptions& options, const std::filesystem::path& path) {
    if (!baseline) return WriteResultsWorkbook(data, scoring::ScoreAssessment(data, {}), options, path);
    const scoring::Comparison comparison = scoring::CompareAssessments(*baseline, data, {});
    WriteResultsWorkbook(data, comparison.followup_score, options, path, &comparison);
}

}  // namespace c5::reports
