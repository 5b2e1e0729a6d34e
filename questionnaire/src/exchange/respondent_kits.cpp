#include "c5/questionnaire/respondent_kits.h"

#include <cctype>

#include <fmt/format.h>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/exchange_file.h"
#include "c5/questionnaire/text_util.h"

namespace c5::questionnaire {
namespace fs = std::filesystem;

std::string KitFileName(const fs::path& assessment, std::string_view respondent, std::size_t index, bool sealed) {
    std::string slug;
    for (const char c : respondent) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80 && std::isalnum(u)) slug.push_back(static_cast<char>(std::tolower(u)));
        else if (!slug.empty() && slug.back() != '-') slug.push_back('-');
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    if (slug.empty()) slug = fmt::format("respondent-{}", index + 1);
    return fmt::format("{}-{}{}", assessment.stem().string(), slug, sealed ? ".c5s" : ".c5a");
}

std::vector<AssessmentStore::KitFile> WriteRespondentKits(AssessmentStore& store,
                                                          const std::vector<RespondentInput>& respondents,
                                                          const fs::path& folder,
                                                          const std::optional<std::string>& seal_passphrase,
                                                          const Actor&) {
    if (respondents.empty()) throw QuestionnaireError("no respondents to make kits for");
    std::error_code error;
    CreateOwnerOnlyFolders(folder, error);
    if (error) throw QuestionnaireError(fmt::format("{}: cannot create the folder: {}", folder.string(), error.message()));
    std::vector<fs::path> targets;
    for (std::size_t i = 0; i < respondents.size(); ++i) {
        const fs::path target = folder / PathFromUtf8(KitFileName(store.Path(), respondents[i].name, i, seal_passphrase.has_value()));
        CheckAssessmentFileName(target);
        if (std::find(targets.begin(), targets.end(), target) != targets.end())
            throw QuestionnaireError(fmt::format("{}: two respondents would get the same kit file; give them names "
                                                 "that differ in their letters or digits (no kit was written)",
                                                 target.string()));
        targets.push_back(target);
    }
    // The store checks every name and target first, and writes all kits and their records, or none.
    return store.IssueRespondentKits(respondents, targets, seal_passphrase);
}

}  // namespace c5::questionnaire
