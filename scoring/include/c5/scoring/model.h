#pragma once
// One evaluation of the readiness model: item values → pillar scores, overall score, the
// penetration-adjusted twins, the transborder sub-index and the child-protection criterion.
// The point estimate and every Monte Carlo draw go through this one function.
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/scoring/prepared.h"

namespace c5::scoring {

inline constexpr double kNoScore = std::numeric_limits<double>::quiet_NaN();
inline bool HasScore(double value) { return !std::isnan(value); }

struct ModelSetup {
    const PreparedAssessment* prepared = nullptr;
    std::optional<double> penetration;  // P; nullopt: no adjusted scores
    questionnaire::ScoringSettings::Aggregation aggregation = questionnaire::ScoringSettings::Aggregation::Arithmetic;
    std::vector<char> pillar_sufficient;  // from the point estimate's data-sufficiency rule
    bool transborder_sufficient = true;
    std::vector<double> adjusted_factor;  // per item: 1 − e/2 + e·P/100 (empty without P)
};

struct ModelOutput {
    std::vector<double> pillar;           // 0–100, kNoScore when none
    std::vector<double> pillar_adjusted;  // kNoScore without penetration data
    double overall = kNoScore;            // headline aggregation (arithmetic or geometric)
    double overall_arithmetic = kNoScore;
    double overall_geometric = kNoScore;
    double overall_adjusted = kNoScore;
    double transborder = kNoScore;
    double transborder_adjusted = kNoScore;
    bool child_protection_met = false;
    std::vector<double> sums;  // scratch space of EvaluateModel
};

/// item_values[i]: item score or kNoScore. Multipliers (may be null) scale question weights and
/// pillar weights (the uncertainty analysis's weight noise).
void EvaluateModel(const ModelSetup& setup, const double* item_values, const double* item_weight_factor,
                   const double* pillar_weight_factor, ModelOutput& out);

/// 100 · Σ w·s / Σ w over items with a value; kNoScore when none.
double WeightedMean(const std::vector<double>& values, const std::vector<double>& weights);

}  // namespace c5::scoring
