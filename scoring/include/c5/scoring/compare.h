#pragma once
// A follow-up against its baseline (methodology §7 and §13): per-pillar change, progress toward
// targets a and b along the trajectory set at the baseline, the on-track state and its
// probability, and the child-online-protection gaps closed or opened.
#include <string>
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/scoring/score.h"

namespace c5::scoring {

struct PillarChange {
    std::string id;
    std::string title;
    bool included = true;  // counted in the follow-up's overall score
    double baseline = kNoScore;
    double followup = kNoScore;
    double change = kNoScore;  // follow-up − baseline
    Interval baseline_interval;
    Interval followup_interval;
    bool clear = false;  // the two 90 % ranges do not overlap: the change is larger than the uncertainty
};

struct TargetProgress {
    std::string id;         // "a" or "b"
    bool adjusted = false;  // both measured penetration-adjusted (otherwise both raw)
    double baseline = kNoScore;  // B, from the baseline assessment
    double target = kNoScore;    // T = B + 0.4·(100 − B)
    int base_year = 0;           // t0: the baseline's year
    int target_year = 0;         // t1: as set at the baseline
    int year = 0;                // t: the follow-up's year
    double expected = kNoScore;  // T(t) on the trajectory (T itself from the target year on)
    double value = kNoScore;     // S(t): the follow-up's score
    Interval value_interval;
    double progress = kNoScore;  // (S(t) − B)/(T − B): share of the way to the target
    bool on_track = false;       // S(t) ≥ T(t)
    double probability_on_track = kNoScore;  // share of the follow-up's draws with S ≥ T(t)
    std::string note;            // why something is not computed
};

struct ChildProtectionChange {
    bool baseline_met = false;
    bool followup_met = false;
    std::vector<std::string> closed;     // gaps at the baseline, met now
    std::vector<std::string> remaining;  // gaps in both
    std::vector<std::string> opened;     // met at the baseline, gaps now
};

struct Comparison {
    questionnaire::AssessmentInfo baseline;
    questionnaire::AssessmentInfo followup;
    double overall_baseline = kNoScore;
    double overall_followup = kNoScore;
    double overall_change = kNoScore;
    double adjusted_baseline = kNoScore;
    double adjusted_followup = kNoScore;
    double adjusted_change = kNoScore;
    std::vector<PillarChange> pillars;
    TargetProgress target_a;
    TargetProgress target_b;
    ChildProtectionChange target_c;
    std::vector<std::string> notes;
    ScoreResult baseline_score;  // the full results, for the report
    ScoreResult followup_score;
};

/// Compares `followup` with `baseline`: the same country and questionnaire (its version may differ:
/// pillars are matched by id), a later year. Throws ScoringError otherwise. `request` applies to
/// both; its target year, when given, replaces the baseline's.
Comparison CompareAssessments(const questionnaire::AssessmentData& baseline, const questionnaire::AssessmentData& followup,
                              const ScoreRequest& request);

/// The comparison as one JSON object (docs/cli.md, "compare --json").
std::string ComparisonJson(const Comparison& comparison, int indent = 2);

}  // namespace c5::scoring
