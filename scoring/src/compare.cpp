#include "c5/scoring/compare.h"

#include <algorithm>

#include <fmt/format.h>

#include "c5/scoring/error.h"
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
    Comparison comparison;
    comparison.baseline = baseline.info;
    comparison.followup = followup.info;
    if (baseline.instrument.version != followup.instrument.version)
        comparison.notes.push_back(fmt::format("questionnaire versions differ ({} and {}): pillars are compared by id",
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
    if (before.target_a.baseline_adjusted && !adjusted_a)
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
        PillarChange change;
        change.id = pillar.id;
        change.title = pillar.title;
        change.included = pillar.included;
        change.followup = pillar.score;
        change.followup_interval = pillar.interval;
        if (const PillarResult* earlier = before.FindPillar(pillar.id)) {
            change.baseline = earlier->score;
            change.baseline_interval = earlier->interval;
        }
        change.change = Difference(change.followup, change.baseline);
        change.clear = HasScore(change.change) && change.baseline_interval.Valid() && change.followup_interval.Valid() &&
                       (change.followup_interval.low > change.baseline_interval.high ||
                        change.followup_interval.high < change.baseline_interval.low);
        comparison.pillars.push_back(change);
    }
    for (const auto& pillar : before.pillars)
        if (!after.FindPillar(pillar.id))
            comparison.notes.push_back(fmt::format("{} is in the baseline's questionnaire only", pillar.id));

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
