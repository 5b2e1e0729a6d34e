#pragma once
// Hashes and identifiers, from libsodium (no home-made cryptography).
#include <string>
#include <string_view>

namespace c5::questionnaire {

/// Lower-case hex SHA-256 of `bytes`.
std::string Sha256Hex(std::string_view bytes);

/// A random RFC 4122 version 4 UUID, e.g. "1b4e28ba-2fa1-41d2-883f-0016d3cca427".
std::string NewUuid();

}  // namespace c5::questionnaire
