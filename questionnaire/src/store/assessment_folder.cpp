#include "c5/questionnaire/assessment_folder.h"

#include <algorithm>

#include <fmt/format.h>

#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"

namespace c5::questionnaire {
namespace fs = std::filesystem;

FolderContent ReadAssessmentFolder(const fs::path& folder, const Actor& actor) {
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw QuestionnaireError(fmt::format("{}: not a folder (give the folder that holds the countries' .c5a files)",
                                             folder.string()));
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string extension = ToLowerAscii(entry.path().extension().string());
        if (extension == ".c5a" || extension == ".c5s") files.push_back(entry.path());
    }
    if (error) throw QuestionnaireError(fmt::format("{}: cannot be read: {}", folder.string(), error.message()));
    std::sort(files.begin(), files.end());
    FolderContent content;
    for (const auto& file : files) {
        if (ToLowerAscii(file.extension().string()) == ".c5s") {
            content.skipped.emplace_back(file, "sealed: unseal it first");
            continue;
        }
        try {
            const auto store = AssessmentStore::Open(file, OpenMode::ReadOnly, actor);
            if (store.KitRespondentUuid()) {
                content.skipped.emplace_back(file, "a respondent kit, not a whole assessment");
                continue;
            }
            content.assessments.push_back({file, store.Snapshot()});
        } catch (const QuestionnaireError& problem) {
            std::string why = problem.what();
            if (why.rfind(file.string() + ": ", 0) == 0) why.erase(0, file.string().size() + 2);
            content.skipped.emplace_back(file, why);
        }
    }
    return content;
}

}  // namespace c5::questionnaire
