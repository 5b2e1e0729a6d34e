#pragma once
// The reports' workbooks through the kit's one libxlsxwriter file (c5/questionnaire/xlsx_file.h):
// failures as ReportError, and a workbook turned into bytes in memory for the documents that embed
// one (a chart's data).
#include <functional>
#include <string>
#include <string_view>

#include <xlsxwriter.h>

#include "c5/questionnaire/xlsx_file.h"

namespace c5::reports::ooxml {

/// The workbook of `file`; throws ReportError when libxlsxwriter could not start it.
lxw_workbook* StartedWorkbook(questionnaire::XlsxFile& file);
/// Writes `file`; throws ReportError when libxlsxwriter fails.
void CloseXlsx(questionnaire::XlsxFile& file);

/// Throws ReportError naming `what` when a libxlsxwriter call did not succeed.
void CheckXlsx(lxw_error error, std::string_view what);

/// A workbook that `fill` writes, as the bytes of an .xlsx file.
std::string XlsxBytes(const std::function<void(lxw_workbook*)>& fill);

}  // namespace c5::reports::ooxml
