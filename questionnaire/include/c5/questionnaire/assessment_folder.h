#pragma once
// Every assessment in a folder: the regional view and the reference set of other countries
// (methodology §6) read a folder of countries' .c5a files.
#include <filesystem>
#include <string>
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/questionnaire/assessment_store.h"

namespace c5::questionnaire {

struct FolderAssessment {
    std::filesystem::path path;
    AssessmentData data;
};

struct FolderContent {
    std::vector<FolderAssessment> assessments;  // in file-name order
    /// Files skipped, with why: damaged, sealed (unseal first), a respondent kit, not an assessment.
    std::vector<std::pair<std::filesystem::path, std::string>> skipped;
};

/// Reads every .c5a file directly in `folder` (read-only, files untouched). Respondent kits are
/// skipped: they hold one respondent's view, not a country's assessment.
FolderContent ReadAssessmentFolder(const std::filesystem::path& folder, const Actor& actor);

}  // namespace c5::questionnaire
