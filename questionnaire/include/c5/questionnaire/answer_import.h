#pragma once
// Answers from a CSV file: respondent,question,value,confidence,evidence (docs/cli.md).
#include <string_view>
#include <vector>

#include "c5/questionnaire/assessment_store.h"

namespace c5::questionnaire {

/// Reads and checks every row against the instrument. Separators ',' and ';' are recognised; in a
/// ';' file, numbers may have decimal commas ("2,5"); empty columns at the end are ignored.
/// Throws QuestionnaireError naming the file, line and column of the first problem (and how many
/// other rows have one) and how the file was read; nothing is stored by this function. `how_read`,
/// when given, receives the same description for a success message.
std::vector<AssessmentStore::BatchEntry> ReadAnswersCsv(std::string_view text, const Instrument& instrument,
                                                        std::string_view source, std::string* how_read = nullptr);

}  // namespace c5::questionnaire
