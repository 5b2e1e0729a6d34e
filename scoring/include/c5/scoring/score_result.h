#pragma once
// Everything `c5kit-cli score` prints and the report shows (methodology: docs/methodology.md).
#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/scoring/model.h"
#include "c5/scoring/penetration.h"
#include "c5/scoring/prepared.h"

namespace c5::scoring {

/// Median and 5–95 % range of the Monte Carlo draws, widened to include the point score.
struct Interval {
    double median = kNoScore;
    double low = kNoScore;
    double high = kNoScore;
    bool Valid() const { return HasScore(low) && HasScore(high); }
};

enum class PillarStatus { Scored, InsufficientData, NoScorableItems };
std::string_view ToString(PillarStatus status);
std::string_view ToString(ItemState state);

struct PillarResult {
    std::string id;
    std::string title;
    bool optional = false;
    bool included = true;
    PillarStatus status = PillarStatus::InsufficientData;
    int answered = 0;  // scorable items with a value
    int scorable = 0;  // items neither hidden nor not applicable
    double score = kNoScore;
    double adjusted = kNoScore;
    Interval interval;
    Interval adjusted_interval;
    double weight = 0;  // normalised W_p among the included pillars with a score
};

struct OverallResult {
    double score = kNoScore;  // headline aggregation of the raw model
    Interval interval;
    bool complete = false;    // every included pillar has a score
    std::vector<std::string> missing_pillars;
    double arithmetic = kNoScore;
    double geometric = kNoScore;  // the sensitivity alternative
    double adjusted = kNoScore;   // S_adj, kNoScore without penetration data
    Interval adjusted_interval;
    std::string adjusted_note;    // why S_adj is not computed
};

struct ExpectedScore {
    double expected = kNoScore;  // penetration-expected score at the team's P
    double low = kNoScore;       // 90 % prediction band
    double high = kNoScore;
    double residual = kNoScore;  // team's S minus expected
    int points = 0;
    double intercept = 0;        // logit(S/100) = intercept + slope · P/100
    double slope = 0;
};

struct PenetrationResult {
    std::vector<questionnaire::PenetrationInput> inputs;
    std::optional<PenetrationIndex> index;
    double gap = kNoScore;  // S − P
    std::optional<ExpectedScore> expected;
    std::string expected_note;  // why there is no expected score
    int reference_points = 0;   // countries in the reference set given
};

struct TrajectoryPoint {
    int year = 0;
    double value = 0;
};

/// Targets a and b: from a baseline B to T = B + 0.4·(100 − B) by the target year.
struct ProgressTarget {
    std::string id;
    double baseline = kNoScore;
    bool baseline_adjusted = false;  // B is the penetration-adjusted score
    Interval baseline_interval;
    double raw = kNoScore;           // the raw score, whichever B is (comparisons need it)
    Interval raw_interval;
    double target = kNoScore;        // gap closure
    double literal = kNoScore;       // min(100, 1.4·B)
    int base_year = 0;
    int target_year = 0;
    bool target_year_passed = false;
    std::vector<TrajectoryPoint> trajectory;
    int answered = 0;  // target b: transborder items with a value, and how many could have one
    int scorable = 0;
    std::string note;
};

struct ChildProtectionItem {
    std::string question_id;
    std::string text;
    ItemState state = ItemState::Unanswered;
    double value = kNoScore;
};

/// Target c: met only when every cop_mandatory item scores 1.
struct ChildProtectionTarget {
    bool met = false;
    double probability_met = kNoScore;
    std::vector<ChildProtectionItem> items;
    std::vector<ChildProtectionItem> gaps;
    int applicable = 0;  // essentials asked and not "not applicable"
    int answered = 0;    // of those, with a value
    int below_full = 0;  // of those, scoring less than 1
    /// Whether the answers decide target c yet: an essential below full marks decides it (not
    /// met); otherwise every applicable essential must be answered first ("not assessed yet").
    bool Decided() const { return below_full > 0 || (applicable > 0 && answered == applicable); }
};

/// One scored question. Results own their data: nothing points into the scored AssessmentData.
struct ItemResult {
    std::string question_id;
    std::string pillar_id;
    ItemState state = ItemState::Unanswered;
    double value = kNoScore;
    bool from_consensus = false;
    int scored_by = 0;
    double lowest = kNoScore;
    double highest = kNoScore;
    double effective_weight = 0;  // share of the headline overall score (0–1)
};

struct Recommendation {
    std::string question_id;
    std::string pillar_id;
    std::string question_text;
    std::string recommendation;  // the next step from the level reached (English), or format 1's one text
    std::string next_step;       // its next-step key (questionnaire/next_steps.h); empty for format 1
    std::string lead_group;      // the stakeholder group best placed to act; empty for format 1
    double score = 0;  // item score 0–1
    double gain = 0;   // overall points gained if the item reached 1
};

/// The national module, scored as its own section beside the C5 pillars (the pillar formula with
/// its own question weights and the same data-sufficiency rule) and never inside the C5 overall
/// score, targets or recommendations.
struct NationalResult {
    PillarResult section;               // its score, interval, answered/scorable; never included
    std::vector<ItemResult> items;      // its scored questions
    std::vector<Recommendation> steps;  // below the best, ranked by the section points they would add
};

struct SobolIndex {
    std::string group;
    double first_order = 0;
    double total = 0;
};

struct ScoreParameters {
    int samples = 10000;
    std::uint64_t seed = 20051118;  // the Tunis Agenda's date: any fixed seed reproduces the draws
    int threads = 0;                // 0: as many as the machine has (the result does not depend on it)
    ConfidenceShift shift;
    double weight_noise = 0.25;
    int base_year = 0;
    int target_year = 2020;
    bool sobol = false;
    double sufficiency = 2.0 / 3.0;
    /// When set and it becomes true, the draws stop early and the result is marked cancelled
    /// (the desktop app drops a run when a newer answer arrives).
    const std::atomic<bool>* cancel = nullptr;
};

struct ScoreResult {
    questionnaire::AssessmentInfo info;
    std::string instrument_id;
    std::string instrument_version;
    std::string instrument_sha256;
    /// SHA-256 of the state the scores were made from (questionnaire/fingerprint.h).
    std::string fingerprint;
    questionnaire::ScoringSettings settings;
    ScoreParameters parameters;
    std::vector<ItemResult> items;
    std::vector<PillarResult> pillars;
    OverallResult overall;
    PenetrationResult penetration;
    ProgressTarget target_a;
    ProgressTarget target_b;
    ChildProtectionTarget target_c;
    std::vector<Recommendation> recommendations;
    std::optional<NationalResult> national;  // when the instrument has a national module
    std::vector<SobolIndex> sobol;
    std::vector<std::string> warnings;
    /// For each ScoreRequest::probabilities query: the share of draws with a value at least the
    /// threshold, among the draws that have one (kNoScore without draws).
    std::vector<double> probabilities;
    bool cancelled = false;  // the draws were stopped: intervals are incomplete, do not show them

    const PillarResult* FindPillar(std::string_view id) const;
};

}  // namespace c5::scoring
