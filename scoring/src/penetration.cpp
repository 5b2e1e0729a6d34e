#include "c5/scoring/penetration.h"

#include <algorithm>

namespace c5::scoring {
namespace q = c5::questionnaire;

double IndicatorFullScale(q::Indicator indicator) { return indicator == q::Indicator::FixedBroadband ? 60.0 : 100.0; }

std::optional<PenetrationIndex> ComputePenetrationIndex(const std::vector<q::PenetrationInput>& inputs) {
    if (inputs.empty()) return std::nullopt;
    PenetrationIndex result;
    double sum = 0;
    for (const auto& input : inputs) {
        const double component = std::clamp(input.value / IndicatorFullScale(input.indicator), 0.0, 1.0);
        result.components.emplace_back(input.indicator, component);
        sum += component;
    }
    result.index = 100.0 * sum / static_cast<double>(inputs.size());
    return result;
}

double AdjustedWeight(double weight, double exposure, double penetration_index) {
    return weight * (1.0 - exposure / 2.0 + exposure * penetration_index / 100.0);
}

}  // namespace c5::scoring
