// c5kit-cli score | ahp | options
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/text_util.h"
#include "c5/scoring/ahp.h"
#include "c5/scoring/error.h"
#include "c5/scoring/item_score.h"
#include "c5/scoring/score.h"
#include "c5/app/regional_view.h"
#include "c5/scoring/score_json.h"
#include "cli_common.h"

namespace c5::cli {
namespace q = c5::questionnaire;
namespace s = c5::scoring;
using Json = nlohmann::json;

namespace {

std::string Score(double value) { return ScoreText(value); }
std::string Range(const s::Interval& interval) { return RangeText(interval); }
std::string Stage(double value) { return StageText(value); }

void PrintScoreTable(const s::ScoreResult& result) {
    fmt::print("{}\n{} ({}), {} — instrument {} {}\n\n", Shown(result.info.title), Shown(result.info.country_name),
               result.info.country, result.info.year, result.instrument_id, result.instrument_version);
    fmt::print("{:<5} {:<44} {:>6} {:>12} {:>9} {:>6}  {}\n", "", "Pillar", "Score", "5–95 %", "Answered", "Adj.",
               "Stage");
    for (const auto& pillar : result.pillars) {
        std::string title = pillar.title.size() > 44 ? pillar.title.substr(0, 43) + "…" : pillar.title;
        std::string note;
        if (!pillar.included) note = "  (optional, not in overall)";
        if (pillar.status == s::PillarStatus::InsufficientData) note += "  insufficient data";
        if (pillar.status == s::PillarStatus::NoScorableItems) note += "  nothing to score";
        fmt::print("{:<5} {:<44} {:>6} {:>12} {:>9} {:>6}  {}{}\n", pillar.id, Shown(title), Score(pillar.score),
                   Range(pillar.interval), fmt::format("{}/{}", pillar.answered, pillar.scorable),
                   Score(pillar.adjusted), Stage(pillar.score), note);
    }
    const auto& overall = result.overall;
    fmt::print("\n{:<50} {:>6} {:>12} {:>9} {:>6}  {}\n", "Overall readiness S", Score(overall.score),
               Range(overall.interval), "", "", Stage(overall.score));
    if (!overall.complete && !overall.missing_pillars.empty())
        fmt::print("  incomplete: no score for {}\n", fmt::join(overall.missing_pillars, ", "));
    if (s::HasScore(overall.adjusted))
        fmt::print("{:<50} {:>6} {:>12} {:>9} {:>6}  {}\n", "Penetration-adjusted S_adj (headline)",
                   Score(overall.adjusted), Range(overall.adjusted_interval), "", "", Stage(overall.adjusted));
    else
        fmt::print("Penetration-adjusted S_adj: {}\n", overall.adjusted_note);
    fmt::print("Geometric aggregation (sensitivity): {}\n", Score(overall.geometric));
    if (const auto& national = result.national) {
        const s::PillarResult& section = national->section;
        fmt::print("\nNational module (its own section; not in the C5 overall score or targets)\n");
        fmt::print("{:<5} {:<44} {:>6} {:>12} {:>9} {:>6}  {}{}\n", section.id,
                   section.title.size() > 44 ? section.title.substr(0, 43) + "…" : section.title, Score(section.score),
                   Range(section.interval), fmt::format("{}/{}", section.answered, section.scorable), "",
                   Stage(section.score),
                   section.status == s::PillarStatus::InsufficientData ? "  insufficient data" : "");
    }

    const auto& penetration = result.penetration;
    if (penetration.index)
        fmt::print("\nICT penetration index P = {:.1f} ({} of 4 indicators); gap S − P = {:+.1f}\n",
                   penetration.index->index, penetration.index->components.size(), penetration.gap);
    else
        fmt::print("\nICT penetration index: none entered (c5kit-cli penetration FILE ...)\n");
    if (penetration.expected)
        fmt::print("Penetration-expected score {:.1f} (90 % band {:.1f}–{:.1f}, {} countries); residual {:+.1f}\n",
                   penetration.expected->expected, penetration.expected->low, penetration.expected->high,
                   penetration.expected->points, penetration.expected->residual);
    else
        fmt::print("Penetration-expected score: {}\n", penetration.expected_note);

    fmt::print("\nTargets (target year {}{})\n", result.parameters.target_year,
               result.target_a.target_year_passed
                   ? fmt::format(", not after the assessment year {}: the date has passed; choose a later year with "
                                 "--target-year",
                                 result.parameters.base_year)
                   : "");
    for (const s::ProgressTarget* target : {&result.target_a, &result.target_b}) {
        const char* name = target->id == "a" ? "a) overall readiness +40 %" : "b) transborder sub-index";
        if (!s::HasScore(target->baseline)) {
            fmt::print("  {:<28} {}\n", name, target->note);
            continue;
        }
        fmt::print("  {:<28} baseline {} ({}) → target {} (gap closure), {} (literal ×1.4)\n", name,
                   Score(target->baseline), target->baseline_adjusted ? "adjusted" : "raw", Score(target->target),
                   Score(target->literal));
    }
    const auto& child = result.target_c;
    std::vector<std::string> gaps;
    for (const auto& gap : child.gaps)
        gaps.push_back(gap.state == s::ItemState::Unanswered
                           ? fmt::format("{} (no answer)", gap.question_id)
                           : fmt::format("{} (item score {:.2f})", gap.question_id, gap.value));
    fmt::print("  {:<28} {}{}\n", "c) child online protection", child.met ? "met" : "not met",
               gaps.empty() ? "" : fmt::format(" — gaps: {}", fmt::join(gaps, ", ")));
    if (s::HasScore(child.probability_met))
        fmt::print("  {:<28} probability met under uncertainty: {:.0f} %\n", "", 100 * child.probability_met);

    if (!result.recommendations.empty()) {
        fmt::print("\nWhat moves the score most (gain in overall points if the item were fully met)\n");
        for (std::size_t i = 0; i < std::min<std::size_t>(5, result.recommendations.size()); ++i) {
            const auto& recommendation = result.recommendations[i];
            fmt::print("  {:<7} +{:<5.1f} {}\n", recommendation.question_id, recommendation.gain,
                       Shown(recommendation.recommendation));
        }
    }
    if (!result.sobol.empty()) {
        fmt::print("\nSensitivity of the overall score (Sobol indices)\n");
        for (const auto& index : result.sobol)
            fmt::print("  {:<18} first order {:.3f}   total {:.3f}\n", index.group, index.first_order, index.total);
    }
    for (const auto& warning : result.warnings) fmt::print("\nWarning: {}\n", Shown(warning));
    fmt::print("\nIntervals: {} Monte Carlo draws, seed {}. Formulas: docs/methodology.md\n",
               result.parameters.samples, result.parameters.seed);
}

struct ScoreOptions {
    std::string file;
    bool json = false;
    int samples = 10000;
    std::uint64_t seed = s::ScoreParameters{}.seed;
    std::optional<int> target_year;
    std::string reference;
    bool sobol = false;
    int threads = 0;
};

void RunScore(const ScoreOptions& options) {
    if (options.samples < 0 || options.samples > 1'000'000)
        throw UsageError(fmt::format("--samples must be from 0 to 1000000 (is {})", options.samples));
    if (options.target_year && (*options.target_year < 2000 || *options.target_year > 2100))
        throw UsageError(fmt::format("--target-year must be from 2000 to 2100 (is {})", *options.target_year));
    const q::AssessmentStore store = OpenForReading(PathArg(options.file));
    const q::AssessmentData data = store.Snapshot();
    s::ScoreRequest request;
    request.parameters.samples = options.samples;
    request.parameters.seed = options.seed;
    request.parameters.sobol = options.sobol;
    request.parameters.threads = options.threads;
    request.target_year = options.target_year;
    if (!options.reference.empty())
        request.reference = app::LoadReferenceSet(PathArg(options.reference), data.info.country, CliActor());
    const s::ScoreResult result = s::ScoreAssessment(data, request);
    if (options.json)
        fmt::print("{}\n", s::ScoreResultJson(result));
    else
        PrintScoreTable(result);
}

struct AhpOptions {
    std::string matrix;
    bool json = false;
};

void RunAhp(const AhpOptions& options) {
    const auto parsed = s::ParsePairwiseCsv(q::ReadTextFile(PathArg(options.matrix)), options.matrix);
    const s::AhpResult ahp = s::ComputeAhp(parsed.matrix);
    const auto label = [&](Eigen::Index i) {
        return parsed.labels.empty() ? fmt::format("item {}", i + 1) : parsed.labels[static_cast<std::size_t>(i)];
    };
    if (options.json) {
        Json weights = Json::array();
        for (Eigen::Index i = 0; i < ahp.weights.size(); ++i) weights.push_back(ahp.weights(i));
        Json json = {{"weights", weights}, {"lambda_max", ahp.lambda_max}, {"ci", ahp.ci},
                     {"ri", ahp.ri},       {"cr", ahp.cr},                 {"consistent", ahp.Consistent()},
                     {"iterations", ahp.iterations}, {"converged", ahp.converged},
                     {"method", ahp.converged ? "power_iteration" : "eigen_solver"}, {"warnings", ahp.warnings}};
        if (!parsed.labels.empty()) json["labels"] = parsed.labels;
        fmt::print("{}\n", json.dump(2));
        return;
    }
    for (Eigen::Index i = 0; i < ahp.weights.size(); ++i) fmt::print("{:<24} {:.4f}\n", label(i), ahp.weights(i));
    fmt::print("\nλmax {:.4f}   CI {:.4f}   RI {:.2f}   CR {:.4f}  {}\n", ahp.lambda_max, ahp.ci, ahp.ri, ahp.cr,
               ahp.Consistent() ? "(consistent: CR < 0.10)"
                                : "(INCONSISTENT: CR ≥ 0.10 — revisit the judgements)");
    fmt::print("{}\n", ahp.converged ? fmt::format("Power iteration converged in {} iterations.", ahp.iterations)
                                     : std::string("Weights and λmax from a direct eigen-solver."));
    for (const auto& warning : ahp.warnings) fmt::print("Warning: {}\n", warning);
}

struct SettingsOptions {
    std::string file;
    std::vector<std::string> include;
    std::vector<std::string> exclude;
    std::optional<int> target_year;
    std::string weighting;
    std::string aggregation;
    std::vector<std::string> budget;
    std::vector<std::string> ahp_matrices;
    std::vector<std::string> ahp_pillars;
};

void PrintSettings(const q::ScoringSettings& settings) {
    PrintTable({{"Optional pillars included",
                 settings.included_optional_pillars.empty() ? "none" : fmt::format("{}", fmt::join(settings.included_optional_pillars, ", "))},
                {"Target year", std::to_string(settings.target_year)},
                {"Pillar weighting", std::string(q::ToString(settings.weighting))},
                {"Aggregation", std::string(q::ToString(settings.aggregation))}});
    for (const auto& [pillar, points] : settings.budget_points) fmt::print("  budget {:<5} {}\n", pillar, q::FormatNumber(points));
    if (!settings.ahp_pillars.empty()) fmt::print("  AHP over {}\n", fmt::join(settings.ahp_pillars, ", "));
    for (const auto& [name, matrix] : settings.ahp_matrices)
        fmt::print("  AHP matrix of {} ({}×{})\n", Shown(name), matrix.size(), matrix.size());
}

void RunSettings(const SettingsOptions& options) {
    const bool change = !options.include.empty() || !options.exclude.empty() || options.target_year ||
                        !options.weighting.empty() || !options.aggregation.empty() || !options.budget.empty() ||
                        !options.ahp_matrices.empty() || !options.ahp_pillars.empty();
    if (!change) {
        PrintSettings(OpenForReading(PathArg(options.file)).GetScoringSettings());
        return;
    }
    q::AssessmentStore store = OpenForWriting(PathArg(options.file));
    q::ScoringSettings settings = store.GetScoringSettings();
    for (const auto& id : options.include)
        if (std::find(settings.included_optional_pillars.begin(), settings.included_optional_pillars.end(), id) ==
            settings.included_optional_pillars.end())
            settings.included_optional_pillars.push_back(id);
    for (const auto& id : options.exclude)
        std::erase(settings.included_optional_pillars, id);
    if (options.target_year) settings.target_year = *options.target_year;
    if (!options.weighting.empty()) {
        if (options.weighting == "equal") settings.weighting = q::ScoringSettings::Weighting::Equal;
        else if (options.weighting == "budget") settings.weighting = q::ScoringSettings::Weighting::Budget;
        else if (options.weighting == "ahp") settings.weighting = q::ScoringSettings::Weighting::Ahp;
        else throw UsageError(fmt::format("--weighting must be equal, budget or ahp (is {})", q::Quote(options.weighting)));
    }
    if (!options.aggregation.empty()) {
        if (options.aggregation == "arithmetic") settings.aggregation = q::ScoringSettings::Aggregation::Arithmetic;
        else if (options.aggregation == "geometric") settings.aggregation = q::ScoringSettings::Aggregation::Geometric;
        else throw UsageError(fmt::format("--aggregation must be arithmetic or geometric (is {})", q::Quote(options.aggregation)));
    }
    for (const auto& entry : options.budget) {
        const auto equals = entry.find('=');
        const auto points = equals == std::string::npos ? std::nullopt : q::ParseNumber(entry.substr(equals + 1));
        if (!points) throw UsageError(fmt::format("--budget takes PILLAR=POINTS, e.g. P1=20 (is {})", q::Quote(entry)));
        settings.budget_points[entry.substr(0, equals)] = *points;
    }
    if (!options.ahp_pillars.empty()) {
        settings.ahp_pillars = options.ahp_pillars;
        settings.ahp_matrices.clear();
    }
    for (const auto& entry : options.ahp_matrices) {
        const auto equals = entry.find('=');
        if (equals == std::string::npos)
            throw UsageError(fmt::format("--ahp-matrix takes NAME=FILE.csv (is {})", q::Quote(entry)));
        const std::string path = entry.substr(equals + 1);
        const auto parsed = s::ParsePairwiseCsv(q::ReadTextFile(PathArg(path)), path);
        if (!parsed.labels.empty()) {
            if (!settings.ahp_pillars.empty() && settings.ahp_pillars != parsed.labels)
                throw q::QuestionnaireError(fmt::format("{}: its labels ({}) differ from the pillars compared so far ({})",
                                                        path, fmt::join(parsed.labels, ", "),
                                                        fmt::join(settings.ahp_pillars, ", ")));
            settings.ahp_pillars = parsed.labels;
        }
        if (settings.ahp_pillars.size() != static_cast<std::size_t>(parsed.matrix.rows()))
            throw q::QuestionnaireError(fmt::format("{}: {} rows, but {} pillars are compared; label the matrix or "
                                                    "give --ahp-pillars",
                                                    path, parsed.matrix.rows(), settings.ahp_pillars.size()));
        std::vector<std::vector<double>> rows;
        for (Eigen::Index i = 0; i < parsed.matrix.rows(); ++i) {
            rows.emplace_back();
            for (Eigen::Index j = 0; j < parsed.matrix.cols(); ++j) rows.back().push_back(parsed.matrix(i, j));
        }
        settings.ahp_matrices[entry.substr(0, equals)] = rows;
    }
    store.SetScoringSettings(settings);
    fmt::print("Saved the scoring options of {}\n", options.file);
    PrintSettings(store.GetScoringSettings());
}

}  // namespace

void RegisterScoringCommands(CLI::App& app) {
    auto score = std::make_shared<ScoreOptions>();
    CLI::App* score_command = app.add_subcommand("score", "Score an assessment: pillars, overall, targets, intervals");
    score_command->add_option("FILE", score->file, "Assessment file (.c5a)")->required();
    score_command->add_flag("--json", score->json, "Print one JSON object");
    score_command->add_option("--samples", score->samples, "Monte Carlo draws (default 10000; 0: no intervals)");
    AddSeedOption(score_command, score->seed, "Random seed (the same seed gives the same intervals)");
    score_command->add_option("--target-year", score->target_year, "Year targets a and b are measured against");
    score_command->add_option("--reference", score->reference,
                              "Other countries for the penetration-expected score: a CSV label,penetration,score or a "
                              "folder of their assessments");
    score_command->add_flag("--sobol", score->sobol, "Also compute Sobol sensitivity indices");
    score_command->add_option("--threads", score->threads, "Threads for the draws (default: all; results do not "
                                                           "depend on it)");
    score_command->callback([score] { RunScore(*score); });

    auto ahp = std::make_shared<AhpOptions>();
    CLI::App* ahp_command = app.add_subcommand("ahp", "AHP weights, λmax, CI and CR of a pairwise comparison matrix");
    ahp_command->add_option("MATRIX", ahp->matrix, "Square CSV of positive numbers (1/3 allowed; optional labels)")
        ->required();
    ahp_command->add_flag("--json", ahp->json, "Print one JSON object");
    ahp_command->callback([ahp] { RunAhp(*ahp); });

    auto settings = std::make_shared<SettingsOptions>();
    CLI::App* settings_command =
        app.add_subcommand("options", "Show or change the scoring options stored in an assessment");
    settings_command->add_option("FILE", settings->file, "Assessment file (.c5a)")->required();
    settings_command->add_option("--include", settings->include, "Count an optional pillar in the overall score");
    settings_command->add_option("--exclude", settings->exclude, "Stop counting an optional pillar");
    settings_command->add_option("--target-year", settings->target_year, "Year targets a and b are measured against");
    settings_command->add_option("--weighting", settings->weighting, "Pillar weights: equal, budget or ahp");
    settings_command->add_option("--aggregation", settings->aggregation, "arithmetic (default) or geometric");
    settings_command->add_option("--budget", settings->budget, "Budget points, PILLAR=POINTS (repeatable)");
    settings_command->add_option("--ahp-pillars", settings->ahp_pillars, "Pillars compared in the AHP matrices");
    settings_command->add_option("--ahp-matrix", settings->ahp_matrices,
                                 "An expert's or group's pairwise matrix, NAME=FILE.csv (repeatable)");
    settings_command->callback([settings] { RunSettings(*settings); });
}

}  // namespace c5::cli
