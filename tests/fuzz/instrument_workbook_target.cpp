#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/instrument_workbook.h"
#include "fuzz_targets.h"

namespace q = c5::questionnaire;

void c5::fuzz::FuzzInstrumentWorkbook(std::string_view bytes) {
    // The report library's tables are not linked here; two keys exercise the same code.
    static const q::ReportTextTables tables = [] {
        q::ReportTextTables kit;
        kit.keys = {"report_title", "direction"};
        kit.languages["en"] = {{"report_title", "C5 readiness baseline report"}, {"direction", "ltr"}};
        return kit;
    }();
    // Never an exception: a workbook is read, or refused with problems naming cells and parts.
    const q::WorkbookImport imported = q::ImportInstrumentWorkbook(bytes, "fuzz.xlsx", tables);
    // Either an instrument or problems, never both; what is read is a valid instrument.
    if (imported.instrument.has_value() == !imported.problems.empty()) __builtin_trap();
    if (imported.instrument && !q::ValidateInstrument(imported.json).empty()) __builtin_trap();
}
