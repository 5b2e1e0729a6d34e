#include "c5/reports/report_model.h"

#include <algorithm>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/text_util.h"
#include "c5/questionnaire/version.h"
#include "c5/reports/answer_labels.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/disagreements.h"
#include "c5/scoring/item_score.h"

namespace c5::reports {
namespace q = c5::questionnaire;
namespace s = c5::scoring;

namespace {

class Builder {
public:
    Builder(const q::AssessmentData& data, const s::ScoreResult& score, const ReportOptions& options,
            const s::Comparison* comparison)
        : m_data(data),
          m_score(score),
          m_options(options),
          m_comparison(comparison),
          m_text(options.language),
          m_lang(options.language) {}

    ReportModel Build() {
        m_model.language = m_lang;
        m_model.marking = m_options.marking;
        for (const char* key : {"section_summary", "section_pillars", "section_charts", "section_targets",
                                "section_penetration", "section_disagreements", "section_recommendations",
                                "section_methodology", "section_annex", "section_signoff", "section_progress"})
            m_model.section_titles.push_back(m_text.Get(key));
        m_model.follow_up = m_comparison != nullptr;
        Cover();
        Summary();
        if (m_comparison) Progress();
        Pillars();
        Targets();
        Penetration();
        Disagreements();
        Recommendations();
        Methodology();
        Annex();
        SignOff();
        return std::move(m_model);
    }

private:
    std::string Num(double value, int decimals = 1) const { return m_text.Number(value, decimals); }
    std::string Stage(double value) const {
        return s::HasScore(value) ? m_text.Get("stage_" + std::to_string(s::StageOf(value))) : std::string();
    }
    std::string Range(const s::Interval& interval) const {
        return interval.Valid() ? Num(interval.low) + "–" + Num(interval.high) : std::string();
    }
    std::string Signed(double value) const { return (value >= 0 ? "+" : "") + Num(value); }
    std::string PillarName(std::string_view id) const {
        const q::Pillar* pillar = m_data.instrument.FindPillar(id);
        return pillar ? std::string(id) + " " + Shown(q::PillarText(*pillar, "title", m_lang)) : std::string(id);
    }
    std::string QuestionHeading(const q::Question& question) const {
        return question.id + " — " + Shown(q::QuestionText(question, "text", m_lang));
    }

    void Cover() {
        m_model.title = m_text.Get(m_comparison ? "follow_up_title" : "report_title");
        m_model.subtitle = m_text.Get("report_subtitle");
        m_model.country = m_data.info.country_name;
        m_model.year = std::to_string(m_data.info.year);
        m_model.fictional = q::IsUserAssignedCode(m_data.info.country);
        m_model.fictional_notice = m_text.Get("fictional_notice");
        m_model.running_title = m_model.title + " — " + m_model.country + " " + m_model.year;
        std::string respondents;
        for (const auto& respondent : m_data.respondents)
            respondents += (respondents.empty() ? "" : "; ") + respondent.name +
                           (respondent.stakeholder_group.empty() ? "" : " (" + respondent.stakeholder_group + ")");
        const std::string generated = m_options.generated_on.empty() ? q::NowUtc().substr(0, 10) : m_options.generated_on;
        m_model.cover_facts = {
            {m_text.Get("cover_assessment"), m_data.info.title},
            {m_text.Get("cover_country_group"),
             m_text.Get("group_" + std::string(q::ToString(m_data.info.country_group)))},
            {m_text.Get("cover_instrument"),
             Shown(q::InstrumentText(m_data.instrument, "title", m_lang)) + " (" + m_data.instrument.id + " " +
                 m_data.instrument.version + ")"},
            {m_text.Get("cover_respondents"), respondents.empty() ? "—" : respondents},
            {m_text.Get("cover_generated"), m_text.Date(generated)},
            {m_text.Get("cover_kit"), std::string(q::KitVersionString())},
        };
    }

    void Summary() {
        const auto& overall = m_score.overall;
        m_model.summary_intro = m_text.Format("summary_intro", {{"country", m_data.info.country_name}});
        const auto figure = [&](double value, const s::Interval& interval) {
            if (!s::HasScore(value)) return m_text.Get("not_computed");
            std::string text = Num(value) + " — " + Stage(value);
            if (interval.Valid())
                text += " (" + m_text.Format("summary_range", {{"low", Num(interval.low)}, {"high", Num(interval.high)}}) + ")";
            return text;
        };
        if (s::HasScore(overall.adjusted))
            m_model.key_figures.push_back({m_text.Get("summary_adjusted"), figure(overall.adjusted, overall.adjusted_interval)});
        m_model.key_figures.push_back({m_text.Get("summary_overall"), figure(overall.score, overall.interval)});
        if (!s::HasScore(overall.adjusted))
            m_model.key_figures.push_back({m_text.Get("summary_adjusted_missing"),
                                           m_text.Get("not_computed") + ": " + m_text.Get("no_penetration_data")});
        const auto& penetration = m_score.penetration;
        m_model.key_figures.push_back(
            {m_text.Get("summary_penetration"),
             penetration.index ? Num(penetration.index->index) : m_text.Get("not_computed") + ": " + m_text.Get("no_penetration_data")});
        if (s::HasScore(penetration.gap))
            m_model.key_figures.push_back({m_text.Get("summary_gap"), (penetration.gap >= 0 ? "+" : "") + Num(penetration.gap)});
        if (m_comparison) {
            const bool adjusted = s::HasScore(m_comparison->adjusted_change);
            const double change = adjusted ? m_comparison->adjusted_change : m_comparison->overall_change;
            m_model.key_figures.push_back(
                {m_text.Format("summary_change", {{"year", std::to_string(m_comparison->baseline.year)}}),
                 s::HasScore(change) ? Signed(change) + " (" + m_text.Get(adjusted ? "summary_adjusted" : "summary_overall") + ")"
                                     : m_text.Get("not_computed")});
            for (const s::TargetProgress* target : {&m_comparison->target_a, &m_comparison->target_b})
                if (s::HasScore(target->expected) && s::HasScore(target->value))
                    m_model.target_summary.push_back(m_text.Format(
                        target->on_track ? "summary_on_track" : "summary_behind",
                        {{"target", target->id}, {"value", Num(target->value)}, {"expected", Num(target->expected)},
                         {"year", std::to_string(target->year)}}));
        }
        int answered = 0;
        int scorable = 0;
        int scored_pillars = 0;
        int included = 0;
        for (const auto& pillar : m_score.pillars) {
            if (!pillar.included) continue;
            answered += pillar.answered;
            scorable += pillar.scorable;
            ++included;
            scored_pillars += pillar.status == s::PillarStatus::Scored ? 1 : 0;
        }
        m_model.key_figures.push_back({m_text.Get("summary_completeness"),
                                       m_text.Format("summary_completeness_value",
                                                     {{"answered", std::to_string(answered)},
                                                      {"scorable", std::to_string(scorable)},
                                                      {"pillars", std::to_string(scored_pillars)},
                                                      {"included", std::to_string(included)}})});
        if (!overall.missing_pillars.empty()) {
            std::string names;
            for (const auto& id : overall.missing_pillars) names += (names.empty() ? "" : ", ") + PillarName(id);
            m_model.summary_notes.push_back(m_text.Format("summary_incomplete", {{"pillars", names}}));
        }
        std::vector<const s::PillarResult*> ranked;
        for (const auto& pillar : m_score.pillars)
            if (pillar.included && s::HasScore(pillar.score)) ranked.push_back(&pillar);
        std::stable_sort(ranked.begin(), ranked.end(), [](auto* a, auto* b) { return a->score > b->score; });
        for (std::size_t i = 0; i < std::min<std::size_t>(3, ranked.size()); ++i)
            m_model.strengths.push_back(m_text.Format("summary_strength_line", {{"pillar", PillarName(ranked[i]->id)},
                                                                                {"score", Num(ranked[i]->score)},
                                                                                {"stage", Stage(ranked[i]->score)}}));
        for (std::size_t i = 0; i < std::min<std::size_t>(5, m_score.recommendations.size()); ++i) {
            const auto& recommendation = m_score.recommendations[i];
            const q::Question* question = m_data.instrument.FindQuestion(recommendation.question_id);
            m_model.biggest_gaps.push_back(m_text.Format(
                "summary_gap_line", {{"question", QuestionHeading(*question)},
                                     {"pillar", recommendation.pillar_id},
                                     {"score", Num(100 * recommendation.score, 0)},
                                     {"recommendation", Shown(q::QuestionText(*question, "recommendation", m_lang))}}));
        }
    }

    void Progress() {
        const s::Comparison& comparison = *m_comparison;
        auto& progress = m_model.progress;
        progress.intro = m_text.Format("progress_intro", {{"year", std::to_string(comparison.followup.year)},
                                                          {"baseline", comparison.baseline.title},
                                                          {"base_year", std::to_string(comparison.baseline.year)}});
        progress.columns = {m_text.Get("column_pillar"),
                            m_text.Format("column_baseline_year", {{"year", std::to_string(comparison.baseline.year)}}),
                            m_text.Format("column_followup_year", {{"year", std::to_string(comparison.followup.year)}}),
                            m_text.Get("column_change")};
        bool any_clear = false;
        for (const auto& pillar : comparison.pillars) {
            std::string name = PillarName(pillar.id);
            if (!pillar.included) name += " (" + m_text.Get("pillar_optional_note") + ")";
            std::string change = s::HasScore(pillar.change) ? Signed(pillar.change) : "—";
            if (pillar.clear) change += " *";
            any_clear = any_clear || pillar.clear;
            progress.rows.push_back({name, Num(pillar.baseline), Num(pillar.followup), change});
        }
        progress.overall_rows.push_back({m_text.Get("overall_row"), Num(comparison.overall_baseline),
                                         Num(comparison.overall_followup),
                                         s::HasScore(comparison.overall_change) ? Signed(comparison.overall_change) : "—"});
        if (s::HasScore(comparison.adjusted_baseline) || s::HasScore(comparison.adjusted_followup))
            progress.overall_rows.push_back({m_text.Get("summary_adjusted"), Num(comparison.adjusted_baseline),
                                             Num(comparison.adjusted_followup),
                                             s::HasScore(comparison.adjusted_change) ? Signed(comparison.adjusted_change) : "—"});
        if (any_clear) progress.notes.push_back(m_text.Get("progress_clear_note"));
        for (const auto& note : comparison.notes) progress.notes.push_back(note);
    }

    // Targets a and b of a follow-up: where it stands on the trajectory set at the baseline.
    void FollowUpTarget(const s::TargetProgress& result, const char* title_key, TargetSection& section) {
        section.title = m_text.Get(title_key);
        if (const q::Target* target = m_data.instrument.FindTarget(result.id))
            section.c5_text = Shown(q::TargetText(*target, "text", m_lang));
        if (!s::HasScore(result.expected) || !s::HasScore(result.value)) {
            section.notes.push_back(m_text.Format("target_no_baseline", {{"reason", result.note}}));
            return;
        }
        const std::string kind = m_text.Get(result.adjusted ? "target_baseline_adjusted" : "target_kind_raw");
        std::string value = Num(result.value);
        if (result.value_interval.Valid()) value += " (" + Range(result.value_interval) + ")";
        section.figures = {
            {m_text.Format("target_baseline_year", {{"year", std::to_string(result.base_year)}}), Num(result.baseline) + ", " + kind},
            {m_text.Get("target_value"), Num(result.target) + " (" + std::to_string(result.target_year) + ")"},
            {m_text.Format("target_expected", {{"year", std::to_string(result.year)}}), Num(result.expected)},
            {m_text.Format("target_followup_value", {{"year", std::to_string(result.year)}}), value},
            {m_text.Get("target_state"), m_text.Get(result.on_track ? "target_state_on_track" : "target_state_behind")}};
        if (s::HasScore(result.probability_on_track))
            section.figures.push_back({m_text.Get("target_probability"), Num(100 * result.probability_on_track, 0) + " %"});
        if (s::HasScore(result.progress))
            section.figures.push_back({m_text.Get("target_progress_share"), Num(100 * result.progress, 0) + " %"});
        if (!result.note.empty()) section.notes.push_back(result.note);
        // The baseline's trajectory, as it was set, with the follow-up on it.
        section.chart = MakeFollowUpChart(result, m_text);
    }

    void Pillars() {
        m_model.pillars_intro = m_text.Get("pillars_intro");
        m_model.pillar_columns = {m_text.Get("column_pillar"), m_text.Get("column_score"), m_text.Get("column_range"),
                                  m_text.Get("column_answered"), m_text.Get("column_stage"),
                                  m_text.Get("column_adjusted")};
        m_model.chart = MakeChartData(m_score, m_data.instrument, m_text);
        for (const auto& pillar : m_score.pillars) {
            PillarLine line;
            line.included = pillar.included;
            std::string name = pillar.id + " " + Shown(q::PillarText(*m_data.instrument.FindPillar(pillar.id), "title", m_lang));
            if (!pillar.included) name += " (" + m_text.Get("pillar_optional_note") + ")";
            std::string stage = Stage(pillar.score);
            if (pillar.status == s::PillarStatus::InsufficientData) stage = m_text.Get("pillar_insufficient");
            if (pillar.status == s::PillarStatus::NoScorableItems) stage = m_text.Get("pillar_nothing");
            line.cells = {name, Num(pillar.score), Range(pillar.interval),
                          std::to_string(pillar.answered) + "/" + std::to_string(pillar.scorable), stage,
                          Num(pillar.adjusted)};
            m_model.pillars.push_back(std::move(line));
        }
        const auto& overall = m_score.overall;
        m_model.overall_rows.push_back({m_text.Get("overall_row"), Num(overall.score), Range(overall.interval), "",
                                        Stage(overall.score), Num(overall.adjusted)});
        m_model.radar_title = m_text.Format("chart_radar_title", {{"year", std::to_string(m_score.parameters.target_year)}});
        m_model.bars_title = m_text.Get("chart_bars_title");
    }

    void ProgressTarget(const s::ProgressTarget& result, const char* title_key, const char* target_id,
                        TargetSection& section) {
        section.title = m_text.Get(title_key);
        if (const q::Target* target = m_data.instrument.FindTarget(target_id))
            section.c5_text = Shown(q::TargetText(*target, "text", m_lang));
        section.chart = {result.trajectory, result.baseline, result.target, result.literal,
                         {m_text.Get("legend_baseline"), m_text.Get("legend_trajectory"), m_text.Get("legend_literal")},
                         std::nullopt};
        if (!s::HasScore(result.baseline)) {
            section.notes.push_back(m_text.Format("target_no_baseline", {{"reason", result.note}}));
            return;
        }
        std::string baseline = Num(result.baseline);
        if (result.baseline_interval.Valid()) baseline += " (" + Range(result.baseline_interval) + ")";
        baseline += ", " + m_text.Get(result.baseline_adjusted ? "target_baseline_adjusted" : "target_baseline_raw");
        section.figures = {{m_text.Get("target_baseline"), baseline},
                           {m_text.Get("target_value"), Num(result.target)},
                           {m_text.Get("target_literal"), Num(result.literal)},
                           {m_text.Get("target_year"), std::to_string(result.target_year)}};
        if (std::string(target_id) == "b")
            section.figures.push_back({m_text.Get("target_b_items"),
                                       std::to_string(result.answered) + "/" + std::to_string(result.scorable)});
        if (result.target_year_passed)
            section.notes.push_back(m_text.Format("target_year_passed", {{"target", std::to_string(result.target_year)},
                                                                         {"base", std::to_string(result.base_year)}}));
        else
            section.notes.push_back(m_text.Format("target_trajectory", {{"baseline", Num(result.baseline)},
                                                                        {"base", std::to_string(result.base_year)},
                                                                        {"target", Num(result.target)},
                                                                        {"year", std::to_string(result.target_year)}}));
        section.notes.push_back(m_text.Get("target_on_track_baseline"));
    }

    void Targets() {
        if (m_comparison) {
            FollowUpTarget(m_comparison->target_a, "target_a_title", m_model.target_a);
            FollowUpTarget(m_comparison->target_b, "target_b_title", m_model.target_b);
        } else {
            ProgressTarget(m_score.target_a, "target_a_title", "a", m_model.target_a);
            ProgressTarget(m_score.target_b, "target_b_title", "b", m_model.target_b);
        }
        auto& child = m_model.target_c;
        const auto& result = m_score.target_c;
        child.title = m_text.Get("target_c_title");
        if (const q::Target* target = m_data.instrument.FindTarget("c")) child.c5_text = Shown(q::TargetText(*target, "text", m_lang));
        child.met = result.met;
        child.status = m_text.Get(result.met ? "target_c_met" : "target_c_not_met");
        for (const auto& item : result.items) {
            const q::Question* question = m_data.instrument.FindQuestion(item.question_id);
            std::string status;
            if (item.state == s::ItemState::Unanswered) status = m_text.Get("target_c_no_answer");
            else if (item.state == s::ItemState::NotApplicable) status = m_text.Get("annex_not_applicable");
            else if (item.value >= 1 - 1e-9) status = m_text.Get("target_c_state_met");
            else status = m_text.Format("target_c_gap_item", {{"score", Num(item.value, 2)}});
            child.rows.push_back({item.question_id, Shown(q::QuestionText(*question, "text", m_lang)), status});
        }
        if (s::HasScore(result.probability_met))
            child.figures.push_back({m_text.Get("target_c_probability"), Num(100 * result.probability_met, 0) + " %"});
        if (m_comparison) {
            const auto& change = m_comparison->target_c;
            const auto list = [](const std::vector<std::string>& ids) {
                std::string text;
                for (const auto& id : ids) text += (text.empty() ? "" : ", ") + id;
                return text.empty() ? std::string("—") : text;
            };
            child.figures.push_back({m_text.Format("target_c_at_baseline", {{"year", std::to_string(m_comparison->baseline.year)}}),
                                     m_text.Get(change.baseline_met ? "target_c_state_met" : "target_c_state_not_met")});
            child.figures.push_back({m_text.Get("target_c_closed"), list(change.closed)});
            child.figures.push_back({m_text.Get("target_c_remaining"), list(change.remaining)});
            child.figures.push_back({m_text.Get("target_c_opened"), list(change.opened)});
        }
    }

    void Penetration() {
        m_model.penetration_intro = m_text.Get("penetration_intro");
        m_model.penetration_columns = {m_text.Get("column_indicator"), m_text.Get("column_value"),
                                       m_text.Get("column_year"), m_text.Get("column_source"),
                                       m_text.Get("column_component")};
        const auto& penetration = m_score.penetration;
        for (const auto& input : penetration.inputs) {
            std::string component;
            if (penetration.index)
                for (const auto& [indicator, share] : penetration.index->components)
                    if (indicator == input.indicator) component = Num(100 * share, 0) + " %";
            m_model.penetration_rows.push_back({m_text.Get("indicator_" + std::string(q::ToString(input.indicator))),
                                                Num(input.value), std::to_string(input.year), input.source, component});
        }
        if (!penetration.index) {
            m_model.penetration_notes.push_back(m_text.Get("not_computed") + ": " + m_text.Get("no_penetration_data") + ".");
            return;
        }
        m_model.penetration_notes.push_back(m_text.Format(
            "penetration_index_line", {{"index", Num(penetration.index->index)},
                                       {"gap", (penetration.gap >= 0 ? "+" : "") + Num(penetration.gap)}}));
        if (penetration.expected) {
            const auto& expected = *penetration.expected;
            m_model.penetration_notes.push_back(m_text.Format(
                "penetration_expected_line",
                {{"expected", Num(expected.expected)}, {"low", Num(expected.low)}, {"high", Num(expected.high)},
                 {"points", std::to_string(expected.points)}, {"country", m_data.info.country_name},
                 {"residual", (expected.residual >= 0 ? "+" : "") + Num(expected.residual)}}));
        } else {
            m_model.penetration_notes.push_back(
                m_text.Format("penetration_expected_missing", {{"reason", penetration.expected_note}}));
        }
    }

    AnswerLine Answer(const q::Question& question, const std::string& respondent, const std::optional<std::string>& value,
                      q::Confidence confidence, const std::string& evidence, const std::string& links) const {
        std::string notes = evidence;
        if (!links.empty()) notes += (notes.empty() ? "" : "\n") + links;
        return {{respondent, AnswerLabel(question, value, m_text, m_lang),
                 m_text.Get("confidence_" + std::string(q::ToString(confidence))), notes}};
    }

    std::string RespondentLabel(const q::Respondent& respondent) const {
        return respondent.stakeholder_group.empty() ? respondent.name
                                                    : respondent.name + " (" + respondent.stakeholder_group + ")";
    }

    void Disagreements() {
        m_model.answer_columns = {m_text.Get("column_respondent"), m_text.Get("column_answer"),
                                  m_text.Get("column_confidence"), m_text.Get("column_evidence")};
        const auto found = s::FindDisagreements(m_data);
        if (m_data.respondents.size() < 2) m_model.disagreements_intro = m_text.Get("disagreements_single");
        else if (found.empty()) m_model.disagreements_intro = m_text.Get("disagreements_none");
        else m_model.disagreements_intro = m_text.Get("disagreements_intro");
        for (const auto& disagreement : found) {
            const q::Question& question = *m_data.instrument.FindQuestion(disagreement.question_id);
            DisagreementBlock block;
            block.heading = QuestionHeading(question);
            block.subtitle = m_text.Format("spread_line", {{"levels", std::to_string(disagreement.levels)},
                                                           {"weight", Num(disagreement.weight, 1)}});
            for (const auto& answer : disagreement.answers)
                block.answers.push_back(Answer(question, RespondentLabel(*m_data.FindRespondent(answer.respondent_id)),
                                               answer.value, answer.confidence, answer.evidence, answer.links));
            if (disagreement.consensus)
                block.consensus = m_text.Format(
                    disagreement.consensus->note.empty() ? "consensus_settled" : "consensus_settled_note",
                    {{"answer", AnswerLabel(question, disagreement.consensus->value, m_text, m_lang)},
                     {"note", disagreement.consensus->note}});
            m_model.disagreements.push_back(std::move(block));
        }
    }

    void Recommendations() {
        m_model.recommendations_intro = m_text.Get("recommendations_intro");
        m_model.recommendation_columns = {m_text.Get("column_rank"), m_text.Get("column_question"),
                                          m_text.Get("column_now"), m_text.Get("column_gain"),
                                          m_text.Get("column_recommendation")};
        int rank = 0;
        for (const auto& recommendation : m_score.recommendations) {
            const q::Question& question = *m_data.instrument.FindQuestion(recommendation.question_id);
            m_model.recommendations.push_back({std::to_string(++rank), QuestionHeading(question),
                                               Num(100 * recommendation.score, 0), "+" + Num(recommendation.gain, 1),
                                               Shown(q::QuestionText(question, "recommendation", m_lang))});
        }
    }

    void Methodology() {
        const auto& parameters = m_score.parameters;
        m_model.methodology_paragraphs = {
            m_text.Get("methodology_intro"),        m_text.Get("methodology_items"),
            m_text.Get("methodology_respondents"),  m_text.Get("methodology_pillars"),
            m_text.Get("methodology_overall"),      m_text.Get("methodology_adjusted"),
            m_text.Get("methodology_targets"),
            m_text.Format("methodology_uncertainty",
                          {{"samples", std::to_string(parameters.samples)}, {"seed", std::to_string(parameters.seed)}}),
        };
        m_model.parameter_columns = {m_text.Get("parameter"), m_text.Get("column_value")};
        std::string included;
        for (const auto& id : m_score.settings.included_optional_pillars) included += (included.empty() ? "" : ", ") + id;
        m_model.parameters = {
            {m_text.Get("methodology_weighting"), m_text.Get("weighting_" + std::string(q::ToString(m_score.settings.weighting)))},
            {m_text.Get("methodology_aggregation"),
             m_text.Get("aggregation_" + std::string(q::ToString(m_score.settings.aggregation)))},
            {m_text.Get("methodology_geometric"), Num(m_score.overall.geometric)},
            {m_text.Get("methodology_included"), included.empty() ? m_text.Get("methodology_none") : included},
            {m_text.Get("methodology_samples"), std::to_string(parameters.samples) + " · " + std::to_string(parameters.seed)},
            {m_text.Get("methodology_instrument"), m_data.instrument.id + " " + m_data.instrument.version},
            {m_text.Get("methodology_sha"), m_data.instrument_sha256},
            {m_text.Get("methodology_file"), m_data.info.uuid},
            {m_text.Get("methodology_groups"), q::CountryGroupSources()},
        };
        m_model.weight_columns = {m_text.Get("column_pillar"), m_text.Get("column_weight")};
        for (const auto& pillar : m_score.pillars)
            if (pillar.weight > 0) m_model.weights.push_back({PillarName(pillar.id), Num(100 * pillar.weight, 1) + " %"});
        m_model.scoring_notes = m_score.warnings;
    }

    void Annex() {
        m_model.annex_intro = m_text.Get("annex_intro");
        std::map<std::string, const s::ItemResult*> items;
        for (const auto& item : m_score.items) items[item.question_id] = &item;
        for (const auto& pillar : m_data.instrument.pillars) {
            AnnexPillar section;
            section.heading = pillar.id + " " + Shown(q::PillarText(pillar, "title", m_lang));
            for (const auto& question : pillar.questions) {
                AnnexQuestion entry;
                entry.heading = QuestionHeading(question);
                if (const auto found = items.find(question.id); found != items.end()) {
                    const s::ItemResult& item = *found->second;
                    if (item.state == s::ItemState::Scored)
                        entry.status = item.from_consensus
                                           ? m_text.Format("annex_item_consensus", {{"value", Num(item.value, 2)}})
                                           : m_text.Format("annex_item", {{"value", Num(item.value, 2)},
                                                                          {"low", Num(item.lowest, 2)},
                                                                          {"high", Num(item.highest, 2)}});
                    else if (item.state == s::ItemState::Hidden) entry.status = m_text.Get("annex_not_asked");
                    else if (item.state == s::ItemState::NotApplicable) entry.status = m_text.Get("annex_not_applicable");
                    else entry.status = m_text.Get("annex_unanswered");
                }
                for (const auto& respondent : m_data.respondents)
                    for (const auto& answer : m_data.answers)
                        if (answer.respondent_id == respondent.id && answer.question_id == question.id)
                            entry.answers.push_back(Answer(question, RespondentLabel(respondent), answer.value,
                                                           answer.confidence, answer.evidence, answer.links));
                for (const auto& settled : m_data.consensus)
                    if (settled.question_id == question.id)
                        entry.answers.push_back({{m_text.Get("consensus_label"),
                                                  AnswerLabel(question, settled.value, m_text, m_lang), "", settled.note}});
                section.questions.push_back(std::move(entry));
            }
            m_model.annex.push_back(std::move(section));
        }
    }

    void SignOff() {
        m_model.signoff_intro = m_text.Get("signoff_intro");
        m_model.signoff_roles = {m_text.Get("signoff_prepared"), m_text.Get("signoff_approved")};
        m_model.signoff_prefilled = {m_options.prepared_by, m_options.approved_by};
        m_model.signoff_fields = {m_text.Get("signoff_name"), m_text.Get("signoff_signature"), m_text.Get("signoff_date")};
    }

    const q::AssessmentData& m_data;
    const s::ScoreResult& m_score;
    const ReportOptions& m_options;
    const s::Comparison* m_comparison;
    ReportText m_text;
    std::string m_lang;
    ReportModel m_model;
};

}  // namespace

ReportModel BuildReportModel(const q::AssessmentData& data, const s::ScoreResult& score, const ReportOptions& options,
                             const s::Comparison* comparison) {
    return Builder(data, score, options, comparison).Build();
}

}  // namespace c5::reports
