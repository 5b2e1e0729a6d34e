#pragma once
#include <ostream>

#include "c5/questionnaire/assessment_store.h"

// Lets Boost.Test print the library's enums in failure messages.
namespace c5::questionnaire {
inline std::ostream& operator<<(std::ostream& out, CountryGroup value) { return out << ToString(value); }
inline std::ostream& operator<<(std::ostream& out, TargetKind value) { return out << ToString(value); }
inline std::ostream& operator<<(std::ostream& out, Confidence value) { return out << ToString(value); }
inline std::ostream& operator<<(std::ostream& out, Brackets value) { return out << ToString(value); }
inline std::ostream& operator<<(std::ostream& out, QuestionType value) { return out << ToString(value); }
inline std::ostream& operator<<(std::ostream& out, ScoringSettings::Weighting value) { return out << ToString(value); }
inline std::ostream& operator<<(std::ostream& out, SaveOutcome value) {
    return out << (value == SaveOutcome::Saved ? "saved" : "unchanged");
}
}  // namespace c5::questionnaire
