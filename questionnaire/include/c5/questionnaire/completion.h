#pragma once
// Which questions a respondent is asked (show_if) and how far they have come.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "c5/questionnaire/assessment.h"

namespace c5::questionnaire {

/// The stored answer value of a question, nullopt when unanswered or not applicable.
using AnswerLookup = std::function<std::optional<std::string>(std::string_view question_id)>;

/// Whether `question` is asked: it has no show_if, or its condition question is itself asked
/// and was answered with one of the listed values.
bool IsQuestionShown(const Instrument& instrument, const Question& question, const AnswerLookup& answer_of);

struct Completion {
    int answered = 0;  // shown questions with an answer (N/A counts as answered)
    int shown = 0;     // questions asked of the respondent
    double Fraction() const { return shown == 0 ? 0.0 : static_cast<double>(answered) / shown; }
};

/// One respondent's progress over the whole instrument, or one pillar of it.
Completion RespondentCompletion(const AssessmentData& data, long long respondent_id,
                                std::string_view pillar_id = {});

/// The lookup for one respondent's answers in `data`.
AnswerLookup AnswersOf(const AssessmentData& data, long long respondent_id);

/// What decides `show_if` in scoring: the consensus answer of a question where the workshop
/// recorded one, else the respondent's own (respondent_id 0: the consensus answers alone).
AnswerLookup ScoringAnswersOf(const AssessmentData& data, long long respondent_id);

/// Whether scoring asks `question` at all: shown to at least one respondent by ScoringAnswersOf
/// (with no respondents, by the consensus answers alone). A question asked of no one is neither
/// asked nor scored (methodology §1–2).
bool IsAskedOfAnyone(const AssessmentData& data, const Question& question);

}  // namespace c5::questionnaire
