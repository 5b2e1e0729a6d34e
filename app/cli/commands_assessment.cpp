// c5kit-cli new | info | export | penetration | audit | redact
#include <memory>
#include <optional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/assessment_export.h"
#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/completion.h"
#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/text_util.h"
#include "c5/reports/results_workbook.h"
#include "cli_common.h"

namespace c5::cli {
namespace q = c5::questionnaire;
namespace r = c5::reports;
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
    int target_year = q::kDefaultTargetYear;
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
    // An instrument JSON, or a workbook read as `instrument import` reads it.
    const std::string instrument_json = options.instrument.empty() ? std::string(q::BundledInstrumentJson())
                                                                   : InstrumentJsonOf(options.instrument);
    std::optional<q::AssessmentStore> created;
    try {
        created.emplace(q::AssessmentStore::Create(PathArg(options.file), {options.country, options.country_name, group, options.year, options.title, options.target_year},
                                                   instrument_json, CliActor()));
    } catch (const q::InstrumentError& error) {
        // One problem is one line, as every error; several (a changed core) are each named on
        // their own line, as validate names them (docs/cli.md, "new").
        if (error.Problems().size() <= 1) throw;
        RefuseWithProblems(options.instrument.empty() ? std::string("the bundled instrument") : options.instrument,
                           error.Problems(), "no assessment was created");
    }
    q::AssessmentStore& store = *created;
    const q::AssessmentInfo info = store.Info();
    fmt::print("Created {}: {} ({} {}, {}), instrument {} {}, {} questions\n", Shown(options.file), Shown(info.title),
               info.country, Shown(info.country_name), q::ToString(info.country_group), store.GetInstrument().id,
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
    Json attachments = Json::array();
    for (const auto& attachment : data.attachments) {
        const q::Respondent* respondent = data.FindRespondent(attachment.respondent_id);
        attachments.push_back({{"id", attachment.id},
                               {"respondent", respondent ? respondent->name : ""},
                               {"question", attachment.question_id},
                               {"name", attachment.name},
                               {"size", attachment.size},
                               {"sha256", attachment.sha256}});
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
            {"attachments", attachments},
            {"penetration", penetration}};
}

void PrintQuestions(const q::Instrument& instrument) {
    for (const auto& pillar : instrument.pillars) {
        fmt::print("{} {}{}\n", pillar.id, Shown(pillar.title), pillar.optional ? " (optional module)" : "");
        for (const auto& question : pillar.questions)
            fmt::print("  {:<8} {:<16} {}\n", question.id, q::ToString(question.type), Shown(question.text));
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
        {"Documents", fmt::format("{} attached", data.attachments.size())},
    });
    if (!data.respondents.empty()) {
        fmt::print("\nRespondents\n");
        for (const auto& respondent : data.respondents) {
            const auto completion = q::RespondentCompletion(data, respondent.id);
            fmt::print("  {:<32} {:<20} {:>3}/{:<3} answered ({:.0f}%)\n", Shown(respondent.name),
                       respondent.stakeholder_group.empty() ? "-" : Shown(respondent.stakeholder_group), completion.answered,
                       completion.shown, 100.0 * completion.Fraction());
        }
    }
    fmt::print("\nICT penetration\n");
    if (data.penetration.empty()) fmt::print("  none entered (c5kit-cli penetration FILE --indicator ...)\n");
    for (const auto& input : data.penetration)
        fmt::print("  {:<20} {:>7} ({}{}{})\n", q::ToString(input.indicator), q::FormatNumber(input.value), input.year,
                   input.source.empty() ? "" : ", ", Shown(input.source));
}

struct ExportOptions {
    std::string file;
    std::string csv;
    std::string json;
    std::string attachments;
    std::string xlsx;
    std::string language = "en";
    std::string marking{r::kDefaultMarking};
    std::string baseline;
};

void RunExport(const ExportOptions& options) {
    if (int(!options.csv.empty()) + int(!options.json.empty()) + int(!options.xlsx.empty()) +
            int(!options.attachments.empty()) !=
        1)
        throw UsageError("give exactly one of --csv PATH, --json PATH, --xlsx PATH or --attachments FOLDER");
    const bool xlsx = !options.xlsx.empty();
    if (!options.baseline.empty() && !xlsx) throw UsageError("--baseline goes with --xlsx (a follow-up's results workbook)");
    if (xlsx) {
        CheckReportLanguage(options.language);
        // Before anything is read or written: a marking is refused, never cut (the default one,
        // printed in the workbook's language, is short in every language).
        try {
            r::CheckWorkbookMarking(options.marking);
        } catch (const std::exception& error) {
            throw UsageError(fmt::format("--marking: {}", error.what()));
        }
    }
    const bool csv = !options.csv.empty();
    const std::string& target = xlsx ? options.xlsx : csv ? options.csv : options.json;
    if (options.attachments.empty()) q::CheckOutputTarget(PathArg(target), {PathArg(options.file), PathArg(options.baseline)});
    const q::AssessmentStore store = OpenForReading(PathArg(options.file));
    if (!options.attachments.empty()) {
        const auto written = q::ExportAttachments(store, PathArg(options.attachments));
        fmt::print("Wrote {} attached document(s), {} bytes, and index.csv to {}\n", written.documents, written.bytes,
                   options.attachments);
        return;
    }
    const q::AssessmentData data = store.Snapshot();
    if (xlsx) {
        // Scored as `score` scores it by default, so the two always agree.
        r::ReportOptions workbook;
        workbook.language = options.language;
        workbook.marking = options.marking;
        std::optional<q::AssessmentData> baseline;
        if (!options.baseline.empty()) baseline = OpenForReading(PathArg(options.baseline)).Snapshot();
        r::WriteResultsWorkbook(data, baseline ? &*baseline : nullptr, workbook, PathArg(target));
        fmt::print("Wrote the results workbook {}: scores, {}{} answer(s) from {} respondent(s), recommendations, "
                   "targets and weights\n",
                   Shown(target), options.baseline.empty() ? "" : "progress since the baseline, ", data.answers.size(),
                   data.respondents.size());
        return;
    }
    q::WriteFileAtomically(PathArg(target), csv ? q::ExportAnswersCsv(data) : q::ExportAssessmentJson(data));
    fmt::print("Wrote {} answer(s) from {} respondent(s) to {}\n", data.answers.size(), data.respondents.size(),
               Shown(target));
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
                       input.year, Shown(input.source), q::IndicatorLabel(input.indicator));
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
               options.source.empty() ? "" : ", ", Shown(options.source));
}

struct AuditOptions {
    std::string file;
    bool json = false;
    std::string search;
};

void RunAudit(const AuditOptions& options) {
    const q::AssessmentStore store = OpenForReading(PathArg(options.file));
    Json entries = Json::array();
    for (const auto& entry : store.AuditLog()) {
        const std::string old_value = entry.old_value.value_or("");
        const std::string new_value = entry.new_value.value_or("");
        if (!options.search.empty() && entry.subject.find(options.search) == std::string::npos &&
            old_value.find(options.search) == std::string::npos && new_value.find(options.search) == std::string::npos)
            continue;
        if (options.json) {
            entries.push_back({{"id", entry.id}, {"at", entry.at}, {"actor", entry.actor}, {"tool", entry.tool},
                               {"action", entry.action}, {"subject", entry.subject},
                               {"old_value", entry.old_value ? Json(*entry.old_value) : Json(nullptr)},
                               {"new_value", entry.new_value ? Json(*entry.new_value) : Json(nullptr)}});
            continue;
        }
        fmt::print("{:>5}  {}  {:<12} {:<22} {}\n", entry.id, entry.at, Shown(entry.actor), entry.action,
                   Shown(entry.subject));
        if (entry.old_value) fmt::print("       before: {}\n", Shown(q::Quote(*entry.old_value, 160)));
        if (entry.new_value) fmt::print("       after:  {}\n", Shown(q::Quote(*entry.new_value, 160)));
    }
    if (options.json) fmt::print("{}\n", Json{{"file", options.file}, {"entries", entries}}.dump(2));
}

struct RedactOptions {
    std::string file;
    std::vector<long long> entries;
    std::string reason;
};

void RunRedact(const RedactOptions& options) {
    q::AssessmentStore store = OpenForWriting(PathArg(options.file));
    const int changed = store.RedactAuditEntries(options.entries, options.reason);
    fmt::print("Redacted {} audit entr{} of {}; the redaction itself is in the audit log.\n", changed,
               changed == 1 ? "y" : "ies", Shown(options.file));
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
    new_command->add_option("--target-year", create->target_year,
                            "Year targets a and b are set for (default 2030, the WSIS+20 and SDG horizon; the C5 text "
                            "says 2020)");
    new_command->add_option("--group", create->group,
                            "Country group: LDC, SIDS, LLDC, transition, developing, developed (default: from UN lists)");
    new_command->add_option("--instrument", create->instrument, "Instrument JSON, or an instrument workbook (.xlsx) (default: the bundled C5 instrument)");
    new_command->callback([create] { RunNew(*create); });

    auto info = std::make_shared<InfoOptions>();
    CLI::App* info_command = app.add_subcommand("info", "Show what an assessment file holds");
    info_command->add_option("FILE", info->file, "Assessment file (.c5a)")->required();
    info_command->add_flag("--json", info->json, "Print one JSON object");
    info_command->add_flag("--questions", info->questions, "List the instrument's questions and their ids");
    info_command->callback([info] { RunInfo(*info); });

    auto export_options = std::make_shared<ExportOptions>();
    CLI::App* export_command = app.add_subcommand(
        "export", "Export the answers as CSV, the assessment as JSON, the results as an Excel workbook, or the attached "
                  "documents");
    export_command->add_option("FILE", export_options->file, "Assessment file (.c5a)")->required();
    export_command->add_option("--csv", export_options->csv, "CSV file to write (one line per answer)");
    export_command->add_option("--json", export_options->json, "JSON file to write (the whole assessment)");
    export_command->add_option("--xlsx", export_options->xlsx,
                               "Excel workbook to write: scores, answers, disagreements, recommendations, targets, "
                               "weights");
    export_command->add_option("--lang", export_options->language, "Language of the workbook (default en)");
    export_command->add_option("--marking", export_options->marking,
                               "Marking in the workbook's page header and footer, at most 235 characters (default "
                               "RESTRICTED, in the workbook's language; \"\" for none)");
    export_command->add_option("--baseline", export_options->baseline,
                               "With --xlsx: the baseline assessment (.c5a); makes a follow-up's workbook, with its "
                               "progress and the baseline's targets");
    export_command->add_option("--attachments", export_options->attachments,
                               "Folder to write the attached documents to, with an index.csv");
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

    auto audit = std::make_shared<AuditOptions>();
    CLI::App* audit_command = app.add_subcommand("audit", "List the audit log: every change, who, when, before and after");
    audit_command->add_option("FILE", audit->file, "Assessment file (.c5a)")->required();
    audit_command->add_flag("--json", audit->json, "Print one JSON object");
    audit_command->add_option("--search", audit->search, "Only entries whose subject or values contain TEXT");
    audit_command->callback([audit] { RunAudit(*audit); });

    auto redact = std::make_shared<RedactOptions>();
    CLI::App* redact_command = app.add_subcommand(
        "redact", "Blank the values of audit entries (a secret pasted by accident); the redaction is logged");
    redact_command->add_option("FILE", redact->file, "Assessment or kit (.c5a)")->required();
    redact_command->add_option("--entry", redact->entries, "Audit entry id, as 'audit' lists them (repeatable)")
        ->required();
    redact_command->add_option("--reason", redact->reason, "Why; kept in the audit log")->required();
    redact_command->callback([redact] { RunRedact(*redact); });
}

}  // namespace c5::cli
