#pragma once
// Answer values as people type them and as the .c5a file stores them.
#include <string>
#include <string_view>
#include <vector>

#include "c5/questionnaire/instrument.h"

namespace c5::questionnaire {

/// Checks `raw` against the question's type and returns its canonical stored form:
/// maturity "0"…"4" (stage names such as "established" are accepted too), "yes"/"partial"/"no",
/// a choice id, choice ids joined by '|' in instrument order, a decimal number, or trimmed text.
/// Throws QuestionnaireError saying what the question accepts.
std::string NormalizeAnswerValue(const Question& question, std::string_view raw);

/// "NA", "N/A" (any case) mean "not applicable" wherever an answer value is typed.
bool IsNotApplicableToken(std::string_view raw);

/// The choice ids of a stored multiple-choice value.
std::vector<std::string> SplitChoiceIds(std::string_view canonical);

/// What a question accepts, for messages and help texts: e.g. "a level 0–4 or a stage name".
std::string DescribeAcceptedValues(const Question& question);

/// Whether a stored answer value satisfies a show_if condition's values.
bool ValueMatchesCondition(const Question& condition_question, std::string_view canonical,
                           const std::vector<std::string>& condition_values);

}  // namespace c5::questionnaire
