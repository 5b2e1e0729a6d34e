#pragma once
// RFC 4180 CSV as spreadsheets write it (comma or semicolon, quotes, CRLF, a UTF-8 BOM).
#include <string>
#include <string_view>
#include <vector>

namespace c5::questionnaire {

struct CsvRow {
    std::size_t line = 0;  // 1-based line where the row starts
    std::vector<std::string> fields;
};

/// Parses the whole text; the delimiter (',' or ';') is taken from the first line. Throws
/// QuestionnaireError "<source> line N: …" on malformed input. Blank lines are skipped.
std::vector<CsvRow> ParseCsv(std::string_view text, std::string_view source);

/// One field, quoted when needed. Text that a spreadsheet would run as a formula (=, +, -, @
/// at the start, other than a plain number) is prefixed with an apostrophe.
std::string CsvField(std::string_view value);
/// Undoes CsvField's apostrophe guard on import.
std::string UnguardCsvField(std::string_view value);
/// A row of fields joined by commas, ending in CRLF (as RFC 4180 says).
std::string CsvLine(const std::vector<std::string>& fields);

}  // namespace c5::questionnaire
