#include "c5/questionnaire/digest.h"

#include <array>

#include <fmt/format.h>
#include <sodium.h>

#include "c5/questionnaire/error.h"

namespace c5::questionnaire {
namespace {

void EnsureSodium() {
    // sodium_init is idempotent and thread-safe; it returns -1 only when the library cannot start.
    if (sodium_init() < 0) throw QuestionnaireError("libsodium could not be initialised");
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
    EnsureSodium();
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

std::string NewUuid() {
    EnsureSodium();
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40);  // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
    std::string hex(32, '0');
    sodium_bin2hex(hex.data(), hex.size() + 1, bytes.data(), bytes.size());
    return fmt::format("{}-{}-{}-{}-{}", hex.substr(0, 8), hex.substr(8, 4), hex.substr(12, 4), hex.substr(16, 4),
                       hex.substr(20));
}

}  // namespace c5::questionnaire
