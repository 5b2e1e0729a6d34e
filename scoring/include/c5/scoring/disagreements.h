#pragma once
// Where respondents disagree: questions whose answers span two or more levels (methodology §12).
#include <optional>
#include <string>
#include <vector>

#include "c5/questionnaire/assessment.h"

namespace c5::scoring {

struct DisagreementAnswer {
    long long respondent_id = 0;
    std::string respondent;
    std::string stakeholder_group;
    std::string value;  // canonical answer value
    double score = 0;   // its item score
    questionnaire::Confidence confidence = questionnaire::Confidence::Medium;
    std::string evidence;
    std::string links;
};

struct Disagreement {
    std::string question_id;
    std::string pillar_id;
    double spread = 0;   // highest minus lowest item score
    int levels = 0;      // the spread in answer levels (0.25 per maturity level, 0.5 for yes/partial/no)
    double weight = 1;   // the question's weight
    double priority = 0; // spread × weight, the order of discussion
    bool settled = false;  // a consensus answer has been recorded
    std::optional<questionnaire::ConsensusAnswer> consensus;  // the recorded one
    std::vector<DisagreementAnswer> answers;  // highest score first
};

/// Questions whose scored answers span at least `minimum_levels` levels, highest priority first.
std::vector<Disagreement> FindDisagreements(const questionnaire::AssessmentData& data, int minimum_levels = 2);

}  // namespace c5::scoring
