#pragma once
// What every part of the report model is built from: the assessment, its scores, the options and
// the report's words, with the small formatting rules all sections share (one scale for item
// scores, stage names, ranges, pillar and question names, stakeholder groups).
#include <string>
#include <string_view>

#include "c5/questionnaire/assessment.h"
#include "c5/reports/report_options.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/compare.h"
#include "c5/scoring/score_result.h"

namespace c5::reports::detail {

struct ReportContext {
    ReportContext(const questionnaire::AssessmentData& assessment, const scoring::ScoreResult& scores,
                  const ReportOptions& report_options, const scoring::Comparison* followup_of)
        : data(assessment), score(scores), options(report_options), comparison(followup_of),
          text(report_options.language, assessment.instrument), lang(report_options.language) {}

    const questionnaire::AssessmentData& data;
    const scoring::ScoreResult& score;
    const ReportOptions& options;
    const scoring::Comparison* comparison;  // a follow-up report when set
    ReportText text;
    std::string lang;

    std::string Num(double value, int decimals = 1) const { return text.Number(value, decimals); }
    /// An item score s ∈ [0, 1] on the report's one scale for item scores: 0–100, like pillar scores.
    std::string ItemScore(double value) const;
    std::string Stage(double value) const;
    std::string Range(const scoring::Interval& interval) const;  // "48.1–75.0", or empty
    std::string Signed(double value) const;                       // "+3.2", "−1.0"
    std::string PillarName(std::string_view id) const;             // "P4 CIRTs, …"
    std::string QuestionHeading(const questionnaire::Question& question) const;  // "P4.Q1 — text"
    /// "P4.Q1 (text shortened to about `max_chars` bytes at a word)".
    std::string QuestionShort(const questionnaire::Question& question, std::size_t max_chars = 90) const;
    /// A stakeholder group id in the report's language; a group the team named itself as typed.
    std::string GroupName(std::string_view group) const;
    /// A respondent's group, or their name when they gave none.
    std::string GroupOrName(const questionnaire::Respondent& respondent) const;
    /// A list joined the language's way ("a, b and c").
    std::string List(const std::vector<std::string>& items) const;
    /// Sentences joined into one paragraph (no space between Chinese sentences).
    std::string Paragraph(const std::vector<std::string>& sentences) const;
};

/// `text` cut to at most `max_bytes` at a character boundary, preferably at a space, with "…".
std::string Shorten(std::string_view text, std::size_t max_bytes);
/// The first sentence of `text` (up to ". ", "! ", "? ", "。", a line break…), shortened.
std::string FirstSentence(std::string_view text, std::size_t max_bytes = 220);

}  // namespace c5::reports::detail
