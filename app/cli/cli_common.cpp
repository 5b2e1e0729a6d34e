#include "cli_common.h"

#include <algorithm>

#include <fmt/format.h>

namespace c5::cli {

questionnaire::Actor CliActor() { return questionnaire::Actor::Current("c5kit-cli"); }

questionnaire::AssessmentStore OpenForReading(const std::filesystem::path& path) {
    return questionnaire::AssessmentStore::Open(path, questionnaire::OpenMode::ReadOnly, CliActor());
}

questionnaire::AssessmentStore OpenForWriting(const std::filesystem::path& path) {
    return questionnaire::AssessmentStore::Open(path, questionnaire::OpenMode::ReadWrite, CliActor());
}

void PrintTable(const std::vector<std::pair<std::string, std::string>>& rows) {
    std::size_t width = 0;
    for (const auto& [label, value] : rows) width = std::max(width, label.size());
    for (const auto& [label, value] : rows) fmt::print("{:<{}}  {}\n", label, width, value);
}

}  // namespace c5::cli
