#include "c5/scoring/disagreements.h"

#include <algorithm>
#include <cmath>

#include "c5/questionnaire/completion.h"
#include "c5/scoring/item_score.h"

namespace c5::scoring {
namespace q = c5::questionnaire;

std::vector<Disagreement> FindDisagreements(const q::AssessmentData& data, int minimum_levels) {
    std::vector<Disagreement> found;
    std::vector<q::AnswerLookup> lookups;
    for (const auto& respondent : data.respondents) lookups.push_back(q::AnswersOf(data, respondent.id));
    for (const q::Question* question : data.instrument.Questions()) {
        if (!question->Scored()) continue;
        Disagreement item;
        item.question_id = question->id;
        item.pillar_id = question->pillar_id;
        item.weight = question->weight;
        for (const auto& answer : data.answers) {
            if (answer.question_id != question->id || !answer.value) continue;
            const q::Respondent* respondent = data.FindRespondent(answer.respondent_id);
            if (!respondent) continue;
            const auto index = static_cast<std::size_t>(respondent - data.respondents.data());
            if (!q::IsQuestionShown(data.instrument, *question, lookups[index])) continue;
            const auto score = ItemScore(*question, *answer.value);
            if (!score) continue;
            item.answers.push_back({respondent->id, respondent->name, respondent->stakeholder_group, *answer.value,
                                    *score, answer.confidence, answer.evidence, answer.links});
        }
        if (item.answers.size() < 2) continue;
        std::stable_sort(item.answers.begin(), item.answers.end(),
                         [](const auto& a, const auto& b) { return a.score > b.score; });
        item.spread = item.answers.front().score - item.answers.back().score;
        const double step = question->type == q::QuestionType::YesPartialNo ? 0.5 : 0.25;
        item.levels = static_cast<int>(std::lround(item.spread / step));
        if (item.levels < minimum_levels) continue;
        item.priority = item.spread * item.weight;
        for (const auto& settled : data.consensus)
            if (settled.question_id == question->id) item.consensus = settled;
        item.settled = item.consensus.has_value();
        found.push_back(std::move(item));
    }
    std::stable_sort(found.begin(), found.end(), [](const Disagreement& a, const Disagreement& b) {
        return a.priority > b.priority;
    });
    return found;
}

}  // namespace c5::scoring
