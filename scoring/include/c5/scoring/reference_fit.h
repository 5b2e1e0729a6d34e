#pragma once
// The penetration-expected score: what countries with similar ICT penetration score, from a
// reference set of (P, score) pairs, by least squares on the logit scale (methodology §4).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "c5/scoring/score_result.h"

namespace c5::scoring {

struct ReferencePoint {
    std::string label;
    double penetration = 0;  // P, 0–100
    double score = 0;        // overall S, 0–100
};

/// Fewer points than this and the kit says so instead of fitting.
inline constexpr int kMinimumReferencePoints = 8;

/// logit(S/100) = a + b·P/100 fitted to the points (S clamped to [0.5, 99.5]); the expected score
/// at `penetration` with its 90 % prediction band, and `team_score` minus the expected score.
/// nullopt with fewer than kMinimumReferencePoints points or no spread in P.
std::optional<ExpectedScore> ExpectedFromReference(const std::vector<ReferencePoint>& points, double penetration,
                                                   double team_score);

/// Reads "label,penetration,score" lines (header required). Throws ScoringError naming the line.
std::vector<ReferencePoint> ParseReferenceCsv(std::string_view text, std::string_view source);

}  // namespace c5::scoring
