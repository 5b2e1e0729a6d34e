#include "c5/questionnaire/next_steps.h"

#include <algorithm>
#include <cmath>

namespace c5::questionnaire {
namespace {

// Item scores are ratios such as 2/6: compare them with a little room for rounding.
constexpr double kSlack = 1e-9;

double BestChoiceScore(const Question& question) {
    double best = 0;
    for (const auto& choice : question.choices) best = std::max(best, choice.score);
    return best;
}

}  // namespace

std::vector<std::string> NextStepKeys(const Question& question) {
    switch (question.type) {
        case QuestionType::Maturity: return {"0", "1", "2", "3"};
        case QuestionType::YesPartialNo: return {"no", "partial"};
        case QuestionType::SingleChoice: {
            std::vector<std::string> keys;
            const double best = BestChoiceScore(question);
            for (const auto& choice : question.choices)
                if (choice.score < best) keys.push_back(choice.id);
            return keys;
        }
        case QuestionType::MultipleChoice:
        case QuestionType::Number:
        case QuestionType::Percent: return {"low", "medium", "high"};
        case QuestionType::Text: return {};
    }
    return {};
}

std::optional<std::string> NextStepKey(const Question& question, double score) {
    if (!question.Scored() || std::isnan(score) || score >= 1.0 - kSlack) return std::nullopt;
    score = std::max(0.0, score);
    switch (question.type) {
        case QuestionType::Maturity:
            return std::to_string(std::clamp(static_cast<int>(std::floor(4.0 * score + kSlack)), 0, 3));
        case QuestionType::YesPartialNo: return score >= 0.5 - kSlack ? "partial" : "no";
        case QuestionType::SingleChoice: {
            const double best = BestChoiceScore(question);
            const Choice* reached = nullptr;
            const Choice* lowest = nullptr;
            for (const auto& choice : question.choices) {
                if (choice.score >= best) continue;
                if (!lowest || choice.score < lowest->score) lowest = &choice;
                const double normalised = best > 0 ? choice.score / best : 0.0;
                if (normalised <= score + kSlack && (!reached || choice.score > reached->score)) reached = &choice;
            }
            reached = reached ? reached : lowest;
            if (!reached) return std::nullopt;
            return reached->id;
        }
        case QuestionType::MultipleChoice:
        case QuestionType::Number:
        case QuestionType::Percent:
            if (score < 1.0 / 3.0 - kSlack) return "low";
            if (score < 2.0 / 3.0 - kSlack) return "medium";
            return "high";
        case QuestionType::Text: return std::nullopt;
    }
    return std::nullopt;
}

std::optional<NextStep> NextStepFor(const Question& question, double score, std::string_view language) {
    auto key = NextStepKey(question, score);
    if (!key) return std::nullopt;
    if (question.next_steps.empty() || !question.next_steps.contains(*key))
        return NextStep{{}, QuestionText(question, "recommendation", language)};
    return NextStep{*key, NextStepText(question, *key, language)};
}

}  // namespace c5::questionnaire
