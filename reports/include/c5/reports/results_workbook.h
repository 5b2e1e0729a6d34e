#pragma once
// The results workbook (`c5kit-cli export --xlsx`, the app's File menu): scores, every answer,
// disagreements, recommendations, targets, and the instrument's weights and exposures, one sheet
// each, in the report's language. Built here as typed tables; written as .xlsx by its own writer.
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/reports/report_options.h"
#include "c5/scoring/compare.h"
#include "c5/scoring/score_result.h"

namespace c5::reports {

struct WorkbookColumn {
    std::string header;
    std::string number_format;  // Excel's format for the column's numbers, e.g. "0.0"
    bool long_text = false;     // wrapped in a wide column (evidence, questions, recommendations)
};

/// Empty, a number (always written as a number) or a text (always written as text, never a formula).
using WorkbookCell = std::variant<std::monostate, double, std::string>;

struct WorkbookSheet {
    std::string name;  // at most 31 characters, none of : \ / ? * [ ]
    std::vector<WorkbookColumn> columns;
    std::vector<std::vector<WorkbookCell>> rows;
};

struct ResultsWorkbook {
    std::string title;        // in the page header and the file's properties: title_words — title_place
    std::string title_words;  // "C5 Readiness Baseline Report": shortened first when the header is short of room
    std::string title_place;  // country and year
    std::string marking;  // in the page header and footer of every sheet
    std::string language;
    bool right_to_left = false;
    std::vector<WorkbookSheet> sheets;
};

/// The tables of the workbook for an assessment scored as `score`, in `options.language`. With
/// `comparison` (whose follow-up is `data`) it is a follow-up's workbook: its targets are the
/// baseline's and a Progress sheet holds the change per pillar, as in the follow-up report.
ResultsWorkbook BuildResultsWorkbook(const questionnaire::AssessmentData& data, const scoring::ScoreResult& score,
                                     const ReportOptions& options, const scoring::Comparison* comparison = nullptr);

/// Excel holds at most 255 characters in a page header or footer, its codes included; the footer's
/// codes leave this many for the marking (an "&" counts twice: Excel's codes start with one).
inline constexpr std::size_t kWorkbookMarkingMax = 235;

/// Throws ReportError, saying how long the marking is and how long it may be, when `marking`
/// (as the workbook prints it) does not fit a page header: a marking is never cut.
void CheckWorkbookMarking(const std::string& marking);

/// The title as the page header shows it beside the marking: whole when both fit Excel's 255
/// characters, else its words shortened at a character with "…" before the country and year
/// (all of them, when even one letter does not fit), or (a marking leaving less room than the
/// country and year) the whole title cut with "…".
std::string WorkbookHeaderTitle(const ResultsWorkbook& workbook);

/// Writes `workbook` to `path` atomically (frozen header rows, filters, fitted columns, the marking
/// in the header). Throws ReportError, before anything is written, for a marking too long for
/// the page header, and when it cannot be written.
void WriteResultsWorkbook(const ResultsWorkbook& workbook, const std::filesystem::path& path);

/// Builds and writes the workbook of `data` scored as `score` (what the CLI and the app call).
void WriteResultsWorkbook(const questionnaire::AssessmentData& data, const scoring::ScoreResult& score,
                          const ReportOptions& options, const std::filesystem::path& path,
                          const scoring::Comparison* comparison = nullptr);

/// The workbook as the CLI and the app write it: `data` scored with the default parameters or,
/// given a `baseline`, a follow-up's, measured against the targets set at the baseline.
void WriteResultsWorkbook(const questionnaire::AssessmentData& data, const questionnaire::AssessmentData* baseline,
                          const ReportOptions& options, const std::filesystem::path& path);

}  // namespace c5::reports
