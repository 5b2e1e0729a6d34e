// The recommendations: a roadmap of at most ten priorities, grouped by pillar, each with the group
// best placed to act; then every unmet question ranked by gain. The text of each is the next step
// from the level the item reached (questionnaire/next_steps.h), never a step the evidence says is done.
#include <algorithm>
#include <map>

#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/report_text.h"
#include "report_sections.h"

namespace c5::reports::detail {
namespace q = c5::questionnaire;
namespace s = c5::scoring;

void BuildRecommendations(const ReportContext& context, ReportModel& model) {
    const auto& text = context.text;
    const auto& recommendations = context.score.recommendations;

    RoadmapSection& roadmap = model.roadmap;
    const std::size_t shown = std::min(kRoadmapSize, recommendations.size());
    // No step listed: every answered item is met, or no pillar has enough answers to be scored yet.
    const bool nothing_scored = std::none_of(context.score.pillars.begin(), context.score.pillars.end(),
                                             [](const auto& pillar) { return s::HasScore(pillar.score); });
    const std::string none = text.Get(nothing_scored ? "roadmap_not_scored" : "roadmap_empty");
    roadmap.intro = recommendations.empty()
                        ? none
                        : text.Format("roadmap_intro", {{"count", std::to_string(shown)},
                                                        {"total", std::to_string(recommendations.size())}});
    roadmap.columns = {text.Get("column_rank"), text.Get("column_next_step"), text.Get("column_lead"),
                       text.Get("column_gain")};
    // Pillars in the order of their highest priority; within a pillar, by rank.
    std::map<std::string, std::size_t> pillar_position;
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& recommendation = recommendations[i];
        const q::Question* question = context.data.instrument.FindQuestion(recommendation.question_id);
        if (!question) continue;
        auto [at, added] = pillar_position.emplace(recommendation.pillar_id, roadmap.pillars.size());
        if (added) roadmap.pillars.push_back({context.PillarName(recommendation.pillar_id), {}});
        roadmap.pillars[at->second].items.push_back(
            {std::to_string(i + 1), context.QuestionShort(*question, 70),
             NextStepText(*question, recommendation.score, context.lang),
             question->lead_group.empty() ? std::string("—") : context.GroupName(question->lead_group),
             "+" + context.Num(recommendation.gain)});
    }

    model.recommendations_intro = recommendations.empty() ? none : text.Get("recommendations_intro");
    model.recommendation_columns = {text.Get("column_rank"),  text.Get("column_question"),
                                    text.Get("column_now"),   text.Get("column_gain"),
                                    text.Get("column_recommendation"), text.Get("column_lead")};
    int rank = 0;
    for (const auto& recommendation : recommendations) {
        const q::Question* question = context.data.instrument.FindQuestion(recommendation.question_id);
        if (!question) continue;
        model.recommendations.push_back({std::to_string(++rank), context.QuestionHeading(*question),
                                         context.ItemScore(recommendation.score), "+" + context.Num(recommendation.gain),
                                         NextStepText(*question, recommendation.score, context.lang),
                                         question->lead_group.empty() ? std::string("—")
                                                                      : context.GroupName(question->lead_group)});
    }
}

}  // namespace c5::reports::detail
