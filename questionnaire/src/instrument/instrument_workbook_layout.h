#pragma once
// The instrument workbook's layout, which the writer and the reader share: its sheets, their
// fixed columns (which ones are the C5 core's, locked), the texts that take one column per
// language, and how a place in the instrument is named (docs/instrument-format.md).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "c5/questionnaire/instrument.h"
#include "c5/questionnaire/instrument_workbook.h"

namespace c5::questionnaire::workbook {

inline constexpr std::string_view kAbout = "about";
inline constexpr std::string_view kSettings = "settings";
inline constexpr std::string_view kChanges = "changes";
inline constexpr std::string_view kDrafts = "drafts";
inline constexpr std::string_view kTargets = "targets";
inline constexpr std::string_view kPillars = "pillars";
inline constexpr std::string_view kQuestions = "questions";
inline constexpr std::string_view kNational = "national";
inline constexpr std::string_view kLevels = "levels";
inline constexpr std::string_view kChoices = "choices";
inline constexpr std::string_view kNextSteps = "next_steps";
inline constexpr std::string_view kShowIf = "show_if";
inline constexpr std::string_view kReportTexts = "report_texts";

struct FixedColumn {
    std::string name;
    bool locked = false;  // part of the C5 core: refused when changed in a C5 row
    bool number = false;  // written as a number
    double width = 12;
};

/// A sheet's fixed columns, then its texts (each `field::language`), then its trailing fixed
/// columns; `national` sheets have nothing locked.
struct SheetSpec {
    std::string_view name;
    std::vector<FixedColumn> columns;
    std::vector<std::string_view> texts;  // translatable fields, each one column per language
    std::vector<FixedColumn> trailing;
    bool national = false;
};

/// Every sheet the reader knows, in the workbook's order (without "about"); `drafts` is the
/// instrument's draft ids, which give the pillars sheet its `letter::<draft>` columns.
std::vector<SheetSpec> Sheets(const std::vector<std::string>& drafts);

/// "text::fr" → {"text", "fr"}; {name, ""} without "::".
std::pair<std::string, std::string> SplitColumn(std::string_view name);

/// The key of `text_cells`, and of the cell map the reader keeps for every value.
std::string CellKey(std::string_view where, std::string_view field, std::string_view language = {});

/// How the core names a choice ("P2.Q1 choice law"), a target and a draft.
std::string ChoicePlace(std::string_view question_id, std::string_view choice_id);
std::string TargetPlace(std::string_view target_id);
std::string DraftPlace(std::string_view draft_id);

/// The languages the instrument's sheets have a column for: English, then every language a
/// translation or the report texts use, by code.
std::vector<std::string> TextLanguages(const Instrument& instrument);
/// The report_texts sheet's languages: those, and every language the kit has report texts for.
std::vector<std::string> ReportLanguages(const Instrument& instrument, const ReportTextTables& tables);

/// What a next-step key means, for the reader of the sheet: "from level 2 (established) to 3
/// (strategic)", "from no", "from the choice iso_only", "from the band low (item score below 1/3)".
std::string NextStepMeaning(const Question& question, std::string_view key);

/// "yes"/"no" as the sheets write booleans; also reads true/false, 1/0.
std::string_view YesNo(bool value);

/// Lists in one cell ("transborder, cop_mandatory"): split on commas (and spaces), trimmed.
std::vector<std::string> SplitList(std::string_view text);
std::string JoinList(const std::vector<std::string>& items);

/// A text as a cell may hold it: characters XML cannot carry and a literal "_xHHHH_" are written
/// with SpreadsheetML's _xHHHH_ escape, which readers decode.
std::string EscapeCellText(std::string_view text);

/// The longest text a spreadsheet cell holds (Excel's limit, in UTF-16 code units).
inline constexpr std::size_t kMaxCellCharacters = 32767;

}  // namespace c5::questionnaire::workbook
