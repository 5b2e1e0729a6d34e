#pragma once
// What every c5kit-cli command shares: the error type, output helpers, file opening.
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "c5/questionnaire/assessment_store.h"
#include "c5/scoring/score_result.h"

namespace c5::cli {

/// A problem with what the user typed (exit status 2), as opposed to a failed action (1).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The command has printed what went wrong itself; exit with `status` without another message.
class ExitStatus : public std::exception {
public:
    explicit ExitStatus(int exit_status) : status(exit_status) {}
    const char* what() const noexcept override { return "exit"; }
    int status;
};

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

questionnaire::Actor CliActor();
/// The path an argument names. Arguments are UTF-8 on every system (main.cpp reads Windows'
/// wide command line), and std::filesystem::path(std::string) would garble them on Windows.
std::filesystem::path PathArg(const std::string& argument);
questionnaire::AssessmentStore OpenForReading(const std::filesystem::path& path);
questionnaire::AssessmentStore OpenForWriting(const std::filesystem::path& path);

/// `text` safe to print on a terminal: control characters (ESC, BEL, carriage return, new line, the
/// C1 controls) and the characters that reverse the direction of text are shown escaped ("\x1b",
/// "\n", "\u202e") instead of acting on the terminal. Text listings show users' text through it;
/// --json gives the text exactly.
std::string Shown(std::string_view text);

/// Prints each problem of the instrument at `path` on its own line ("path: problem"), then throws
/// the one-line summary "path: N problem(s); <what> (see docs/instrument-format.md)".
[[noreturn]] void RefuseWithProblems(const std::string& path, const std::vector<std::string>& problems,
                                     std::string_view what);

/// A score with one decimal, or "—" when there is none.
std::string ScoreText(double value);
/// "34.4–58.6", or empty without an interval.
std::string RangeText(const scoring::Interval& interval);
/// The stage name of a score, or empty.
std::string StageText(double value);

/// Adds `--seed S` to `command`: a whole number from 0 to 2^64 − 1 into `seed`. Anything else (a
/// sign, a fraction, a number too large) is refused with a message, never wrapped or clamped.
void AddSeedOption(CLI::App* command, std::uint64_t& seed, const std::string& description);
/// Throws UsageError unless the reports can be written in `language` (--lang).
void CheckReportLanguage(const std::string& language, const questionnaire::Instrument* instrument = nullptr);

/// Two-column "label  value" lines, aligned.
void PrintTable(const std::vector<std::pair<std::string, std::string>>& rows);

// Each adds its subcommands; a subcommand's callback does the work after a successful parse.
/// The instrument JSON of `path`: a JSON file as it is, or a workbook (.xlsx) read as `instrument
/// import` reads it (every problem printed by its cell; throws when there is one).
std::string InstrumentJsonOf(const std::string& path);

void RegisterInstrumentCommands(CLI::App& app);
void RegisterAssessmentCommands(CLI::App& app);
void RegisterAnswerCommands(CLI::App& app);
void RegisterScoringCommands(CLI::App& app);
void RegisterReportCommands(CLI::App& app);
void RegisterWorkshopCommands(CLI::App& app);
void RegisterFollowUpCommands(CLI::App& app);
void RegisterVerifyCommands(CLI::App& app);

}  // namespace c5::cli
