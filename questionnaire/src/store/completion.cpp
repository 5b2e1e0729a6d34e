#include "c5/questionnaire/completion.h"

#include <map>
#include <memory>

#include "c5/questionnaire/answer_value.h"

namespace c5::questionnaire {

bool IsQuestionShown(const Instrument& instrument, const Question& question, const AnswerLookup& answer_of) {
    if (!question.show_if) return true;
    const Question* condition = instrument.FindQuestion(question.show_if->question_id);
    // show_if only points backwards (the validator checks), so this recursion ends.
    if (!condition || !IsQuestionShown(instrument, *condition, answer_of)) return false;
    const auto value = answer_of(condition->id);
    return value && ValueMatchesCondition(*condition, *value, question.show_if->values);
}

AnswerLookup AnswersOf(const AssessmentData& data, long long respondent_id) {
    auto values = std::make_shared<std::map<std::string, std::optional<std::string>, std::less<>>>();
    for (const auto& answer : data.answers)
        if (answer.respondent_id == respondent_id) (*values)[answer.question_id] = answer.value;
    return [values](std::string_view question_id) -> std::optional<std::string> {
        const auto found = values->find(question_id);
        return found == values->end() ? std::nullopt : found->second;
    };
}

AnswerLookup ScoringAnswersOf(const AssessmentData& data, long long respondent_id) {
    auto settled = std::make_shared<std::map<std::string, std::optional<std::string>, std::less<>>>();
    for (const auto& consensus : data.consensus) (*settled)[consensus.question_id] = consensus.value;
    AnswerLookup own = respondent_id == 0 ? AnswerLookup() : AnswersOf(data, respondent_id);
    return [settled, own](std::string_view question_id) -> std::optional<std::string> {
        if (const auto found = settled->find(question_id); found != settled->end()) return found->second;
        return own ? own(question_id) : std::nullopt;
    };
}

bool IsAskedOfAnyone(const AssessmentData& data, const Question& question) {
    if (!question.show_if) return true;
    if (data.respondents.empty()) return IsQuestionShown(data.instrument, question, ScoringAnswersOf(data, 0));
    for (const auto& respondent : data.respondents)
        if (IsQuestionShown(data.instrument, question, ScoringAnswersOf(data, respondent.id))) return true;
    return false;
}

Completion RespondentCompletion(const AssessmentData& data, long long respondent_id, std::string_view pillar_id) {
    std::map<std::string, bool, std::less<>> answered;
    for (const auto& answer : data.answers)
        if (answer.respondent_id == respondent_id) answered[answer.question_id] = true;
    const AnswerLookup lookup = AnswersOf(data, respondent_id);
    Completion completion;
    for (const Pillar* pillar : data.instrument.Sections()) {
        if (!pillar_id.empty() && pillar->id != pillar_id) continue;
        for (const auto& question : pillar->questions) {
            if (!IsQuestionShown(data.instrument, question, lookup)) continue;
            ++completion.shown;
            if (answered.contains(question.id)) ++completion.answered;
        }
    }
    return completion;
}

}  // namespace c5::questionnaire
