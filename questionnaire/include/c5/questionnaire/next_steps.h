#pragma once
// The next step from the level an item reached (docs/instrument-format.md, "Next steps"): which of
// a question's next-step texts applies to an item score, and which keys a question must carry.
// The CLI, the desktop app and the report all choose the step here.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "c5/questionnaire/instrument.h"
#include "c5/questionnaire/instrument_text.h"

namespace c5::questionnaire {

/// The next-step keys a scored question carries, in a fixed order: maturity "0"…"3" (the step from
/// level ℓ to ℓ+1); yes/partial/no "no", "partial"; single choice the id of every choice scoring
/// below the best (instrument order); multiple choice, number and percent "low", "medium", "high".
/// Empty for free text.
std::vector<std::string> NextStepKeys(const Question& question);

/// Which key applies to item score `score` ∈ [0, 1] (the median of the respondents or the
/// consensus); nullopt when the item is fully met (no step left). Between two levels (the median
/// of an even number of respondents) the lower level counts as reached: the step to the higher one
/// is what the respondents do not agree exists. Maturity: ⌊4s⌋; yes/partial/no: "partial" from 0.5;
/// single choice: the highest-scoring choice below the best whose score is at most s (the first in
/// instrument order among equals); bands: low s < 1/3 ≤ medium < 2/3 ≤ high < 1.
std::optional<std::string> NextStepKey(const Question& question, double score);

/// The recommendation for an item score: the next step in `language` (the English one, flagged,
/// when the language lacks it), or for an instrument without next steps (format 1) its single
/// recommendation. nullopt when the item is fully met.
struct NextStep {
    std::string key;  // the next-step key; empty when the question has no next steps (format 1)
    LocalizedText text;
};
std::optional<NextStep> NextStepFor(const Question& question, double score, std::string_view language);

}  // namespace c5::questionnaire
