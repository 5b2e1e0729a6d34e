#pragma once
// Reading a folder of countries' assessments, for the regional view and for the reference set of
// the penetration-expected score. Shared by c5kit-cli and c5kit.
#include <filesystem>
#include <string>
#include <vector>

#include "c5/questionnaire/assessment_store.h"
#include "c5/scoring/regional.h"

namespace c5::app {

struct RegionalView {
    std::vector<scoring::RegionalEntry> entries;  // by country, then year
    std::vector<std::pair<std::filesystem::path, std::string>> skipped;
    /// Files that are copies of one assessment (the same identity), each group in file-name order:
    /// they are listed once each, and the user is told to keep one.
    std::vector<std::vector<std::string>> copies;
};

/// Scores every assessment in `folder` (`samples` Monte Carlo draws each; 0 for points only).
RegionalView BuildRegionalView(const std::filesystem::path& folder, int samples, const questionnaire::Actor& actor);

/// A reference set from `source`: a CSV of label,penetration,score, or a folder of assessments
/// (the latest of each country that has penetration figures and a score, `exclude_country` left out).
std::vector<scoring::ReferencePoint> LoadReferenceSet(const std::filesystem::path& source,
                                                      const std::string& exclude_country,
                                                      const questionnaire::Actor& actor);

}  // namespace c5::app
