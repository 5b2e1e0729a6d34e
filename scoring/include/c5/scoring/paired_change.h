#pragma once
// The change between a baseline and its follow-up with its own uncertainty (methodology §13): both
// assessments are drawn with the same random numbers — the same bootstrap slots for respondents
// matched across the two, the same answer moves, the same weight noise — and the interval is taken
// over the per-draw differences. What both assessments share cancels out; what differs remains.
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/scoring/model_inputs.h"
#include "c5/scoring/uncertainty.h"

namespace c5::scoring {

/// A respondent of the baseline and the follow-up's respondent answering for the same place.
struct RespondentMatch {
    enum class By { Identity, Group, None };
    int baseline = -1;  // index into the baseline's respondents; -1: only in the follow-up
    int followup = -1;  // index into the follow-up's respondents; -1: only in the baseline
    By by = By::None;
};

/// Pairs respondents: the same respondent (uuid) first, then the same stakeholder group (the same
/// name within it first), in file order; the rest stay unmatched. Every respondent appears once.
std::vector<RespondentMatch> MatchRespondents(const questionnaire::AssessmentData& baseline,
                                              const questionnaire::AssessmentData& followup);

struct PairedDraws {
    DrawSet baseline;
    DrawSet followup;
    std::vector<RespondentMatch> matches;
};

/// Both assessments' Monte Carlo draws with shared random numbers: respondents by MatchRespondents,
/// questions and pillars by id. The baseline's keys are its own positions, so with every
/// respondent matched its draws are exactly those of scoring it alone.
PairedDraws RunPairedMonteCarlo(const questionnaire::AssessmentData& baseline, const ModelInputs& baseline_inputs,
                                const questionnaire::AssessmentData& followup, const ModelInputs& followup_inputs,
                                const ScoreParameters& parameters);

/// Median and 5–95 % range of follow-up − baseline over the draws where both have a value, widened
/// to include `point_change`; invalid without such draws.
Interval ChangeInterval(const double* baseline, const double* followup, int samples, double point_change);

/// A change is clear when its paired range lies wholly above or wholly below 0.
inline bool ClearChange(const Interval& change) { return change.Valid() && (change.low > 0 || change.high < 0); }

}  // namespace c5::scoring
