#include "c5/scoring/score.h"

#include <algorithm>

#include <fmt/format.h>

#include "c5/questionnaire/fingerprint.h"
#include "c5/questionnaire/next_steps.h"
#include "c5/scoring/item_score.h"
#include "c5/scoring/model_inputs.h"
#include "c5/scoring/uncertainty.h"

namespace c5::scoring {
namespace q = c5::questionnaire;
namespace {

ProgressTarget MakeProgressTarget(std::string id, double raw, double adjusted, const Interval& raw_interval,
                                  const Interval& adjusted_interval, int base_year, int target_year) {
    ProgressTarget target;
    target.id = std::move(id);
    target.baseline_adjusted = HasScore(adjusted);
    target.baseline = target.baseline_adjusted ? adjusted : raw;
    target.baseline_interval = target.baseline_adjusted ? adjusted_interval : raw_interval;
    target.raw = raw;
    target.raw_interval = raw_interval;
    target.base_year = base_year;
    target.target_year = target_year;
    target.target_year_passed = target_year <= base_year;
    if (!HasScore(target.baseline)) return target;
    target.target = target.baseline + 0.4 * (100.0 - target.baseline);
    target.literal = std::min(100.0, 1.4 * target.baseline);
    if (!target.target_year_passed)
        for (int year = base_year; year <= target_year; ++year)
            target.trajectory.push_back(
                {year, target.baseline + (target.target - target.baseline) * (year - base_year) /
                                             static_cast<double>(target_year - base_year)});
    return target;
}

// The national module was scored as a last pillar outside the overall score; it is reported on
// its own, and its next steps are ranked by the points they would add to its own score.
void SeparateNationalModule(const PreparedAssessment& prepared, ScoreResult& result) {
    if (prepared.pillars.empty() || !prepared.pillars.back().national) return;
    NationalResult national;
    national.section = std::move(result.pillars.back());
    result.pillars.pop_back();
    double weights = 0;
    for (std::size_t i = 0; i < prepared.items.size(); ++i)
        if (prepared.items[i].pillar + 1 == static_cast<int>(prepared.pillars.size()) &&
            prepared.items[i].state == ItemState::Scored)
            weights += prepared.items[i].weight;
    std::vector<ItemResult> c5_items;
    for (std::size_t i = 0; i < result.items.size(); ++i) {
        const PreparedItem& item = prepared.items[i];
        if (result.items[i].pillar_id != national.section.id) {
            c5_items.push_back(std::move(result.items[i]));
            continue;
        }
        ItemResult entry = std::move(result.items[i]);
        if (entry.state == ItemState::Scored && weights > 0) {
            entry.effective_weight = item.weight / weights;
            if (entry.value < 1.0 - 1e-9) {
                // The step from the level reached, as for the C5 questions.
                const auto step = q::NextStepFor(*item.question, entry.value, "en");
                national.steps.push_back({entry.question_id, entry.pillar_id, item.question->text,
                                          step ? step->text.text : item.question->recommendation,
                                          step ? step->key : std::string(), item.question->lead_group, entry.value,
                                          100.0 * entry.effective_weight * (1.0 - entry.value)});
            }
        }
        national.items.push_back(std::move(entry));
    }
    result.items = std::move(c5_items);
    std::stable_sort(national.steps.begin(), national.steps.end(),
                     [](const Recommendation& a, const Recommendation& b) { return a.gain > b.gain; });
    result.national = std::move(national);
}

}  // namespace

std::string_view ToString(PillarStatus status) {
    switch (status) {
        case PillarStatus::Scored: return "scored";
        case PillarStatus::InsufficientData: return "insufficient_data";
        case PillarStatus::NoScorableItems: return "no_scorable_items";
    }
    return "insufficient_data";
}

std::string_view ToString(ItemState state) {
    switch (state) {
        case ItemState::Scored: return "scored";
        case ItemState::NotApplicable: return "not_applicable";
        case ItemState::Hidden: return "not_asked";
        case ItemState::Unanswered: return "unanswered";
    }
    return "unanswered";
}

const PillarResult* ScoreResult::FindPillar(std::string_view id) const {
    for (const auto& pillar : pillars)
        if (pillar.id == id) return &pillar;
    return nullptr;
}

ScoreResult ScoreAssessment(const q::AssessmentData& data, const ScoreRequest& request) {
    ScoreResult result;
    result.info = data.info;
    result.instrument_id = data.instrument.id;
    result.instrument_version = data.instrument.version;
    result.instrument_sha256 = data.instrument_sha256;
    result.fingerprint = q::FingerprintState(data).sha256;
    result.settings = data.settings;
    result.parameters = request.parameters;
    result.parameters.base_year = data.info.year;
    result.parameters.target_year = request.target_year.value_or(data.settings.target_year);
    const ScoreParameters& parameters = result.parameters;

    const ModelInputs inputs(data, parameters);
    const PreparedAssessment& prepared = inputs.prepared;
    const ModelSetup& setup = inputs.setup;
    result.warnings = prepared.warnings;
    const std::size_t pillar_count = prepared.pillars.size();
    result.penetration.inputs = data.penetration;
    result.penetration.index = inputs.penetration;
    const std::vector<int>& answered = inputs.answered;
    const std::vector<int>& scorable = inputs.scorable;
    const int tb_answered = inputs.transborder_answered;
    const int tb_scorable = inputs.transborder_scorable;
    const ModelOutput point = inputs.Evaluate();
    DrawSet draws;
    if (parameters.samples > 0) draws = RunMonteCarlo(setup, parameters);
    if (parameters.cancel && parameters.cancel->load()) {
        result.cancelled = true;
        draws = DrawSet{};  // partial draws must not pass for intervals
    }
    const int n = draws.samples;
    const auto summarise = [&](const std::vector<double>& values, std::size_t offset, double point_value) {
        return n > 0 ? Summarise(values.data() + offset, n, point_value) : Interval{};
    };

    // Pillars.
    double included_weight = 0;
    for (std::size_t p = 0; p < pillar_count; ++p)
        if (HasScore(point.pillar[p]) && prepared.pillars[p].included) included_weight += prepared.pillars[p].weight;
    for (std::size_t p = 0; p < pillar_count; ++p) {
        PillarResult pillar;
        pillar.id = prepared.pillars[p].id;
        pillar.title = prepared.pillars[p].title;
        pillar.optional = prepared.pillars[p].optional;
        pillar.included = prepared.pillars[p].included;
        pillar.answered = answered[p];
        pillar.scorable = scorable[p];
        pillar.status = scorable[p] == 0 ? PillarStatus::NoScorableItems
                        : setup.pillar_sufficient[p] ? PillarStatus::Scored
                                                     : PillarStatus::InsufficientData;
        pillar.score = point.pillar[p];
        pillar.adjusted = point.pillar_adjusted[p];
        pillar.interval = summarise(draws.pillar, p * static_cast<std::size_t>(n), pillar.score);
        pillar.adjusted_interval = summarise(draws.pillar_adjusted, p * static_cast<std::size_t>(n), pillar.adjusted);
        pillar.weight = HasScore(pillar.score) && pillar.included && included_weight > 0
                            ? prepared.pillars[p].weight / included_weight
                            : 0.0;
        if (pillar.included && pillar.status != PillarStatus::Scored) result.overall.missing_pillars.push_back(pillar.id);
        result.pillars.push_back(pillar);
    }

    // Overall.
    OverallResult& overall = result.overall;
    overall.score = point.overall;
    overall.arithmetic = point.overall_arithmetic;
    overall.geometric = point.overall_geometric;
    overall.complete = overall.missing_pillars.empty() && HasScore(point.overall);
    overall.interval = summarise(draws.overall, 0, overall.score);
    overall.adjusted = point.overall_adjusted;
    overall.adjusted_interval = summarise(draws.overall_adjusted, 0, overall.adjusted);
    if (!result.penetration.index)
        overall.adjusted_note = "not computed: no ICT penetration figures have been entered";
    else if (!HasScore(overall.adjusted))
        overall.adjusted_note = "not computed: no included pillar has enough answers";

    // Penetration context.
    PenetrationResult& penetration = result.penetration;
    penetration.reference_points = static_cast<int>(request.reference.size());
    if (penetration.index && HasScore(overall.score)) penetration.gap = overall.score - penetration.index->index;
    if (!penetration.index) {
        penetration.expected_note = "not computed: no ICT penetration figures have been entered";
    } else if (request.reference.empty()) {
        penetration.expected_note = "not computed: no reference set of other countries' (penetration, score) pairs";
    } else if (static_cast<int>(request.reference.size()) < kMinimumReferencePoints) {
        penetration.expected_note = fmt::format("not computed: the reference set has {} countries; at least {} are "
                                                "needed for a fit",
                                                request.reference.size(), kMinimumReferencePoints);
    } else {
        penetration.expected = ExpectedFromReference(request.reference, penetration.index->index, overall.score);
        if (!penetration.expected)
            penetration.expected_note = "not computed: every reference country has the same penetration";
    }

    // Targets a and b.
    result.target_a = MakeProgressTarget("a", overall.score, overall.adjusted, overall.interval,
                                         overall.adjusted_interval, parameters.base_year, parameters.target_year);
    if (!HasScore(result.target_a.baseline))
        result.target_a.note = "no baseline: no included pillar has enough answers";
    result.target_b = MakeProgressTarget("b", point.transborder, point.transborder_adjusted,
                                         summarise(draws.transborder, 0, point.transborder),
                                         summarise(draws.transborder_adjusted, 0, point.transborder_adjusted),
                                         parameters.base_year, parameters.target_year);
    result.target_b.answered = tb_answered;
    result.target_b.scorable = tb_scorable;
    if (!HasScore(result.target_b.baseline))
        result.target_b.note = fmt::format("no baseline: {} of {} transborder items answered, 2/3 needed", tb_answered,
                                           tb_scorable);

    // Target c: non-compensatory.
    ChildProtectionTarget& child = result.target_c;
    for (const PreparedItem& item : prepared.items) {
        if (!item.child_protection) continue;
        ChildProtectionItem entry{item.question->id, item.question->text, item.state,
                                  item.state == ItemState::Scored ? item.value : kNoScore};
        child.items.push_back(entry);
        const bool below_full = item.state == ItemState::Scored && item.value < 1.0 - 1e-9;
        if (item.state == ItemState::Unanswered || below_full) child.gaps.push_back(entry);
        child.applicable += item.state == ItemState::Scored || item.state == ItemState::Unanswered ? 1 : 0;
        child.answered += item.state == ItemState::Scored ? 1 : 0;
        child.below_full += below_full ? 1 : 0;
    }
    child.met = point.child_protection_met;
    if (n > 0)
        child.probability_met = static_cast<double>(std::count(draws.child_protection_met.begin(),
                                                               draws.child_protection_met.end(), 1)) /
                                n;

    // Items, effective weights of the headline model, recommendations ranked by gain.
    std::vector<double> pillar_weight_sum(pillar_count, 0.0);
    const auto effective_weight = [&](std::size_t i) {
        const PreparedItem& item = prepared.items[i];
        return setup.penetration ? item.weight * setup.adjusted_factor[i] : item.weight;
    };
    for (std::size_t i = 0; i < prepared.items.size(); ++i)
        if (prepared.items[i].state == ItemState::Scored)
            pillar_weight_sum[static_cast<std::size_t>(prepared.items[i].pillar)] += effective_weight(i);
    for (std::size_t i = 0; i < prepared.items.size(); ++i) {
        const PreparedItem& item = prepared.items[i];
        const auto p = static_cast<std::size_t>(item.pillar);
        ItemResult entry;
        entry.question_id = item.question->id;
        entry.pillar_id = prepared.pillars[p].id;
        entry.state = item.state;
        entry.value = item.state == ItemState::Scored ? item.value : kNoScore;
        entry.from_consensus = item.from_consensus;
        entry.scored_by = item.scored_by;
        if (item.scored_by > 0) {
            entry.lowest = item.lowest;
            entry.highest = item.highest;
        }
        if (item.state == ItemState::Scored && pillar_weight_sum[p] > 0)
            entry.effective_weight = effective_weight(i) / pillar_weight_sum[p] * result.pillars[p].weight;
        result.items.push_back(entry);
        // Every item below 1 in an included, scored pillar (methodology §9), a pillar weighted 0
        // included: its items gain 0 points and rank last, but the gap is listed all the same.
        const bool ranked_pillar = result.pillars[p].included && result.pillars[p].status == PillarStatus::Scored;
        if (ranked_pillar && item.state == ItemState::Scored && entry.value < 1.0 - 1e-9) {
            // The step from the level the item's value reached, not a text that ignores it.
            const auto step = q::NextStepFor(*item.question, entry.value, "en");
            result.recommendations.push_back({item.question->id, entry.pillar_id, item.question->text,
                                              step ? step->text.text : item.question->recommendation,
                                              step ? step->key : std::string(), item.question->lead_group, entry.value,
                                              100.0 * entry.effective_weight * (1.0 - entry.value)});
        }
    }
    std::stable_sort(result.recommendations.begin(), result.recommendations.end(),
                     [](const Recommendation& a, const Recommendation& b) { return a.gain > b.gain; });

    for (const ProbabilityQuery& query : request.probabilities) {
        const std::vector<double>& values = query.measure == ProbabilityQuery::Measure::Overall ? draws.overall
                                            : query.measure == ProbabilityQuery::Measure::OverallAdjusted
                                                ? draws.overall_adjusted
                                            : query.measure == ProbabilityQuery::Measure::Transborder
                                                ? draws.transborder
                                                : draws.transborder_adjusted;
        int valid = 0;
        int reached = 0;
        for (int draw = 0; draw < n; ++draw) {
            const double value = values[static_cast<std::size_t>(draw)];
            if (!HasScore(value)) continue;
            ++valid;
            reached += value >= query.threshold - 1e-9 ? 1 : 0;
        }
        result.probabilities.push_back(valid > 0 ? static_cast<double>(reached) / valid : kNoScore);
    }

    if (parameters.sobol && parameters.samples > 0 && !result.cancelled)
        result.sobol = ComputeSobolIndices(setup, parameters);
    SeparateNationalModule(prepared, result);
    return result;
}

}  // namespace c5::scoring
