#include "bench_rows.h"

#include <algorithm>

namespace c5::bench {

std::vector<Row>& Registry() {
    static std::vector<Row> rows;
    return rows;
}

RegisterRow::RegisterRow(std::string name, std::function<std::vector<RowResult>(const std::filesystem::path&)> run) {
    Registry().push_back({std::move(name), std::move(run)});
}

double MedianMs(std::vector<std::chrono::nanoseconds> samples) {
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    const auto middle = samples[samples.size() / 2];
    return std::chrono::duration<double, std::milli>(middle).count();
}

}  // namespace c5::bench
