#pragma once
// What the report says, in its language, before any layout: built from an assessment and its
// scores; the PDF renderer only places it on pages. Contents: BRIEF §6.
#include <optional>
#include <string>
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/reports/charts.h"
#include "c5/reports/report_options.h"
#include "c5/reports/report_text.h"
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
    bool decided = true;  // target c: false while its essentials leave it open ("not assessed yet")
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

/// The national module's own section beside the C5 pillars (never in the C5 overall score).
struct NationalSection {
    std::string title;
    std::string intro;
    std::vector<LabelValue> figures;   // its score with range and stage, answered/scorable
    std::vector<std::string> columns;  // question, item score, next step
    std::vector<std::vector<std::string>> rows;
};

/// Who answered, how much of the questionnaire each stakeholder group covered, when, and whether a
/// consensus session took place (BRIEF §6, "Process and coverage").
struct ProcessSection {
    std::string intro;
    std::vector<std::string> columns;  // group, respondents, answered, coverage
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> notes;  // dates, consensus, uneven coverage, optional modules, thin items
    std::vector<std::string> summary;  // of those, what the executive summary repeats beside completeness
};

/// One pillar's findings: a paragraph generated from the answers, and the evidence it quotes.
struct PillarFindings {
    std::string heading;
    std::string paragraph;
    std::vector<std::string> quotes;  // “first sentence of the evidence” (group, question)
};

/// At most ten priorities, ranked by gain, grouped by pillar, before the full ranked list.
struct RoadmapItem {
    std::string rank;      // the rank in the full list
    std::string question;  // id and shortened text
    std::string step;      // the next step from the level reached
    std::string lead;      // the stakeholder group best placed to act
    std::string gain;      // "+3.2"
};
struct RoadmapPillar {
    std::string heading;
    std::vector<RoadmapItem> items;
};
struct RoadmapSection {
    std::string intro;
    std::vector<std::string> columns;  // #, question and next step, lead, gain
    std::vector<RoadmapPillar> pillars;
};

/// A report that is not yet a valid baseline (BRIEF §6, "Draft until valid").
struct DraftNotice {
    bool draft = false;
    std::string marking;               // printed on every page
    std::string intro;                 // on the cover, above what is missing
    std::vector<std::string> missing;  // what must be answered before the report can be signed
    std::string no_signoff;            // where the sign-off block would be
};

/// Annex B: how each question is scored, so a methodologist can recompute any score from the report.
struct ScoringAnnexPillar {
    std::string heading;                       // id, title and pillar weight
    std::vector<std::vector<std::string>> rows;  // question, weight, exposure and its reason, scoring
};
struct ScoringAnnex {
    std::string intro;
    std::vector<std::string> columns;
    std::vector<ScoringAnnexPillar> pillars;
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

/// Indices into ReportModel::section_titles.
enum SectionIndex : std::size_t {
    kSectionSummary,
    kSectionPillars,
    kSectionCharts,
    kSectionTargets,
    kSectionPenetration,
    kSectionDisagreements,
    kSectionRecommendations,
    kSectionMethodology,
    kSectionAnnex,
    kSectionSignoff,
    kSectionProgress,
    kSectionProcess,
    kSectionFindings,
    kSectionRoadmap,
    kSectionLimitations,
    kSectionScoringAnnex,
    kSectionNational,
};

struct ReportModel {
    std::string language;
    ReportText text;  // the report's own words in `language` (the kit's, or the instrument's)
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
    DraftNotice draft;
    // Executive summary
    std::string summary_intro;
    std::vector<LabelValue> key_figures;
    std::vector<std::string> summary_notes;
    std::vector<std::string> strengths;
    std::vector<std::string> biggest_gaps;
    std::vector<std::string> target_summary;  // one line per target, a to c
    // Process and coverage
    ProcessSection process;
    // Pillars
    std::string pillars_intro;
    std::vector<std::string> pillar_columns;
    std::vector<PillarLine> pillars;
    std::vector<std::vector<std::string>> overall_rows;
    ChartData chart;
    std::string radar_title;
    std::string bars_title;
    std::string bars_title_word;  // the Word chart sets each target as a bar beside the score, not as ▲
    std::string charts_empty;  // instead of the charts when no pillar has a score yet; empty otherwise
    // The national module (adapted instruments that have one)
    std::optional<NationalSection> national;
    // Findings per pillar
    std::string findings_intro;
    std::vector<PillarFindings> findings;
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
    // Roadmap, then every recommendation
    RoadmapSection roadmap;
    std::string recommendations_intro;
    std::vector<std::string> recommendation_columns;
    std::vector<std::vector<std::string>> recommendations;
    // Limitations
    std::vector<std::string> limitations;
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
    ScoringAnnex scoring_annex;
    // The state the report was made from (c5kit-cli verify checks it)
    std::string fingerprint;       // SHA-256, hex
    std::string fingerprint_note;  // how to check it
    std::string stamp_json;        // what `c5kit-cli verify` reads back (report_stamp.h), for the file's metadata
    // Sign-off (none in a draft: see draft.no_signoff)
    std::string signoff_intro;
    std::vector<std::string> signoff_roles;     // prepared by, approved by
    std::vector<std::string> signoff_prefilled;  // names given in the options
    std::vector<std::string> signoff_fields;     // name and function, signature, date
    // Section titles, by SectionIndex, for headings and bookmarks
    std::vector<std::string> section_titles;
};

/// `comparison` makes it a follow-up report: the comparison's follow-up must be `data`.
ReportModel BuildReportModel(const questionnaire::AssessmentData& data, const scoring::ScoreResult& score,
                             const ReportOptions& options, const scoring::Comparison* comparison = nullptr);

}  // namespace c5::reports
