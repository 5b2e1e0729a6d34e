#include "c5/app/review_list.h"

#include <map>
#include <set>

#include "c5/questionnaire/completion.h"
#include "c5/scoring/disagreements.h"

namespace c5::app {
namespace q = c5::questionnaire;

std::vector<ReviewRow> BuildReviewList(const q::AssessmentData& data, std::optional<long long> respondent_id,
                                       ReviewFilter filter) {
    std::map<std::string, int, std::less<>> disagreement;
    for (const auto& item : scoring::FindDisagreements(data)) disagreement[item.question_id] = item.levels;
    std::map<std::pair<long long, std::string>, const q::Answer*> answers;
    for (const auto& answer : data.answers) answers[{answer.respondent_id, answer.question_id}] = &answer;
    std::set<std::pair<long long, std::string>> documented;  // answers with an attached document
    for (const auto& attachment : data.attachments) documented.emplace(attachment.respondent_id, attachment.question_id);
    std::vector<ReviewRow> rows;
    for (const auto& respondent : data.respondents) {
        if (respondent_id && respondent.id != *respondent_id) continue;
        const q::AnswerLookup lookup = q::AnswersOf(data, respondent.id);
        for (const q::Question* question : data.instrument.Questions()) {
            if (!q::IsQuestionShown(data.instrument, *question, lookup)) continue;
            ReviewRow row;
            row.question_id = question->id;
            row.pillar_id = question->pillar_id;
            row.respondent_id = respondent.id;
            row.respondent = respondent.name;
            if (const auto found = answers.find({respondent.id, question->id}); found != answers.end())
                row.answer = found->second;
            row.no_evidence = row.answer && row.answer->evidence.empty() && row.answer->links.empty() &&
                              !documented.contains({respondent.id, question->id});
            if (const auto found = disagreement.find(question->id); found != disagreement.end())
                row.disagreement_levels = found->second;
            const bool keep = filter == ReviewFilter::All                 ? true
                              : filter == ReviewFilter::Unanswered        ? !row.answer
                              : filter == ReviewFilter::Flagged           ? row.answer && row.answer->needs_review
                              : filter == ReviewFilter::LowConfidence     ? row.answer && row.answer->confidence ==
                                                                                              q::Confidence::Low
                              : filter == ReviewFilter::NoEvidence        ? row.no_evidence
                                                                          : row.disagreement_levels > 0;
            if (keep) rows.push_back(std::move(row));
        }
    }
    return rows;
}

std::optional<std::string> NextFlagged(const q::AssessmentData& data, long long respondent_id,
                                       const std::string& after_question) {
    const auto flagged = BuildReviewList(data, respondent_id, ReviewFilter::Flagged);
    if (flagged.empty()) return std::nullopt;
    const auto questions = data.instrument.Questions();
    const auto position = [&](const std::string& id) {
        for (std::size_t i = 0; i < questions.size(); ++i)
            if (questions[i]->id == id) return i;
        return questions.size();
    };
    const std::size_t after = position(after_question);
    for (const auto& row : flagged)
        if (position(row.question_id) > after || after == questions.size()) return row.question_id;
    return flagged.front().question_id;  // round to the first
}

}  // namespace c5::app
