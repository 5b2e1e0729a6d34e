#pragma once
#include <stdexcept>

namespace c5::reports {

/// The one exception type of the reports library (a missing font, a PDF library failure, a file
/// that cannot be written); the message says what to do.
class ReportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace c5::reports
