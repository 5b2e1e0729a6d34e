// c5kit-cli validate INSTRUMENT.json
#include <memory>

#include <fmt/format.h>

#include "c5/questionnaire/instrument_loader.h"
#include "cli_common.h"

namespace c5::cli {
namespace q = c5::questionnaire;

namespace {

struct ValidateOptions {
    std::string path;
};

void RunValidate(const ValidateOptions& options) {
    const std::string text = q::ReadTextFile(options.path);
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
}

}  // namespace

void RegisterInstrumentCommands(CLI::App& app) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* validate = app.add_subcommand("validate", "Check an instrument (questionnaire) JSON file");
    validate->add_option("INSTRUMENT", options->path, "Instrument JSON file")->required();
    validate->callback([options] { RunValidate(*options); });
}

}  // namespace c5::cli
