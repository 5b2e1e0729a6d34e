#pragma once
// An assessment made ready for the model: its prepared answers, the point estimate's item values
// and data-sufficiency decisions, and the penetration index. The score, the follow-up comparison
// and the paired change intervals all start from it.
#include <optional>
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/scoring/model.h"
#include "c5/scoring/penetration.h"
#include "c5/scoring/prepared.h"
#include "c5/scoring/score_result.h"

namespace c5::scoring {

struct ModelInputs {
    /// `penetration_override`: score with this P instead of the file's (what the follow-up's
    /// adjusted score would be with the baseline's penetration figures). Throws ScoringError when the
    /// weights do not fit the instrument.
    ModelInputs(const questionnaire::AssessmentData& data, const ScoreParameters& parameters,
                std::optional<double> penetration_override = std::nullopt);
    ModelInputs(const ModelInputs&) = delete;  // `setup` points into `prepared`
    ModelInputs& operator=(const ModelInputs&) = delete;

    PreparedAssessment prepared;
    ModelSetup setup;
    std::optional<PenetrationIndex> penetration;  // from the file's figures
    std::vector<int> answered;  // per pillar: scorable items with a value
    std::vector<int> scorable;  // per pillar: items neither hidden nor not applicable
    int transborder_answered = 0;
    int transborder_scorable = 0;
    std::vector<double> point_values;  // per item: its value, or kNoScore

    /// The point estimate of the model.
    ModelOutput Evaluate() const;
};

}  // namespace c5::scoring
