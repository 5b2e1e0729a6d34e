#include "cli_common.h"

#include <algorithm>

#include <fmt/format.h>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/text_util.h"
#include "c5/scoring/item_score.h"

namespace c5::cli {

questionnaire::Actor CliActor() { return questionnaire::Actor::Current("c5kit-cli"); }

std::filesystem::path PathArg(const std::string& argument) { return questionnaire::PathFromUtf8(argument); }

questionnaire::AssessmentStore OpenForReading(const std::filesystem::path& path) {
    return questionnaire::AssessmentStore::Open(path, questionnaire::OpenMode::ReadOnly, CliActor());
}

questionnaire::AssessmentStore OpenForWriting(const std::filesystem::path& path) {
    return questionnaire::AssessmentStore::Open(path, questionnaire::OpenMode::ReadWrite, CliActor());
}

std::string ScoreText(double value) { return scoring::HasScore(value) ? fmt::format("{:.1f}", value) : "—"; }

std::string RangeText(const scoring::Interval& interval) {
    return interval.Valid() ? fmt::format("{:.1f}–{:.1f}", interval.low, interval.high) : "";
}

std::string StageText(double value) {
    return scoring::HasScore(value) ? std::string(questionnaire::StageName(scoring::StageOf(value))) : "";
}

void PrintTable(const std::vector<std::pair<std::string, std::string>>& rows) {
    std::size_t width = 0;
    for (const auto& [label, value] : rows) width = std::max(width, label.size());
    for (const auto& [label, value] : rows) fmt::print("{:<{}}  {}\n", label, width, value);
}

}  // namespace c5::cli
