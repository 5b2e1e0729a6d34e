#pragma once
// The report's section on the national module: its own score beside the C5 pillars, each of its
// questions with the item score and the next step — never part of the C5 overall score or targets.
#include <optional>

#include "c5/reports/report_model.h"
#include "report_context.h"

namespace c5::reports::detail {

/// nullopt when the instrument has no national module.
std::optional<NationalSection> BuildNationalSection(const ReportContext& context);

}  // namespace c5::reports::detail
