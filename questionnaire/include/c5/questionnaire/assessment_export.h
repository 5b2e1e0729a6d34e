#pragma once
// Exports of an assessment's answers for spreadsheets and other tools (docs/file-format.md).
#include <string>

#include "c5/questionnaire/assessment.h"

namespace c5::questionnaire {

/// One line per answer; the columns the CSV import reads first, then informational ones.
std::string ExportAnswersCsv(const AssessmentData& data);

/// The whole assessment (metadata, instrument identity, respondents, answers, consensus,
/// penetration, scoring options) as one JSON document.
std::string ExportAssessmentJson(const AssessmentData& data);

}  // namespace c5::questionnaire
