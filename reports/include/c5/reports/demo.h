#pragma once
// `c5kit-cli demo DIR` and the desktop app's "Open the demo": the fictional Kelora assessment and
// its report, written into one folder.
#include <filesystem>

#include "c5/questionnaire/assessment_store.h"
#include "c5/reports/report_pdf.h"

namespace c5::reports {

struct DemoFiles {
    std::filesystem::path assessment;
    ReportFiles report;
};

/// Writes kelora-2026.c5a and kelora-2026-report.pdf (with its scores CSV and JSON) into `folder`,
/// creating it if needed; refuses to overwrite an existing demo assessment.
DemoFiles WriteDemo(const std::filesystem::path& folder, const ReportOptions& options, questionnaire::Actor actor);

}  // namespace c5::reports
