#pragma once
// Exports of an assessment's answers for spreadsheets and other tools (docs/file-format.md).
#include <filesystem>
#include <string>

#include "c5/questionnaire/assessment.h"
#include "c5/questionnaire/assessment_store.h"

namespace c5::questionnaire {

/// One line per answer; the columns the CSV import reads first, then informational ones.
std::string ExportAnswersCsv(const AssessmentData& data);

/// The whole assessment (metadata, instrument identity, respondents, answers, consensus,
/// penetration, scoring options, the attached documents' names and hashes) as one JSON document.
std::string ExportAssessmentJson(const AssessmentData& data);

struct AttachmentsExport {
    int documents = 0;
    long long bytes = 0;
};
/// Writes every attached document to `folder` (made if missing) as
/// <respondent>/<question>/<name>, each checked against its SHA-256 and written atomically, and
/// an index.csv (respondent, question, name, media_type, size, sha256, file). Nothing is
/// replaced: a file already there is reported before anything is written.
AttachmentsExport ExportAttachments(const AssessmentStore& store, const std::filesystem::path& folder);

}  // namespace c5::questionnaire
