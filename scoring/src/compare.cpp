#include "c5/scoring/compare.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "c5/questionnaire/instrument_core.h"
#include "c5/scoring/error.h"
#include "c5/scoring/paired_change.h"
#include "c5/scoring/penetration.h"

namespace c5::scoring {
namespace q = c5::questionnaire;

namespace {

double Difference(double later, double earlier) { return HasScore(later) && HasScore(earlier) ? later - earlier : kNoScore; }

// T(t) on the line from (t0, B) to (t1, T); T itself from t1 on.
double OnTrajectory(double baseline, double target, int t0, int t1, int t) {
    if (t1 <= t0 || t >= t1) return target;
    return baseline + (target - baseline) * (t - t0) / static_cast<double>(t1 - t0);
}

TargetProgress Progress(std::string id, bool adjusted, double baseline, int t0, int t1, int t, double value,
                        const Interval& value_interval) {
    TargetProgress progress;
    progress.id = std::move(id);
    progress.adjusted = adjusted;
    progress.baseline = baseline;
    progress.base_year = t0;
    progress.target_year = t1;
    progress.year = t;
    progress.value = value;
    progress.value_interval = value_interval;
    if (!HasScore(baseline)) {
        progress.note = "not computed: the baseline has no score for it";
        return progress;
    }
    progress.target = baseline + 0.4 * (100.0 - baseline);
    progress.expected = OnTrajectory(baseline, progress.target, t0, t1, t);
    if (!HasScore(value)) {
        progress.note = "not computed: the follow-up has no score for it";
        return progress;
    }
    if (progress.target > baseline) progress.progress = (value - baseline) / (progress.target - baseline);
    progress.on_track = value >= progress.expected - 1e-9;
    if (t1 <= t0) progress.note = "the target year had passed at the baseline: the follow-up is compared with the target";
    else if (t >= t1) progress.note = "the target year has come: the follow-up is compared with the target";
    return progress;
}

std::vector<std::string> Gaps(const ChildProtectionTarget& target) {
    std::vector<std::string> ids;
    for (const auto& gap : target.gaps) ids.push_back(gap.question_id);
    return ids;
}

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

PillarChange Change(const PillarResult& before, const PillarResult& after) {
    PillarChange change;
    change.id = after.id;
    change.title = after.title;
    change.included = after.included;
    change.baseline = before.score;
    change.baseline_interval = before.interval;
    change.followup = after.score;
    change.followup_interval = after.interval;
    change.change = Difference(change.followup, change.baseline);
    return change;  // its paired interval, and so whether it is clear, come from PairedChanges
}

// National modules are compared when both assessments have one asking the same (their core, as
// for the C5 pillars: ids, types, weights, levels, choices and scores); otherwise the notes say why not.
void CompareNationalModules(const q::AssessmentData& baseline, const q::AssessmentData& followup,
                            Comparison& comparison) {
    const auto& before = baseline.instrument.national_module;
    const auto& after = followup.instrument.national_module;
    if (!before && !after) return;
    if (!before || !after) {
        comparison.national_not_compared = before ? Comparison::NationalNotCompared::OnlyBaseline
                                                  : Comparison::NationalNotCompared::OnlyFollowup;
        comparison.notes.push_back(fmt::format("only the {} has a national module: it is not compared",
                                               before ? "baseline" : "follow-up"));
        return;
    }
    q::Instrument mine;
    q::Instrument theirs;
    mine.pillars.push_back(*before);
    theirs.pillars.push_back(*after);
    mine.pillars.back().id = theirs.pillars.back().id = "national";
    for (auto* module : {&mine.pillars.back(), &theirs.pillars.back()})
        for (auto& question : module->questions) question.pillar_id = "national";
    if (const auto differences = q::CoreDifferences(mine, theirs); !differences.empty()) {
        comparison.national_not_compared = Comparison::NationalNotCompared::AskDifferentThings;
        comparison.notes.push_back(fmt::format("the national modules ask different things ({}): they are not compared",
                                               q::DescribeNational(differences.front())));
        return;
    }
    const auto& scored_before = comparison.baseline_score.national;
    const auto& scored_after = comparison.followup_score.national;
    if (scored_before && scored_after) comparison.national = Change(scored_before->section, scored_after->section);
}

// Each change's interval from paired draws, and what different penetration figures do to S_adj.
void PairedChanges(const q::AssessmentData& baseline, const q::AssessmentData& followup, const ScoreRequest& request,
                   Comparison& comparison) {
    const ScoreParameters& parameters = comparison.followup_score.parameters;
    const ModelInputs before(baseline, parameters);
    const ModelInputs after(followup, parameters);
    PenetrationChange& penetration = comparison.penetration;
    if (before.penetration) penetration.baseline = before.penetration->index;
    if (after.penetration) penetration.followup = after.penetration->index;
    penetration.differ = before.penetration && after.penetration &&
                         std::abs(penetration.followup - penetration.baseline) >= 0.05;
    if (penetration.differ) {
        const ModelInputs at_baseline_penetration(followup, parameters, penetration.baseline);
        penetration.adjusted_at_baseline_penetration = at_baseline_penetration.Evaluate().overall_adjusted;
        penetration.penetration_effect =
            Difference(comparison.adjusted_followup, penetration.adjusted_at_baseline_penetration);
    }
    const int n = request.parameters.samples;
    if (n <= 0 || comparison.followup_score.cancelled) return;
    const PairedDraws draws = RunPairedMonteCarlo(baseline, before, followup, after, parameters);
    for (const auto& match : draws.matches) {
        RespondentPairing& pairing = comparison.pairing;
        if (match.baseline < 0) ++pairing.followup_only;
        else if (match.followup < 0) ++pairing.baseline_only;
        else if (match.by == RespondentMatch::By::Identity) ++pairing.by_identity;
        else ++pairing.by_group;
    }
    const auto samples = static_cast<std::size_t>(n);
    // A C5 pillar by its id; the national module (scored as the last prepared pillar) as itself,
    // whatever id each questionnaire gave it.
    const auto position = [](const PreparedAssessment& prepared, const PillarChange& change, bool national) {
        std::size_t p = 0;
        while (p < prepared.pillars.size() &&
               (national ? !prepared.pillars[p].national : prepared.pillars[p].national || prepared.pillars[p].id != change.id))
            ++p;
        return p;
    };
    const auto pair = [&](PillarChange& change, bool national) {
        const std::size_t b = position(before.prepared, change, national);
        const std::size_t f = position(after.prepared, change, national);
        if (b == before.prepared.pillars.size() || f == after.prepared.pillars.size() || !HasScore(change.change)) return;
        change.change_interval = ChangeInterval(draws.baseline.pillar.data() + b * samples,
                                                draws.followup.pillar.data() + f * samples, n, change.change);
        change.clear = ClearChange(change.change_interval);
    };
    for (auto& change : comparison.pillars) pair(change, false);
    if (comparison.national) pair(*comparison.national, true);
    if (HasScore(comparison.overall_change)) {
        comparison.overall_change_interval =
            ChangeInterval(draws.baseline.overall.data(), draws.followup.overall.data(), n, comparison.overall_change);
        comparison.overall_clear = ClearChange(comparison.overall_change_interval);
    }
    if (HasScore(comparison.adjusted_change)) {
        comparison.adjusted_change_interval = ChangeInterval(draws.baseline.overall_adjusted.data(),
                                                             draws.followup.overall_adjusted.data(), n,
                                                             comparison.adjusted_change);
        comparison.adjusted_clear = ClearChange(comparison.adjusted_change_interval);
    }
}

}  // namespace

Comparison CompareAssessments(const q::AssessmentData& baseline, const q::AssessmentData& followup,
                              const ScoreRequest& request) {
    if (baseline.info.country != followup.info.country)
        throw ScoringError(fmt::format("the two assessments are of different countries ({} {} and {} {}); a follow-up "
                                       "is compared with the same country's baseline",
                                       baseline.info.country, baseline.info.country_name, followup.info.country,
                                       followup.info.country_name));
    if (followup.info.year <= baseline.info.year)
        throw ScoringError(fmt::format("the follow-up describes {}, which is not later than the baseline's {}; give "
                                       "the baseline first",
                                       followup.info.year, baseline.info.year));
    if (baseline.instrument.id != followup.instrument.id)
        throw ScoringError(fmt::format("the assessments use different questionnaires ({} and {}); scores are only "
                                       "comparable on the same one",
                                       baseline.instrument.id, followup.instrument.id));
    const bool same_major =
        q::MajorVersion(baseline.instrument.version) == q::MajorVersion(followup.instrument.version);
    if (same_major) {
        const auto differences = q::CoreDifferences(baseline.instrument, followup.instrument);
        if (!differences.empty())
            throw ScoringError(fmt::format("the follow-up's questionnaire changes the core of the baseline's ({}{}); "
                                           "scores are only comparable on the same core — adapted questionnaires may "
                                           "differ in wording, translations and the national module",
                                           q::Describe(differences.front()),
                                           differences.size() > 1 ? fmt::format(", and {} more", differences.size() - 1)
                                                                  : ""));
    }
    Comparison comparison;
    comparison.baseline = baseline.info;
    comparison.followup = followup.info;
    comparison.versions_differ = baseline.instrument.version != followup.instrument.version;
    if (comparison.versions_differ)
        comparison.notes.push_back(fmt::format("questionnaire versions differ ({} and {}): pillars are compared by id",
                                               baseline.instrument.version, followup.instrument.version));
    comparison.wording_differs = !comparison.versions_differ && baseline.instrument_sha256 != followup.instrument_sha256;
    if (comparison.wording_differs)
        comparison.notes.push_back(fmt::format("the questionnaires ({} and {}) share the C5 core and differ only in "
                                               "wording, translations or the national module: the C5 pillars and "
                                               "targets are compared",
                                               baseline.instrument.version, followup.instrument.version));

    // Targets were set at the baseline: its target year governs both.
    const int t0 = baseline.info.year;
    const int t1 = request.target_year.value_or(baseline.settings.target_year);
    ScoreRequest base_request = request;
    base_request.target_year = t1;
    base_request.probabilities.clear();
    comparison.baseline_score = ScoreAssessment(baseline, base_request);
    const ScoreResult& before = comparison.baseline_score;

    // Both penetration-adjusted when both can be; otherwise both raw.
    const bool adjusted_a = before.target_a.baseline_adjusted && ComputePenetrationIndex(followup.penetration).has_value();
    const bool adjusted_b = before.target_b.baseline_adjusted && ComputePenetrationIndex(followup.penetration).has_value();
    comparison.followup_lacks_penetration = before.target_a.baseline_adjusted && !adjusted_a;
    if (comparison.followup_lacks_penetration)
        comparison.notes.push_back("the follow-up has no ICT penetration figures: targets are compared on the raw "
                                   "scores, the baseline's included");
    const double base_a = adjusted_a ? before.overall.adjusted : before.overall.score;
    const double base_b = adjusted_b ? before.target_b.baseline : before.target_b.raw;
    const int t = followup.info.year;
    using Measure = ProbabilityQuery::Measure;
    ScoreRequest follow_request = request;
    follow_request.target_year = t1;
    follow_request.probabilities.clear();
    const auto threshold = [&](double base) {
        return HasScore(base) ? OnTrajectory(base, base + 0.4 * (100.0 - base), t0, t1, t) : 1e9;
    };
    follow_request.probabilities.push_back({adjusted_a ? Measure::OverallAdjusted : Measure::Overall, threshold(base_a)});
    follow_request.probabilities.push_back(
        {adjusted_b ? Measure::TransborderAdjusted : Measure::Transborder, threshold(base_b)});
    comparison.followup_score = ScoreAssessment(followup, follow_request);
    const ScoreResult& after = comparison.followup_score;

    comparison.overall_baseline = before.overall.score;
    comparison.overall_followup = after.overall.score;
    comparison.overall_change = Difference(after.overall.score, before.overall.score);
    comparison.adjusted_baseline = before.overall.adjusted;
    comparison.adjusted_followup = after.overall.adjusted;
    comparison.adjusted_change = Difference(after.overall.adjusted, before.overall.adjusted);

    for (const auto& pillar : after.pillars) {
        const PillarResult* earlier = before.FindPillar(pillar.id);
        comparison.pillars.push_back(Change(earlier ? *earlier : PillarResult{}, pillar));
    }
    for (const auto& pillar : before.pillars)
        if (!after.FindPillar(pillar.id)) {
            comparison.baseline_only_pillars.push_back(pillar.id);
            comparison.notes.push_back(fmt::format("{} is in the baseline's questionnaire only", pillar.id));
        }
    CompareNationalModules(baseline, followup, comparison);
    PairedChanges(baseline, followup, request, comparison);

    const double value_a = adjusted_a ? after.overall.adjusted : after.overall.score;
    const Interval& interval_a = adjusted_a ? after.overall.adjusted_interval : after.overall.interval;
    comparison.target_a = Progress("a", adjusted_a, base_a, t0, t1, t, value_a, interval_a);
    const double value_b = adjusted_b ? after.target_b.baseline : after.target_b.raw;
    const Interval& interval_b = adjusted_b ? after.target_b.baseline_interval : after.target_b.raw_interval;
    comparison.target_b = Progress("b", adjusted_b, base_b, t0, t1, t, value_b, interval_b);
    if (HasScore(comparison.target_a.expected) && HasScore(value_a))
        comparison.target_a.probability_on_track = after.probabilities.at(0);
    if (HasScore(comparison.target_b.expected) && HasScore(comparison.target_b.value))
        comparison.target_b.probability_on_track = after.probabilities.at(1);

    ChildProtectionChange& child = comparison.target_c;
    child.baseline_met = before.target_c.met;
    child.followup_met = after.target_c.met;
    const auto gaps_before = Gaps(before.target_c);
    const auto gaps_after = Gaps(after.target_c);
    for (const auto& id : gaps_before) (Contains(gaps_after, id) ? child.remaining : child.closed).push_back(id);
    for (const auto& id : gaps_after)
        if (!Contains(gaps_before, id)) child.opened.push_back(id);
    return comparison;
}

}  // namespace c5::scoring
