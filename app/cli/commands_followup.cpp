// c5kit-cli compare | regional
#include <algorithm>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "c5/app/regional_view.h"
#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/csv.h"
#include "c5/questionnaire/text_util.h"
#include "c5/scoring/compare.h"
#include "cli_common.h"

namespace c5::cli {
namespace q = c5::questionnaire;
namespace s = c5::scoring;
using Json = nlohmann::json;

namespace {

std::string Change(double value) { return s::HasScore(value) ? fmt::format("{:+.1f}", value) : "—"; }

struct CompareOptions {
    std::string baseline;
    std::string followup;
    bool json = false;
    int samples = 10000;
    std::uint64_t seed = s::ScoreParameters{}.seed;
    std::optional<int> target_year;
};

void PrintProgress(const s::TargetProgress& target, const std::string& name) {
    if (!s::HasScore(target.expected) || !s::HasScore(target.value)) {
        fmt::print("  {}: {}\n", name, target.note);
        return;
    }
    fmt::print("  {} ({}): baseline {} → target {} in {}; on the trajectory in {}: {}; follow-up {}{}\n", name,
               target.adjusted ? "penetration-adjusted" : "raw", ScoreText(target.baseline), ScoreText(target.target),
               target.target_year, target.year, ScoreText(target.expected), ScoreText(target.value),
               target.value_interval.Valid() ? " (" + RangeText(target.value_interval) + ")" : "");
    fmt::print("     {}{}{}\n", target.on_track ? "ON TRACK" : "BEHIND the trajectory",
               s::HasScore(target.probability_on_track)
                   ? fmt::format(" (probability {:.0f} %)", 100 * target.probability_on_track)
                   : "",
               s::HasScore(target.progress) ? fmt::format("; {:.0f} % of the way from the baseline to the target",
                                                          100 * target.progress)
                                            : "");
    if (!target.note.empty()) fmt::print("     {}\n", target.note);
}

void RunCompare(const CompareOptions& options) {
    if (options.samples < 0 || options.samples > 1'000'000)
        throw UsageError(fmt::format("--samples must be from 0 to 1000000 (is {})", options.samples));
    const q::AssessmentData baseline = OpenForReading(PathArg(options.baseline)).Snapshot();
    const q::AssessmentData followup = OpenForReading(PathArg(options.followup)).Snapshot();
    s::ScoreRequest request;
    request.parameters.samples = options.samples;
    request.parameters.seed = options.seed;
    request.target_year = options.target_year;
    const s::Comparison comparison = s::CompareAssessments(baseline, followup, request);
    if (options.json) {
        fmt::print("{}\n", s::ComparisonJson(comparison));
        return;
    }
    fmt::print("{} ({}) against the baseline {} ({})\n\n", Shown(comparison.followup.title), comparison.followup.year,
               Shown(comparison.baseline.title), comparison.baseline.year);
    const auto range = [](const s::Interval& interval) {
        return interval.Valid() ? Change(interval.low) + " to " + Change(interval.high) : std::string("—");
    };
    fmt::print("{:<5} {:<40} {:>8} {:>9} {:>7}  {:<16} {}\n", "", "Pillar", "Baseline", "Follow-up", "Change",
               "90 % of change", "Clear");
    for (const auto& pillar : comparison.pillars) {
        const std::string title = pillar.title.size() > 40 ? pillar.title.substr(0, 39) + "…" : pillar.title;
        fmt::print("{:<5} {:<40} {:>8} {:>9} {:>7}  {:<16} {}{}\n", pillar.id, Shown(title), ScoreText(pillar.baseline),
                   ScoreText(pillar.followup), Change(pillar.change), range(pillar.change_interval),
                   pillar.change_interval.Valid() ? (pillar.clear ? "yes" : "no") : "—",
                   pillar.included ? "" : "  (optional, not in overall)");
    }
    if (comparison.national) {
        // The national module: its own row, outside the overall score (docs/instrument-format.md).
        const s::PillarChange& national = *comparison.national;
        const std::string title = national.title.size() > 40 ? national.title.substr(0, 39) + "…" : national.title;
        fmt::print("{:<5} {:<40} {:>8} {:>9} {:>7}  {:<16} {}  (national module, not in overall)\n", national.id,
                   Shown(title), ScoreText(national.baseline), ScoreText(national.followup), Change(national.change),
                   range(national.change_interval),
                   national.change_interval.Valid() ? (national.clear ? "yes" : "no") : "—");
    }
    fmt::print("\n{:<46} {:>8} {:>9} {:>7}  {:<16} {}\n", "Overall readiness S", ScoreText(comparison.overall_baseline),
               ScoreText(comparison.overall_followup), Change(comparison.overall_change),
               range(comparison.overall_change_interval),
               comparison.overall_change_interval.Valid() ? (comparison.overall_clear ? "yes" : "no") : "—");
    if (s::HasScore(comparison.adjusted_baseline) || s::HasScore(comparison.adjusted_followup))
        fmt::print("{:<46} {:>8} {:>9} {:>7}  {:<16} {}\n", "Penetration-adjusted S_adj",
                   ScoreText(comparison.adjusted_baseline), ScoreText(comparison.adjusted_followup),
                   Change(comparison.adjusted_change), range(comparison.adjusted_change_interval),
                   comparison.adjusted_change_interval.Valid() ? (comparison.adjusted_clear ? "yes" : "no") : "—");
    if (comparison.overall_change_interval.Valid())
        fmt::print("A change is clear when its paired 90 % range (the same draws applied to both assessments) "
                   "excludes 0.\n");
    if (comparison.penetration.differ)
        fmt::print("ICT penetration P {} at the baseline, {} now: with the baseline's P the follow-up's S_adj would "
                   "be {} ({} of the adjusted change comes from the new figures)\n",
                   ScoreText(comparison.penetration.baseline), ScoreText(comparison.penetration.followup),
                   ScoreText(comparison.penetration.adjusted_at_baseline_penetration),
                   Change(comparison.penetration.penetration_effect));
    fmt::print("\nTargets, as set at the baseline\n");
    PrintProgress(comparison.target_a, "a) readiness +40 %");
    PrintProgress(comparison.target_b, "b) transborder space of confidence");
    const auto& child = comparison.target_c;
    fmt::print("  c) child online protection: {} at the baseline, {} now\n", child.baseline_met ? "met" : "not met",
               child.followup_met ? "met" : "not met");
    if (!child.closed.empty()) fmt::print("     gaps closed: {}\n", fmt::join(child.closed, ", "));
    if (!child.remaining.empty()) fmt::print("     gaps remaining: {}\n", fmt::join(child.remaining, ", "));
    if (!child.opened.empty()) fmt::print("     new gaps: {}\n", fmt::join(child.opened, ", "));
    for (const auto& note : comparison.notes) fmt::print("Note: {}\n", note);
    fmt::print("\nIntervals and probabilities: {} Monte Carlo draws, seed {}. Formulas: docs/methodology.md\n",
               comparison.followup_score.parameters.samples, comparison.followup_score.parameters.seed);
}

struct RegionalOptions {
    std::string folder;
    bool json = false;
    int samples = 0;
    std::string reference_csv;
};

void RunRegional(const RegionalOptions& options) {
    if (options.samples < 0 || options.samples > 1'000'000)
        throw UsageError(fmt::format("--samples must be from 0 to 1000000 (is {})", options.samples));
    const app::RegionalView view = app::BuildRegionalView(PathArg(options.folder), options.samples, CliActor());
    const auto reference = s::ReferenceSet(view.entries);
    if (!options.reference_csv.empty()) {
        std::string csv = q::CsvLine({"label", "penetration", "score"});
        for (const auto& point : reference)
            csv += q::CsvLine({point.label, q::FormatNumber(point.penetration), q::FormatNumber(point.score)});
        q::WriteFileAtomically(PathArg(options.reference_csv), csv);
    }
    if (options.json) {
        const auto number = [](double value) { return s::HasScore(value) ? Json(value) : Json(nullptr); };
        Json rows = Json::array();
        for (const auto& entry : view.entries)
            rows.push_back({{"file", entry.label}, {"country", entry.info.country},
                            {"country_name", entry.info.country_name},
                            {"country_group", q::ToString(entry.info.country_group)}, {"year", entry.info.year},
                            {"title", entry.info.title}, {"respondents", entry.respondents},
                            {"score", number(entry.score)}, {"adjusted", number(entry.adjusted)},
                            {"penetration", number(entry.penetration)}, {"gap", number(entry.gap)},
                            {"complete", entry.complete}, {"pillars_scored", entry.pillars_scored},
                            {"pillars_included", entry.pillars_included}, {"transborder", number(entry.transborder)},
                            {"child_protection_met", entry.child_protection_met}});
        Json skipped = Json::array();
        for (const auto& [file, why] : view.skipped) skipped.push_back({{"file", file.filename().string()}, {"why", why}});
        fmt::print("{}\n", Json{{"folder", options.folder}, {"assessments", rows}, {"skipped", skipped},
                                {"copies", view.copies}, {"reference_points", reference.size()}}
                               .dump(2));
        return;
    }
    fmt::print("{:<4} {:<24} {:<11} {:>4} {:>5} {:>6} {:>6} {:>6} {:>6} {:>8} {}\n", "", "Country", "Group", "Year",
               "Resp.", "S", "S_adj", "P", "S − P", "Pillars", "Target c");
    for (const auto& entry : view.entries) {
        std::string name = entry.info.country_name;
        if (name.size() > 24) name = name.substr(0, 23) + "…";
        fmt::print("{:<4} {:<24} {:<11} {:>4} {:>5} {:>6} {:>6} {:>6} {:>6} {:>8} {}\n", Shown(entry.info.country), Shown(name),
                   q::ToString(entry.info.country_group), entry.info.year, entry.respondents, ScoreText(entry.score),
                   ScoreText(entry.adjusted), ScoreText(entry.penetration), Change(entry.gap),
                   fmt::format("{}/{}", entry.pillars_scored, entry.pillars_included),
                   entry.child_protection_met ? "met" : "not met");
    }
    for (const auto& [file, why] : view.skipped)
        fmt::print("skipped {}: {}\n", Shown(file.filename().string()), Shown(why));
    for (const auto& files : view.copies)
        fmt::print("Warning: {} are copies of one assessment (the same identity), listed once each; keep one of them "
                   "in the folder\n",
                   fmt::join(files, ", "));
    fmt::print("\n{} assessment(s); {} countries with a score and penetration figures form the reference set{}.\n",
               view.entries.size(), reference.size(),
               reference.size() < static_cast<std::size_t>(s::kMinimumReferencePoints)
                   ? fmt::format(" (at least {} are needed for a fit)", s::kMinimumReferencePoints)
                   : "");
    if (!options.reference_csv.empty()) fmt::print("Reference set written to {}\n", options.reference_csv);
}

}  // namespace

void RegisterFollowUpCommands(CLI::App& app) {
    {
        auto options = std::make_shared<CompareOptions>();
        auto* command = app.add_subcommand("compare", "Compare a follow-up assessment with its baseline");
        command->add_option("BASELINE", options->baseline, "the earlier assessment (.c5a)")->required();
        command->add_option("FOLLOWUP", options->followup, "the later assessment of the same country (.c5a)")
            ->required();
        command->add_flag("--json", options->json, "print one JSON object");
        command->add_option("--samples", options->samples, "Monte Carlo draws (default 10000; 0: no probabilities)");
        AddSeedOption(command, options->seed, "random seed");
        command->add_option("--target-year", options->target_year, "target year (default: the baseline's)");
        command->callback([options] { RunCompare(*options); });
    }
    {
        auto options = std::make_shared<RegionalOptions>();
        auto* command = app.add_subcommand("regional", "Countries' assessments in a folder, side by side");
        command->add_option("FOLDER", options->folder, "folder of .c5a files")->required();
        command->add_flag("--json", options->json, "print one JSON object");
        command->add_option("--samples", options->samples, "Monte Carlo draws per assessment (default 0)");
        command->add_option("--reference-csv", options->reference_csv,
                            "also write the reference set (label,penetration,score) for 'score --reference'");
        command->callback([options] { RunRegional(*options); });
    }
}

}  // namespace c5::cli
