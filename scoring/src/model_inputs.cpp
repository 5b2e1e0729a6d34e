#include "c5/scoring/model_inputs.h"

namespace c5::scoring {
namespace {

bool Scorable(ItemState state) { return state == ItemState::Scored || state == ItemState::Unanswered; }

bool Sufficient(int answered, int scorable, double sufficiency) {
    return scorable > 0 && static_cast<double>(answered) >= sufficiency * static_cast<double>(scorable) - 1e-9;
}

}  // namespace

ModelInputs::ModelInputs(const questionnaire::AssessmentData& data, const ScoreParameters& parameters,
                         std::optional<double> penetration_override)
    : prepared(Prepare(data, parameters.shift)), penetration(ComputePenetrationIndex(data.penetration)) {
    // Data sufficiency: a pillar (and the transborder sub-index) needs 2/3 of its scorable items.
    setup.prepared = &prepared;
    setup.aggregation = data.settings.aggregation;
    if (penetration) setup.penetration = penetration->index;
    if (penetration_override) setup.penetration = penetration_override;
    const std::size_t pillar_count = prepared.pillars.size();
    answered.assign(pillar_count, 0);
    scorable.assign(pillar_count, 0);
    point_values.assign(prepared.items.size(), kNoScore);
    for (std::size_t i = 0; i < prepared.items.size(); ++i) {
        const PreparedItem& item = prepared.items[i];
        const auto p = static_cast<std::size_t>(item.pillar);
        if (Scorable(item.state)) {
            ++scorable[p];
            transborder_scorable += item.transborder;
        }
        if (item.state == ItemState::Scored) {
            ++answered[p];
            transborder_answered += item.transborder;
            point_values[i] = item.value;
        }
        if (setup.penetration) setup.adjusted_factor.push_back(AdjustedWeight(1.0, item.exposure, *setup.penetration));
    }
    for (std::size_t p = 0; p < pillar_count; ++p)
        setup.pillar_sufficient.push_back(Sufficient(answered[p], scorable[p], parameters.sufficiency) ? 1 : 0);
    setup.transborder_sufficient = Sufficient(transborder_answered, transborder_scorable, parameters.sufficiency);
}

ModelOutput ModelInputs::Evaluate() const {
    ModelOutput point;
    EvaluateModel(setup, point_values.data(), nullptr, nullptr, point);
    return point;
}

}  // namespace c5::scoring
