#pragma once
// Item scores s ∈ [0, 1] (methodology §1) and the one-level steps the uncertainty analysis uses.
#include <optional>
#include <string_view>

#include "c5/questionnaire/instrument.h"

namespace c5::scoring {

/// The score of a stored (canonical) answer value; nullopt for free text or a value the question
/// does not take.
std::optional<double> ItemScore(const questionnaire::Question& question, std::string_view canonical_value);

/// The item scores one level below and above `score` for this question type (clipped at 0 and 1):
/// maturity ±0.25, yes/partial/no ±0.5, single choice the neighbouring choice's score, multiple
/// choice, number and percent ±0.25.
struct LevelSteps {
    double down = 0;
    double up = 0;
};
LevelSteps OneLevelSteps(const questionnaire::Question& question, double score);

/// Maturity stage index 0 … 4 of a 0–100 score: start-up < 20 ≤ formative < 40 ≤ established < 60
/// ≤ strategic < 80 ≤ dynamic.
int StageOf(double score);

}  // namespace c5::scoring
