// Row report: the demo assessment scored and written as the PDF report with its CSV and JSON
// (what `c5kit-cli report` does), in every language the report speaks, then in the same run the
// English demo as the Word report and as the results workbook (`report --format docx`,
// `export --xlsx`). Budgets: PDF ≤ 500 ms and ≤ 2 MB per language (BRIEF §8); Word report
// ≤ 500 ms; workbook ≤ 300 ms.
#include "bench_rows.h"
#include "c5/questionnaire/demo_assessment.h"
#include "c5/reports/report_pdf.h"
#include "c5/reports/report_text.h"
#include "c5/reports/results_workbook.h"
#include "c5/scoring/score.h"

namespace c5::bench {
namespace {

using Clock = std::chrono::steady_clock;

// The median of five runs of `write`, each from the file's snapshot to the files on disk.
template <typename Write>
double MedianOfFive(const questionnaire::AssessmentStore& store, Write write) {
    std::vector<std::chrono::nanoseconds> samples;
    for (int run = 0; run < 5; ++run) {
        const auto start = Clock::now();
        const auto data = store.Snapshot();
        write(data, scoring::ScoreAssessment(data, {}));
        samples.push_back(Clock::now() - start);
    }
    return MedianMs(samples);
}

std::vector<RowResult> RunReport(const std::filesystem::path& scratch) {
    const auto store = questionnaire::CreateDemoAssessment(scratch / "demo.c5a", {"bench", "c5bench"});
    std::vector<RowResult> rows;
    for (const auto& language : reports::ReportText::Languages()) {
        reports::ReportOptions options;
        options.language = language;
        std::size_t bytes = 0;
        RowResult time;
        time.measured = "report " + language + ": demo scored and written (PDF, CSV, JSON)";
        time.unit = "ms";
        time.value = MedianOfFive(store, [&](const auto& data, const auto& score) {
            bytes = reports::WriteReport(data, score, options, scratch / ("report-" + language + ".pdf")).pdf_bytes;
        });
        time.budget = 500;
        RowResult size;
        size.measured = "report " + language + ": PDF size";
        size.unit = "MB";
        size.value = static_cast<double>(bytes) / (1024.0 * 1024.0);
        size.budget = 2;
        rows.push_back(time);
        rows.push_back(size);
    }
    std::size_t docx_bytes = 0;
    RowResult docx;
    docx.measured = "report: demo scored and written (DOCX, CSV, JSON)";
    docx.unit = "ms";
    reports::ReportOptions word;
    word.format = reports::ReportFormat::Docx;
    docx.value = MedianOfFive(store, [&](const auto& data, const auto& score) {
        docx_bytes = reports::WriteReport(data, score, word, scratch / "report.docx").docx_bytes;
    });
    docx.budget = 500;
    RowResult docx_size;
    docx_size.measured = "report: DOCX size (no budget)";
    docx_size.unit = "MB";
    docx_size.value = static_cast<double>(docx_bytes) / (1024.0 * 1024.0);
    docx_size.reference = true;
    RowResult workbook;
    workbook.measured = "workbook: demo scored and written (XLSX)";
    workbook.unit = "ms";
    workbook.value = MedianOfFive(store, [&](const auto& data, const auto& score) {
        reports::WriteResultsWorkbook(data, score, {}, scratch / "results.xlsx");
    });
    workbook.budget = 300;
    rows.insert(rows.end(), {docx, docx_size, workbook});
    return rows;
}

const RegisterRow kRow{"report", RunReport};

}  // namespace
}  // namespace c5::bench
