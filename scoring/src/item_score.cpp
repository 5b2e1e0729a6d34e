#include "c5/scoring/item_score.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/text_util.h"

namespace c5::scoring {
namespace q = c5::questionnaire;

std::optional<double> ItemScore(const q::Question& question, std::string_view value) {
    switch (question.type) {
        case q::QuestionType::Maturity: {
            const auto level = q::ParseInteger(value);
            if (!level || *level < 0 || *level > 4) return std::nullopt;
            return static_cast<double>(*level) / 4.0;
        }
        case q::QuestionType::YesPartialNo:
            if (value == "yes") return 1.0;
            if (value == "partial") return 0.5;
            if (value == "no") return 0.0;
            return std::nullopt;
        case q::QuestionType::SingleChoice: {
            const q::Choice* chosen = question.FindChoice(value);
            if (!chosen) return std::nullopt;
            double best = 0;
            for (const auto& choice : question.choices) best = std::max(best, choice.score);
            return best > 0 ? chosen->score / best : 0.0;
        }
        case q::QuestionType::MultipleChoice: {
            double total = 0;
            for (const auto& choice : question.choices) total += choice.score;
            double chosen = 0;
            for (const auto& id : q::SplitChoiceIds(value)) {
                const q::Choice* choice = question.FindChoice(id);
                if (!choice) return std::nullopt;
                chosen += choice->score;
            }
            return total > 0 ? std::min(1.0, chosen / total) : 0.0;
        }
        case q::QuestionType::Number:
        case q::QuestionType::Percent: {
            const auto number = q::ParseNumber(value);
            if (!number || !question.goalposts) return std::nullopt;
            const auto [low, high] = *question.goalposts;
            return std::clamp((*number - low) / (high - low), 0.0, 1.0);
        }
        case q::QuestionType::Text: return std::nullopt;
    }
    return std::nullopt;
}

LevelSteps OneLevelSteps(const q::Question& question, double score) {
    double step = 0.25;
    if (question.type == q::QuestionType::YesPartialNo) step = 0.5;
    if (question.type == q::QuestionType::SingleChoice) {
        // The neighbouring distinct choice scores, normalised like ItemScore.
        double best = 0;
        for (const auto& choice : question.choices) best = std::max(best, choice.score);
        std::set<double> levels;
        for (const auto& choice : question.choices) levels.insert(best > 0 ? choice.score / best : 0.0);
        auto at = levels.lower_bound(score - 1e-12);
        LevelSteps steps{score, score};
        if (at != levels.begin()) steps.down = *std::prev(at);
        if (at != levels.end() && std::next(at) != levels.end()) steps.up = *std::next(at);
        return steps;
    }
    return {std::max(0.0, score - step), std::min(1.0, score + step)};
}

int StageOf(double score) {
    if (score < 20) return 0;
    if (score < 40) return 1;
    if (score < 60) return 2;
    if (score < 80) return 3;
    return 4;
}

}  // namespace c5::scoring
