#pragma once
// The blank paper questionnaire for sessions without computers: every question with its level
// descriptors, guidance and boxes to tick and write in.
#include <filesystem>

#include "c5/questionnaire/instrument.h"
#include "c5/reports/report_pdf.h"

namespace c5::reports {

RenderedPdf RenderBlankFormPdf(const questionnaire::Instrument& instrument, const ReportOptions& options);

/// Writes the form atomically; returns its page count.
int WriteBlankForm(const questionnaire::Instrument& instrument, const ReportOptions& options,
                   const std::filesystem::path& pdf_path);

}  // namespace c5::reports
