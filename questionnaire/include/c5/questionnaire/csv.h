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

/// A parsed file and how it was read, so that messages can say it.
struct CsvTable {
    char delimiter = ',';
    std::vector<CsvRow> rows;
    int empty_columns_dropped = 0;  // a separator at the end of the lines makes empty last columns
    /// Spreadsheets in locales that write "2,5" for two and a half save with ';' separators.
    bool DecimalComma() const { return delimiter == ';'; }
    /// How the file was read, for messages: "separated by ';', decimal commas accepted, 1 empty
    /// column at the end ignored".
    std::string Describe() const;
};

/// Parses the whole text; the delimiter (',' or ';') is taken from the first line. Columns at the
/// end that are empty on every line (a trailing separator) are dropped. Throws QuestionnaireError
/// "<source> line N: …" on malformed input. Blank lines are skipped.
CsvTable ReadCsvTable(std::string_view text, std::string_view source);
/// ReadCsvTable's rows.
std::vector<CsvRow> ParseCsv(std::string_view text, std::string_view source);

/// A number written with a decimal comma ("2,5", "-0,75") with a decimal point instead, when
/// `decimal_comma`; any other field unchanged. Thousands separators are not guessed at: "1,250"
/// becomes 1.25 in a ';' file, as the spreadsheet that wrote it meant.
std::string DecimalPointField(std::string_view field, bool decimal_comma);

/// One field, quoted when needed. Text that a spreadsheet would run as a formula (=, +, -, @
/// at the start, other than a plain number), or that starts with an apostrophe itself, is prefixed
/// with an apostrophe, so that UnguardCsvField gives back exactly the value.
std::string CsvField(std::string_view value);
/// Undoes CsvField's apostrophe guard on import.
std::string UnguardCsvField(std::string_view value);
/// A row of fields joined by commas, ending in CRLF (as RFC 4180 says).
std::string CsvLine(const std::vector<std::string>& fields);

}  // namespace c5::questionnaire
