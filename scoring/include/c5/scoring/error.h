#pragma once
#include <stdexcept>

namespace c5::scoring {

/// The one exception type of the scoring library: bad inputs (a malformed AHP matrix, weights
/// that do not fit the instrument). Expected outcomes such as "insufficient data" are values.
class ScoringError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace c5::scoring
