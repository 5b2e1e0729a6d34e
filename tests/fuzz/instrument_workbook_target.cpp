#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/instrument_workbook.h"
#include "c5/reports/report_text.h"
#include "fuzz_targets.h"

namespace q = c5::questionnaire;

namespace {

// The kit's real report tables, as instrument import reads workbooks with: a seed exported by
// the kit then gets past report_texts and on to the success path.
const q::ReportTextTables& Tables() {
    static const q::ReportTextTables tables = c5::reports::KitReportTexts();
    return tables;
}

}  // namespace

void c5::fuzz::FuzzInstrumentWorkbook(std::string_view bytes) {
    // Never an exception: a workbook is read, or refused with problems naming cells and parts.
    const q::WorkbookImport imported = q::ImportInstrumentWorkbook(bytes, "fuzz.xlsx", Tables());
    // Either an instrument or problems, never both; what is read is a valid instrument.
    if (imported.instrument.has_value() == !imported.problems.empty()) __builtin_trap();
    if (imported.instrument && !q::ValidateInstrument(imported.json).empty()) __builtin_trap();
}

bool c5::fuzz::ImportsInstrumentWorkbook(std::string_view bytes) {
    const q::WorkbookImport imported = q::ImportInstrumentWorkbook(bytes, "seed.xlsx", Tables());
    return imported.instrument && q::ValidateInstrument(imported.json).empty();
}
