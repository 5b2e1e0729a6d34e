#pragma once
// A follow-up against its baseline (methodology §7 and §13): per-pillar change, progress toward
// targets a and b along the trajectory set at the baseline, the on-track state and its
// probability, and the child-online-protection gaps closed or opened.
#include <optional>
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
    Interval change_interval;  // 5–95 % of the paired draws' change (methodology §13)
    bool clear = false;        // the paired range excludes 0: the change is larger than its uncertainty
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

/// The ICT penetration index at both dates, and what a difference does to the adjusted change.
struct PenetrationChange {
    double baseline = kNoScore;  // P at the baseline
    double followup = kNoScore;  // P at the follow-up
    bool differ = false;         // both exist and differ by 0.05 or more
    /// The follow-up's S_adj had P stayed at the baseline's: the answers' share of the adjusted
    /// change is this minus the baseline's S_adj, the figures' share the rest.
    double adjusted_at_baseline_penetration = kNoScore;
    double penetration_effect = kNoScore;  // follow-up S_adj − adjusted_at_baseline_penetration
};

/// How the respondents of the two assessments were paired for the change intervals.
struct RespondentPairing {
    int by_identity = 0;        // the same respondent in both files
    int by_group = 0;           // the same stakeholder group
    int baseline_only = 0;
    int followup_only = 0;
};

struct Comparison {
    questionnaire::AssessmentInfo baseline;
    questionnaire::AssessmentInfo followup;
    double overall_baseline = kNoScore;
    double overall_followup = kNoScore;
    double overall_change = kNoScore;
    Interval overall_change_interval;  // paired
    bool overall_clear = false;
    double adjusted_baseline = kNoScore;
    double adjusted_followup = kNoScore;
    double adjusted_change = kNoScore;
    Interval adjusted_change_interval;  // paired
    bool adjusted_clear = false;
    PenetrationChange penetration;
    RespondentPairing pairing;
    // What the notes say, for writers that word them in another language.
    bool versions_differ = false;
    bool wording_differs = false;  // the same version and core, other wording, translations or national module
    bool followup_lacks_penetration = false;  // targets compared raw although the baseline has P
    std::vector<std::string> baseline_only_pillars;
    std::vector<PillarChange> pillars;
    /// The national modules' scores, when both assessments have one with the same questions,
    /// weights and scoring (their wording may differ).
    std::optional<PillarChange> national;
    /// Why the national modules are not compared, when `national` is empty and either has one.
    enum class NationalNotCompared { No, OnlyBaseline, OnlyFollowup, AskDifferentThings };
    NationalNotCompared national_not_compared = NationalNotCompared::No;
    TargetProgress target_a;
    TargetProgress target_b;
    ChildProtectionChange target_c;
    std::vector<std::string> notes;  // the above in English (compare's text and JSON)
    ScoreResult baseline_score;  // the full results, for the report
    ScoreResult followup_score;
};

/// Compares `followup` with `baseline`: the same country and questionnaire, a later year. Within a
/// major version the questionnaires must share their core (they may differ in wording,
/// translations and the national module); across major versions pillars are matched by id.
/// Throws ScoringError otherwise. `request` applies to both; its target year, when given,
/// replaces the baseline's.
Comparison CompareAssessments(const questionnaire::AssessmentData& baseline, const questionnaire::AssessmentData& followup,
                              const ScoreRequest& request);

/// The comparison as one JSON object (docs/cli.md, "compare --json").
std::string ComparisonJson(const Comparison& comparison, int indent = 2);

}  // namespace c5::scoring
