#pragma once
// The baseline report as a PDF, and the files written beside it.
#include <filesystem>
#include <string>

#include "c5/questionnaire/assessment.h"
#include "c5/reports/error.h"
#include "c5/reports/report_model.h"
#include "c5/reports/report_options.h"
#include "c5/scoring/score_result.h"

namespace c5::reports {

/// Thrown when the progress callback asks to stop; nothing has been written.
class ReportCancelled : public ReportError {
public:
    ReportCancelled() : ReportError("the report was cancelled; nothing was written") {}
};

struct RenderedPdf {
    std::string bytes;
    int pages = 0;
};

/// Lays the model out on A4 or Letter pages: embedded fonts, running header with the marking,
/// page numbers, bookmarks per section, document information.
RenderedPdf RenderReportPdf(const ReportModel& model, const ReportOptions& options);

struct ReportFiles {
    std::filesystem::path pdf;   // empty when the report was written as DOCX
    std::filesystem::path docx;  // empty when the report was written as PDF
    std::filesystem::path scores_csv;
    std::filesystem::path scores_json;
    std::filesystem::path comparison_json;  // follow-up reports: NAME-comparison.json
    int pages = 0;  // PDF only: a word processor paginates the DOCX itself
    std::size_t pdf_bytes = 0;
    std::size_t docx_bytes = 0;
};

/// Builds and writes the report to `path`, as PDF or DOCX (`options.format`), with the scores as
/// CSV and JSON beside it (NAME-scores.csv, NAME-scores.json). Each file is written atomically.
/// With `comparison` (whose follow-up is `data`, scored as `score`) it is a follow-up report, and
/// the comparison is written beside it as NAME-comparison.json.
ReportFiles WriteReport(const questionnaire::AssessmentData& data, const scoring::ScoreResult& score,
                        const ReportOptions& options, const std::filesystem::path& path,
                        const scoring::Comparison* comparison = nullptr);

/// The pillar and summary scores as CSV (one line per pillar, then overall, adjusted, targets).
std::string ScoresCsv(const scoring::ScoreResult& score);

}  // namespace c5::reports
