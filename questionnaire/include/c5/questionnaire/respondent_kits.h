#pragma once
// Respondent kits for a workshop, one file per respondent or stakeholder group (the CLI's `kits`
// and the app's "Make respondent kits").
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "c5/questionnaire/assessment_store.h"

namespace c5::questionnaire {

/// "<assessment>-<respondent>.c5a" (".c5s" sealed); the respondent part is the name's ASCII letters
/// and digits, or "respondent-N" for a name without any.
std::string KitFileName(const std::filesystem::path& assessment, std::string_view respondent, std::size_t index,
                        bool sealed);

/// Issues one kit per respondent into `folder` (created if needed) and records them in `store`
/// (AssessmentStore::IssueRespondentKits): all of them, or none when a name is refused or a file of
/// the same name exists. With `seal_passphrase` each kit is sealed (.c5s) and never on the disk unsealed.
std::vector<AssessmentStore::KitFile> WriteRespondentKits(AssessmentStore& store,
                                                          const std::vector<RespondentInput>& respondents,
                                                          const std::filesystem::path& folder,
                                                          const std::optional<std::string>& seal_passphrase,
                                                          const Actor& actor);

}  // namespace c5::questionnaire
