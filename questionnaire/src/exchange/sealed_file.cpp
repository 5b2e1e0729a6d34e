#include "c5/questionnaire/sealed_file.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sodium.h>

#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "c5/questionnaire/unicode_text.h"

namespace c5::questionnaire {
namespace {

// Layout: magic (8) | version (1) | algorithm (1) | reserved (2) | opslimit (8, LE) |
// memlimit (8, LE) | salt (16) | secretstream header (24) | chunks. The first chunk holds JSON
// metadata ({"name": ...}); the content follows in chunks of kChunk bytes; the last chunk carries
// the FINAL tag. The fixed header is the first chunk's additional data, so it cannot be altered.
constexpr std::string_view kMagic{"C5KSEAL\x1a", 8};
constexpr unsigned char kVersion = 1;
constexpr unsigned char kAlgorithm = 1;  // Argon2id v1.3 + XChaCha20-Poly1305 secretstream
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr std::size_t kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr std::size_t kHeaderBytes = 8 + 4 + 8 + 8 + kSaltBytes + kStreamHeaderBytes;
constexpr std::size_t kTagBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
// The most a file may ask for.
constexpr unsigned long long kMaxOpsLimit = 10;
constexpr std::size_t kMaxMemLimit = 1u << 30;

static_assert(kHeaderBytes == 68);

void StartSodium() {
    if (sodium_init() < 0) throw QuestionnaireError("libsodium could not be initialised");
}

void PutLe64(std::string& out, std::uint64_t value) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

std::uint64_t GetLe64(std::string_view bytes, std::size_t at) {
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    return value;
}

// The key, wiped when it goes out of scope.
struct Key {
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> bytes{};
    ~Key() { sodium_memzero(bytes.data(), bytes.size()); }
};

void DeriveKey(Key& key, std::string_view passphrase, const unsigned char* salt, unsigned long long ops,
               std::size_t mem) {
    if (crypto_pwhash(key.bytes.data(), key.bytes.size(), passphrase.data(), passphrase.size(), salt, ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw QuestionnaireError(fmt::format("not enough memory to derive the key from the passphrase ({} MiB are "
                                             "needed); close other programs and try again",
                                             (mem + (1u << 20) - 1) >> 20));
}

// What a file may ask for: a hostile file must not make the kit allocate gigabytes.
bool Acceptable(SealCost cost) {
    return cost.ops >= crypto_pwhash_OPSLIMIT_MIN && cost.ops <= kMaxOpsLimit &&
           cost.memory_bytes >= crypto_pwhash_MEMLIMIT_MIN && cost.memory_bytes <= kMaxMemLimit;
}

const unsigned char* Bytes(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

}  // namespace

SealCost detail::CostOf(std::string_view sealed) {
    const std::uint64_t memory = GetLe64(sealed, 20);
    // A value beyond size_t (32-bit systems) stays beyond the limit rather than wrapping.
    return {GetLe64(sealed, 12), static_cast<std::size_t>(std::min<std::uint64_t>(memory, SIZE_MAX))};
}

bool IsSealed(std::string_view bytes) { return bytes.substr(0, kMagic.size()) == kMagic; }

std::string NormalizePassphrase(std::string_view passphrase) {
    // Notepad starts a UTF-8 file with a byte-order mark; a passphrase file ends in a newline.
    if (passphrase.substr(0, 3) == "\xEF\xBB\xBF") passphrase.remove_prefix(3);
    if (!passphrase.empty() && passphrase.back() == '\n') passphrase.remove_suffix(1);
    if (!passphrase.empty() && passphrase.back() == '\r') passphrase.remove_suffix(1);
    // macOS types "é" as e + combining accent, other systems as one character.
    return IsValidUtf8(passphrase) ? NormalizeNfc(passphrase) : std::string(passphrase);
}

void CheckNewPassphrase(std::string_view passphrase) {
    const std::string normalized = NormalizePassphrase(passphrase);
    const std::string visible = TrimInvisible(normalized);
    if (visible.empty())
        throw QuestionnaireError("the passphrase is blank; type a few words that the people you send the file to "
                                 "can be told by phone");
    if (CharacterCount(visible) < kMinPassphraseLength)
        throw QuestionnaireError(fmt::format("the passphrase is too short: use at least {} characters other than "
                                             "spaces (a few words are easier to pass on by phone than symbols)",
                                             kMinPassphraseLength));
}

std::string Seal(std::string_view plaintext, std::string_view name, std::string_view passphrase, SealCost cost) {
    CheckNewPassphrase(passphrase);
    const std::string description =
        nlohmann::json{{"name", std::string(name)}, {"bytes", plaintext.size()}}.dump();
    if (description.size() > kChunk) throw QuestionnaireError("the file name is too long to seal");
    return detail::SealWithDescription(description, plaintext, NormalizePassphrase(passphrase), cost);
}

std::string detail::SealWithDescription(std::string_view description, std::string_view plaintext,
                                        std::string_view passphrase, SealCost cost) {
    StartSodium();
    if (!Acceptable(cost))
        throw QuestionnaireError("the key-derivation cost is outside what the kit accepts when unsealing");
    std::string out(kMagic);
    out.push_back(static_cast<char>(kVersion));
    out.push_back(static_cast<char>(kAlgorithm));
    out.append(2, '\0');
    PutLe64(out, cost.ops);
    PutLe64(out, cost.memory_bytes);
    std::array<unsigned char, kSaltBytes> salt{};
    randombytes_buf(salt.data(), salt.size());
    out.append(reinterpret_cast<const char*>(salt.data()), salt.size());
    Key key;
    DeriveKey(key, passphrase, salt.data(), cost.ops, cost.memory_bytes);
    crypto_secretstream_xchacha20poly1305_state state;
    std::array<unsigned char, kStreamHeaderBytes> stream_header{};
    crypto_secretstream_xchacha20poly1305_init_push(&state, stream_header.data(), key.bytes.data());
    out.append(reinterpret_cast<const char*>(stream_header.data()), stream_header.size());
    const std::string header = out;

    const auto push = [&](std::string_view chunk, unsigned char tag, std::string_view additional) {
        const std::size_t at = out.size();
        out.resize(at + chunk.size() + kTagBytes);
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char*>(&out[at]), nullptr,
                                                   Bytes(chunk), chunk.size(), Bytes(additional), additional.size(),
                                                   tag);
    };
    // The description chunk is padded to a full chunk so chunk boundaries are fixed when reading.
    std::string first(description.substr(0, kChunk));
    first.resize(kChunk, ' ');
    push(first, plaintext.empty() ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0, header);
    for (std::size_t at = 0; at < plaintext.size(); at += kChunk) {
        const std::string_view chunk = plaintext.substr(at, kChunk);
        const bool last = at + kChunk >= plaintext.size();
        push(chunk, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0, {});
    }
    return out;
}

namespace {
Unsealed UnsealWith(std::string_view sealed, std::string_view passphrase, std::string_view label);
}  // namespace

Unsealed Unseal(std::string_view sealed, std::string_view passphrase, std::string_view label) {
    const std::string normalized = NormalizePassphrase(passphrase);
    try {
        return UnsealWith(sealed, normalized, label);
    } catch (const QuestionnaireError& error) {
        // Files sealed before passphrases were normalised: the passphrase exactly as typed.
        const bool wrong = std::string_view(error.what()).find("wrong passphrase") != std::string_view::npos;
        if (!wrong || normalized == passphrase) throw;
    }
    return UnsealWith(sealed, passphrase, label);
}

namespace {

Unsealed UnsealWith(std::string_view sealed, std::string_view passphrase, std::string_view label) {
    StartSodium();
    if (!IsSealed(sealed))
        throw QuestionnaireError(fmt::format("{}: not a sealed C5 file", label));
    if (sealed.size() < kHeaderBytes + kChunk + kTagBytes)
        throw QuestionnaireError(fmt::format("{}: the sealed file is cut short; ask for it again", label));
    const auto version = static_cast<unsigned char>(sealed[8]);
    const auto algorithm = static_cast<unsigned char>(sealed[9]);
    // Only a higher version than ours can be a newer kit's; anything else in these bytes is damage.
    // A higher one may be damage too (one flipped bit makes 1 into 3, 5, 9 or 17): both are said.
    if (version > kVersion && version < 0x20 && algorithm <= 0x20)
        throw QuestionnaireError(fmt::format("{}: its header gives seal format {}, which this kit does not know: it was "
                                             "sealed by a newer version of the C5 Readiness Kit, or byte 8 of the file "
                                             "is damaged — open it with a newer kit, or ask for the file again",
                                             label, version));
    if (version != kVersion || algorithm != kAlgorithm || sealed[10] != 0 || sealed[11] != 0)
        throw QuestionnaireError(fmt::format("{}: the sealed file's header is damaged (byte {} is changed); ask for the "
                                             "file again",
                                             label, version != kVersion ? 8 : algorithm != kAlgorithm ? 9 : sealed[10] != 0 ? 10 : 11));
    const SealCost cost = detail::CostOf(sealed);
    if (!Acceptable(cost))
        throw QuestionnaireError(fmt::format("{}: the sealed file asks for key-derivation settings the kit does not "
                                             "accept (it was changed, or not made by the kit)",
                                             label));
    const std::string_view header = sealed.substr(0, kHeaderBytes);
    Key key;
    DeriveKey(key, passphrase, Bytes(sealed.substr(28, kSaltBytes)), cost.ops, cost.memory_bytes);
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, Bytes(sealed.substr(44, kStreamHeaderBytes)),
                                                        key.bytes.data()) != 0)
        throw QuestionnaireError(fmt::format("{}: the sealed file's header is damaged", label));

    std::size_t at = kHeaderBytes;
    const auto pull = [&](std::string& into, unsigned char& tag, std::string_view additional) {
        const std::size_t length = std::min(kChunk + kTagBytes, sealed.size() - at);
        if (length < kTagBytes) return false;
        const std::size_t start = into.size();
        into.resize(start + length - kTagBytes);
        unsigned long long written = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char*>(into.data() + start),
                                                       &written, &tag, Bytes(sealed.substr(at, length)), length,
                                                       Bytes(additional), additional.size()) != 0)
            return false;
        into.resize(start + written);
        at += length;
        return true;
    };
    std::string metadata;
    unsigned char tag = 0;
    if (!pull(metadata, tag, header))
        throw QuestionnaireError(fmt::format("{}: wrong passphrase, or the file was changed after it was sealed; "
                                             "nothing was read",
                                             label));
    Unsealed result;
    std::size_t expected = 0;
    try {
        const auto parsed = nlohmann::json::parse(Trim(metadata));
        result.name = parsed.at("name").get<std::string>();
        expected = parsed.at("bytes").get<std::size_t>();
    } catch (const nlohmann::json::exception&) {
        throw QuestionnaireError(fmt::format("{}: the sealed file's description is damaged", label));
    }
    if (expected > sealed.size())
        throw QuestionnaireError(fmt::format("{}: the sealed file is cut short; ask for it again", label));
    result.bytes.reserve(expected);
    while (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        if (at >= sealed.size())
            throw QuestionnaireError(fmt::format("{}: the sealed file is cut short; ask for it again", label));
        if (!pull(result.bytes, tag, {}))
            throw QuestionnaireError(fmt::format("{}: the file was changed or damaged after it was sealed (near byte "
                                                 "{}); nothing was read",
                                                 label, at));
    }
    if (at != sealed.size())
        throw QuestionnaireError(fmt::format("{}: the sealed file has {} bytes too many after its end; it was "
                                             "changed; nothing was read",
                                             label, sealed.size() - at));
    if (result.bytes.size() != expected)
        throw QuestionnaireError(fmt::format("{}: the sealed file's content has the wrong length", label));
    return result;
}

}  // namespace

}  // namespace c5::questionnaire
