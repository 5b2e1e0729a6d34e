#include "bench_rows.h"

#include <algorithm>
#include <fcntl.h>
#include <spawn.h>
#include <stdexcept>
#include <string_view>

extern char** environ;

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

pid_t StartQuiet(const std::vector<std::string>& argv, const std::vector<std::string>& environment) {
    std::vector<std::string> variables = environment;
    for (char** entry = environ; *entry; ++entry) {
        const std::string_view inherited(*entry);
        const auto name = inherited.substr(0, inherited.find('=') + 1);
        if (std::none_of(environment.begin(), environment.end(), [&](const auto& own) { return own.rfind(name, 0) == 0; }))
            variables.emplace_back(inherited);
    }
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    std::vector<char*> env;
    for (const auto& variable : variables) env.push_back(const_cast<char*>(variable.c_str()));
    env.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int failed = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    if (failed) throw std::runtime_error("cannot start " + argv[0]);
    return pid;
}

}  // namespace c5::bench
