#include "report_national.h"

#include <map>

#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/next_steps.h"
#include "c5/scoring/item_score.h"

namespace c5::reports::detail {
namespace q = c5::questionnaire;
namespace s = c5::scoring;

std::optional<NationalSection> BuildNationalSection(const ReportContext& context) {
    const ReportText& text = context.text;
    const std::string& language = context.lang;
    const s::ScoreResult& score = context.score;
    const auto& module = context.data.instrument.national_module;
    if (!module || !score.national) return std::nullopt;
    const s::PillarResult& result = score.national->section;
    NationalSection section;
    section.title = module->id + " " + Shown(q::PillarText(*module, "title", language));
    section.intro = text.Get("national_intro");
    std::string value = s::HasScore(result.score) ? text.Number(result.score) : text.Get("not_computed");
    if (s::HasScore(result.score)) value += " — " + text.Get("stage_" + std::to_string(s::StageOf(result.score)));
    if (result.interval.Valid())
        value += text.Bracketed(text.Format("summary_range", {{"low", text.Number(result.interval.low)},
                                                              {"high", text.Number(result.interval.high)}}));
    if (result.status == s::PillarStatus::InsufficientData) value = text.Get("pillar_insufficient");
    section.figures = {{text.Get("national_score"), value},
                       {text.Get("column_answered"), std::to_string(result.answered) + "/" + std::to_string(result.scorable)}};
    section.columns = {text.Get("column_question"), text.Get("national_column_value"), text.Get("national_column_step")};
    std::map<std::string, const s::Recommendation*> steps;
    for (const auto& step : score.national->steps) steps[step.question_id] = &step;
    std::map<std::string, const s::ItemResult*> items;
    for (const auto& item : score.national->items) items[item.question_id] = &item;
    for (const auto& question : module->questions) {
        std::string item_value = "—";
        std::string next;
        if (const auto found = items.find(question.id); found != items.end()) {
            const s::ItemResult& item = *found->second;
            if (item.state == s::ItemState::Scored) item_value = context.ItemScore(item.value);
            else if (item.state == s::ItemState::NotApplicable) item_value = text.Get("annex_not_applicable");
            else if (item.state == s::ItemState::Hidden) item_value = text.Get("annex_not_asked");
            else item_value = text.Get("annex_unanswered");
            // The step from the level reached, as for the C5 questions (questionnaire/next_steps.h).
            if (const auto step = steps.find(question.id); step != steps.end())
                if (const auto found_step = q::NextStepFor(question, step->second->score, language))
                    next = Shown(found_step->text);
        } else {
            item_value = text.Get("national_not_scored");
        }
        section.rows.push_back({question.id + " — " + Shown(q::QuestionText(question, "text", language)), item_value, next});
    }
    return section;
}

}  // namespace c5::reports::detail
