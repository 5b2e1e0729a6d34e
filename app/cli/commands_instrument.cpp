// c5kit-cli validate INSTRUMENT.json
#include <memory>

#include <fmt/format.h>

#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/instrument_text.h"
#include "cli_common.h"

namespace c5::cli {
namespace q = c5::questionnaire;

namespace {

struct ValidateOptions {
    std::string path;
    std::vector<std::string> languages = {"ar", "zh", "fr", "ru", "es"};
    bool require_translations = false;
};

void RunValidate(const ValidateOptions& options) {
    const std::string text = q::ReadTextFile(PathArg(options.path));
    const auto problems = q::ValidateInstrument(text);
    if (!problems.empty()) {
        for (const auto& problem : problems) fmt::print(stderr, "{}: {}\n", options.path, problem);
        throw q::QuestionnaireError(fmt::format("{}: {} problem(s); the instrument cannot be used until they are "
                                                "fixed (see docs/instrument-format.md)",
                                                options.path, problems.size()));
    }
    const q::Instrument instrument = q::ParseInstrument(text, options.path);
    int optional = 0;
    int scored = 0;
    for (const auto& pillar : instrument.pillars) optional += pillar.optional ? 1 : 0;
    for (const q::Question* question : instrument.Questions()) scored += question->Scored() ? 1 : 0;
    fmt::print("{}: valid — {} {}, {} pillars ({} optional), {} questions ({} scored), {} targets\n", options.path,
               instrument.id, instrument.version, instrument.pillars.size(), optional, instrument.QuestionCount(),
               scored, instrument.targets.size());
    // Missing translations are not errors (the report shows the English text, marked), but a
    // translator needs the list.
    std::size_t incomplete = 0;
    for (const auto& language : options.languages) {
        const auto missing = q::MissingTranslations(instrument, language);
        if (missing.empty()) {
            fmt::print("translations {}: complete\n", language);
            continue;
        }
        ++incomplete;
        std::string where;
        for (const auto& gap : missing) where += fmt::format("{}{} {}", where.empty() ? "" : ", ", gap.where, gap.field);
        fmt::print("translations {}: {} text(s) missing, shown in English — {}\n", language, missing.size(), where);
    }
    if (incomplete && options.require_translations)
        throw q::QuestionnaireError(fmt::format("{}: {} language(s) incomplete (--require-translations)", options.path,
                                                incomplete));
}

}  // namespace

void RegisterInstrumentCommands(CLI::App& app) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* validate = app.add_subcommand("validate", "Check an instrument (questionnaire) JSON file");
    validate->add_option("INSTRUMENT", options->path, "Instrument JSON file")->required();
    validate->add_option("--languages", options->languages,
                         "languages whose translations to check (default: ar zh fr ru es)")
        ->delimiter(',');
    validate->add_flag("--require-translations", options->require_translations,
                       "fail (exit 1) when a language lacks a text");
    validate->callback([options] { RunValidate(*options); });
}

}  // namespace c5::cli
