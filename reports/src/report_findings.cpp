// Findings per pillar: where the pillar stands, its strongest and weakest questions, where the
// respondents disagree, and the evidence given — a paragraph generated from the answers, in the
// manner of a country review's narrative per factor.
#include <algorithm>

#include "c5/questionnaire/instrument_text.h"
#include "c5/scoring/item_score.h"
#include "report_sections.h"

namespace c5::reports::detail {
namespace q = c5::questionnaire;
namespace s = c5::scoring;

namespace {

// The first sentence of the evidence of the answer to `question` that scored highest (or lowest),
// attributed to its respondent's group; empty without evidence.
std::string Quote(const ReportContext& context, const q::Question& question, bool highest) {
    const q::Answer* chosen = nullptr;
    double chosen_score = 0;
    for (const auto& answer : context.data.answers) {
        if (answer.question_id != question.id || !answer.value || answer.evidence.empty()) continue;
        const auto score = s::ItemScore(question, *answer.value);
        if (!score) continue;
        if (!chosen || (highest ? *score > chosen_score : *score < chosen_score)) {
            chosen = &answer;
            chosen_score = *score;
        }
    }
    if (!chosen) return {};
    const q::Respondent* respondent = context.data.FindRespondent(chosen->respondent_id);
    return context.text.Format("findings_quote", {{"quote", FirstSentence(chosen->evidence)},
                                                  {"group", respondent ? context.GroupOrName(*respondent) : "?"},
                                                  {"question", question.id}});
}

}  // namespace

void BuildFindings(const ReportContext& context, const std::vector<s::Disagreement>& disagreements,
                   ReportModel& model) {
    const auto& text = context.text;
    model.findings_intro = text.Get("findings_intro");
    for (const auto& pillar : context.score.pillars) {
        PillarFindings findings;
        findings.heading = context.PillarName(pillar.id);
        std::vector<std::string> sentences;
        const std::map<std::string, std::string> counts = {{"pillar", pillar.id},
                                                           {"answered", std::to_string(pillar.answered)},
                                                           {"scorable", std::to_string(pillar.scorable)}};
        if (pillar.status == s::PillarStatus::Scored) {
            std::map<std::string, std::string> values = counts;
            values["score"] = context.Num(pillar.score);
            values["stage"] = context.Stage(pillar.score);
            values["range"] = context.Range(pillar.interval);
            sentences.push_back(text.Format(pillar.interval.Valid() ? "findings_scored" : "findings_scored_no_range", values));
        } else if (pillar.status == s::PillarStatus::InsufficientData) {
            sentences.push_back(text.Format("findings_insufficient", counts));
        } else {
            sentences.push_back(text.Format("findings_nothing", counts));
        }
        if (!pillar.included) sentences.push_back(text.Get("findings_optional"));

        // Strongest and weakest answered questions (a heavier question first among equals).
        std::vector<std::pair<const s::ItemResult*, const q::Question*>> scored;
        for (const auto& item : context.score.items)
            if (item.pillar_id == pillar.id && item.state == s::ItemState::Scored)
                if (const q::Question* question = context.data.instrument.FindQuestion(item.question_id))
                    scored.push_back({&item, question});
        std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
            if (a.first->value != b.first->value) return a.first->value > b.first->value;
            return a.second->weight > b.second->weight;
        });
        if (scored.size() >= 2 && scored.front().first->value > scored.back().first->value + 1e-9) {
            const auto& [best, best_question] = scored.front();
            const auto& [worst, worst_question] = scored.back();
            sentences.push_back(text.Format("findings_strongest", {{"question", context.QuestionShort(*best_question)},
                                                                   {"score", context.ItemScore(best->value)}}));
            sentences.push_back(text.Format("findings_weakest", {{"question", context.QuestionShort(*worst_question)},
                                                                 {"score", context.ItemScore(worst->value)}}));
            for (const auto& quote : {Quote(context, *best_question, true), Quote(context, *worst_question, false)})
                if (!quote.empty()) findings.quotes.push_back(quote);
        } else if (!scored.empty()) {
            sentences.push_back(text.Format(scored.size() == 1 ? "findings_one_item" : "findings_all_equal",
                                            {{"score", context.ItemScore(scored.front().first->value)},
                                             {"question", context.QuestionShort(*scored.front().second)}}));
            const auto quote = Quote(context, *scored.front().second, true);
            if (!quote.empty()) findings.quotes.push_back(quote);
        }

        // Where respondents disagree (two levels or more), in the order of the disagreements section.
        std::vector<std::string> split;
        for (const auto& disagreement : disagreements) {
            if (disagreement.pillar_id != pillar.id) continue;
            split.push_back(text.Format(disagreement.settled ? "findings_split_settled" : "findings_split",
                                        {{"question", disagreement.question_id},
                                         {"low", context.ItemScore(disagreement.answers.back().score)},
                                         {"high", context.ItemScore(disagreement.answers.front().score)}}));
        }
        if (!split.empty())
            sentences.push_back(text.Format("findings_disagree", {{"questions", context.List(split)}}));
        else if (context.data.respondents.size() > 1 && !scored.empty())
            sentences.push_back(text.Get("findings_agree"));
        findings.paragraph = context.Paragraph(sentences);
        model.findings.push_back(std::move(findings));
    }
}

}  // namespace c5::reports::detail
