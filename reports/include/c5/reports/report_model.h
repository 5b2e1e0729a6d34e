#pragma once
// What the report says, in its language, before any layout: built from an assessment and its
// scores; the PDF renderer only places it on pages. Contents: BRIEF §6.
#include <string>
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/reports/charts.h"
#include "c5/reports/report_options.h"
#include "c5/scoring/compare.h"
#include "c5/scoring/score_result.h"

namespace c5::reports {

struct LabelValue {
    std::string label;
    std::string value;
};

struct PillarLine {
    bool included = true;
    std::vector<std::string> cells;  // pillar, score, range, answered, stage, adjusted
};

struct TargetSection {
    std::string title;
    std::string c5_text;
    std::vector<LabelValue> figures;
    std::vector<std::string> notes;
    TrajectoryChart chart;  // no years when the target year has passed
};

struct ChildProtectionSection {
    std::string title;
    std::string c5_text;
    std::string status;
    bool met = false;
    std::vector<std::vector<std::string>> rows;  // item, question, status
    std::vector<LabelValue> figures;
};

struct AnswerLine {
    std::vector<std::string> cells;  // respondent, answer, confidence, evidence
};

struct DisagreementBlock {
    std::string heading;   // id and question text
    std::string subtitle;  // spread and weight
    std::vector<AnswerLine> answers;
    std::string consensus;  // what the workshop settled on, with its note; empty when not settled
};

/// A follow-up report's comparison with its baseline (pillar changes; the targets are shown in
/// the targets section, measured against the baseline's trajectory).
struct ProgressSection {
    std::string intro;
    std::vector<std::string> columns;  // pillar, baseline, follow-up, change
    std::vector<std::vector<std::string>> rows;
    std::vector<std::vector<std::string>> overall_rows;
    std::vector<std::string> notes;
};

struct AnnexQuestion {
    std::string heading;  // id and question text
    std::string status;   // item value and spread, or why there is none
    std::vector<AnswerLine> answers;
};

struct AnnexPillar {
    std::string heading;
    std::vector<AnnexQuestion> questions;
};

struct ReportModel {
    std::string language;
    std::string marking;
    std::string running_title;  // page headers
    // Cover
    std::string title;
    std::string subtitle;
    std::string country;
    std::string year;
    bool fictional = false;
    std::string fictional_notice;
    std::vector<LabelValue> cover_facts;
    // Executive summary
    std::string summary_intro;
    std::vector<LabelValue> key_figures;
    std::vector<std::string> summary_notes;
    std::vector<std::string> strengths;
    std::vector<std::string> biggest_gaps;
    std::vector<std::string> target_summary;
    // Pillars
    std::string pillars_intro;
    std::vector<std::string> pillar_columns;
    std::vector<PillarLine> pillars;
    std::vector<std::vector<std::string>> overall_rows;
    ChartData chart;
    std::string radar_title;
    std::string bars_title;
    // Progress since the baseline (follow-up reports only)
    bool follow_up = false;
    ProgressSection progress;
    // Targets
    TargetSection target_a;
    TargetSection target_b;
    ChildProtectionSection target_c;
    // Penetration
    std::string penetration_intro;
    std::vector<std::string> penetration_columns;
    std::vector<std::vector<std::string>> penetration_rows;
    std::vector<std::string> penetration_notes;
    // Disagreements
    std::string disagreements_intro;
    std::vector<std::string> answer_columns;
    std::vector<DisagreementBlock> disagreements;
    // Recommendations
    std::string recommendations_intro;
    std::vector<std::string> recommendation_columns;
    std::vector<std::vector<std::string>> recommendations;
    // Methodology
    std::vector<std::string> methodology_paragraphs;
    std::vector<std::string> parameter_columns;
    std::vector<std::vector<std::string>> parameters;
    std::vector<std::string> weight_columns;
    std::vector<std::vector<std::string>> weights;
    std::vector<std::string> scoring_notes;
    // Annex
    std::string annex_intro;
    std::vector<AnnexPillar> annex;
    // Sign-off
    std::string signoff_intro;
    std::vector<std::string> signoff_roles;     // prepared by, approved by
    std::vector<std::string> signoff_prefilled;  // names given in the options
    std::vector<std::string> signoff_fields;     // name and function, signature, date
    // Section titles in order, for headings and bookmarks
    std::vector<std::string> section_titles;
};

/// `comparison` makes it a follow-up report: the comparison's follow-up must be `data`.
ReportModel BuildReportModel(const questionnaire::AssessmentData& data, const scoring::ScoreResult& score,
                             const ReportOptions& options, const scoring::Comparison* comparison = nullptr);

}  // namespace c5::reports
