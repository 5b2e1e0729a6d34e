#include "c5/app/regional_view.h"

#include <map>

#include "c5/questionnaire/assessment_folder.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/scoring/score.h"

namespace c5::app {
namespace fs = std::filesystem;

RegionalView BuildRegionalView(const fs::path& folder, int samples, const questionnaire::Actor& actor) {
    const auto content = questionnaire::ReadAssessmentFolder(folder, actor);
    RegionalView view;
    view.skipped = content.skipped;
    scoring::ScoreRequest request;
    request.parameters.samples = samples;
    std::map<std::string, std::vector<std::string>> files_by_identity;
    for (const auto& assessment : content.assessments) {
        const auto score = scoring::ScoreAssessment(assessment.data, request);
        view.entries.push_back(scoring::MakeRegionalEntry(assessment.path.filename().string(), assessment.data, score));
        files_by_identity[assessment.data.info.uuid].push_back(assessment.path.filename().string());
    }
    for (auto& [uuid, files] : files_by_identity)
        if (files.size() > 1) view.copies.push_back(std::move(files));
    scoring::SortRegional(view.entries);
    return view;
}

std::vector<scoring::ReferencePoint> LoadReferenceSet(const fs::path& source, const std::string& exclude_country,
                                                      const questionnaire::Actor& actor) {
    std::error_code error;
    if (!fs::is_directory(source, error))
        return scoring::ParseReferenceCsv(questionnaire::ReadTextFile(source), source.string());
    return scoring::ReferenceSet(BuildRegionalView(source, 0, actor).entries, exclude_country);
}

}  // namespace c5::app
