#pragma once
// The fingerprint of an assessment's state: SHA-256 of a canonical serialisation of everything the
// scores and the report are made from — the assessment's identity and year, the instrument's hash,
// the respondents, every answer (value, confidence, evidence, links), the consensus answers, the
// ICT penetration figures and the scoring settings (docs/methodology.md, "Fingerprint"). Times and
// row ids are left out: the same content gives the same fingerprint in any copy of the file.
#include <map>
#include <string>

#include "c5/questionnaire/assessment.h"

namespace c5::questionnaire {

/// The parts of the state, each hashed on its own so a check can say which one differs.
inline constexpr const char* kFingerprintParts[] = {"assessment", "instrument", "respondents", "answers",
                                                    "consensus",  "penetration", "settings"};

struct StateFingerprint {
    std::string sha256;                          // of CanonicalState(), lower-case hex
    std::map<std::string, std::string> parts;    // part name → SHA-256 of that part
    std::map<std::string, std::string> questions;  // question id → first 16 hex digits of its answers' and consensus' SHA-256
    std::string last_change;  // the latest time in the state (answer, consensus, penetration, respondent), UTC ISO 8601
};

/// The canonical text: compact JSON, object keys sorted, lists sorted by respondent uuid, question
/// id and indicator, numbers in their shortest round-trip form.
std::string CanonicalState(const AssessmentData& data);

StateFingerprint FingerprintState(const AssessmentData& data);

}  // namespace c5::questionnaire
