#pragma once
// Puts a report's stamp (report_stamp.h) into the PDF's document information.
#include <string_view>

#include "pdf_document.h"

namespace c5::reports::detail {

/// Call after PdfDocument::SetInfo. The stamp is ASCII JSON; libharu writes it as a literal string.
void AddReportStamp(PdfDocument& document, std::string_view stamp_json);

}  // namespace c5::reports::detail
