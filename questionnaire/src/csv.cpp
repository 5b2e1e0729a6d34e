#include "c5/questionnaire/csv.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"

namespace c5::questionnaire {
namespace {

char DetectDelimiter(std::string_view text) {
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') break;
        commas += c == ',';
        semicolons += c == ';';
    }
    return semicolons > commas ? ';' : ',';
}

bool IsFormulaStart(std::string_view value) {
    if (value.empty()) return false;
    const char first = value.front();
    if (first != '=' && first != '+' && first != '-' && first != '@') return false;
    return !ParseNumber(value).has_value();
}

// Drops the columns after the last one that has text on some line.
int DropEmptyTrailingColumns(std::vector<CsvRow>& rows) {
    std::size_t width = 0;
    std::size_t widest = 0;
    for (const auto& row : rows) {
        widest = std::max(widest, row.fields.size());
        for (std::size_t c = row.fields.size(); c > width; --c)
            if (!Trim(row.fields[c - 1]).empty()) {
                width = c;
                break;
            }
    }
    for (auto& row : rows)
        if (row.fields.size() > width) row.fields.resize(std::max<std::size_t>(width, 1));
    return static_cast<int>(widest - std::min(widest, std::max<std::size_t>(width, 1)));
}

// Values that get an apostrophe in front: formulas, and values that start with one already (so that
// removing one apostrophe on import gives back exactly what was exported).
bool NeedsGuard(std::string_view value) { return IsFormulaStart(value) || (!value.empty() && value.front() == '\''); }

}  // namespace

std::string CsvTable::Describe() const {
    std::string text = delimiter == ';' ? "separated by ';', decimal commas accepted" : "separated by ','";
    if (empty_columns_dropped > 0)
        text += fmt::format(", {} empty column{} at the end ignored", empty_columns_dropped,
                            empty_columns_dropped == 1 ? "" : "s");
    return text;
}

std::vector<CsvRow> ParseCsv(std::string_view text, std::string_view source) {
    return ReadCsvTable(text, source).rows;
}

std::string DecimalPointField(std::string_view field, bool decimal_comma) {
    if (!decimal_comma) return std::string(field);
    const std::string_view trimmed = Trim(field);
    const auto comma = trimmed.find(',');
    if (comma == std::string_view::npos || trimmed.find(',', comma + 1) != std::string_view::npos)
        return std::string(field);
    std::string candidate(trimmed);
    candidate[comma] = '.';
    const bool digits_around = comma > 0 && comma + 1 < candidate.size() &&
                               std::isdigit(static_cast<unsigned char>(candidate[comma - 1])) &&
                               std::isdigit(static_cast<unsigned char>(candidate[comma + 1]));
    return digits_around && ParseNumber(candidate) ? candidate : std::string(field);
}

CsvTable ReadCsvTable(std::string_view text, std::string_view source) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (!IsValidUtf8(text))
        throw QuestionnaireError(fmt::format("{}: not valid UTF-8 text; save the file as \"CSV UTF-8\"", source));
    const char delimiter = DetectDelimiter(text);
    std::vector<CsvRow> rows;
    CsvRow row;
    std::string field;
    std::size_t line = 1;
    row.line = 1;
    bool quoted = false;
    bool field_was_quoted = false;
    std::size_t quote_line = 0;
    const auto end_field = [&] {
        row.fields.push_back(std::move(field));
        field.clear();
        field_was_quoted = false;
    };
    const auto end_row = [&] {
        end_field();
        const bool blank = row.fields.size() == 1 && row.fields[0].empty();
        if (!blank) rows.push_back(std::move(row));
        row = CsvRow{};
        row.line = line;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == '"') {
            if (!field.empty() || field_was_quoted)
                throw QuestionnaireError(fmt::format("{} line {}: a quote inside an unquoted field; put the whole field "
                                                     "in quotes and double the inner quotes (\"\")",
                                                     source, line));
            quoted = true;
            field_was_quoted = true;
            quote_line = line;
        } else if (c == delimiter) {
            end_field();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;
        } else if (c == '\n') {
            ++line;
            end_row();
        } else {
            if (field_was_quoted)
                throw QuestionnaireError(fmt::format("{} line {}: text after a closing quote; separate fields with "
                                                     "'{}'",
                                                     source, line, delimiter));
            field += c;
        }
    }
    if (quoted)
        throw QuestionnaireError(
            fmt::format("{} line {}: a quoted field is never closed (missing \")", source, quote_line));
    if (!field.empty() || field_was_quoted || !row.fields.empty()) end_row();
    CsvTable table;
    table.delimiter = delimiter;
    table.empty_columns_dropped = rows.empty() ? 0 : DropEmptyTrailingColumns(rows);
    table.rows = std::move(rows);
    return table;
}

std::string CsvField(std::string_view value) {
    std::string text = NeedsGuard(value) ? "'" + std::string(value) : std::string(value);
    if (text.find_first_of(",;\"\r\n") == std::string::npos && Trim(text) == text) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string UnguardCsvField(std::string_view value) {
    if (value.size() >= 2 && value.front() == '\'' && NeedsGuard(value.substr(1))) return std::string(value.substr(1));
    return std::string(value);
}

std::string CsvLine(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) line += ',';
        line += CsvField(fields[i]);
    }
    return line + "\r\n";
}

}  // namespace c5::questionnaire
