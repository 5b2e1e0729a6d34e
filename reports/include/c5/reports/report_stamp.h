#pragma once
// What a report carries so that `c5kit-cli verify` can tell whether it was made from exactly the
// state of an assessment file: the state's fingerprint, the fingerprints of its parts and of each
// question's answers, and when it was made (docs/cli.md, "verify"). The PDF holds it as JSON in its
// document information under the key C5KitStamp; the report prints the fingerprint itself.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/scoring/compare.h"

namespace c5::reports {

/// The document-information key of the stamp in a PDF report.
inline constexpr std::string_view kStampKey = "C5KitStamp";

struct ReportStamp {
    std::string assessment;   // uuid
    std::string fingerprint;  // SHA-256 of the canonical state
    std::map<std::string, std::string> parts;      // part → SHA-256 (questionnaire/fingerprint.h)
    std::map<std::string, std::string> questions;  // question id → short hash of its answers and consensus
    std::string state_as_of;   // the latest change in that state (UTC)
    std::string generated_at;  // when the report was made (UTC)
    std::string kit;           // the kit version that made it
    std::string baseline_assessment;  // a follow-up report: the baseline's uuid and fingerprint
    std::string baseline_fingerprint;
};

ReportStamp MakeReportStamp(const questionnaire::AssessmentData& data, const scoring::Comparison* comparison,
                            std::string generated_at);
std::string StampJson(const ReportStamp& stamp);
/// Throws ReportError when the text is not a stamp.
ReportStamp ParseStampJson(std::string_view json);

/// The stamp in a PDF the kit wrote. Throws ReportError (saying so) for a file that is not a PDF or
/// holds no stamp — e.g. a report re-saved by a program that compressed its document information.
ReportStamp ReadReportStamp(std::string_view pdf_bytes);

/// How a file's state compares with a stamp.
struct StampCheck {
    bool same_assessment = false;
    bool matches = false;  // the very state the report was made from
    std::string file_fingerprint;
    std::vector<std::string> parts_differ;  // in questionnaire::kFingerprintParts order
    struct QuestionChange {
        std::string question;
        std::string last_change;  // the file's latest answer or consensus time for it, or empty
    };
    std::vector<QuestionChange> questions_differ;  // instrument order
    std::vector<questionnaire::AuditEntry> changed_after;  // the file's audit entries after the report was made
};

StampCheck CheckStamp(const ReportStamp& stamp, const questionnaire::AssessmentData& data,
                      const std::vector<questionnaire::AuditEntry>& audit);

}  // namespace c5::reports
