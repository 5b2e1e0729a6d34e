#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/error.h"
#include "c5/questionnaire/sealed_file.h"

namespace q = c5::questionnaire;

namespace {

std::string ErrorOf(std::string_view sealed, std::string_view passphrase) {
    try {
        q::Unseal(sealed, passphrase, "kit.c5s");
    } catch (const q::QuestionnaireError& error) {
        return error.what();
    }
    return "(no error)";
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Content of more than two chunks, so changes in the middle are covered.
std::string Content() {
    std::string bytes;
    for (int i = 0; bytes.size() < 150'000; ++i) bytes += "answer " + std::to_string(i) + "\n";
    return bytes;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(SealedFiles)

BOOST_AUTO_TEST_CASE(seal_and_unseal_give_back_the_same_bytes_and_name) {
    const std::string content = Content();
    const std::string sealed = q::Seal(content, "kenya-kit-ministry.c5a", "correct horse battery");
    BOOST_TEST(q::IsSealed(sealed));
    BOOST_TEST(!q::IsSealed(content));
    BOOST_TEST(sealed.find("answer 1") == std::string::npos);
    const auto opened = q::Unseal(sealed, "correct horse battery", "kit.c5s");
    BOOST_TEST(opened.name == "kenya-kit-ministry.c5a");
    BOOST_TEST((opened.bytes == content));
    // The same content sealed twice differs (fresh salt and nonce).
    BOOST_TEST((q::Seal(content, "a", "correct horse battery") != q::Seal(content, "a", "correct horse battery")));
    BOOST_TEST(q::Unseal(q::Seal("", "empty.c5a", "12345678"), "12345678", "x").bytes.empty());
}

BOOST_AUTO_TEST_CASE(a_wrong_passphrase_is_a_clear_error) {
    const std::string sealed = q::Seal(Content(), "kit.c5a", "correct horse battery");
    BOOST_TEST(Contains(ErrorOf(sealed, "correct horse batterY"), "kit.c5s: wrong passphrase"));
    BOOST_TEST(Contains(ErrorOf(sealed, ""), "wrong passphrase"));
}

BOOST_AUTO_TEST_CASE(any_flipped_byte_is_detected) {
    const std::string sealed = q::Seal(Content(), "kit.c5a", "correct horse battery");
    // The header's fields, the metadata chunk, a middle chunk, the last byte.
    for (std::size_t at : {std::size_t{9}, std::size_t{14}, std::size_t{30}, std::size_t{50}, std::size_t{70},
                           std::size_t{100'000}, sealed.size() - 1}) {
        std::string changed = sealed;
        changed[at] = static_cast<char>(changed[at] ^ 0x01);
        const std::string error = ErrorOf(changed, "correct horse battery");
        BOOST_TEST_CONTEXT("byte " << at << ": " << error) {
            BOOST_TEST(error != "(no error)");
            BOOST_TEST(Contains(error, "kit.c5s: "));
        }
    }
}

BOOST_AUTO_TEST_CASE(a_cut_or_extended_file_is_detected) {
    const std::string sealed = q::Seal(Content(), "kit.c5a", "correct horse battery");
    BOOST_TEST(Contains(ErrorOf(sealed.substr(0, sealed.size() - 20), "correct horse battery"), "kit.c5s"));
    BOOST_TEST(Contains(ErrorOf(sealed.substr(0, 70'000), "correct horse battery"), "cut short"));
    BOOST_TEST(Contains(ErrorOf(sealed.substr(0, 40), "correct horse battery"), "cut short"));
    BOOST_TEST(Contains(ErrorOf(sealed + "extra", "correct horse battery"), "changed"));
    BOOST_TEST(Contains(ErrorOf("C5 not sealed", "x"), "not a sealed C5 file"));
}

BOOST_AUTO_TEST_CASE(a_hostile_header_cannot_ask_for_gigabytes) {
    std::string sealed = q::Seal("x", "kit.c5a", "correct horse battery");
    sealed[20 + 4] = 0x7f;  // memlimit far beyond 1 GiB
    BOOST_TEST(Contains(ErrorOf(sealed, "correct horse battery"), "key-derivation settings"));
}

BOOST_AUTO_TEST_CASE(a_short_passphrase_is_refused_when_sealing) {
    try {
        q::Seal("x", "kit.c5a", "short");
        BOOST_FAIL("no error");
    } catch (const q::QuestionnaireError& error) {
        BOOST_TEST(Contains(error.what(), "at least 8 characters"));
    }
}

BOOST_AUTO_TEST_CASE(a_changed_version_byte_is_damage_and_only_a_higher_one_is_a_newer_kit) {
    const std::string sealed = q::Seal("x", "kit.c5a", "correct horse battery", {1, 8192});
    for (const unsigned char version : {0x00, 0x03, 0x81, 0xFF}) {
        std::string changed = sealed;
        changed[8] = static_cast<char>(version);
        const std::string error = ErrorOf(changed, "correct horse battery");
        BOOST_TEST_CONTEXT("version byte " << int(version) << ": " << error) {
            if (version == 0x03)
                BOOST_TEST(Contains(error, "kit.c5s: its header gives seal format 3, which this kit does not know: it "
                                           "was sealed by a newer version of the C5 Readiness Kit, or byte 8 of the "
                                           "file is damaged"));
            else
                BOOST_TEST(Contains(error, "kit.c5s: the sealed file's header is damaged (byte 8 is changed)"));
        }
    }
    std::string algorithm = sealed;
    algorithm[9] = 0;
    BOOST_TEST(Contains(ErrorOf(algorithm, "correct horse battery"), "header is damaged (byte 9 is changed)"));
}

BOOST_AUTO_TEST_CASE(a_passphrase_opens_whatever_form_it_was_typed_in) {
    const std::string sealed = q::Seal("content", "kit.c5a", "caf\xC3\xA9 au lait 2026", {1, 8192});
    for (const char* typed : {"caf\xC3\xA9 au lait 2026", "cafe\xCC\x81 au lait 2026",
                              "\xEF\xBB\xBF" "caf\xC3\xA9 au lait 2026\r\n", "cafe\xCC\x81 au lait 2026\n"})
        BOOST_TEST(q::Unseal(sealed, typed, "kit.c5s").bytes == "content", typed);
    // A file sealed before passphrases were normalised still opens with the passphrase as typed then.
    const std::string old = q::detail::SealWithDescription(R"({"name":"kit.c5a","bytes":3})", "old",
                                                           "cafe\xCC\x81 au lait 2026", {1, 8192});
    BOOST_TEST(q::Unseal(old, "cafe\xCC\x81 au lait 2026", "kit.c5s").bytes == "old");
    for (const char* weak : {"        ", "\xE2\x80\x8B\xE2\x80\x8B\xE2\x80\x8B\xE2\x80\x8B\xE2\x80\x8B"
                                       "\xE2\x80\x8B\xE2\x80\x8B\xE2\x80\x8B", " a b c d "})
        BOOST_CHECK_THROW(q::Seal("x", "kit.c5a", weak), q::QuestionnaireError);
    BOOST_TEST(q::Unseal(q::Seal("x", "kit.c5a", "\xD8\xA8\xD8\xA8\xD8\xA8\xD8\xA8\xD8\xA8\xD8\xA8\xD8\xA8\xD8\xA8",
                                 {1, 8192}),
                         "\xD8\xA8\xD8\xA8\xD8\xA8\xD8\xA8\xD8\xA8\xD8\xA8\xD8\xA8\xD8\xA8", "k")
                   .bytes == "x");  // eight Arabic letters are eight characters, not sixteen bytes
}

BOOST_AUTO_TEST_SUITE_END()
