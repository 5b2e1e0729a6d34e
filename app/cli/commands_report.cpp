// c5kit-cli report | blank-form | demo
#include <memory>

#include <fmt/format.h>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/text_util.h"
#include "c5/reports/blank_form.h"
#include "c5/reports/demo.h"
#include "c5/reports/report_pdf.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/reference_fit.h"
#include "c5/scoring/score.h"
#include "c5/app/regional_view.h"
#include "cli_common.h"

namespace c5::cli {
namespace q = c5::questionnaire;
namespace r = c5::reports;
namespace s = c5::scoring;

namespace {

struct ReportCommandOptions {
    std::string file;
    std::string output;
    std::string language = "en";
    std::string paper = "a4";
    std::string format;  // pdf or docx; by default from the output's extension
    std::optional<std::string> marking;
    std::string prepared_by;
    std::string approved_by;
    int samples = 10000;
    std::uint64_t seed = s::ScoreParameters{}.seed;
    std::optional<int> target_year;
    std::string reference;
    std::string baseline;
};

r::PaperSize Paper(const std::string& name) {
    if (name == "a4" || name == "A4") return r::PaperSize::A4;
    if (name == "letter" || name == "Letter") return r::PaperSize::Letter;
    throw UsageError(fmt::format("--paper must be a4 or letter (is {})", q::Quote(name)));
}

r::ReportFormat Format(const std::string& name, const std::string& output) {
    const std::string extension = q::ToLowerAscii(std::filesystem::path(output).extension().string());
    if (name.empty()) return extension == ".docx" ? r::ReportFormat::Docx : r::ReportFormat::Pdf;
    if (name != "pdf" && name != "docx")
        throw UsageError(fmt::format("--format must be pdf or docx (is {})", q::Quote(name)));
    // A Word document named .pdf (or the other way round) would not open in the program its name promises.
    const std::string other = name == "pdf" ? ".docx" : ".pdf";
    if (extension == other)
        throw UsageError(fmt::format("-o {} names a {} file, but --format is {}: name it {} or leave out --format",
                                     output, other.substr(1), name,
                                     std::filesystem::path(output).replace_extension("." + name).string()));
    return name == "pdf" ? r::ReportFormat::Pdf : r::ReportFormat::Docx;
}

void PrintFiles(const r::ReportFiles& files) {
    if (!files.docx.empty())
        fmt::print("Wrote {} (Word document, {} KB)\n", files.docx.string(), (files.docx_bytes + 512) / 1024);
    else
        fmt::print("Wrote {} ({} pages, {} KB)\n", files.pdf.string(), files.pages, (files.pdf_bytes + 512) / 1024);
    fmt::print("      {}\n      {}\n", files.scores_csv.string(), files.scores_json.string());
    if (!files.comparison_json.empty()) fmt::print("      {}\n", files.comparison_json.string());
}

void RunReport(const ReportCommandOptions& options) {
    r::ReportOptions report;
    report.paper = Paper(options.paper);
    report.format = Format(options.format, options.output);
    report.language = options.language;
    if (options.marking) report.marking = *options.marking;
    report.prepared_by = options.prepared_by;
    report.approved_by = options.approved_by;
    if (options.samples < 0 || options.samples > 1'000'000)
        throw UsageError(fmt::format("--samples must be from 0 to 1000000 (is {})", options.samples));
    q::CheckOutputTarget(PathArg(options.output), {PathArg(options.file), PathArg(options.baseline), PathArg(options.reference)});
    const q::AssessmentStore store = OpenForReading(PathArg(options.file));
    const q::AssessmentData data = store.Snapshot();
    CheckReportLanguage(options.language, &data.instrument);  // the kit's languages and the instrument's
    s::ScoreRequest request;
    request.parameters.samples = options.samples;
    request.parameters.seed = options.seed;
    request.target_year = options.target_year;
    if (!options.reference.empty())
        request.reference = app::LoadReferenceSet(PathArg(options.reference), data.info.country, CliActor());
    if (options.baseline.empty()) {
        const s::ScoreResult score = s::ScoreAssessment(data, request);
        PrintFiles(r::WriteReport(data, score, report, PathArg(options.output)));
        return;
    }
    // A follow-up report: the targets are those set at the baseline.
    const q::AssessmentData baseline = OpenForReading(PathArg(options.baseline)).Snapshot();
    s::ScoreRequest baseline_request = request;
    baseline_request.reference.clear();
    const s::Comparison comparison = s::CompareAssessments(baseline, data, baseline_request);
    s::ScoreResult score = comparison.followup_score;
    if (!request.reference.empty()) score = s::ScoreAssessment(data, request);  // with the expected score
    PrintFiles(r::WriteReport(data, score, report, PathArg(options.output), &comparison));
}

struct BlankFormOptions {
    std::string output;
    std::string language = "en";
    std::string paper = "a4";
    std::string marking;
    std::string instrument;
};

void RunBlankForm(const BlankFormOptions& options) {
    r::ReportOptions report;
    report.paper = Paper(options.paper);
    report.language = options.language;
    report.marking = options.marking;
    q::CheckOutputTarget(PathArg(options.output), {PathArg(options.instrument)});
    const q::Instrument instrument =
        options.instrument.empty() ? q::ParseInstrument(q::BundledInstrumentJson(), "the bundled instrument")
                                   : q::ParseInstrument(q::ReadTextFile(PathArg(options.instrument)), options.instrument);
    CheckReportLanguage(options.language, &instrument);
    const int pages = r::WriteBlankForm(instrument, report, PathArg(options.output));
    fmt::print("Wrote {} ({} pages): the {} {} questionnaire for paper sessions\n", options.output, pages,
               instrument.id, instrument.version);
}

struct DemoOptions {
    std::string folder;
    std::string language = "en";
    std::string paper = "a4";
};

void RunDemo(const DemoOptions& options) {
    r::ReportOptions report;
    report.paper = Paper(options.paper);
    CheckReportLanguage(options.language);
    report.language = options.language;
    const auto files = r::WriteDemo(PathArg(options.folder), report, CliActor());
    fmt::print("Wrote the demo assessment {} (Kelora, a fictional country, 2026)\n", files.assessment.string());
    PrintFiles(files.report);
}

}  // namespace

void RegisterReportCommands(CLI::App& app) {
    auto report = std::make_shared<ReportCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "report", "Write the baseline report as PDF or as an editable Word document (and the scores as CSV and JSON)");
    command->add_option("FILE", report->file, "Assessment file (.c5a)")->required();
    command->add_option("-o,--output", report->output, "PDF or DOCX file to write")->required();
    command->add_option("--format", report->format, "pdf or docx (default: from the output's extension, else pdf)");
    command->add_option("--lang", report->language, "Report language (default en)");
    command->add_option("--paper", report->paper, "a4 (default) or letter");
    command->add_option("--marking", report->marking,
                        "Security marking on every page (default RESTRICTED; \"\" for none)");
    command->add_option("--prepared-by", report->prepared_by, "Name in the sign-off block");
    command->add_option("--approved-by", report->approved_by, "Name in the sign-off block");
    command->add_option("--samples", report->samples, "Monte Carlo draws (default 10000)");
    AddSeedOption(command, report->seed, "Random seed");
    command->add_option("--target-year", report->target_year, "Year targets a and b are measured against");
    command->add_option("--reference", report->reference, "other countries: a CSV label,penetration,score or a folder of their assessments");
    command->add_option("--baseline", report->baseline,
                        "the baseline assessment (.c5a): makes a follow-up report, measured against its targets");
    command->callback([report] { RunReport(*report); });

    auto form = std::make_shared<BlankFormOptions>();
    CLI::App* form_command = app.add_subcommand("blank-form", "Write the blank questionnaire as a PDF for paper sessions");
    form_command->add_option("-o,--output", form->output, "PDF file to write")->required();
    form_command->add_option("--lang", form->language, "Language (default en)");
    form_command->add_option("--paper", form->paper, "a4 (default) or letter");
    form_command->add_option("--marking", form->marking, "Marking on every page (default none; e.g. RESTRICTED once filled)");
    form_command->add_option("--instrument", form->instrument, "Another instrument JSON (default: the bundled C5 instrument)");
    form_command->callback([form] { RunBlankForm(*form); });

    auto demo = std::make_shared<DemoOptions>();
    CLI::App* demo_command = app.add_subcommand("demo", "Write a fictional country's assessment and its report into DIR");
    demo_command->add_option("DIR", demo->folder, "Folder to write into (created if needed)")->required();
    demo_command->add_option("--lang", demo->language, "Report language (default en)");
    demo_command->add_option("--paper", demo->paper, "a4 (default) or letter");
    demo_command->callback([demo] { RunDemo(*demo); });
}

}  // namespace c5::cli
