// c5bench [ROW...]: runs the benchmark rows (all by default) and prints each budget as a ratio
// measured in this one run. Exit status 1 when a row is over its budget.
#include <random>

#include <fmt/format.h>

#include "bench_rows.h"

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    std::vector<std::string> wanted(argv + 1, argv + argc);
    const fs::path scratch = fs::temp_directory_path() / fmt::format("c5bench-{}", std::random_device{}());
    fs::create_directories(scratch);
    fmt::print("C5 Readiness Kit benchmarks — each row compares with its baseline measured in the same run\n");
    fmt::print("{:<14} {:<58} {:>10} {:>10} {:>7} {:>8}  {}\n", "row", "measured vs baseline", "value", "baseline",
               "ratio", "budget", "verdict");
    int over = 0;
    for (const auto& row : c5::bench::Registry()) {
        if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), row.name) == wanted.end()) continue;
        for (const auto& result : row.run(scratch)) {
            const std::string what =
                result.baseline.empty() ? result.measured : result.measured + " vs " + result.baseline;
            const std::string baseline =
                result.baseline.empty() ? "-" : fmt::format("{:.2f} {}", result.baseline_value, result.unit);
            fmt::print("{:<14} {:<58} {:>10} {:>10} {:>7.2f} {:>8}  {}\n", row.name, what,
                       fmt::format("{:.2f} {}", result.value, result.unit), baseline, result.Ratio(),
                       result.reference ? std::string("-") : fmt::format("≤ {:.2f}", result.budget),
                       result.reference ? "reference" : result.WithinBudget() ? "ok" : "OVER BUDGET");
            over += result.WithinBudget() ? 0 : 1;
        }
    }
    std::error_code ignored;
    fs::remove_all(scratch, ignored);
    return over == 0 ? 0 : 1;
}
