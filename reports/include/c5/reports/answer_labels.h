#pragma once
// How an answer value reads to a person, in the report's language: "3 · strategic", "partial",
// the choice's label, "45 %".
#include <optional>
#include <string>

#include "c5/questionnaire/instrument.h"
#include "c5/reports/report_text.h"

namespace c5::reports {

/// nullopt: not applicable.
std::string AnswerLabel(const questionnaire::Question& question, const std::optional<std::string>& value,
                        const ReportText& text, std::string_view language);

}  // namespace c5::reports
