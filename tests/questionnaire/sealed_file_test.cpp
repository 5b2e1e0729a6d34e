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

BOOST_AUTO_TEST_SUITE_END()
