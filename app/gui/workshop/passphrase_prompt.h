#pragma once
// Asking for passphrases of sealed files, in dialogs (the CLI's counterpart is app/cli/passphrase).
#include <optional>
#include <string>

#include <wx/window.h>

#include "c5/questionnaire/exchange_file.h"

namespace c5::gui {

/// A new passphrase for sealing, typed twice; nullopt when cancelled.
std::optional<std::string> AskNewPassphrase(wxWindow* parent);

/// Asks for the passphrase of each sealed file, offering the last one given first (the files of
/// one workshop usually share it).
questionnaire::PassphraseSource DialogPassphrases(wxWindow* parent);

}  // namespace c5::gui
