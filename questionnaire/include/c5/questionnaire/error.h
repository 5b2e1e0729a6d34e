#pragma once
#include <stdexcept>
#include <string>

namespace c5::questionnaire {

/// The one exception type of the questionnaire library. Its message is written for the user:
/// it says what is wrong, where, and how to fix it.
class QuestionnaireError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace c5::questionnaire
