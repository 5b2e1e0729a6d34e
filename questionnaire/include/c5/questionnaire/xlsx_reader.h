#pragma once
// Reading the cells of an Office Open XML workbook (.xlsx), as Excel, LibreOffice Calc, openpyxl
// and libxlsxwriter write them: shared strings, inline strings, numbers, booleans; formulas by
// their cached value. Only what a table of text needs: no styles, no dates, no formulas.
// Outside data: every size is bounded and every problem is a QuestionnaireError naming the part.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace c5::questionnaire {

struct XlsxCell {
    enum class Type { Text, Number, Boolean, Error };
    Type type = Type::Text;
    std::string text;  // the text; a number as written in the file ("1.5"); TRUE/FALSE; "#N/A"
};

/// "A1" for (0, 0), "F14" for row 13, column 5.
std::string CellName(std::size_t row, std::size_t column);
/// "A" for 0, "AA" for 26.
std::string ColumnName(std::size_t column);

class XlsxSheet {
public:
    explicit XlsxSheet(std::string name) : m_name(std::move(name)) {}
    const std::string& Name() const { return m_name; }
    /// The cell at (row, column), counted from 0; nullptr when empty.
    const XlsxCell* Cell(std::size_t row, std::size_t column) const;
    /// One past the last row (column) that holds a cell.
    std::size_t RowCount() const { return m_rows.empty() ? 0 : m_rows.rbegin()->first + 1; }
    std::size_t ColumnCount() const { return m_columns; }
    /// "questions!F14".
    std::string Where(std::size_t row, std::size_t column) const { return m_name + "!" + CellName(row, column); }

    void Set(std::size_t row, std::size_t column, XlsxCell cell);

private:
    std::string m_name;
    std::map<std::size_t, std::map<std::size_t, XlsxCell>> m_rows;
    std::size_t m_columns = 0;
};

struct XlsxWorkbook {
    std::vector<XlsxSheet> sheets;  // in the workbook's order
    const XlsxSheet* Find(std::string_view name) const;
};

/// Most cells a workbook may have, and most bytes any one of its parts may unpack to.
inline constexpr std::size_t kMaxXlsxCells = 2'000'000;
inline constexpr std::size_t kMaxXlsxPartBytes = 64u << 20;

/// Reads a workbook from its bytes; throws QuestionnaireError naming `source` and what is wrong
/// (not a zip, a missing or damaged part, XML that is not well-formed, too large).
XlsxWorkbook ReadXlsx(std::string_view bytes, std::string_view source = "workbook");

}  // namespace c5::questionnaire
