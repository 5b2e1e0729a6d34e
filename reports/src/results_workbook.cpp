// What the results workbook holds: typed rows built from the assessment and its scores, with the
// report's words for every heading and label.
#include "c5/reports/results_workbook.h"

#include <map>

#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/text_util.h"
#include "c5/reports/answer_labels.h"
#include "c5/reports/report_model.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/disagreements.h"
#include "c5/scoring/item_score.h"
#include "report_words.h"

namespace c5::reports {
namespace q = c5::questionnaire;
namespace s = c5::scoring;

namespace {

constexpr const char* kScore = "0.0";
constexpr const char* kShare = "0.0%";
constexpr const char* kItem = "0.00";
constexpr const char* kWeight = "0.###";
constexpr const char* kWhole = "0";

WorkbookCell Number(double value) { return s::HasScore(value) ? WorkbookCell(value) : WorkbookCell(); }
WorkbookCell Text(std::string value) { return value.empty() ? WorkbookCell() : WorkbookCell(std::move(value)); }

class Builder {
public:
    Builder(const q::AssessmentData& data, const s::ScoreResult& score, const ReportOptions& options,
            const s::Comparison* comparison)
        : m_data(data), m_score(score), m_comparison(comparison), m_options(options),
          m_text(options.language, data.instrument), m_lang(options.language) {
        m_workbook.language = options.language;
        m_workbook.right_to_left = m_text.RightToLeft();
        // The default marking in the workbook's language, as the report prints it; any other as typed.
        m_workbook.marking = options.marking == kDefaultMarking ? m_text.Get("marking_default") : options.marking;
        // Named as the report of the same assessment is: the follow-up's title, the country in the language.
        m_workbook.title_words = m_text.Get(comparison ? "follow_up_title" : "report_title");
        m_workbook.title_place = detail::ReportCountryName(data.info, m_lang) + " " + std::to_string(data.info.year);
        m_workbook.title = m_workbook.title_words + " — " + m_workbook.title_place;
    }

    ResultsWorkbook Build() {
        Scores();
        if (m_comparison) Progress();
        Answers();
        Disagreements();
        Recommendations();
        Targets();
        ChildProtection();
        Weights();
        return std::move(m_workbook);
    }

private:
    WorkbookColumn Column(const char* key, const char* format = "", bool long_text = false) const {
        return {m_text.Get(key), format, long_text};
    }
    WorkbookSheet& Sheet(const char* key, std::vector<WorkbookColumn> columns) {
        m_workbook.sheets.push_back({m_text.Get(key), std::move(columns), {}});
        return m_workbook.sheets.back();
    }
    std::string Stage(double value) const {
        return s::HasScore(value) ? m_text.Get("stage_" + std::to_string(s::StageOf(value))) : std::string();
    }
    std::string YesNo(bool value) const { return m_text.Get(value ? "yes" : "no"); }
    // A group id in the workbook's language, as the report names it; none stays empty.
    std::string GroupName(const std::string& group) const {
        return group.empty() ? std::string() : StakeholderGroupName(m_text, group);
    }
    std::string PillarTitle(std::string_view id) const {
        const q::Pillar* pillar = m_data.instrument.FindPillar(id);
        return pillar ? Shown(q::PillarText(*pillar, "title", m_lang)) : std::string(id);
    }
    std::string QuestionText(const q::Question& question) const {
        return Shown(q::QuestionText(question, "text", m_lang));
    }

    void Scores() {
        auto& sheet = Sheet("sheet_scores",
                            {Column("column_id"), Column("column_pillar", "", true), Column("column_included"),
                             Column("column_status"), Column("column_score", kScore), Column("column_low", kScore),
                             Column("column_high", kScore), Column("column_median", kScore), Column("column_stage"),
                             Column("column_answered", kWhole), Column("column_scorable", kWhole),
                             Column("column_completeness", kShare), Column("column_adjusted", kScore),
                             Column("column_adjusted_low", kScore), Column("column_adjusted_high", kScore),
                             Column("column_weight", kShare)});
        const auto completeness = [](int answered, int scorable) {
            return scorable > 0 ? WorkbookCell(static_cast<double>(answered) / scorable) : WorkbookCell();
        };
        int answered = 0;
        int scorable = 0;
        const auto pillar_row = [&](const s::PillarResult& pillar) -> std::vector<WorkbookCell> {
            std::string status = m_text.Get("status_scored");
            if (pillar.status == s::PillarStatus::InsufficientData) status = m_text.Get("pillar_insufficient");
            if (pillar.status == s::PillarStatus::NoScorableItems) status = m_text.Get("pillar_nothing");
            return {pillar.id, PillarTitle(pillar.id), YesNo(pillar.included), status, Number(pillar.score),
                    Number(pillar.interval.low), Number(pillar.interval.high), Number(pillar.interval.median),
                    Text(Stage(pillar.score)), static_cast<double>(pillar.answered),
                    static_cast<double>(pillar.scorable), completeness(pillar.answered, pillar.scorable),
                    Number(pillar.adjusted), Number(pillar.adjusted_interval.low),
                    Number(pillar.adjusted_interval.high), Number(pillar.weight)};
        };
        for (const auto& pillar : m_score.pillars) {
            if (pillar.included) answered += pillar.answered, scorable += pillar.scorable;
            sheet.rows.push_back(pillar_row(pillar));
        }
        // The national module beside the pillars: its own score, never in the overall one.
        if (m_score.national) sheet.rows.push_back(pillar_row(m_score.national->section));
        const auto& overall = m_score.overall;
        sheet.rows.push_back({std::string("overall"), m_text.Get("overall_row"), YesNo(true),
                              m_text.Get(overall.complete ? "status_complete" : "status_incomplete"), Number(overall.score),
                              Number(overall.interval.low), Number(overall.interval.high), Number(overall.interval.median),
                              Text(Stage(overall.score)), static_cast<double>(answered), static_cast<double>(scorable),
                              completeness(answered, scorable), Number(overall.adjusted),
                              Number(overall.adjusted_interval.low), Number(overall.adjusted_interval.high), 1.0});
        sheet.rows.push_back({std::string("adjusted"), m_text.Get("adjusted_row"), WorkbookCell(),
                              Text(s::HasScore(overall.adjusted) ? std::string() : m_text.Get("no_penetration_data")),
                              Number(overall.adjusted), Number(overall.adjusted_interval.low),
                              Number(overall.adjusted_interval.high), Number(overall.adjusted_interval.median),
                              Text(Stage(overall.adjusted))});
        // Target b's baseline B, as `score --json` prints it (targets.b.baseline): adjusted when P is known.
        const auto& transborder = m_score.target_b;
        const std::string kind = !s::HasScore(transborder.baseline) ? std::string()
                                 : transborder.baseline_adjusted   ? m_text.Get("target_baseline_adjusted")
                                                                   : m_text.Get("target_kind_raw");
        sheet.rows.push_back({std::string("transborder"), m_text.Get("row_transborder"), WorkbookCell(), Text(kind),
                              Number(transborder.baseline), Number(transborder.baseline_interval.low),
                              Number(transborder.baseline_interval.high), Number(transborder.baseline_interval.median),
                              Text(Stage(transborder.baseline)), static_cast<double>(transborder.answered),
                              static_cast<double>(transborder.scorable),
                              completeness(transborder.answered, transborder.scorable)});
        const auto& penetration = m_score.penetration;
        sheet.rows.push_back({std::string("penetration"), m_text.Get("summary_penetration"), WorkbookCell(),
                              Text(penetration.index ? std::string() : m_text.Get("no_penetration_data")),
                              penetration.index ? WorkbookCell(penetration.index->index) : WorkbookCell()});
    }

    void Answers() {
        auto& sheet = Sheet("sheet_answers",
                            {Column("column_respondent"), Column("form_group"), Column("column_pillar"),
                             Column("column_item"), Column("column_question", "", true), Column("column_value", "", true),
                             Column("column_answer", "", true), Column("column_item_score", kItem),
                             Column("column_confidence"), Column("column_evidence", "", true),
                             Column("column_links", "", true), Column("column_review"), Column("column_updated")});
        for (const q::Question* question : m_data.instrument.Questions()) {
            for (const auto& respondent : m_data.respondents)
                for (const auto& answer : m_data.answers) {
                    if (answer.respondent_id != respondent.id || answer.question_id != question->id) continue;
                    sheet.rows.push_back({respondent.name, Text(GroupName(respondent.stakeholder_group)), question->pillar_id,
                                          question->id, QuestionText(*question), Value(*question, answer.value),
                                          AnswerLabel(*question, answer.value, m_text, m_lang), ItemScore(*question, answer.value),
                                          m_text.Get("confidence_" + std::string(q::ToString(answer.confidence))),
                                          Text(answer.evidence), Text(answer.links), YesNo(answer.needs_review),
                                          Text(answer.updated_at.empty() ? answer.answered_at : answer.updated_at)});
                }
            for (const auto& settled : m_data.consensus)
                if (settled.question_id == question->id)
                    sheet.rows.push_back({m_text.Get("consensus_label"), WorkbookCell(), question->pillar_id, question->id,
                                          QuestionText(*question), Value(*question, settled.value),
                                          AnswerLabel(*question, settled.value, m_text, m_lang),
                                          ItemScore(*question, settled.value), WorkbookCell(), Text(settled.note),
                                          WorkbookCell(), WorkbookCell(), Text(settled.decided_at)});
        }
    }

    // The stored answer: numbers (levels, counts, percentages) as numbers, choices as their ids.
    static WorkbookCell Value(const q::Question& question, const std::optional<std::string>& value) {
        if (!value) return {};
        if (question.type == q::QuestionType::Maturity || question.type == q::QuestionType::Number ||
            question.type == q::QuestionType::Percent)
            if (const auto number = q::ParseNumber(*value)) return *number;
        return *value;
    }

    static WorkbookCell ItemScore(const q::Question& question, const std::optional<std::string>& value) {
        if (!value || !question.Scored()) return {};
        const auto score = s::ItemScore(question, *value);
        return score ? WorkbookCell(*score) : WorkbookCell();
    }

    void Disagreements() {
        auto& sheet = Sheet("sheet_disagreements",
                            {Column("column_item"), Column("column_question", "", true), Column("column_pillar"),
                             Column("column_spread", kWhole), Column("column_weight", kWeight),
                             Column("column_respondent", "", true), Column("column_answer", "", true), Column("column_confidence"),
                             Column("column_evidence", "", true), Column("consensus_label", "", true)});
        for (const auto& disagreement : s::FindDisagreements(m_data)) {
            const q::Question& question = *m_data.instrument.FindQuestion(disagreement.question_id);
            std::string consensus;
            if (disagreement.consensus) {
                consensus = AnswerLabel(question, disagreement.consensus->value, m_text, m_lang);
                if (!disagreement.consensus->note.empty()) consensus += " — " + disagreement.consensus->note;
            }
            for (const auto& answer : disagreement.answers) {
                std::string notes = answer.evidence;
                if (!answer.links.empty()) notes += (notes.empty() ? "" : "\n") + answer.links;
                const std::string respondent =
                    answer.stakeholder_group.empty()
                        ? answer.respondent
                        : answer.respondent + m_text.Bracketed(GroupName(answer.stakeholder_group));
                sheet.rows.push_back({question.id, QuestionText(question), disagreement.pillar_id,
                                      static_cast<double>(disagreement.levels), disagreement.weight, respondent,
                                      AnswerLabel(question, answer.value, m_text, m_lang),
                                      m_text.Get("confidence_" + std::string(q::ToString(answer.confidence))), Text(notes),
                                      Text(consensus)});
            }
        }
    }

    void Recommendations() {
        auto& sheet = Sheet("sheet_recommendations",
                            {Column("column_rank", kWhole), Column("column_item"), Column("column_question", "", true),
                             Column("column_pillar"), Column("column_now", kWhole), Column("column_gain", "0.0#"),
                             Column("column_recommendation", "", true)});
        int rank = 0;
        for (const auto& recommendation : m_score.recommendations) {
            const q::Question& question = *m_data.instrument.FindQuestion(recommendation.question_id);
            sheet.rows.push_back({static_cast<double>(++rank), question.id, QuestionText(question),
                                  recommendation.pillar_id, 100 * recommendation.score, recommendation.gain,
                                  NextStepText(question, recommendation.score, m_lang)});
        }
    }

    // A follow-up's change per pillar since its baseline: the follow-up report's comparison table,
    // with numbers as numbers.
    void Progress() {
        const s::Comparison& comparison = *m_comparison;
        const std::string base_year = std::to_string(comparison.baseline.year);
        const std::string year = std::to_string(comparison.followup.year);
        m_workbook.sheets.push_back(
            {m_text.Get("sheet_progress"),
             {Column("column_id"), Column("column_pillar", "", true),
              {m_text.Format("column_baseline_year", {{"year", base_year}}), kScore},
              {m_text.Format("column_followup_year", {{"year", year}}), kScore}, Column("column_change", "+0.0;-0.0;0.0"),
              Column("column_change_low", "+0.0;-0.0;0.0"), Column("column_change_high", "+0.0;-0.0;0.0"),
              Column("column_clear")},
             {}});
        auto& rows = m_workbook.sheets.back().rows;
        const auto row = [&](std::string id, std::string name, double before, double after, double change,
                             const s::Interval& range, bool clear) {
            rows.push_back({std::move(id), std::move(name), Number(before), Number(after), Number(change),
                            range.Valid() ? Number(range.low) : WorkbookCell(),
                            range.Valid() ? Number(range.high) : WorkbookCell(),
                            range.Valid() ? WorkbookCell(m_text.Get(clear ? "clear_yes" : "clear_no")) : WorkbookCell()});
        };
        for (const auto& pillar : comparison.pillars) {
            std::string name = PillarTitle(pillar.id);
            if (!pillar.included) name += m_text.Bracketed(m_text.Get("pillar_optional_note"));
            row(pillar.id, name, pillar.baseline, pillar.followup, pillar.change, pillar.change_interval, pillar.clear);
        }
        // The national module, outside the C5 overall score, when both assessments ask the same one.
        if (comparison.national && m_data.instrument.national_module) {
            const q::Pillar& module = *m_data.instrument.national_module;
            const s::PillarChange& national = *comparison.national;
            row(module.id, Shown(q::PillarText(module, "title", m_lang)) + m_text.Bracketed(m_text.Get("progress_national_row_note")),
                national.baseline, national.followup, national.change, national.change_interval, national.clear);
        }
        row("overall", m_text.Get("overall_row"), comparison.overall_baseline, comparison.overall_followup,
            comparison.overall_change, comparison.overall_change_interval, comparison.overall_clear);
        if (s::HasScore(comparison.adjusted_baseline) || s::HasScore(comparison.adjusted_followup))
            row("adjusted", m_text.Get("summary_adjusted"), comparison.adjusted_baseline, comparison.adjusted_followup,
                comparison.adjusted_change, comparison.adjusted_change_interval, comparison.adjusted_clear);
    }

    // A follow-up's targets a and b are those set at its baseline: where the follow-up stands on that
    // trajectory, with the follow-up report's own notes (its report model words them).
    void FollowUpTargets() {
        const s::Comparison& comparison = *m_comparison;
        const std::string year = std::to_string(comparison.followup.year);
        auto& sheet = Sheet("sheet_targets",
                            {Column("column_target"), Column("column_title", "", true),
                             {m_text.Format("target_baseline_year", {{"year", std::to_string(comparison.baseline.year)}}),
                              kScore},
                             Column("column_adjusted_baseline"), Column("target_value", kScore),
                             Column("target_year", kWhole), {m_text.Format("target_expected", {{"year", year}}), kScore},
                             {m_text.Format("target_followup_value", {{"year", year}}), kScore},
                             Column("column_low", kScore), Column("column_high", kScore), Column("target_state"),
                             Column("target_probability", kShare), Column("target_progress_share", kShare),
                             Column("column_note", "", true)});
        const ReportModel model = BuildReportModel(m_data, m_score, m_options, m_comparison);
        const std::pair<const s::TargetProgress*, const TargetSection*> targets[] = {
            {&comparison.target_a, &model.target_a}, {&comparison.target_b, &model.target_b}};
        for (const auto& [target, section] : targets) {
            const q::Target* definition = m_data.instrument.FindTarget(target->id);
            std::string notes;
            for (const auto& note : section->notes) notes += (notes.empty() ? "" : "\n") + note;
            const bool measured = s::HasScore(target->baseline) && s::HasScore(target->expected) && s::HasScore(target->value);
            sheet.rows.push_back(
                {target->id, Text(definition ? Shown(q::TargetText(*definition, "title", m_lang)) : std::string()),
                 Number(target->baseline), Text(s::HasScore(target->baseline) ? YesNo(target->adjusted) : std::string()),
                 Number(target->target), target->target_year ? WorkbookCell(static_cast<double>(target->target_year)) : WorkbookCell(),
                 Number(target->expected), Number(target->value),
                 target->value_interval.Valid() ? Number(target->value_interval.low) : WorkbookCell(),
                 target->value_interval.Valid() ? Number(target->value_interval.high) : WorkbookCell(),
                 measured ? WorkbookCell(m_text.Get(target->on_track ? "target_state_on_track" : "target_state_behind"))
                          : WorkbookCell(),
                 Number(target->probability_on_track), Number(target->progress), Text(notes)});
        }
        sheet.rows.push_back({std::string("c"), Text(model.target_c.title), WorkbookCell(), WorkbookCell(),
                              WorkbookCell(), WorkbookCell(), WorkbookCell(), WorkbookCell(), WorkbookCell(),
                              WorkbookCell(), Text(model.target_c.status)});
    }

    void Targets() {
        if (m_comparison) return FollowUpTargets();
        auto& sheet = Sheet("sheet_targets",
                            {Column("column_target"), Column("column_title", "", true), Column("target_baseline", kScore),
                             Column("column_adjusted_baseline"), Column("target_value", kScore),
                             Column("target_literal", kScore), Column("column_base_year", kWhole),
                             Column("target_year", kWhole), Column("column_met"), Column("column_probability", kShare),
                             Column("column_note", "", true)});
        for (const s::ProgressTarget* target : {&m_score.target_a, &m_score.target_b}) {
            const q::Target* definition = m_data.instrument.FindTarget(target->id);
            std::string note = target->note;
            if (target->target_year_passed)
                note = m_text.Format("target_year_passed", {{"target", std::to_string(target->target_year)},
                                                            {"base", std::to_string(target->base_year)}});
            sheet.rows.push_back({target->id,
                                  Text(definition ? Shown(q::TargetText(*definition, "title", m_lang)) : std::string()),
                                  Number(target->baseline),
                                  Text(s::HasScore(target->baseline) ? YesNo(target->baseline_adjusted) : std::string()),
                                  Number(target->target), Number(target->literal), static_cast<double>(target->base_year),
                                  static_cast<double>(target->target_year), WorkbookCell(), WorkbookCell(), Text(note)});
        }
        const auto& child = m_score.target_c;
        const q::Target* definition = m_data.instrument.FindTarget("c");
        sheet.rows.push_back({std::string("c"),
                              Text(definition ? Shown(q::TargetText(*definition, "title", m_lang)) : std::string()),
                              WorkbookCell(), WorkbookCell(), WorkbookCell(), WorkbookCell(), WorkbookCell(),
                              WorkbookCell(), child.Decided() ? WorkbookCell(YesNo(child.met)) : WorkbookCell(),
                              child.Decided() ? Number(child.probability_met) : WorkbookCell(),
                              !child.Decided() ? m_text.Format("target_c_not_assessed",
                                                               {{"answered", std::to_string(child.answered)},
                                                                {"applicable", std::to_string(child.applicable)}})
                                               : m_text.Get(child.met ? "target_c_met" : "target_c_not_met")});
    }

    void ChildProtection() {
        auto& sheet = Sheet("sheet_child_protection", {Column("column_item"), Column("column_question", "", true),
                                                       Column("column_status"), Column("column_item_score", kItem)});
        for (const auto& item : m_score.target_c.items) {
            const q::Question* question = m_data.instrument.FindQuestion(item.question_id);
            std::string status;
            if (item.state == s::ItemState::Unanswered) status = m_text.Get("target_c_no_answer");
            else if (item.state == s::ItemState::NotApplicable) status = m_text.Get("annex_not_applicable");
            else if (item.value >= 1 - 1e-9) status = m_text.Get("target_c_state_met");
            else status = m_text.Get("target_c_state_not_met");
            sheet.rows.push_back({item.question_id, question ? QuestionText(*question) : item.text, status,
                                  item.state == s::ItemState::Scored ? Number(item.value) : WorkbookCell()});
        }
    }

    void Weights() {
        auto& sheet = Sheet("sheet_weights",
                            {Column("column_pillar", "", true), Column("column_pillar_weight", kShare), Column("column_item"),
                             Column("column_question", "", true), Column("column_question_weight", kWeight),
                             Column("column_exposure", kItem), Column("column_effective_weight", "0.00%"),
                             Column("column_tags")});
        std::map<std::string, const s::ItemResult*> items;
        for (const auto& item : m_score.items) items[item.question_id] = &item;
        for (const auto& pillar : m_data.instrument.pillars) {
            const s::PillarResult* result = m_score.FindPillar(pillar.id);
            for (const auto& question : pillar.questions) {
                if (!question.Scored()) continue;
                std::string tags;
                for (const auto& tag : question.tags) tags += (tags.empty() ? "" : ", ") + tag;
                const auto item = items.find(question.id);
                sheet.rows.push_back({pillar.id + " " + PillarTitle(pillar.id), result ? Number(result->weight) : WorkbookCell(),
                                      question.id, QuestionText(question), question.weight, question.exposure,
                                      item != items.end() ? WorkbookCell(item->second->effective_weight) : WorkbookCell(),
                                      Text(tags)});
            }
        }
    }

    const q::AssessmentData& m_data;
    const s::ScoreResult& m_score;
    const s::Comparison* m_comparison;
    const ReportOptions& m_options;
    ReportText m_text;
    std::string m_lang;
    ResultsWorkbook m_workbook;
};

}  // namespace

ResultsWorkbook BuildResultsWorkbook(const q::AssessmentData& data, const s::ScoreResult& score,
                                     const ReportOptions& options, const s::Comparison* comparison) {
    return Builder(data, score, options, comparison).Build();
}

}  // namespace c5::reports
