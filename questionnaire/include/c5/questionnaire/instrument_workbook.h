#pragma once
// The instrument as a spreadsheet, in XLSForm's spirit (docs/instrument-format.md, "Adapting the
// instrument in a spreadsheet"): one sheet per kind of thing (pillars, questions, levels, choices,
// show_if conditions, the national module, the report's own texts …), one column per language
// (`text::en`, `text::pt`, `guidance::ar`), the C5 core's columns marked locked. Exported and
// imported without edits it gives the same instrument, byte for byte.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "c5/questionnaire/instrument.h"
#include "c5/questionnaire/xlsx_reader.h"

namespace c5::questionnaire {

/// The kit's own report texts (reports/strings/*.json), which the reports library supplies: the
/// workbook shows them beside the instrument's, and an import keeps only what differs from them.
struct ReportTextTables {
    std::vector<std::string> keys;  // every key, in the English table's order
    std::map<std::string, std::map<std::string, std::string>, std::less<>> languages;  // language → key → text
};

/// The instrument laid out as workbook cells (what ExportInstrumentWorkbook writes).
XlsxWorkbook InstrumentWorkbookCells(const Instrument& instrument, const ReportTextTables& report_texts);

/// Writes the instrument as an .xlsx workbook, atomically; throws QuestionnaireError when it
/// cannot (a text longer than a cell holds, the disk).
void ExportInstrumentWorkbook(const Instrument& instrument, const ReportTextTables& report_texts,
                              const std::filesystem::path& target);

/// An instrument read from a workbook: the instrument and its canonical JSON, or the problems,
/// each "sheet!A1: what" (or "sheet: what" when no one cell is at fault).
struct WorkbookImport {
    std::optional<Instrument> instrument;
    std::string json;
    std::vector<std::string> problems;
    bool unreadable = false;  // the file is not a workbook at all: `problems` holds that one reason
    /// Where a text is (or would be): (where, field, language) as MissingTranslation names them,
    /// e.g. ("P4.Q2", "guidance", "pt") → "questions!Q22", ("report", "report_title", "pt").
    std::map<std::string, std::string> text_cells;
    /// The sheet each place is on ("P4.Q2" → "questions", "N.Q1" → "national", "report" → …).
    std::map<std::string, std::string> sheets_of;
    /// "sheet!A1" of a text; or "sheet: no column guidance::pt" when the sheet lacks the column.
    std::string TextCell(std::string_view where, std::string_view field, std::string_view language) const;
};

/// Reads an instrument from workbook cells. The C5 core is checked against CoreReference
/// (instrument_core.h): a change to a locked value is a problem naming its cell.
WorkbookImport ImportInstrumentWorkbook(const XlsxWorkbook& workbook, const ReportTextTables& report_texts);

/// Reads an .xlsx file's bytes; a workbook that cannot be read at all is one problem.
WorkbookImport ImportInstrumentWorkbook(std::string_view xlsx_bytes, std::string_view source,
                                        const ReportTextTables& report_texts);

/// A text `language` lacks, named by its workbook cell: "questions!Q22 (P4.Q2 guidance)".
struct MissingText {
    std::string cell;  // "questions!Q22", or "questions: no column guidance::pt"
    std::string where;
    std::string field;
};
/// Every text of the instrument `language` lacks — its own texts and the report's (those the kit
/// has no built-in table for) — by sheet and cell of `layout`.
std::vector<MissingText> MissingTexts(const Instrument& instrument, const WorkbookImport& layout,
                                      const ReportTextTables& report_texts, std::string_view language);

}  // namespace c5::questionnaire
