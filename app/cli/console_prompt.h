#pragma once
// Asking the person at the console for a secret, typed without echo (console_prompt_posix.cpp
// through /dev/tty, console_prompt_windows.cpp through the Windows console).
#include <optional>
#include <string>

namespace c5::cli {

/// Shows `prompt`, reads one line with echo off and returns it as UTF-8; nullopt when there is no
/// console to ask on (a pipe, a service, CI).
std::optional<std::string> AskHidden(const std::string& prompt);

}  // namespace c5::cli
