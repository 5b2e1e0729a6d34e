#include "c5/reports/report_model.h"

#include <algorithm>
#include <cmath>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/text_util.h"
#include "c5/questionnaire/version.h"
#include "c5/reports/answer_labels.h"
#include "c5/reports/report_stamp.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/disagreements.h"
#include "c5/scoring/item_score.h"
#include "c5/scoring/reference_fit.h"
#include "report_national.h"
#include "report_sections.h"
#include "report_words.h"

namespace c5::reports {
namespace q = c5::questionnaire;
namespace s = c5::scoring;
using detail::ReportContext;

namespace {

class Builder {
public:
    Builder(const q::AssessmentData& data, const s::ScoreResult& score, const ReportOptions& options,
            const s::Comparison* comparison)
        : m_context(data, score, options, comparison),
          m_data(data),
          m_score(score),
          m_options(options),
          m_comparison(comparison),
          m_text(m_context.text),
          m_lang(options.language),
          m_country(detail::ReportCountryName(data.info, options.language)) {}

    ReportModel Build() {
        m_model.language = m_lang;
        m_model.text = m_text;
        // The default marking is printed in the report's language; any other as typed.
        m_model.marking = m_options.marking == kDefaultMarking ? m_text.Get("marking_default") : m_options.marking;
        // In SectionIndex order.
        for (const char* key : {"section_summary", "section_pillars", "section_charts", "section_targets",
                                "section_penetration", "section_disagreements", "section_recommendations",
                                "section_methodology", "section_annex", "section_signoff", "section_progress",
                                "section_process", "section_findings", "section_roadmap", "section_limitations",
                                "section_scoring_annex", "section_national"})
            m_model.section_titles.push_back(m_text.Get(key));
        m_model.follow_up = m_comparison != nullptr;
        m_disagreements = s::FindDisagreements(m_data);
        detail::BuildDraftNotice(m_context, m_model);
        Cover();
        detail::BuildProcess(m_context, m_model);
        m_coverage_notes = m_model.process.summary;
        Summary();
        if (m_comparison) Progress();
        Pillars();
        m_model.national = detail::BuildNationalSection(m_context);
        detail::BuildFindings(m_context, m_disagreements, m_model);
        Targets();
        TargetSummary();
        Penetration();
        Disagreements();
        detail::BuildRecommendations(m_context, m_model);
        detail::BuildLimitations(m_context, m_model);
        Methodology();
        Annex();
        detail::BuildScoringAnnex(m_context, m_model);
        SignOff();
        return std::move(m_model);
    }

private:
    std::string Num(double value, int decimals = 1) const { return m_context.Num(value, decimals); }
    std::string Stage(double value) const { return m_context.Stage(value); }
    std::string Range(const s::Interval& interval) const { return m_context.Range(interval); }
    // A table cell is never left blank: a score without a range says so with a dash.
    std::string RangeCell(const s::Interval& interval) const { return interval.Valid() ? Range(interval) : "—"; }
    std::string Signed(double value) const { return m_context.Signed(value); }
    std::string PillarName(std::string_view id) const { return m_context.PillarName(id); }
    std::string QuestionHeading(const q::Question& question) const { return m_context.QuestionHeading(question); }
    // A share as a whole percentage; one that rounds to 0 % or 100 % without being so says so.
    std::string Percent(double fraction) const {
        if (fraction > 0 && fraction < 0.005) return "< 1 %";
        if (fraction < 1 && fraction > 0.995) return "> 99 %";
        return Num(100 * fraction, 0) + " %";
    }
    std::string NotComputed(const std::string& reason) const {
        return m_text.Format("note_with_label", {{"label", m_text.Get("not_computed")}, {"reason", reason}});
    }

    void Cover() {
        m_model.title = m_text.Get(m_comparison ? "follow_up_title" : "report_title");
        m_model.subtitle = m_text.Get("report_subtitle");
        m_model.country = m_country;
        m_model.year = std::to_string(m_data.info.year);
        m_model.fictional = q::IsUserAssignedCode(m_data.info.country);
        m_model.fictional_notice = m_text.Get("fictional_notice");
        m_model.running_title = m_model.title + " — " + m_model.country + " " + m_model.year;
        std::string respondents;
        for (const auto& respondent : m_data.respondents) respondents += (respondents.empty() ? "" : m_text.Get("item_separator")) + RespondentLabel(respondent);
        const std::string generated = m_options.generated_on.empty() ? q::NowUtc().substr(0, 10) : m_options.generated_on;
        m_model.cover_facts = {
            {m_text.Get("cover_assessment"), m_data.info.title},
            {m_text.Get("cover_country_group"),
             m_text.Get("group_" + std::string(q::ToString(m_data.info.country_group)))},
            {m_text.Get("cover_instrument"),
             Shown(q::InstrumentText(m_data.instrument, "title", m_lang)) +
                 m_text.Bracketed(m_data.instrument.id + "\u00A0" + m_data.instrument.version)},
            {m_text.Get("cover_respondents"), respondents.empty() ? "—" : respondents},
            {m_text.Get("cover_generated"), m_text.Date(generated)},
            {m_text.Get("cover_kit"), std::string(q::KitVersionString())},
        };
        // Named on the cover too: a draft has no sign-off block to name them in.
        if (!m_options.prepared_by.empty())
            m_model.cover_facts.push_back({m_text.Get("signoff_prepared"), m_options.prepared_by});
    }

    void Summary() {
        const auto& overall = m_score.overall;
        m_model.summary_intro =
            m_comparison ? m_text.Format("summary_intro_followup", {{"country", m_country},
                                                                     {"year", std::to_string(m_data.info.year)},
                                                                     {"base_year", std::to_string(m_comparison->baseline.year)}})
                         : m_text.Format(m_model.draft.draft ? "summary_intro_draft" : "summary_intro",
                                         {{"country", m_country}});
        const auto figure = [&](double value, const s::Interval& interval) {
            if (!s::HasScore(value)) return m_text.Get("not_computed");
            std::string text = Num(value) + " — " + Stage(value);
            if (interval.Valid())
                text += m_text.Bracketed(m_text.Format("summary_range", {{"low", Num(interval.low)}, {"high", Num(interval.high)}}));
            return text;
        };
        if (s::HasScore(overall.adjusted))
            m_model.key_figures.push_back({m_text.Get("summary_adjusted"), figure(overall.adjusted, overall.adjusted_interval)});
        m_model.key_figures.push_back({m_text.Get("summary_overall"), figure(overall.score, overall.interval)});
        if (!s::HasScore(overall.adjusted))
            m_model.key_figures.push_back({m_text.Get("summary_adjusted_missing"),
                                           NotComputed(m_text.Get("no_penetration_data"))});
        const auto& penetration = m_score.penetration;
        m_model.key_figures.push_back(
            {m_text.Get("summary_penetration"),
             penetration.index ? Num(penetration.index->index) : NotComputed(m_text.Get("no_penetration_data"))});
        if (s::HasScore(penetration.gap))
            m_model.key_figures.push_back({m_text.Get("summary_gap"), (penetration.gap >= 0 ? "+" : "") + Num(penetration.gap)});
        if (m_comparison) {
            const bool adjusted = s::HasScore(m_comparison->adjusted_change);
            const double change = adjusted ? m_comparison->adjusted_change : m_comparison->overall_change;
            m_model.key_figures.push_back(
                {m_text.Format(adjusted ? "summary_change_adjusted" : "summary_change_overall",
                               {{"year", std::to_string(m_comparison->baseline.year)}}),
                 s::HasScore(change) ? Signed(change) : m_text.Get("not_computed")});
            for (const s::TargetProgress* target : {&m_comparison->target_a, &m_comparison->target_b})
                if (s::HasScore(target->expected) && s::HasScore(target->value))
                    m_model.target_summary.push_back(m_text.Format(
                        target->on_track ? "summary_on_track" : "summary_behind",
                        {{"target", m_text.Get("target_letter_" + target->id)},  // Arabic: أ، ب
                         {"value", Num(target->value)}, {"expected", Num(target->expected)},
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
            std::vector<std::string> names;
            for (const auto& id : overall.missing_pillars) names.push_back(PillarName(id));
            m_model.summary_notes.push_back(m_text.Format("summary_incomplete", {{"pillars", m_context.List(names)}}));
        }
        // What the completeness figure does not show (from Process and coverage).
        for (const auto& note : m_coverage_notes) m_model.summary_notes.push_back(note);
        if (m_score.target_a.target_year_passed)
            m_model.summary_notes.push_back(
                m_text.Format("target_year_passed_short", {{"target", std::to_string(m_score.target_a.target_year)},
                                                           {"base", std::to_string(m_data.info.year)}}));
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
                "summary_gap_line", {{"question", m_context.QuestionShort(*question)},
                                     {"score", m_context.ItemScore(recommendation.score)},
                                     {"recommendation", NextStepText(*question, recommendation.score, m_lang)}}));
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
                            m_text.Get("column_change"), m_text.Get("column_change_range"), m_text.Get("column_clear")};
        const auto row = [&](std::string name, double before, double after, double change, const s::Interval& range,
                             bool clear) {
            return std::vector<std::string>{std::move(name), Num(before), Num(after), Signed(change),
                                            range.Valid() ? Signed(range.low) + " … " + Signed(range.high) : "—",
                                            !range.Valid() ? "—" : m_text.Get(clear ? "clear_yes" : "clear_no")};
        };
        for (const auto& pillar : comparison.pillars) {
            std::string name = PillarName(pillar.id);
            if (!pillar.included) name += m_text.Bracketed(m_text.Get("pillar_optional_note"));
            progress.rows.push_back(row(name, pillar.baseline, pillar.followup, pillar.change, pillar.change_interval,
                                        pillar.clear));
        }
        // The national module's own row, outside the C5 overall score, when both ask the same module.
        if (comparison.national && m_data.instrument.national_module) {
            const q::Pillar& module = *m_data.instrument.national_module;
            const s::PillarChange& national = *comparison.national;
            progress.rows.push_back(row(module.id + " " + Shown(q::PillarText(module, "title", m_lang)) +
                                            m_text.Bracketed(m_text.Get("progress_national_row_note")),
                                        national.baseline, national.followup, national.change,
                                        national.change_interval, national.clear));
        }
        progress.overall_rows.push_back(row(m_text.Get("overall_row"), comparison.overall_baseline,
                                            comparison.overall_followup, comparison.overall_change,
                                            comparison.overall_change_interval, comparison.overall_clear));
        if (s::HasScore(comparison.adjusted_baseline) || s::HasScore(comparison.adjusted_followup))
            progress.overall_rows.push_back(row(m_text.Get("summary_adjusted"), comparison.adjusted_baseline,
                                                comparison.adjusted_followup, comparison.adjusted_change,
                                                comparison.adjusted_change_interval, comparison.adjusted_clear));
        if (comparison.overall_change_interval.Valid()) {
            // One short sentence per kind of pairing that occurred: "(0) … (3); 0 had no counterpart" read as a riddle.
            const auto& pairing = comparison.pairing;
            std::string note = m_text.Get("progress_clear_note");
            const std::pair<const char*, int> counts[] = {
                {"progress_pairing_identity", pairing.by_identity},
                {"progress_pairing_group", pairing.by_group},
                {"progress_pairing_unmatched", pairing.baseline_only + pairing.followup_only}};
            for (const auto& [key, count] : counts)
                if (count > 0) note += m_text.Get("sentence_separator") + m_text.Format(key, {{"n", std::to_string(count)}});
            progress.notes.push_back(note);
        }
        const auto& penetration = comparison.penetration;
        if (penetration.differ) {
            std::string note = m_text.Format("progress_penetration_differs",
                                             {{"baseline", Num(penetration.baseline)}, {"followup", Num(penetration.followup)}});
            if (s::HasScore(penetration.penetration_effect) && s::HasScore(comparison.adjusted_change)) {
                // The two parts as printed add up to the change as printed: each rounded to 0.1 first
                // ("−0.1 of the +1.6 points, the answers +1.7", not "+1.6").
                const auto tenth = [](double value) { return std::round(value * 10) / 10; };
                const double change = tenth(comparison.adjusted_change);
                const double effect = tenth(penetration.penetration_effect);
                note += m_text.Get("sentence_separator") +
                        m_text.Format("progress_penetration_effect",
                                      {{"at_baseline", Num(penetration.adjusted_at_baseline_penetration)},
                                       {"effect", Signed(effect)},
                                       {"change", Signed(change)},
                                       {"answers", Signed(tenth(change - effect))}});
            }
            progress.notes.push_back(note);
        }
        if (comparison.versions_differ)
            progress.notes.push_back(m_text.Format("progress_versions_differ",
                                                   {{"baseline", comparison.baseline_score.instrument_version},
                                                    {"followup", comparison.followup_score.instrument_version}}));
        if (comparison.wording_differs) progress.notes.push_back(m_text.Get("progress_wording_differs"));
        using NotCompared = s::Comparison::NationalNotCompared;
        switch (comparison.national_not_compared) {
            case NotCompared::No: break;
            case NotCompared::OnlyBaseline: progress.notes.push_back(m_text.Get("progress_national_only_baseline")); break;
            case NotCompared::OnlyFollowup: progress.notes.push_back(m_text.Get("progress_national_only_followup")); break;
            case NotCompared::AskDifferentThings: progress.notes.push_back(m_text.Get("progress_national_differ")); break;
        }
        if (comparison.followup_lacks_penetration) progress.notes.push_back(m_text.Get("progress_no_penetration"));
        for (const auto& id : comparison.baseline_only_pillars)
            progress.notes.push_back(m_text.Format("progress_pillar_dropped", {{"pillar", id}}));
    }

    // Targets a and b of a follow-up: where it stands on the trajectory set at the baseline.
    void FollowUpTarget(const s::TargetProgress& result, const char* title_key, TargetSection& section) {
        section.title = m_text.Get(title_key);
        if (const q::Target* target = m_data.instrument.FindTarget(result.id))
            section.c5_text = Shown(q::TargetText(*target, "text", m_lang));
        if (!s::HasScore(result.baseline)) {
            section.notes.push_back(m_text.Get("target_followup_no_baseline_score"));
            return;
        }
        if (!s::HasScore(result.expected) || !s::HasScore(result.value)) {
            section.notes.push_back(m_text.Get("target_followup_no_score"));
            return;
        }
        const std::string kind = m_text.Get(result.adjusted ? "target_baseline_adjusted" : "target_kind_raw");
        std::string value = Num(result.value);
        if (result.value_interval.Valid()) value += m_text.Bracketed(Range(result.value_interval));
        section.figures = {
            {m_text.Format("target_baseline_year", {{"year", std::to_string(result.base_year)}}), Num(result.baseline) + m_text.Get("clause_separator") + kind},
            {m_text.Get("target_value"), Num(result.target) + m_text.Bracketed(std::to_string(result.target_year))},
            {m_text.Format("target_expected", {{"year", std::to_string(result.year)}}), Num(result.expected)},
            {m_text.Format("target_followup_value", {{"year", std::to_string(result.year)}}), value},
            {m_text.Get("target_state"), m_text.Get(result.on_track ? "target_state_on_track" : "target_state_behind")}};
        if (s::HasScore(result.probability_on_track))
            section.figures.push_back({m_text.Get("target_probability"), Percent(result.probability_on_track)});
        if (s::HasScore(result.progress))
            section.figures.push_back({m_text.Get("target_progress_share"), Percent(result.progress)});
        if (result.target_year <= result.base_year)
            section.notes.push_back(m_text.Format("target_followup_passed_at_baseline",
                                                  {{"target", std::to_string(result.target_year)}}));
        else if (result.year >= result.target_year)
            section.notes.push_back(m_text.Format("target_followup_year_come", {{"target", std::to_string(result.target_year)}}));
        // The baseline's trajectory, as it was set, with the follow-up on it.
        section.chart = MakeFollowUpChart(result, m_text);
    }

    void Pillars() {
        m_model.pillars_intro = m_text.Get("pillars_intro");
        m_model.pillar_columns = {m_text.Get("column_pillar"), m_text.Get("column_score"), m_text.Get("column_range"),
                                  m_text.Get("column_answered"), m_text.Get("column_stage"),
                                  m_text.Get("column_adjusted")};
        m_model.chart = MakeChartData(m_score, m_data.instrument, m_text, m_comparison);
        for (const auto& pillar : m_score.pillars) {
            PillarLine line;
            line.included = pillar.included;
            std::string name = pillar.id + " " + Shown(q::PillarText(*m_data.instrument.FindPillar(pillar.id), "title", m_lang));
            if (!pillar.included) name += m_text.Bracketed(m_text.Get("pillar_optional_note"));
            std::string stage = Stage(pillar.score);
            if (pillar.status == s::PillarStatus::InsufficientData) stage = m_text.Get("pillar_insufficient");
            if (pillar.status == s::PillarStatus::NoScorableItems) stage = m_text.Get("pillar_nothing");
            line.cells = {name, Num(pillar.score), RangeCell(pillar.interval),
                          std::to_string(pillar.answered) + "/" + std::to_string(pillar.scorable), stage,
                          Num(pillar.adjusted)};
            m_model.pillars.push_back(std::move(line));
        }
        const auto& overall = m_score.overall;
        m_model.overall_rows.push_back({m_text.Get("overall_row"), Num(overall.score), RangeCell(overall.interval), "",
                                        Stage(overall.score), Num(overall.adjusted)});
        m_model.radar_title =
            m_comparison ? m_text.Format("chart_radar_title_followup", {{"year", std::to_string(m_data.info.year)},
                                                                         {"base_year", std::to_string(m_comparison->baseline.year)}})
                         : m_text.Format("chart_radar_title", {{"year", std::to_string(m_score.parameters.target_year)}});
        m_model.bars_title = m_text.Get("chart_bars_title");
        m_model.bars_title_word = m_text.Get("chart_bars_title_word");
        // Charts of nothing but "n/a" say less than a sentence: a sparse draft gets the sentence.
        const bool any_score = std::any_of(m_score.pillars.begin(), m_score.pillars.end(),
                                           [](const auto& pillar) { return s::HasScore(pillar.score); });
        if (!any_score) m_model.charts_empty = m_text.Get("charts_empty");
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
            // The reason in the report's words (the scores' own note is English).
            section.notes.push_back(m_text.Format(
                std::string(target_id) == "b" ? "target_b_no_baseline" : "target_a_no_baseline",
                {{"answered", std::to_string(result.answered)}, {"scorable", std::to_string(result.scorable)}}));
            if (result.target_year_passed)
                section.notes.push_back(m_text.Format("target_year_passed", {{"target", std::to_string(result.target_year)},
                                                                             {"base", std::to_string(result.base_year)}}));
            return;
        }
        std::string baseline = Num(result.baseline);
        if (result.baseline_interval.Valid()) baseline += m_text.Bracketed(Range(result.baseline_interval));
        baseline += m_text.Get("clause_separator") + m_text.Get(result.baseline_adjusted ? "target_baseline_adjusted" : "target_baseline_raw");
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
        // Essentials without answers decide nothing: not "not met" until one falls short or all are in.
        child.decided = result.Decided();
        child.status = !child.decided ? m_text.Format("target_c_not_assessed", {{"answered", std::to_string(result.answered)},
                                                                               {"applicable", std::to_string(result.applicable)}})
                       : m_text.Get(result.met ? "target_c_met" : "target_c_not_met");
        for (const auto& item : result.items) {
            const q::Question* question = m_data.instrument.FindQuestion(item.question_id);
            std::string status;
            if (item.state == s::ItemState::Unanswered) status = m_text.Get("target_c_no_answer");
            else if (item.state == s::ItemState::NotApplicable) status = m_text.Get("annex_not_applicable");
            else if (item.value >= 1 - 1e-9) status = m_text.Get("target_c_state_met");
            else status = m_text.Format("target_c_gap_item", {{"score", m_context.ItemScore(item.value)}});
            child.rows.push_back({item.question_id, Shown(q::QuestionText(*question, "text", m_lang)), status});
        }
        if (s::HasScore(result.probability_met) && child.decided)
            child.figures.push_back({m_text.Get("target_c_probability"), Percent(result.probability_met)});
        if (m_comparison) {
            const auto& change = m_comparison->target_c;
            const auto list = [this](const std::vector<std::string>& ids) {
                std::string text;
                for (const auto& id : ids) text += (text.empty() ? "" : m_text.Get("list_separator")) + id;
                return text.empty() ? std::string("—") : text;
            };
            child.figures.push_back({m_text.Format("target_c_at_baseline", {{"year", std::to_string(m_comparison->baseline.year)}}),
                                     m_text.Get(change.baseline_met ? "target_c_state_met" : "target_c_state_not_met")});
            child.figures.push_back({m_text.Get("target_c_closed"), list(change.closed)});
            child.figures.push_back({m_text.Get("target_c_remaining"), list(change.remaining)});
            child.figures.push_back({m_text.Get("target_c_opened"), list(change.opened)});
        }
    }

    // The summary's line per target: a follow-up's state on the trajectory when it has one,
    // otherwise the target's first figures (or why there are none); target c's state last.
    void TargetSummary() {
        const bool on_trajectory = !m_model.target_summary.empty();
        for (const TargetSection* target : {&m_model.target_a, &m_model.target_b}) {
            if (on_trajectory) break;
            // Punctuation per language: French sets a space before ":" and ";", Arabic and Chinese their own marks.
            std::string line = target->title + m_text.Get("label_separator");
            for (std::size_t i = 0; i < std::min<std::size_t>(2, target->figures.size()); ++i)
                line += (i ? m_text.Get("item_separator") : "") + target->figures[i].label + " " + target->figures[i].value;
            if (target->figures.empty() && !target->notes.empty()) line += target->notes.front();
            m_model.target_summary.push_back(line);
        }
        m_model.target_summary.push_back(m_model.target_c.title + m_text.Get("label_separator") + m_model.target_c.status);
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
                    if (indicator == input.indicator) component = Percent(share);
            m_model.penetration_rows.push_back({m_text.Get("indicator_" + std::string(q::ToString(input.indicator))),
                                                Num(input.value), std::to_string(input.year), input.source, component});
        }
        if (!penetration.index) {
            m_model.penetration_notes.push_back(NotComputed(m_text.Get("no_penetration_data")) + ".");
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
                 {"points", std::to_string(expected.points)}, {"country", m_country},
                 {"residual", (expected.residual >= 0 ? "+" : "") + Num(expected.residual)}}));
        } else {
            const int points = penetration.reference_points;
            m_model.penetration_notes.push_back(m_text.Format(
                points == 0                         ? "penetration_expected_no_reference"
                : points < s::kMinimumReferencePoints ? "penetration_expected_few"
                                                      : "penetration_expected_flat",
                {{"count", std::to_string(points)}, {"needed", std::to_string(s::kMinimumReferencePoints)}}));
        }
        if (m_comparison && m_comparison->penetration.differ)
            m_model.penetration_notes.push_back(m_text.Format(
                "progress_penetration_differs", {{"baseline", Num(m_comparison->penetration.baseline)},
                                                 {"followup", Num(m_comparison->penetration.followup)}}));
    }

    AnswerLine Answer(const q::Question& question, const std::string& respondent, const std::optional<std::string>& value,
                      q::Confidence confidence, const std::string& evidence, const std::string& links) const {
        std::string notes = evidence;
        if (!links.empty()) notes += (notes.empty() ? "" : "\n") + links;
        return {{respondent, AnswerLabel(question, value, m_text, m_lang),
                 m_text.Get("confidence_" + std::string(q::ToString(confidence))), notes}};
    }

    // The documents attached to an answer, after its evidence notes: name, size and SHA-256, so a
    // reader can check a copy of the document against the report.
    void AddDocuments(AnswerLine& line, long long respondent_id, const std::string& question_id) const {
        std::string& notes = line.cells.back();
        for (const auto& attachment : m_data.attachments) {
            if (attachment.respondent_id != respondent_id || attachment.question_id != question_id) continue;
            const std::string size = attachment.size < 1'000'000
                                         ? Num(static_cast<double>(attachment.size) / 1e3, 1) + " kB"
                                         : Num(static_cast<double>(attachment.size) / 1e6, 1) + " MB";
            notes += (notes.empty() ? "" : "\n") +
                     m_text.Format("annex_document", {{"name", attachment.name}, {"size", size},
                                                      {"sha256", attachment.sha256}});
        }
    }

    std::string RespondentLabel(const q::Respondent& respondent) const {
        return respondent.stakeholder_group.empty()
                   ? respondent.name
                   : respondent.name + m_text.Bracketed(m_context.GroupName(respondent.stakeholder_group));
    }

    void Disagreements() {
        m_model.answer_columns = {m_text.Get("column_respondent"), m_text.Get("column_answer"),
                                  m_text.Get("column_confidence"), m_text.Get("column_evidence")};
        const auto& found = m_disagreements;
        if (m_data.respondents.size() < 2) m_model.disagreements_intro = m_text.Get("disagreements_single");
        else if (found.empty()) m_model.disagreements_intro = m_text.Get("disagreements_none");
        else m_model.disagreements_intro = m_text.Get("disagreements_intro");
        for (const auto& disagreement : found) {
            const q::Question& question = *m_data.instrument.FindQuestion(disagreement.question_id);
            DisagreementBlock block;
            block.heading = QuestionHeading(question);
            // Arabic counts two of a thing in the dual ("مستويان"), not as "2 مستويات".
            const std::string levels = disagreement.levels == 2
                                           ? m_text.Get("spread_levels_two")
                                           : m_text.Format("spread_levels", {{"n", std::to_string(disagreement.levels)}});
            // The spread on the item-score scale, so the order (priority = spread × weight) reads off the line.
            block.subtitle = m_text.Format("spread_line", {{"low", m_context.ItemScore(disagreement.answers.back().score)},
                                                           {"high", m_context.ItemScore(disagreement.answers.front().score)},
                                                           {"spread", m_context.ItemScore(disagreement.spread)},
                                                           {"levels", levels},
                                                           {"weight", Num(disagreement.weight, 1)},
                                                           {"priority", Num(100 * disagreement.priority, 1)}});
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
        for (const auto& id : m_score.settings.included_optional_pillars) included += (included.empty() ? "" : m_text.Get("list_separator")) + id;
        m_model.parameters = {
            {m_text.Get("methodology_weighting"), m_text.Get("weighting_" + std::string(q::ToString(m_score.settings.weighting)))},
            {m_text.Get("methodology_aggregation"),
             m_text.Get("aggregation_" + std::string(q::ToString(m_score.settings.aggregation)))},
            {m_text.Get("methodology_geometric"), Num(m_score.overall.geometric)},
            {m_text.Get("methodology_included"), included.empty() ? m_text.Get("methodology_none") : included},
            {m_text.Get("methodology_samples"), std::to_string(parameters.samples) + " · " + std::to_string(parameters.seed)},
            {m_text.Get("methodology_instrument"), m_data.instrument.id + "\u00A0" + m_data.instrument.version},
            {m_text.Get("methodology_sha"), m_data.instrument_sha256},
            {m_text.Get("methodology_file"), m_data.info.uuid},
            {m_text.Get("methodology_fingerprint"), m_score.fingerprint},
            {m_text.Get("methodology_groups"), m_text.Has("methodology_groups_sources")
                                                   ? m_text.Get("methodology_groups_sources")
                                                   : q::CountryGroupSources()},
        };
        m_model.weight_columns = {m_text.Get("column_pillar"), m_text.Get("column_weight")};
        for (const auto& pillar : m_score.pillars)
            if (pillar.weight > 0) m_model.weights.push_back({PillarName(pillar.id), Num(100 * pillar.weight, 1) + " %"});
        for (const auto& warning : m_score.warnings)
            m_model.scoring_notes.push_back(detail::TranslatedNote(m_text, warning));
    }

    void Annex() {
        m_model.annex_intro = m_text.Get("annex_intro");
        std::map<std::string, const s::ItemResult*> items;
        for (const auto& item : m_score.items) items[item.question_id] = &item;
        if (m_score.national)
            for (const auto& item : m_score.national->items) items[item.question_id] = &item;
        for (const q::Pillar* section_pillar : m_data.instrument.Sections()) {  // the national module last
            const q::Pillar& pillar = *section_pillar;
            AnnexPillar section;
            section.heading = pillar.id + " " + Shown(q::PillarText(pillar, "title", m_lang));
            for (const auto& question : pillar.questions) {
                AnnexQuestion entry;
                entry.heading = QuestionHeading(question);
                if (const auto found = items.find(question.id); found != items.end()) {
                    const s::ItemResult& item = *found->second;
                    if (item.state == s::ItemState::Scored)
                        entry.status = item.from_consensus
                                           ? m_text.Format("annex_item_consensus", {{"value", m_context.ItemScore(item.value)}})
                                           : m_text.Format("annex_item", {{"value", m_context.ItemScore(item.value)},
                                                                          {"low", m_context.ItemScore(item.lowest)},
                                                                          {"high", m_context.ItemScore(item.highest)}});
                    else if (item.state == s::ItemState::Hidden) entry.status = m_text.Get("annex_not_asked");
                    else if (item.state == s::ItemState::NotApplicable) entry.status = m_text.Get("annex_not_applicable");
                    else entry.status = m_text.Get("annex_unanswered");
                }
                for (const auto& respondent : m_data.respondents)
                    for (const auto& answer : m_data.answers)
                        if (answer.respondent_id == respondent.id && answer.question_id == question.id) {
                            entry.answers.push_back(Answer(question, RespondentLabel(respondent), answer.value,
                                                           answer.confidence, answer.evidence, answer.links));
                            AddDocuments(entry.answers.back(), respondent.id, question.id);
                        }
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
        m_model.fingerprint = m_score.fingerprint;
        m_model.stamp_json = StampJson(MakeReportStamp(
            m_data, m_comparison, m_options.generated_on.empty() ? q::NowUtc() : m_options.generated_on));
        m_model.fingerprint_note = m_text.Format(m_comparison ? "fingerprint_note_follow_up" : "fingerprint_note",
                                                 {{"fingerprint", m_score.fingerprint}});
        if (m_model.draft.draft) return;  // a draft has no sign-off block
        m_model.signoff_intro = m_text.Get("signoff_intro");
        m_model.signoff_roles = {m_text.Get("signoff_prepared"), m_text.Get("signoff_approved")};
        m_model.signoff_prefilled = {m_options.prepared_by, m_options.approved_by};
        m_model.signoff_fields = {m_text.Get("signoff_name"), m_text.Get("signoff_signature"), m_text.Get("signoff_date")};
    }

    ReportContext m_context;
    const q::AssessmentData& m_data;
    const s::ScoreResult& m_score;
    const ReportOptions& m_options;
    const s::Comparison* m_comparison;
    const ReportText& m_text;
    std::string m_lang;
    std::string m_country;  // in the report's language, unless the team typed its own
    ReportModel m_model;
    std::vector<s::Disagreement> m_disagreements;
    std::vector<std::string> m_coverage_notes;
};

}  // namespace

ReportModel BuildReportModel(const q::AssessmentData& data, const s::ScoreResult& score, const ReportOptions& options,
                             const s::Comparison* comparison) {
    return Builder(data, score, options, comparison).Build();
}

}  // namespace c5::reports
