#pragma once
// What the numbers mean, in plain words: the dashboard's tooltips and Help > What the numbers mean
// say the same (docs/methodology.md has the formulas).
#include <wx/string.h>

class wxWindow;

namespace c5::gui {

enum class NumberTopic { None, Score, Adjusted, Penetration, Gap, Range, TwoThirds, Stages, Completion, TargetA, TargetB,
                         TargetC, Marks };

/// The term ("S_adj — penetration-adjusted readiness") and its explanation.
wxString NumberTerm(NumberTopic topic);
wxString NumberExplanation(NumberTopic topic);

/// The question list's marks in one line: ✓ answered · N/A not applicable · ⚑ marked for review ·
/// – follow-up not asked.
wxString MarksLegend();

/// Help > What the numbers mean: every topic, term and explanation.
void ShowNumbersHelp(wxWindow* parent);

}  // namespace c5::gui
