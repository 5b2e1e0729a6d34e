#include "cli_common.h"

#include <algorithm>

#include <fmt/format.h>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "c5/reports/report_text.h"
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

std::string Shown(std::string_view text) {
    std::string shown;
    shown.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            shown += "\\n";
        } else if (c == '\r') {
            shown += "\\r";
        } else if (c == '\t') {
            shown += "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            shown += fmt::format("\\x{:02x}", c);
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            shown += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[++i]));  // C1 control
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   static_cast<unsigned char>(text[i + 2]) >= 0xAA && static_cast<unsigned char>(text[i + 2]) <= 0xAE) {
            shown += fmt::format("\\u{:04x}", 0x2000 + static_cast<unsigned char>(text[i + 2]) - 0x80);  // U+202A-E
            i += 2;
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x81 &&
                   static_cast<unsigned char>(text[i + 2]) >= 0xA6 && static_cast<unsigned char>(text[i + 2]) <= 0xA9) {
            shown += fmt::format("\\u{:04x}", 0x2040 + static_cast<unsigned char>(text[i + 2]) - 0x80);  // U+2066-9
            i += 2;
        } else {
            shown.push_back(static_cast<char>(c));
        }
    }
    return shown;
}

void RefuseWithProblems(const std::string& path, const std::vector<std::string>& problems, std::string_view what) {
    for (const auto& problem : problems) fmt::print(stderr, "{}: {}\n", path, problem);
    throw questionnaire::QuestionnaireError(fmt::format("{}: {} problem(s); {} (see docs/instrument-format.md)", path,
                                                        problems.size(), what));
}

std::string ScoreText(double value) { return scoring::HasScore(value) ? fmt::format("{:.1f}", value) : "—"; }

std::string RangeText(const scoring::Interval& interval) {
    return interval.Valid() ? fmt::format("{:.1f}–{:.1f}", interval.low, interval.high) : "";
}

std::string StageText(double value) {
    return scoring::HasScore(value) ? std::string(questionnaire::StageName(scoring::StageOf(value))) : "";
}

void AddSeedOption(CLI::App* command, std::uint64_t& seed, const std::string& description) {
    command->add_option_function<std::string>(
        "--seed",
        [&seed](const std::string& text) {
            const auto parsed = questionnaire::ParseUnsigned64(text);
            if (!parsed)
                throw CLI::ValidationError(
                    "--seed", fmt::format("{} is not a seed: give a whole number from 0 to 18446744073709551615",
                                          questionnaire::Quote(text)));
            seed = *parsed;
        },
        description);
}

void PrintTable(const std::vector<std::pair<std::string, std::string>>& rows) {
    std::size_t width = 0;
    for (const auto& [label, value] : rows) width = std::max(width, label.size());
    for (const auto& [label, value] : rows) fmt::print("{:<{}}  {}\n", label, width, Shown(value));
}

void CheckReportLanguage(const std::string& language, const questionnaire::Instrument* instrument) {
    // The kit's six languages, and those the instrument adds (docs/instrument-format.md).
    const auto languages = instrument ? reports::ReportText::Languages(*instrument) : reports::ReportText::Languages();
    if (std::find(languages.begin(), languages.end(), language) == languages.end())
        throw UsageError(fmt::format("--lang must be one of {} (is {})", fmt::join(languages, ", "),
                                     questionnaire::Quote(language)));
}

}  // namespace c5::cli
