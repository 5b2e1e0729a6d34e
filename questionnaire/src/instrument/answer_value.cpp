#include "c5/questionnaire/answer_value.h"

#include <algorithm>

#include <fmt/format.h>

#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"

namespace c5::questionnaire {
namespace {

std::string NormalizeMaturity(const Question& question, std::string_view raw) {
    if (const auto level = ParseInteger(raw); level && *level >= 0 && *level < kStageCount)
        return std::to_string(*level);
    const std::string lower = ToLowerAscii(raw);
    for (int level = 0; level < kStageCount; ++level)
        if (lower == StageName(level) || (level == 0 && lower == "startup"))
            return std::to_string(level);
    throw QuestionnaireError(fmt::format("{} takes {}; {} is not one", question.id,
                                         DescribeAcceptedValues(question), Quote(raw)));
}

std::string NormalizeYesPartialNo(const Question& question, std::string_view raw) {
    const std::string lower = ToLowerAscii(raw);
    if (lower == "yes" || lower == "partial" || lower == "no") return lower;
    throw QuestionnaireError(fmt::format("{} takes {}; {} is not one", question.id,
                                         DescribeAcceptedValues(question), Quote(raw)));
}

std::string NormalizeChoices(const Question& question, std::string_view raw) {
    const auto wanted = SplitChoiceIds(raw);
    if (wanted.empty())
        throw QuestionnaireError(fmt::format("{} needs {}", question.id, DescribeAcceptedValues(question)));
    if (question.type == QuestionType::SingleChoice && wanted.size() != 1)
        throw QuestionnaireError(fmt::format("{} takes one choice, not {}", question.id, wanted.size()));
    for (const auto& id : wanted)
        if (!question.FindChoice(id))
            throw QuestionnaireError(fmt::format("{} has no choice {}; it takes {}", question.id, Quote(id),
                                                 DescribeAcceptedValues(question)));
    // Canonical form: instrument order, each id once, so equal answers compare equal.
    std::string canonical;
    for (const auto& choice : question.choices) {
        if (std::find(wanted.begin(), wanted.end(), choice.id) == wanted.end()) continue;
        if (!canonical.empty()) canonical += '|';
        canonical += choice.id;
    }
    return canonical;
}

std::string NormalizeNumber(const Question& question, std::string_view raw) {
    const auto number = ParseNumber(raw);
    if (!number)
        throw QuestionnaireError(fmt::format("{} takes {}; {} is not a number", question.id,
                                             DescribeAcceptedValues(question), Quote(raw)));
    const ValueRange valid = question.ValidRange();
    if (*number < valid.min || *number > valid.max)
        throw QuestionnaireError(fmt::format("{} takes {}; {} is outside", question.id, DescribeAcceptedValues(question),
                                             Quote(raw)));
    return FormatNumber(*number);
}

}  // namespace

std::string NormalizeAnswerValue(const Question& question, std::string_view raw) {
    const std::string_view trimmed = Trim(raw);
    if (!IsValidUtf8(trimmed))
        throw QuestionnaireError(fmt::format("{}: the answer is not valid UTF-8 text", question.id));
    switch (question.type) {
        case QuestionType::Maturity: return NormalizeMaturity(question, trimmed);
        case QuestionType::YesPartialNo: return NormalizeYesPartialNo(question, trimmed);
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice: return NormalizeChoices(question, trimmed);
        case QuestionType::Number:
        case QuestionType::Percent: return NormalizeNumber(question, trimmed);
        case QuestionType::Text:
            if (trimmed.empty())
                throw QuestionnaireError(fmt::format("{}: the answer text is empty", question.id));
            return std::string(trimmed);
    }
    throw QuestionnaireError(fmt::format("{}: unknown question type", question.id));
}

bool IsNotApplicableToken(std::string_view raw) {
    const std::string lower = ToLowerAscii(Trim(raw));
    return lower == "na" || lower == "n/a";
}

std::vector<std::string> SplitChoiceIds(std::string_view canonical) {
    std::vector<std::string> ids;
    std::size_t start = 0;
    while (start <= canonical.size()) {
        const auto end = std::min(canonical.find('|', start), canonical.size());
        const auto id = Trim(canonical.substr(start, end - start));
        if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.emplace_back(id);
        start = end + 1;
    }
    return ids;
}

std::string DescribeAcceptedValues(const Question& question) {
    switch (question.type) {
        case QuestionType::Maturity:
            return "a level 0-4 (0 start-up, 1 formative, 2 established, 3 strategic, 4 dynamic)";
        case QuestionType::YesPartialNo: return "yes, partial or no";
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice: {
            std::string ids;
            for (const auto& choice : question.choices) ids += (ids.empty() ? "" : ", ") + choice.id;
            return question.type == QuestionType::SingleChoice
                       ? "one of: " + ids
                       : "choice ids joined by '|' from: " + ids;
        }
        case QuestionType::Number:
        case QuestionType::Percent: {
            const ValueRange valid = question.ValidRange();
            return fmt::format("{} from {} to {}{}", question.type == QuestionType::Percent ? "a percentage" : "a number",
                               FormatNumber(valid.min), FormatNumber(valid.max),
                               question.unit.empty() ? "" : " (" + question.unit + ")");
        }
        case QuestionType::Text: return "free text";
    }
    return "a value";
}

bool ValueMatchesCondition(const Question& condition_question, std::string_view canonical,
                           const std::vector<std::string>& condition_values) {
    const auto in_condition = [&](std::string_view value) {
        return std::find(condition_values.begin(), condition_values.end(), value) != condition_values.end();
    };
    if (condition_question.type == QuestionType::MultipleChoice) {
        const auto chosen = SplitChoiceIds(canonical);
        return std::any_of(chosen.begin(), chosen.end(), in_condition);
    }
    return in_condition(canonical);
}

}  // namespace c5::questionnaire
