#pragma once
// Runs a real program (the CLI, a crash-test writer) and collects what it printed.
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace c5::test {

struct ProcessResult {
    int exit_code = -1;  // -1 when killed by a signal
    int signal = 0;
    std::string out;
    std::string err;
};

/// Runs `argv` to completion in `cwd` (default: current), with `stdin_text` on its input.
ProcessResult RunProcess(const std::vector<std::string>& argv, const std::filesystem::path& cwd = {},
                         const std::string& stdin_text = {});

/// Starts `argv`, reads its stdout until `deadline` passes, then SIGKILLs it and returns
/// everything it printed before it died.
ProcessResult RunAndKillAfter(const std::vector<std::string>& argv, std::chrono::microseconds deadline);

/// Runs a program found on the PATH (a system tool such as qpdf or gio), in `cwd` if given.
inline ProcessResult Tool(std::vector<std::string> arguments, const std::filesystem::path& cwd = {}) {
    arguments.insert(arguments.begin(), "/usr/bin/env");
    return RunProcess(arguments, cwd);
}

}  // namespace c5::test
