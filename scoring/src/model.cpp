#include "c5/scoring/model.h"

namespace c5::scoring {

double WeightedMean(const std::vector<double>& values, const std::vector<double>& weights) {
    double numerator = 0;
    double denominator = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!HasScore(values[i])) continue;
        numerator += weights[i] * values[i];
        denominator += weights[i];
    }
    return denominator > 0 ? 100.0 * numerator / denominator : kNoScore;
}

namespace {

// Σ W·S / Σ W over included pillars with a score (arithmetic), or its geometric twin on scores
// rescaled to [1, 100] and mapped back to 0–100.
void Aggregate(const std::vector<double>& pillar, const double* weight, double& arithmetic, double& geometric) {
    double sum = 0;
    double log_sum = 0;
    double weights = 0;
    for (std::size_t p = 0; p < pillar.size(); ++p) {
        if (!HasScore(pillar[p]) || !(weight[p] > 0)) continue;
        sum += weight[p] * pillar[p];
        log_sum += weight[p] * std::log(1.0 + 0.99 * pillar[p]);
        weights += weight[p];
    }
    arithmetic = weights > 0 ? sum / weights : kNoScore;
    geometric = weights > 0 ? (std::exp(log_sum / weights) - 1.0) / 0.99 : kNoScore;
}

}  // namespace

void EvaluateModel(const ModelSetup& setup, const double* item_values, const double* item_weight_factor,
                   const double* pillar_weight_factor, ModelOutput& out) {
    const PreparedAssessment& prepared = *setup.prepared;
    const std::size_t pillars = prepared.pillars.size();
    const bool adjusted = setup.penetration.has_value();
    // Per pillar: Σ w·s and Σ w, raw and adjusted; the same for the transborder items.
    out.sums.assign(5 * pillars, 0.0);  // reused between draws: no allocation after the first
    double* numerator = out.sums.data();
    double* denominator = numerator + pillars;
    double* numerator_adjusted = denominator + pillars;
    double* denominator_adjusted = numerator_adjusted + pillars;
    double* weight = denominator_adjusted + pillars;
    double tb_numerator = 0, tb_denominator = 0, tb_numerator_adjusted = 0, tb_denominator_adjusted = 0;
    bool child_protection_met = true;
    bool any_child_protection = false;
    for (std::size_t i = 0; i < prepared.items.size(); ++i) {
        const PreparedItem& item = prepared.items[i];
        if (item.child_protection && item.state != ItemState::NotApplicable && item.state != ItemState::Hidden) {
            any_child_protection = true;
            if (!HasScore(item_values[i]) || item_values[i] < 1.0 - 1e-9) child_protection_met = false;
        }
        const double s = item_values[i];
        if (!HasScore(s)) continue;
        const double w = item.weight * (item_weight_factor ? item_weight_factor[i] : 1.0);
        const auto p = static_cast<std::size_t>(item.pillar);
        numerator[p] += w * s;
        denominator[p] += w;
        const double w_adjusted = adjusted ? w * setup.adjusted_factor[i] : 0.0;
        numerator_adjusted[p] += w_adjusted * s;
        denominator_adjusted[p] += w_adjusted;
        if (item.transborder) {
            tb_numerator += w * s;
            tb_denominator += w;
            tb_numerator_adjusted += w_adjusted * s;
            tb_denominator_adjusted += w_adjusted;
        }
    }
    out.pillar.assign(pillars, kNoScore);
    out.pillar_adjusted.assign(pillars, kNoScore);
    for (std::size_t p = 0; p < pillars; ++p) {
        weight[p] = prepared.pillars[p].weight * (pillar_weight_factor ? pillar_weight_factor[p] : 1.0);
        if (!setup.pillar_sufficient[p]) continue;
        if (denominator[p] > 0) out.pillar[p] = 100.0 * numerator[p] / denominator[p];
        if (adjusted && denominator_adjusted[p] > 0)
            out.pillar_adjusted[p] = 100.0 * numerator_adjusted[p] / denominator_adjusted[p];
    }
    Aggregate(out.pillar, weight, out.overall_arithmetic, out.overall_geometric);
    out.overall = setup.aggregation == questionnaire::ScoringSettings::Aggregation::Geometric ? out.overall_geometric
                                                                                               : out.overall_arithmetic;
    out.overall_adjusted = kNoScore;
    if (adjusted) {
        double arithmetic = kNoScore;
        double geometric = kNoScore;
        Aggregate(out.pillar_adjusted, weight, arithmetic, geometric);
        out.overall_adjusted =
            setup.aggregation == questionnaire::ScoringSettings::Aggregation::Geometric ? geometric : arithmetic;
    }
    out.transborder = setup.transborder_sufficient && tb_denominator > 0 ? 100.0 * tb_numerator / tb_denominator
                                                                         : kNoScore;
    out.transborder_adjusted = adjusted && setup.transborder_sufficient && tb_denominator_adjusted > 0
                                   ? 100.0 * tb_numerator_adjusted / tb_denominator_adjusted
                                   : kNoScore;
    out.child_protection_met = any_child_protection && child_protection_met;
}

}  // namespace c5::scoring
