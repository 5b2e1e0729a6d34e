#pragma once
// Answers from a CSV file: respondent,question,value,confidence,evidence (docs/cli.md).
#include <string_view>
#include <vector>

#include "c5/questionnaire/assessment_store.h"

namespace c5::questionnaire {

/// Reads and checks every row against the instrument. Throws QuestionnaireError naming the
/// file, line and column of the first problem (and how many other rows have one); nothing
/// is stored by this function.
std::vector<AssessmentStore::BatchEntry> ReadAnswersCsv(std::string_view text, const Instrument& instrument,
                                                        std::string_view source);

}  // namespace c5::questionnaire
