#pragma once
// Scoring an assessment: the one entry point the CLI, the desktop app and the report call.
#include <optional>
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/scoring/reference_fit.h"
#include "c5/scoring/score_result.h"

namespace c5::scoring {

/// "How likely is this measure at least `threshold`?": answered from the Monte Carlo draws
/// (a follow-up's chance of being on track, methodology §8).
struct ProbabilityQuery {
    enum class Measure { Overall, OverallAdjusted, Transborder, TransborderAdjusted };
    Measure measure = Measure::Overall;
    double threshold = 0;
};

struct ScoreRequest {
    ScoreParameters parameters;           // samples, seed, threads, Sobol …
    std::optional<int> target_year;       // overrides the file's scoring option
    std::vector<ReferencePoint> reference;  // for the penetration-expected score
    std::vector<ProbabilityQuery> probabilities;  // answered in ScoreResult::probabilities, in order
};

/// Pure: the same data and request give the same result, bit for bit.
ScoreResult ScoreAssessment(const questionnaire::AssessmentData& data, const ScoreRequest& request);

}  // namespace c5::scoring
