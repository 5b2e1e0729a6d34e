// The results workbook as .xlsx (libxlsxwriter): every number a number cell, every text a string
// cell (libxlsxwriter never reads "=…" as a formula when asked for a string), header rows frozen
// and filtered, columns as wide as their contents, the marking in each sheet's header and footer.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "c5/questionnaire/atomic_file.h"
#include "c5/reports/error.h"
#include "c5/reports/results_workbook.h"
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

// Text for a header or footer section: "&" doubled, kept under Excel's 255 characters in all.
std::string HeaderText(const std::string& text, std::size_t max_bytes) {
    const std::string safe = ooxml::XmlSafeText(text);
    std::string out;
    for (const char c : ooxml::Utf8Prefix(safe, max_bytes)) {
        if (c == '\n' || c == '\r' || c == '\t') out += ' ';
        else if (c == '&') out += "&&";
        else out += c;
    }
    return out;
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
        std::vector<double> widths(sheet.columns.size(), 0);
        for (lxw_col_t c = 0; c < columns; ++c) {
            const std::string header = CellText(sheet.columns[c].header);
            CheckXlsx(worksheet_write_string(worksheet, 0, c, header.c_str(), m_header), "a column heading");
            widths[c] = std::min(DisplayWidth(header), 22.0);  // headings wrap rather than widen a column
        }
        lxw_row_t row = 1;
        for (const auto& cells : sheet.rows) {
            for (lxw_col_t c = 0; c < columns && c < cells.size(); ++c) {
                const WorkbookColumn& column = sheet.columns[c];
                if (const auto* number = std::get_if<double>(&cells[c])) {
                    lxw_format* format = column.number_format.empty() ? m_text : NumberFormat(column.number_format);
                    CheckXlsx(worksheet_write_number(worksheet, row, c, *number, format), "a number");
                    widths[c] = std::max(widths[c], 8.0);
                } else if (const auto* text = std::get_if<std::string>(&cells[c])) {
                    const std::string value = CellText(*text);
                    CheckXlsx(worksheet_write_string(worksheet, row, c, value.c_str(), column.long_text ? m_wrapped : m_text),
                              "a text");
                    widths[c] = std::max(widths[c], DisplayWidth(value));
                }
            }
            ++row;
        }
        for (lxw_col_t c = 0; c < columns; ++c) {
            const double width = std::clamp(widths[c] + 2, 6.0, sheet.columns[c].long_text ? 60.0 : 36.0);
            worksheet_set_column(worksheet, c, c, width, nullptr);
        }
        worksheet_freeze_panes(worksheet, 1, 0);
        if (columns > 0) {
            CheckXlsx(worksheet_autofilter(worksheet, 0, 0, row - 1, static_cast<lxw_col_t>(columns - 1)), "the filters");
            CheckXlsx(worksheet_repeat_rows(worksheet, 0, 0), "the print titles");
        }
        worksheet_set_landscape(worksheet);
        worksheet_fit_to_pages(worksheet, 1, 0);
        // The marking at the top and bottom of every printed page, as on the PDF report.
        const std::string marking = HeaderText(m_workbook.marking, 90);
        const std::string header = fmt::format("&L{}&C&\"-,Bold\"{}&R&A", HeaderText(m_workbook.title, 100), marking);
        const std::string footer = fmt::format("&C&\"-,Bold\"{}&R&P / &N", marking);
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

void WriteResultsWorkbook(const ResultsWorkbook& workbook, const std::filesystem::path& path) {
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
                          const ReportOptions& options, const std::filesystem::path& path) {
    WriteResultsWorkbook(BuildResultsWorkbook(data, score, options), path);
}

}  // namespace c5::reports
