#pragma once
// A score result as one JSON object (the keys of docs/cli.md, "score --json").
#include <string>

#include "c5/scoring/score_result.h"

namespace c5::scoring {

/// Numbers are plain JSON numbers; a missing score is null.
std::string ScoreResultJson(const ScoreResult& result, int indent = 2);

}  // namespace c5::scoring
