// Row report: the demo assessment scored and written as the PDF report with its CSV and JSON
// (what `c5kit-cli report` does). Budgets: ≤ 500 ms and a PDF ≤ 2 MB.
#include "bench_rows.h"
#include "c5/questionnaire/demo_assessment.h"
#include "c5/reports/report_pdf.h"
#include "c5/scoring/score.h"

namespace c5::bench {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<RowResult> RunReport(const std::filesystem::path& scratch) {
    const auto store = questionnaire::CreateDemoAssessment(scratch / "demo.c5a", {"bench", "c5bench"});
    std::vector<std::chrono::nanoseconds> samples;
    std::size_t bytes = 0;
    for (int run = 0; run < 5; ++run) {
        const auto start = Clock::now();
        const auto data = store.Snapshot();
        const auto score = scoring::ScoreAssessment(data, {});
        const auto files = reports::WriteReport(data, score, {}, scratch / "report.pdf");
        samples.push_back(Clock::now() - start);
        bytes = files.pdf_bytes;
    }
    RowResult time;
    time.measured = "report: demo scored and written (PDF, CSV, JSON)";
    time.unit = "ms";
    time.value = MedianMs(samples);
    time.budget = 500;
    RowResult size;
    size.measured = "report: PDF size";
    size.unit = "MB";
    size.value = static_cast<double>(bytes) / (1024.0 * 1024.0);
    size.budget = 2;
    return {time, size};
}

const RegisterRow kRow{"report", RunReport};

}  // namespace
}  // namespace c5::bench
