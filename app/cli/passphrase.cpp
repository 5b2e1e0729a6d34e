#include "passphrase.h"

#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

#include "c5/questionnaire/instrument_loader.h"
#include "cli_common.h"
#include "console_prompt.h"

namespace c5::cli {
namespace {

constexpr const char* kHow = "give it with --passphrase-file FILE or the C5KIT_PASSPHRASE environment variable";

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
    const auto first = AskHidden("Passphrase for the sealed file: ");
    if (!first) throw UsageError(fmt::format("a passphrase is needed and there is no terminal to ask on: {}", kHow));
    const auto second = AskHidden("The same passphrase again: ");
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
            AskHidden(fmt::format("{}Passphrase for {}: ", again ? "Wrong passphrase. " : "", path.filename().string()));
        if (!typed && !again)
            throw UsageError(fmt::format("{} is sealed and there is no terminal to ask for its passphrase: {}",
                                         path.string(), kHow));
        if (typed) m_last = typed;
        return typed;
    };
}

}  // namespace c5::cli
