#pragma once
// Monte Carlo uncertainty (methodology §6): each draw resamples the respondents, moves answers one
// level with a probability set by their confidence, and varies the weights by ±25 %. Counter-based
// random numbers (Random123 Philox) make every draw a pure function of (seed, draw number, input
// group): the result is identical bit for bit whatever the number of threads.
#include <cstdint>
#include <vector>

#include "c5/scoring/model.h"
#include "c5/scoring/score_result.h"

namespace c5::scoring {

/// The four input groups the Sobol indices are reported for.
enum class InputGroup { Respondents = 0, Answers = 1, QuestionWeights = 2, PillarWeights = 3 };
inline constexpr int kInputGroups = 4;
std::string_view ToString(InputGroup group);

struct DrawSet {
    int samples = 0;
    std::vector<double> overall;
    std::vector<double> overall_adjusted;
    std::vector<double> transborder;
    std::vector<double> transborder_adjusted;
    std::vector<double> pillar;           // [pillar * samples + draw]
    std::vector<double> pillar_adjusted;  // [pillar * samples + draw]
    std::vector<char> child_protection_met;
};

/// How a draw's random numbers are addressed, so that two assessments — a baseline and its
/// follow-up — can share them (methodology §13, paired change). The bootstrap draws *slots* with
/// replacement; a slot holds at most one respondent of each assessment (a respondent matched in both
/// shares one), and each assessment keeps the draws that land on its own respondents until it has as
/// many as it has respondents. An answer's move is keyed by its slot and its item's key, a question
/// weight's noise by the item key, a pillar weight's by the pillar key. Empty keys: one slot per
/// respondent and the items' and pillars' own positions — the plain draw of one assessment.
struct DrawKeys {
    int slots = 0;                          // 0: one slot per respondent
    std::vector<int> respondent_slot;       // per respondent (PreparedAssessment order)
    std::vector<std::uint32_t> item_key;    // per item
    std::vector<std::uint32_t> pillar_key;  // per pillar
};

/// Runs `parameters.samples` draws of the model.
DrawSet RunMonteCarlo(const ModelSetup& setup, const ScoreParameters& parameters, const DrawKeys& keys = {});

/// First-order and total Sobol indices of the overall score over the four input groups
/// (Saltelli 2010 and Jansen estimators, `parameters.samples` base draws).
std::vector<SobolIndex> ComputeSobolIndices(const ModelSetup& setup, const ScoreParameters& parameters);

/// Median and 5–95 % percentiles (linear interpolation) of the draws that have a value, the
/// range widened to include `point`; an invalid interval when no draw has a value.
Interval Summarise(const double* draws, int count, double point);

}  // namespace c5::scoring
