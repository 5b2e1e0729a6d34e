#include "c5/reports/demo.h"

#include <optional>

#include <fmt/format.h>

#include "c5/questionnaire/demo_assessment.h"
#include "c5/scoring/score.h"

namespace c5::reports {

DemoFiles WriteDemo(const std::filesystem::path& folder, const ReportOptions& options, questionnaire::Actor actor) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw ReportError(fmt::format("{}: could not create the folder: {}", folder.string(), error.message()));
    DemoFiles files;
    files.assessment = folder / "kelora-2026.c5a";
    auto store = std::optional(questionnaire::CreateDemoAssessment(files.assessment, std::move(actor)));
    try {
        const auto data = store->Snapshot();
        const auto score = scoring::ScoreAssessment(data, {});
        files.report = WriteReport(data, score, options, folder / "kelora-2026-report.pdf");
    } catch (...) {
        // The demo is all or nothing: remove the assessment this call created.
        store.reset();
        std::filesystem::remove(files.assessment, error);
        throw;
    }
    return files;
}

}  // namespace c5::reports
