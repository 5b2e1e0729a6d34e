#pragma once
// A benchmark row measures one budget of BRIEF §8 against its baseline in the same run.
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace c5::bench {

struct RowResult {
    std::string measured;   // what was timed, e.g. "answer saved"
    double value = 0;       // in `unit`
    std::string baseline;   // what it is compared with; empty for absolute budgets
    double baseline_value = 0;
    std::string unit;       // "ms", "MB"
    double budget = 0;      // maximum ratio (or absolute value when baseline is empty)
    bool reference = false;  // measured to read the others by; no budget of its own
    double Ratio() const { return baseline.empty() ? value : value / baseline_value; }
    bool WithinBudget() const { return reference || Ratio() <= budget; }
};

struct Row {
    std::string name;
    std::function<std::vector<RowResult>(const std::filesystem::path& scratch)> run;
};

std::vector<Row>& Registry();
struct RegisterRow {
    RegisterRow(std::string name, std::function<std::vector<RowResult>(const std::filesystem::path&)> run);
};

/// Median of samples in milliseconds.
double MedianMs(std::vector<std::chrono::nanoseconds> samples);

/// Starts `argv` (looked up in PATH) with its output discarded; `environment` ("NAME=value")
/// replaces inherited variables of the same name. Throws when the program cannot be started.
pid_t StartQuiet(const std::vector<std::string>& argv, const std::vector<std::string>& environment = {});

}  // namespace c5::bench
