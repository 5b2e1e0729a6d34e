#include "passphrase.h"

#include <cstdio>
#include <cstdlib>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <fmt/format.h>

#include "c5/questionnaire/instrument_loader.h"
#include "cli_common.h"

namespace c5::cli {
namespace {

constexpr const char* kHow = "give it with --passphrase-file FILE or the C5KIT_PASSPHRASE environment variable";

// Reads one line from the terminal with echo off; nullopt when there is no terminal.
std::optional<std::string> AskTerminal(const std::string& prompt) {
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0) return std::nullopt;
    termios saved{};
    const bool is_terminal = ::tcgetattr(tty, &saved) == 0;
    if (!is_terminal) {
        ::close(tty);
        return std::nullopt;
    }
    termios quiet = saved;
    quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
    ::tcsetattr(tty, TCSAFLUSH, &quiet);
    [[maybe_unused]] auto written = ::write(tty, prompt.data(), prompt.size());
    std::string line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n') line.push_back(c);
    ::tcsetattr(tty, TCSAFLUSH, &saved);
    written = ::write(tty, "\n", 1);
    ::close(tty);
    return line;
}

}  // namespace

std::optional<std::string> Passphrases::Given() {
    if (m_file) {
        std::string text = questionnaire::ReadTextFile(*m_file, 4096);
        if (const auto end = text.find_first_of("\r\n"); end != std::string::npos) text.resize(end);
        if (text.empty()) throw UsageError(fmt::format("{}: the passphrase file is empty", m_file->string()));
        return text;
    }
    if (const char* value = std::getenv("C5KIT_PASSPHRASE"); value && *value) return std::string(value);
    return std::nullopt;
}

std::string Passphrases::ForSealing() {
    if (auto given = Given()) return *given;
    const auto first = AskTerminal("Passphrase for the sealed file: ");
    if (!first) throw UsageError(fmt::format("a passphrase is needed and there is no terminal to ask on: {}", kHow));
    const auto second = AskTerminal("The same passphrase again: ");
    if (first != second) throw UsageError("the two passphrases differ; nothing was sealed");
    return *first;
}

questionnaire::PassphraseSource Passphrases::ForOpening() {
    return [this](const std::filesystem::path& path, bool again) -> std::optional<std::string> {
        if (!again) {
            if (m_last) return m_last;
            if (auto given = Given()) return m_last = given;
        } else if (Given()) {
            return std::nullopt;  // a given passphrase does not get better by repeating it
        }
        const auto typed =
            AskTerminal(fmt::format("{}Passphrase for {}: ", again ? "Wrong passphrase. " : "", path.filename().string()));
        if (!typed && !again)
            throw UsageError(fmt::format("{} is sealed and there is no terminal to ask for its passphrase: {}",
                                         path.string(), kHow));
        if (typed) m_last = typed;
        return typed;
    };
}

}  // namespace c5::cli
