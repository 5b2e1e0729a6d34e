#pragma once
// The regional view: several countries' assessments side by side, and the reference set of
// (penetration, score) pairs they give for the penetration-expected score (methodology §6, §13).
#include <string>
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/scoring/reference_fit.h"
#include "c5/scoring/score.h"

namespace c5::scoring {

struct RegionalEntry {
    std::string label;  // the file name
    questionnaire::AssessmentInfo info;
    int respondents = 0;
    double score = kNoScore;     // S
    double adjusted = kNoScore;  // S_adj
    double penetration = kNoScore;  // P
    double gap = kNoScore;       // S − P
    bool complete = false;
    int pillars_scored = 0;
    int pillars_included = 0;
    bool child_protection_met = false;
    double transborder = kNoScore;  // target b's sub-index (adjusted when P exists)
};

/// One row of the regional view from an assessment and its score.
RegionalEntry MakeRegionalEntry(std::string label, const questionnaire::AssessmentData& data, const ScoreResult& score);

/// Rows in the order of countries (ISO code), then years.
void SortRegional(std::vector<RegionalEntry>& entries);

/// The (P, S) pairs of the entries that have both, for ExpectedFromReference. Assessments of
/// `exclude_country` are left out (a country is not its own reference); of several assessments
/// of one country only the latest counts.
std::vector<ReferencePoint> ReferenceSet(const std::vector<RegionalEntry>& entries, const std::string& exclude_country = {});

}  // namespace c5::scoring
