// c5kit-cli validate INSTRUMENT | instrument export | instrument import
#include <map>
#include <memory>

#include <fmt/format.h>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/instrument_core.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/instrument_workbook.h"
#include "c5/questionnaire/text_util.h"
#include "c5/reports/font_coverage.h"
#include "c5/reports/report_text.h"
#include "cli_common.h"

namespace c5::cli {
namespace q = c5::questionnaire;
namespace fs = std::filesystem;

namespace {

bool EndsWith(const std::string& path, std::string_view suffix) {
    return q::ToLowerAscii(fs::path(path).extension().string()) == suffix;
}

// Every problem on its own line, then the one-line summary the exit status goes with.
// An instrument workbook read in full; refused with every problem by its cell.
q::WorkbookImport ImportWorkbook(const std::string& path, const q::ReportTextTables& tables) {
    q::WorkbookImport imported = q::ImportInstrumentWorkbook(q::ReadTextFile(PathArg(path)), path, tables);
    if (imported.unreadable) throw q::QuestionnaireError(path + ": " + imported.problems.front());
    if (!imported.problems.empty())
        RefuseWithProblems(path, imported.problems, "nothing was written; fix the cells named and import again");
    return imported;
}

struct ValidateOptions {
    std::string path;
    std::vector<std::string> languages = {"ar", "zh", "fr", "ru", "es"};
    bool require_translations = false;
};

// "questions: no column guidance::pt (79)", "levels!E9 (P1.Q1 levels[3]), …" per sheet.
// `cells_of` says which workbook the cells are in: a JSON file's are those of its fresh export,
// not of the workbook it was imported from (whose columns may stand elsewhere).
void PrintMissing(const std::string& language, const std::vector<q::MissingText>& missing, const std::string& cells_of) {
    fmt::print("translations {}: {} text(s) missing, shown in English marked [EN] (cells of {}):\n", language,
               missing.size(), cells_of);
    std::vector<std::string> sheets;
    std::map<std::string, std::vector<std::string>> items;  // sheet → cells, in order
    std::map<std::string, std::map<std::string, int>> absent;  // sheet → missing column → count
    for (const auto& gap : missing) {
        const auto bang = gap.cell.find('!');
        const auto colon = gap.cell.find(": ");
        const std::string sheet = gap.cell.substr(0, std::min(bang, colon));
        if (std::find(sheets.begin(), sheets.end(), sheet) == sheets.end()) sheets.push_back(sheet);
        if (bang == std::string::npos && colon != std::string::npos) ++absent[sheet][gap.cell.substr(colon + 2)];
        else items[sheet].push_back(fmt::format("{} ({} {})", gap.cell.substr(bang + 1), gap.where, gap.field));
    }
    for (const auto& sheet : sheets) {
        std::string line;
        for (const auto& [column, count] : absent[sheet]) line += fmt::format("{}{} ({})", line.empty() ? "" : ", ", column, count);
        for (const auto& item : items[sheet]) line += (line.empty() ? "" : ", ") + item;
        fmt::print("  {}: {}\n", sheet, line);
    }
}

void RunValidate(const ValidateOptions& options) {
    const q::ReportTextTables tables = reports::KitReportTexts();
    q::Instrument instrument;
    q::WorkbookImport layout;
    if (EndsWith(options.path, ".xlsx")) {
        layout = ImportWorkbook(options.path, tables);
        instrument = *layout.instrument;
    } else {
        const std::string text = q::ReadTextFile(PathArg(options.path));
        auto problems = q::ValidateInstrument(text);
        if (problems.empty()) problems = q::CoreProblems(q::ParseInstrument(text, options.path));
        if (!problems.empty())
            RefuseWithProblems(options.path, problems, "the instrument cannot be used until they are fixed");
        instrument = q::ParseInstrument(text, options.path);
        // Missing texts are named by the cells of the workbook `instrument export` writes.
        layout = q::ImportInstrumentWorkbook(q::InstrumentWorkbookCells(instrument, tables), tables);
    }
    int optional = 0;
    int scored = 0;
    for (const auto& pillar : instrument.pillars) optional += pillar.optional ? 1 : 0;
    for (const q::Question* question : instrument.Questions()) scored += question->Scored() ? 1 : 0;
    std::string national;
    if (instrument.national_module)
        national = fmt::format(", a national module of {} question(s)", instrument.national_module->questions.size());
    fmt::print("{}: valid — {} {}, {} pillars ({} optional), {} questions ({} scored), {} targets{}\n", options.path,
               instrument.id, instrument.version, instrument.pillars.size(), optional, instrument.QuestionCount(),
               scored, instrument.targets.size(), national);
    // Missing translations are not errors (the report shows the English text, marked), but a
    // translator needs the list.
    std::size_t incomplete = 0;
    for (const auto& language : options.languages) {
        if (!q::IsLanguageCode(language))
            throw UsageError(fmt::format("--languages: {} is not a language code (e.g. fr, pt, sw)", q::Quote(language)));
        // Characters no embedded font has: the PDF report would print them as empty boxes.
        if (const auto unprintable = reports::CharactersWithoutFont(instrument, language); !unprintable.empty())
            fmt::print("fonts {}: no font the kit embeds has {} character(s) of the texts in {}: {}; the PDF report "
                       "in {} cannot be written (the DOCX can)\n",
                       language, unprintable.size(), language, Shown(reports::CharacterList(unprintable)), language);
        const auto missing = q::MissingTexts(instrument, layout, tables, language);
        if (missing.empty()) {
            fmt::print("translations {}: complete\n", language);
            continue;
        }
        ++incomplete;
        PrintMissing(language, missing,
                     EndsWith(options.path, ".xlsx")
                         ? Shown(options.path)
                         : fmt::format("the workbook 'c5kit-cli instrument export {} --xlsx OUT.xlsx' writes; "
                                       "validate your own workbook to have its cells",
                                       Shown(options.path)));
    }
    if (incomplete && options.require_translations)
        throw q::QuestionnaireError(fmt::format("{}: {} language(s) incomplete (--require-translations)", options.path,
                                                incomplete));
}

struct ExportOptions {
    std::string input;
    std::string xlsx;
};

// The instrument of a .json file, of an assessment (.c5a), or the bundled one.
q::Instrument LoadInstrument(const std::string& input) {
    if (input.empty()) return q::ParseInstrument(q::BundledInstrumentJson(), "the bundled instrument");
    if (EndsWith(input, ".c5a")) return OpenForReading(PathArg(input)).GetInstrument();
    return q::ParseInstrument(q::ReadTextFile(PathArg(input)), input);
}

void RunExport(const ExportOptions& options) {
    q::CheckOutputTarget(PathArg(options.xlsx), {PathArg(options.input)});
    const q::Instrument instrument = LoadInstrument(options.input);
    q::ExportInstrumentWorkbook(instrument, reports::KitReportTexts(), PathArg(options.xlsx));
    const auto languages = q::InstrumentLanguages(instrument);
    fmt::print("Wrote {}: {} {}, {} pillars, {} questions{}, texts in {}\n", options.xlsx, instrument.id,
               instrument.version, instrument.pillars.size(), instrument.QuestionCount(),
               instrument.national_module
                   ? fmt::format(" ({} national)", instrument.national_module->questions.size())
                   : std::string(),
               fmt::join(languages, " "));
    if (q::CoreReference(instrument.id))
        fmt::print("The C5 core (dark red columns) is locked; edit the texts, add languages and national questions.\n");
}

struct ImportOptions {
    std::string xlsx;
    std::string output;
};

void RunImport(const ImportOptions& options) {
    q::CheckOutputTarget(PathArg(options.output), {PathArg(options.xlsx)});
    const q::WorkbookImport imported = ImportWorkbook(options.xlsx, reports::KitReportTexts());
    q::WriteFileAtomically(PathArg(options.output), imported.json);
    const q::Instrument& instrument = *imported.instrument;
    std::string national = "no national module";
    if (instrument.national_module)
        national = fmt::format("national module {} with {} question(s)", instrument.national_module->id,
                               instrument.national_module->questions.size());
    fmt::print("Wrote {}: {} {}, {} questions, {}, texts in {}\n", options.output, instrument.id, instrument.version,
               instrument.QuestionCount(), national, fmt::join(q::InstrumentLanguages(instrument), " "));
    if (const q::Instrument* core = q::CoreReference(instrument.id))
        fmt::print("C5 core: unchanged (checked against the kit's {} {})\n", core->id, core->version);
    else
        fmt::print("C5 core: none to keep — {} is not the kit's C5 instrument, so its scores are not comparable with "
                   "C5 assessments\n",
                   instrument.id);
}

}  // namespace

std::string InstrumentJsonOf(const std::string& path) {
    if (EndsWith(path, ".xlsx")) return ImportWorkbook(path, reports::KitReportTexts()).json;
    return q::ReadTextFile(PathArg(path));
}

void RegisterInstrumentCommands(CLI::App& app) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* validate = app.add_subcommand("validate", "Check an instrument (questionnaire): JSON, or a workbook (.xlsx)");
    validate->add_option("INSTRUMENT", options->path, "Instrument JSON file, or an instrument workbook (.xlsx)")->required();
    validate->add_option("--languages", options->languages,
                         "languages whose translations to check (default: ar zh fr ru es)")
        ->delimiter(',');
    validate->add_flag("--require-translations", options->require_translations,
                       "fail (exit 1) when a language lacks a text");
    validate->callback([options] { RunValidate(*options); });

    CLI::App* instrument = app.add_subcommand("instrument", "The instrument as a spreadsheet: export, import");
    instrument->require_subcommand(1);
    auto exporting = std::make_shared<ExportOptions>();
    CLI::App* export_command =
        instrument->add_subcommand("export", "Write an instrument as a workbook (.xlsx) to adapt in a spreadsheet");
    export_command->add_option("INSTRUMENT", exporting->input,
                               "Instrument JSON, or an assessment (.c5a) whose instrument to export (default: the "
                               "bundled C5 instrument)");
    export_command->add_option("--xlsx", exporting->xlsx, "Workbook to write")->required();
    export_command->callback([exporting] { RunExport(*exporting); });
    auto importing = std::make_shared<ImportOptions>();
    CLI::App* import_command =
        instrument->add_subcommand("import", "Read an instrument workbook (.xlsx) back as instrument JSON");
    import_command->add_option("--xlsx", importing->xlsx, "Workbook to read")->required();
    import_command->add_option("-o,--output", importing->output, "Instrument JSON to write")->required();
    import_command->callback([importing] { RunImport(*importing); });
}

}  // namespace c5::cli
