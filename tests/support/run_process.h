#pragma once
// Runs a real program (the CLI, a crash-test writer) and collects what it printed
// (run_process_posix.cpp; run_process_windows.cpp for the Windows build's tests under Wine).
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace c5::test {

struct ProcessResult {
    int exit_code = -1;  // -1 when killed
    int signal = 0;      // the signal that ended it (POSIX)
    bool killed = false; // RunAndKillAfter ended it
    std::string out;
    std::string err;
};

/// Runs `argv` to completion in `cwd` (default: current), with `stdin_text` on its input.
ProcessResult RunProcess(const std::vector<std::string>& argv, const std::filesystem::path& cwd = {},
                         const std::string& stdin_text = {});

/// Starts `argv`, reads its stdout until `deadline` passes, then SIGKILLs it and returns
/// everything it printed before it died.
ProcessResult RunAndKillAfter(const std::vector<std::string>& argv, std::chrono::microseconds deadline);

/// The earliest moment after its start at which RunAndKillAfter may kill a program: Wine cannot end
/// a process it is still starting (the kill is lost and the wait never ends), Linux can.
std::chrono::microseconds EarliestKill();

/// False where the kit's programs are Windows programs run under Wine: a Linux tool that starts
/// a program itself (prlimit, strace) cannot start them.
bool ToolsCanStartTheKit();

/// Runs a program found on the PATH (a system tool such as qpdf or gio), in `cwd` if given. The
/// Windows build's tests run under Wine and reach the same Linux tools, their paths translated.
ProcessResult Tool(std::vector<std::string> arguments, const std::filesystem::path& cwd = {});

/// The path a Linux tool knows `path` by: for arguments Tool cannot see are paths, such as
/// LibreOffice's `-env:UserInstallation=file://…` (under Wine, C:\users\… is a Linux folder).
std::string ToolPath(const std::filesystem::path& path);

}  // namespace c5::test
