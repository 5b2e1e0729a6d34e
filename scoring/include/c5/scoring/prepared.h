#pragma once
// An assessment turned into numbers once: per respondent and item, the item score (or why there
// is none), its one-level neighbours and how likely it is to be a level off. Both the point
// estimate and every Monte Carlo draw read this.
#include <optional>
#include <string>
#include <vector>

#include "c5/questionnaire/assessment.h"

namespace c5::scoring {

/// What one respondent's answer to one scored question contributes.
enum class CellState : unsigned char { Hidden, Unanswered, NotApplicable, Scored };

/// The combined (all respondents) state of an item.
enum class ItemState { Scored, NotApplicable, Hidden, Unanswered };

/// Probability that an answer is one level off, by the respondent's confidence.
struct ConfidenceShift {
    double low = 0.5;
    double medium = 0.25;
    double high = 0.10;
    double For(questionnaire::Confidence confidence) const;
};

struct PreparedItem {
    const questionnaire::Question* question = nullptr;
    int pillar = 0;  // index into PreparedAssessment::pillars
    double weight = 1;
    double exposure = 0;
    bool transborder = false;
    bool child_protection = false;  // tagged cop_mandatory
    // Combined point estimate: consensus, else the median of the respondents' scores.
    ItemState state = ItemState::Unanswered;
    double value = 0;               // item score when state == Scored
    bool from_consensus = false;
    std::optional<double> consensus;  // consensus score (nullopt: none, or settled N/A)
    double consensus_down = 0;        // its one-level neighbours
    double consensus_up = 0;
    bool consensus_not_applicable = false;
    int scored_by = 0;              // respondents whose answer scored
    double lowest = 0;              // lowest and highest respondent score (spread)
    double highest = 0;
};

struct PreparedPillar {
    std::string id;
    std::string title;
    bool optional = false;
    bool included = true;  // counts towards the overall score
    double weight = 1;     // pillar weight W_p before normalisation (0 when not included)
    /// The national module: scored like a pillar, last, never included (weight 0), so that the
    /// C5 results are the same, draw for draw, with or without it.
    bool national = false;
};

struct PreparedAssessment {
    std::vector<PreparedPillar> pillars;
    std::vector<PreparedItem> items;  // scored questions, in instrument order
    int respondents = 0;
    // Per item i and respondent r, at [i * respondents + r]:
    std::vector<CellState> cell_state;
    std::vector<double> cell_score;
    std::vector<double> cell_down;
    std::vector<double> cell_up;
    std::vector<double> cell_shift;  // probability of being one level off
    std::vector<std::string> warnings;

    std::size_t Cell(std::size_t item, std::size_t respondent) const {
        return item * static_cast<std::size_t>(respondents) + respondent;
    }
};

/// Median of values (mean of the two middle ones for an even count); reorders `values`.
double Median(std::vector<double>& values);

/// Builds the prepared form: item scores, show_if visibility, consensus, pillar inclusion and
/// weights (equal, budget or AHP). Throws ScoringError when the weights do not fit the instrument.
PreparedAssessment Prepare(const questionnaire::AssessmentData& data, const ConfidenceShift& shift = {});

}  // namespace c5::scoring
