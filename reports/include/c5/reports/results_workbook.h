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
    std::string title;    // in the page header and the file's properties
    std::string marking;  // in the page header and footer of every sheet
    std::string language;
    bool right_to_left = false;
    std::vector<WorkbookSheet> sheets;
};

/// The tables of the workbook for an assessment scored as `score`, in `options.language`.
ResultsWorkbook BuildResultsWorkbook(const questionnaire::AssessmentData& data, const scoring::ScoreResult& score,
                                     const ReportOptions& options);

/// Writes `workbook` to `path` atomically (frozen header rows, filters, fitted columns, the marking
/// in the header). Throws ReportError when it cannot be written.
void WriteResultsWorkbook(const ResultsWorkbook& workbook, const std::filesystem::path& path);

/// Builds and writes the workbook of `data` scored as `score` (what the CLI and the app call).
void WriteResultsWorkbook(const questionnaire::AssessmentData& data, const scoring::ScoreResult& score,
                          const ReportOptions& options, const std::filesystem::path& path);

}  // namespace c5::reports
