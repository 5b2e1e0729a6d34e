#include "c5/questionnaire/error.h"
#include "c5/scoring/ahp.h"
#include "c5/scoring/error.h"
#include "fuzz_targets.h"

namespace s = c5::scoring;

// A pairwise-comparison matrix as `ahp` and `weights --ahp` read it, then the AHP weights.
void c5::fuzz::FuzzPairwiseCsv(std::string_view bytes) {
    try {
        const auto parsed = s::ParsePairwiseCsv(bytes, "fuzz.csv");
        (void)s::ComputeAhp(parsed.matrix);
    } catch (const c5::scoring::ScoringError&) {
    }
}
