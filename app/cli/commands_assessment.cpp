// c5kit-cli new | info | export | penetration
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/assessment_export.h"
#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/completion.h"
#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/text_util.h"
#include "cli_common.h"

namespace c5::cli {
namespace q = c5::questionnaire;
using Json = nlohmann::json;

namespace {

struct NewOptions {
    std::string file;
    std::string country;
    std::string country_name;
    int year = 0;
    std::string title;
    std::string group;
    std::string instrument;
};

void RunNew(const NewOptions& options) {
    std::optional<q::CountryGroup> group;
    if (!options.group.empty()) {
        group = q::CountryGroupFromString(options.group);
        if (!group)
            throw UsageError(fmt::format("--group must be one of LDC, SIDS, LLDC, transition, developing, developed "
                                         "(is {})",
                                         q::Quote(options.group)));
    }
    const std::string instrument_json = options.instrument.empty() ? std::string(q::BundledInstrumentJson())
                                                                   : q::ReadTextFile(PathArg(options.instrument));
    q::AssessmentStore store = q::AssessmentStore::Create(PathArg(options.file), {options.country, options.country_name, group, options.year, options.title},
                                                          instrument_json, CliActor());
    const q::AssessmentInfo info = store.Info();
    fmt::print("Created {}: {} ({} {}, {}), instrument {} {}, {} questions\n", options.file, info.title, info.country,
               info.country_name, q::ToString(info.country_group), store.GetInstrument().id,
               store.GetInstrument().version, store.GetInstrument().QuestionCount());
}

struct InfoOptions {
    std::string file;
    bool json = false;
    bool questions = false;
};

Json InfoJson(const q::AssessmentStore& store, const q::AssessmentData& data) {
    Json respondents = Json::array();
    for (const auto& respondent : data.respondents) {
        const auto completion = q::RespondentCompletion(data, respondent.id);
        respondents.push_back({{"name", respondent.name},
                               {"role", respondent.role},
                               {"stakeholder_group", respondent.stakeholder_group},
                               {"answered", completion.answered},
                               {"asked", completion.shown}});
    }
    Json penetration = Json::array();
    for (const auto& input : data.penetration)
        penetration.push_back({{"indicator", q::ToString(input.indicator)},
                               {"value", input.value},
                               {"year", input.year},
                               {"source", input.source}});
    return {{"file", store.Path().string()},
            {"format_version", store.FileFormatVersion()},
            {"uuid", data.info.uuid},
            {"title", data.info.title},
            {"country", data.info.country},
            {"country_name", data.info.country_name},
            {"country_group", q::ToString(data.info.country_group)},
            {"year", data.info.year},
            {"created_at", data.info.created_at},
            {"created_by", data.info.created_by},
            {"instrument", {{"id", data.instrument.id}, {"version", data.instrument.version},
                            {"sha256", data.instrument_sha256}, {"questions", data.instrument.QuestionCount()}}},
            {"respondents", respondents},
            {"answers", data.answers.size()},
            {"consensus", data.consensus.size()},
            {"penetration", penetration}};
}

void PrintQuestions(const q::Instrument& instrument) {
    for (const auto& pillar : instrument.pillars) {
        fmt::print("{} {}{}\n", pillar.id, pillar.title, pillar.optional ? " (optional module)" : "");
        for (const auto& question : pillar.questions)
            fmt::print("  {:<8} {:<16} {}\n", question.id, q::ToString(question.type), question.text);
    }
}

void RunInfo(const InfoOptions& options) {
    const q::AssessmentStore store = OpenForReading(PathArg(options.file));
    const q::AssessmentData data = store.Snapshot();
    if (options.json) {
        Json info = InfoJson(store, data);
        if (options.questions) {
            info["questions"] = Json::array();
            for (const q::Question* question : data.instrument.Questions())
                info["questions"].push_back({{"id", question->id}, {"pillar", question->pillar_id},
                                             {"type", q::ToString(question->type)}, {"text", question->text}});
        }
        fmt::print("{}\n", info.dump(2));
        return;
    }
    if (options.questions) {
        PrintQuestions(data.instrument);
        return;
    }
    PrintTable({
        {"Assessment", data.info.title},
        {"File", fmt::format("{} (format {})", store.Path().string(), store.FileFormatVersion())},
        {"UUID", data.info.uuid},
        {"Country", fmt::format("{} {} ({})", data.info.country, data.info.country_name,
                                q::ToString(data.info.country_group))},
        {"Year", std::to_string(data.info.year)},
        {"Instrument", fmt::format("{} {}, {} questions, SHA-256 {}", data.instrument.id, data.instrument.version,
                                   data.instrument.QuestionCount(), data.instrument_sha256)},
        {"Created", fmt::format("{} by {}", data.info.created_at, data.info.created_by)},
        {"Answers", fmt::format("{} from {} respondent(s), {} consensus", data.answers.size(),
                                data.respondents.size(), data.consensus.size())},
    });
    if (!data.respondents.empty()) {
        fmt::print("\nRespondents\n");
        for (const auto& respondent : data.respondents) {
            const auto completion = q::RespondentCompletion(data, respondent.id);
            fmt::print("  {:<32} {:<20} {:>3}/{:<3} answered ({:.0f}%)\n", respondent.name,
                       respondent.stakeholder_group.empty() ? "-" : respondent.stakeholder_group, completion.answered,
                       completion.shown, 100.0 * completion.Fraction());
        }
    }
    fmt::print("\nICT penetration\n");
    if (data.penetration.empty()) fmt::print("  none entered (c5kit-cli penetration FILE --indicator ...)\n");
    for (const auto& input : data.penetration)
        fmt::print("  {:<20} {:>7} ({}{}{})\n", q::ToString(input.indicator), q::FormatNumber(input.value), input.year,
                   input.source.empty() ? "" : ", ", input.source);
}

struct ExportOptions {
    std::string file;
    std::string csv;
    std::string json;
};

void RunExport(const ExportOptions& options) {
    if (options.csv.empty() == options.json.empty()) throw UsageError("give exactly one of --csv PATH or --json PATH");
    const q::AssessmentStore store = OpenForReading(PathArg(options.file));
    const q::AssessmentData data = store.Snapshot();
    const bool csv = !options.csv.empty();
    const std::string& target = csv ? options.csv : options.json;
    q::WriteFileAtomically(PathArg(target), csv ? q::ExportAnswersCsv(data) : q::ExportAssessmentJson(data));
    fmt::print("Wrote {} answer(s) from {} respondent(s) to {}\n", data.answers.size(), data.respondents.size(), target);
}

struct PenetrationOptions {
    std::string file;
    std::string indicator;
    std::optional<double> value;
    std::optional<int> year;
    std::string source;
};

void RunPenetration(const PenetrationOptions& options) {
    if (options.indicator.empty() && !options.value && !options.year) {
        const q::AssessmentStore store = OpenForReading(PathArg(options.file));
        const auto inputs = store.Penetration();
        if (inputs.empty()) fmt::print("No ICT penetration figures yet.\n");
        for (const auto& input : inputs)
            fmt::print("{:<20} {:>7}  {} {}  {}\n", q::ToString(input.indicator), q::FormatNumber(input.value),
                       input.year, input.source, q::IndicatorLabel(input.indicator));
        return;
    }
    const auto indicator = q::IndicatorFromString(options.indicator);
    if (!indicator)
        throw UsageError(fmt::format("--indicator must be internet_users, households_internet, mobile_broadband or "
                                     "fixed_broadband (is {})",
                                     q::Quote(options.indicator)));
    if (!options.value || !options.year) throw UsageError("give --value X and --year YYYY with --indicator");
    q::AssessmentStore store = OpenForWriting(PathArg(options.file));
    store.SetPenetration({*indicator, *options.value, *options.year, options.source, {}});
    fmt::print("Saved {} = {} ({}{}{})\n", q::ToString(*indicator), q::FormatNumber(*options.value), *options.year,
               options.source.empty() ? "" : ", ", options.source);
}

}  // namespace

void RegisterAssessmentCommands(CLI::App& app) {
    auto create = std::make_shared<NewOptions>();
    CLI::App* new_command = app.add_subcommand("new", "Create a new assessment file (.c5a)");
    new_command->add_option("FILE", create->file, "File to create; an existing file is never overwritten")->required();
    new_command->add_option("--country", create->country, "ISO 3166-1 alpha-3 code, e.g. KEN")->required();
    new_command->add_option("--country-name", create->country_name,
                            "Country name (default: the ISO name; give one for a fictional X.. code)");
    new_command->add_option("--year", create->year, "Year the assessment describes")->required();
    new_command->add_option("--title", create->title, "Title (default: from country and year)");
    new_command->add_option("--group", create->group,
                            "Country group: LDC, SIDS, LLDC, transition, developing, developed (default: from UN lists)");
    new_command->add_option("--instrument", create->instrument, "Instrument JSON (default: the bundled C5 instrument)");
    new_command->callback([create] { RunNew(*create); });

    auto info = std::make_shared<InfoOptions>();
    CLI::App* info_command = app.add_subcommand("info", "Show what an assessment file holds");
    info_command->add_option("FILE", info->file, "Assessment file (.c5a)")->required();
    info_command->add_flag("--json", info->json, "Print one JSON object");
    info_command->add_flag("--questions", info->questions, "List the instrument's questions and their ids");
    info_command->callback([info] { RunInfo(*info); });

    auto export_options = std::make_shared<ExportOptions>();
    CLI::App* export_command = app.add_subcommand("export", "Export the answers as CSV or the assessment as JSON");
    export_command->add_option("FILE", export_options->file, "Assessment file (.c5a)")->required();
    export_command->add_option("--csv", export_options->csv, "CSV file to write (one line per answer)");
    export_command->add_option("--json", export_options->json, "JSON file to write (the whole assessment)");
    export_command->callback([export_options] { RunExport(*export_options); });

    auto penetration = std::make_shared<PenetrationOptions>();
    CLI::App* penetration_command =
        app.add_subcommand("penetration", "Enter an ITU ICT indicator (or list them when given only FILE)");
    penetration_command->add_option("FILE", penetration->file, "Assessment file (.c5a)")->required();
    penetration_command->add_option("--indicator", penetration->indicator,
                                    "internet_users | households_internet | mobile_broadband | fixed_broadband");
    penetration_command->add_option("--value", penetration->value,
                                    "% of individuals/households, or subscriptions per 100 inhabitants");
    penetration_command->add_option("--year", penetration->year, "Year of the figure");
    penetration_command->add_option("--source", penetration->source, "Where the figure comes from");
    penetration_command->callback([penetration] { RunPenetration(*penetration); });
}

}  // namespace c5::cli
