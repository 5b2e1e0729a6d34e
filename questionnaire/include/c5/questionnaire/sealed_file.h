#pragma once
// Sealed exchange files (.c5s): an assessment or kit protected by a passphrase for the trip on a
// USB stick or by e-mail. libsodium only: Argon2id derives the key, XChaCha20-Poly1305
// secretstream encrypts and authenticates every chunk (docs/file-format.md, "Sealed files").
#include <cstddef>
#include <string>
#include <string_view>

namespace c5::questionnaire {

/// Shortest passphrase Seal accepts, in characters other than spaces.
inline constexpr std::size_t kMinPassphraseLength = 8;

/// A passphrase as sealing and unsealing use it: without a leading byte-order mark (Notepad) or a
/// final newline, in Unicode normalisation form C (so "é" typed on macOS and on Windows agree).
std::string NormalizePassphrase(std::string_view passphrase);
/// Throws QuestionnaireError with advice when `passphrase` is blank or shorter than
/// kMinPassphraseLength characters (spaces aside) — for a passphrase chosen to seal a file.
void CheckNewPassphrase(std::string_view passphrase);

/// True when `bytes` start like a sealed file.
bool IsSealed(std::string_view bytes);

/// What Argon2id spends deriving the key: about half a second and 64 MiB on an old laptop by
/// default. The cost is written into the file, so unsealing spends the same.
struct SealCost {
    unsigned long long ops = 3;
    std::size_t memory_bytes = 64u << 20;
};

/// `plaintext` (the bytes of a file called `name`) sealed with `passphrase`.
std::string Seal(std::string_view plaintext, std::string_view name, std::string_view passphrase,
                 SealCost cost = {});

namespace detail {
/// The key-derivation cost a sealed file's header asks for; `sealed` holds at least its first 28
/// bytes. Unseal checks it against the kit's limits before any work.
SealCost CostOf(std::string_view sealed);

/// Seal with the description chunk given verbatim (normally {"name":…,"bytes":…}): lets the fuzz
/// targets and tests reach Unseal's reading of a description that a passphrase holder wrote.
std::string SealWithDescription(std::string_view description, std::string_view plaintext,
                                std::string_view passphrase, SealCost cost);
}  // namespace detail

struct Unsealed {
    std::string name;   // the file name it was sealed under
    std::string bytes;  // its content
};
/// Opens a sealed file; `label` names it in messages. A wrong passphrase, a changed byte, a cut or
/// extended file: QuestionnaireError, and nothing is returned.
Unsealed Unseal(std::string_view sealed, std::string_view passphrase, std::string_view label);

}  // namespace c5::questionnaire
