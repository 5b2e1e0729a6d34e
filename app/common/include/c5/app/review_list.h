#pragma once
// The review list: every answer of one respondent (or of all) in one table, filtered to what needs
// a second look — unanswered, flagged for review, low confidence, no evidence, disagreement — as
// CSET's review screen and Kobo's data table show them. No wx: the window shows the rows.
#include <optional>
#include <string>
#include <vector>

#include "c5/questionnaire/assessment.h"

namespace c5::app {

enum class ReviewFilter { All, Unanswered, Flagged, LowConfidence, NoEvidence, Disagreement };

struct ReviewRow {
    std::string question_id;
    std::string pillar_id;
    long long respondent_id = 0;
    std::string respondent;
    const questionnaire::Answer* answer = nullptr;  // into the data listed; nullptr: unanswered
    bool no_evidence = false;   // answered, without evidence notes, links or an attached document
    int disagreement_levels = 0;  // the respondents' answers span this many levels (2 or more), else 0
};

/// The questions asked of `respondent_id` (nullopt: of every respondent), in instrument order and
/// respondent by respondent, that pass `filter`. Questions a respondent is not asked (show_if) are
/// left out. The rows point into `data`, which must outlive them.
std::vector<ReviewRow> BuildReviewList(const questionnaire::AssessmentData& data,
                                       std::optional<long long> respondent_id, ReviewFilter filter);

/// The next question after `after_question` (wrapping round) whose answer by `respondent_id` is
/// flagged for review; nullopt when none is.
std::optional<std::string> NextFlagged(const questionnaire::AssessmentData& data, long long respondent_id,
                                       const std::string& after_question);

}  // namespace c5::app
