#pragma once
// The ICT penetration index P and penetration-adjusted weights (methodology §4).
#include <optional>
#include <vector>

#include "c5/questionnaire/assessment.h"

namespace c5::scoring {

struct PenetrationIndex {
    double index = 0;  // P ∈ [0, 100]
    /// Each indicator's contribution before averaging: value / its full-scale value, capped at 1.
    std::vector<std::pair<questionnaire::Indicator, double>> components;
};

/// Full-scale value of an indicator: 100 for the two shares, 100 mobile-broadband and 60
/// fixed-broadband subscriptions per 100 inhabitants.
double IndicatorFullScale(questionnaire::Indicator indicator);

/// P = 100 · mean of the available components; nullopt without any indicator.
std::optional<PenetrationIndex> ComputePenetrationIndex(const std::vector<questionnaire::PenetrationInput>& inputs);

/// wq(P) = wq · (1 − e/2 + e·P/100): between 0.5·wq and 1.5·wq for e = 1, unchanged for e = 0.
double AdjustedWeight(double weight, double exposure, double penetration_index);

}  // namespace c5::scoring
