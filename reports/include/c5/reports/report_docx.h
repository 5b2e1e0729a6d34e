#pragma once
// The report as an editable Word document (DOCX), from the same report model as the PDF.
#include <string>

#include "c5/reports/report_model.h"
#include "c5/reports/report_options.h"

namespace c5::reports {

/// Writes the model as WordprocessingML in the kit's styles (Title, Heading 1–3, Caption, a table
/// style, the marking in header and footer, page numbers, a table of contents field), with native
/// charts, right to left for Arabic; returns the .docx bytes.
std::string RenderReportDocx(const ReportModel& model, const ReportOptions& options);

}  // namespace c5::reports
