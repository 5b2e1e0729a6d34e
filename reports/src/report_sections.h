#pragma once
// The parts of the report model beyond the numbers (BRIEF §6, "A report a ministry can sign"), each
// built from the report's context into the model; report_model.cpp calls them in order.
#include <vector>

#include "c5/reports/report_model.h"
#include "c5/scoring/disagreements.h"
#include "report_context.h"

namespace c5::reports::detail {

/// Who answered by stakeholder group, how much each covered, when, and the consensus session.
void BuildProcess(const ReportContext& context, ReportModel& model);

/// A paragraph per pillar: where it stands, its strongest and weakest questions, where respondents
/// disagree, and the evidence given (first sentence, attributed to the group).
void BuildFindings(const ReportContext& context, const std::vector<scoring::Disagreement>& disagreements,
                   ReportModel& model);

/// At most ten priorities ranked by gain, grouped by pillar, with the group best placed to act; and
/// the full ranked list with the next step from each item's level.
void BuildRecommendations(const ReportContext& context, ReportModel& model);

/// What the scores can and cannot say.
void BuildLimitations(const ReportContext& context, ReportModel& model);

/// DRAFT — NOT A VALID BASELINE when the overall score is incomplete (BRIEF §6), and what is missing.
void BuildDraftNotice(const ReportContext& context, ReportModel& model);

/// Annex B: every question's weight, exposure and its reason, goalposts and choice scores.
void BuildScoringAnnex(const ReportContext& context, ReportModel& model);

/// The most points a recommendation list shows in the roadmap.
inline constexpr std::size_t kRoadmapSize = 10;

}  // namespace c5::reports::detail
