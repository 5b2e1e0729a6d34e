#pragma once
// Where c5kit-cli gets passphrases for sealed files: --passphrase-file, the C5KIT_PASSPHRASE
// variable, or the terminal (typed without echo). Never a command-line argument, which other
// users could read in the process list.
#include <filesystem>
#include <optional>
#include <string>

#include "c5/questionnaire/exchange_file.h"

namespace c5::cli {

class Passphrases {
public:
    explicit Passphrases(std::optional<std::filesystem::path> file) : m_file(std::move(file)) {}
    /// For sealing: asks twice on a terminal so a typo cannot lock the file away.
    std::string ForSealing();
    /// For opening sealed files: given once, reused for the next file; asked again after a wrong one
    /// only on a terminal.
    questionnaire::PassphraseSource ForOpening();

private:
    std::optional<std::string> Given();  // from the file or the environment
    std::optional<std::filesystem::path> m_file;
    std::optional<std::string> m_last;
};

}  // namespace c5::cli
