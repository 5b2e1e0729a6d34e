#pragma once
// Vector charts drawn straight into the page: the pillar radar, the pillar bars with their ranges
// and targets, and the target trajectory.
#include "c5/reports/report_model.h"
#include "layout.h"

namespace c5::reports::detail {

/// Radar of the pillar scores (solid) and the pillars' targets (dashed), centred at (cx, cy).
void DrawRadar(Layout& layout, float cx, float cy, float radius, const ReportModel& model);

/// Horizontal bars from the cursor down; returns the height used.
float DrawBars(Layout& layout, const ReportModel& model);

/// Baseline-to-target line over the years, in the box (x, y, width, height); y is the bottom.
void DrawTrajectory(Layout& layout, float x, float y, float width, float height, const TargetSection& target);

}  // namespace c5::reports::detail
