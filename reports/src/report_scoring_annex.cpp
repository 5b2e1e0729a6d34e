// Annex B: how every question is scored — weight (and its penetration-adjusted value), exposure with
// its reason, the scale of each answer, goalposts, choice scores and the targets it feeds — so a
// methodologist can recompute any score from the report alone (docs/methodology.md §§1–9).
#include <algorithm>

#include "c5/questionnaire/instrument_text.h"
#include "c5/scoring/penetration.h"
#include "report_sections.h"

namespace c5::reports::detail {
namespace q = c5::questionnaire;
namespace s = c5::scoring;

namespace {

std::string Number(const ReportContext& context, double value) {
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return context.Num(value, whole ? 0 : (std::abs(value * 10 - std::round(value * 10)) < 1e-9 ? 1 : 2));
}

std::string HowScored(const ReportContext& context, const q::Question& question) {
    const auto& text = context.text;
    std::string how;
    switch (question.type) {
        case q::QuestionType::Maturity: how = text.Get("scoring_maturity"); break;
        case q::QuestionType::YesPartialNo: how = text.Get("scoring_yes_partial_no"); break;
        case q::QuestionType::SingleChoice:
        case q::QuestionType::MultipleChoice: {
            double best = 0;
            double total = 0;
            std::string choices;
            for (const auto& choice : question.choices) {
                best = std::max(best, choice.score);
                total += choice.score;
                choices += (choices.empty() ? "" : " · ") + Shown(q::ChoiceLabel(question, choice, context.lang)) + " " +
                           Number(context, choice.score);
            }
            how = text.Format(question.type == q::QuestionType::SingleChoice ? "scoring_single" : "scoring_multiple",
                              {{"choices", choices}, {"best", Number(context, best)}, {"total", Number(context, total)}});
            break;
        }
        case q::QuestionType::Number:
        case q::QuestionType::Percent: {
            const std::string unit = question.type == q::QuestionType::Percent
                                         ? "%"
                                         : Shown(q::QuestionText(question, "unit", context.lang));
            how = text.Format("scoring_number", {{"low", Number(context, question.goalposts->low)},
                                                 {"high", Number(context, question.goalposts->high)},
                                                 {"unit", unit}});
            break;
        }
        case q::QuestionType::Text: return text.Get("scoring_text");
    }
    if (question.HasTag("transborder")) how += " " + text.Get("scoring_tag_transborder");
    if (question.HasTag("cop_mandatory")) how += " " + text.Get("scoring_tag_cop");
    return how;
}

}  // namespace

void BuildScoringAnnex(const ReportContext& context, ReportModel& model) {
    const auto& text = context.text;
    const auto& penetration = context.score.penetration.index;
    ScoringAnnex& annex = model.scoring_annex;
    annex.intro = penetration ? text.Format("scoring_annex_intro_adjusted", {{"index", context.Num(penetration->index)}})
                              : text.Get("scoring_annex_intro");
    annex.columns = {text.Get("column_question"), text.Get(penetration ? "column_weight_adjusted" : "column_weight"),
                     text.Get("column_exposure_reason"), text.Get("column_scoring")};
    // The national module last: its own score, never weighted into the overall one nor adjusted
    // for penetration.
    for (const q::Pillar* pillar : context.data.instrument.Sections()) {
        ScoringAnnexPillar section;
        // An included pillar without a score yet has no weight, but it is not left out of the score;
        // the national module never counts in it.
        const s::PillarResult* result = context.score.FindPillar(pillar->id);
        std::string weight = text.Get(result && result->included && !pillar->national ? "scoring_pillar_no_score"
                                                                                      : "scoring_pillar_not_counted");
        if (result && result->weight > 0)
            weight = text.Format("scoring_pillar_weight", {{"weight", context.Num(100 * result->weight, 1)}});
        section.heading = context.PillarName(pillar->id) + " — " + weight;
        for (const auto& question : pillar->questions) {
            if (!question.Scored()) {
                section.rows.push_back({question.id, "—", "—", text.Get("scoring_text")});
                continue;
            }
            std::string weight_cell = Number(context, question.weight);
            if (penetration && !pillar->national)
                weight_cell += " " + text.Get("arrow_becomes") + " " + context.Num(s::AdjustedWeight(question.weight, question.exposure, penetration->index), 2);
            const std::string note = Shown(q::QuestionText(question, "exposure_note", context.lang));
            std::string exposure = pillar->national && note.empty() ? "—" : Number(context, question.exposure);
            if (!note.empty()) exposure += " — " + note;
            section.rows.push_back({question.id, weight_cell, exposure, HowScored(context, question)});
        }
        annex.pillars.push_back(std::move(section));
    }
}

}  // namespace c5::reports::detail
