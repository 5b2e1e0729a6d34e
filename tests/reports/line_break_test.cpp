#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "c5/reports/line_break.h"

namespace r = c5::reports;
namespace bdata = boost::unit_test::data;

namespace {

// A text with "|" where a line may end (hand-computed from UAX #14's rules), in a language.
struct Case {
    const char* language;
    const char* marked;
};

std::ostream& operator<<(std::ostream& out, const Case& c) { return out << c.language << ": " << c.marked; }

// The text without its marks, and the byte offsets where a line may end.
std::pair<std::string, std::vector<std::size_t>> Unmark(std::string_view marked) {
    std::string text;
    std::vector<std::size_t> ends;
    for (char c : marked) {
        if (c == '|') ends.push_back(text.size());
        else text += c;
    }
    return {text, ends};
}

// Where FindLineBreaks lets a line end, except at the end of the text.
std::vector<std::size_t> Opportunities(const std::string& text, std::string_view language) {
    const auto breaks = r::FindLineBreaks(text, language);
    BOOST_TEST_REQUIRE(breaks.size() == text.size());
    std::vector<std::size_t> ends;
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if (breaks[i] != r::Break::None) ends.push_back(i + 1);
    if (!text.empty()) BOOST_TEST((breaks.back() == r::Break::Must));
    return ends;
}

const Case kCases[] = {
    // English: spaces, brackets, hyphens, numbers with their separators and signs, no-break spaces.
    {"en", "The |quick |(brown) |fox."},
    {"en", "costs |$1,234.50 |(90%) |well-|known"},
    {"en", "25\u00A0% |of |10\u202Fkm"},
    {"en", "a|—|b"},
    {"en", "“Quoted,” |she |said."},
    {"", "“Quoted,” |she |said."},
    // French and Spanish: guillemets hold to their words, even across spaces.
    {"fr", "« Bonjour » |dit-|il !"},
    {"", "« |Bonjour |» |dit-|il !"},
    {"es", "¿Qué |es |«seguridad»? |1.234,5 |€"},
    // Russian: Cyrillic words, a range of numbers (the kit's own rule keeps it whole later).
    {"ru", "Оценка |стадии |«проекта» |— |46,1–|67,7 |%"},
    // Arabic: its comma and question mark, Arabic-Indic digits with their decimal separator, vowel
    // marks that stay with their letter, a question code inside Arabic text.
    {"ar", "الأمن |السيبراني، |٤٦٫١ |(٢٠٢٦)؟"},
    {"ar", "مُعدّ |للتوقيع"},
    {"ar", "السؤال |P8.Q1 |مهم"},
    // Chinese: between ideographs, never before closing punctuation nor after opening.
    {"zh", "分|数|从|0|到|100；|每|个|分|数|都|附|有|其|所|在|的|范|围|（概|率|为|90%），|并|考|虑|了。"},
    {"zh", "通|过，|“关|键”|清|单"},
    {"", "通|过，“关|键”清|单"},
    {"zh", "C5|行|动"},
    // Forced breaks: after a line feed, and CR LF as one.
    {"en", "one\n|two |three\r\n|four"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(LineBreak)

BOOST_DATA_TEST_CASE(opportunities_where_uax14_puts_them, bdata::make(kCases), c) {
    const auto [text, expected] = Unmark(c.marked);
    const auto found = Opportunities(text, c.language);
    BOOST_TEST(found == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(classes_come_from_unicode_and_the_language) {
    using C = r::LineBreakClass;
    BOOST_TEST((r::LineBreakClassOf(U'a') == C::AL));
    BOOST_TEST((r::LineBreakClassOf(U'分') == C::ID));
    BOOST_TEST((r::LineBreakClassOf(U'，') == C::CL));
    BOOST_TEST((r::LineBreakClassOf(U'（') == C::OPW));  // East Asian wide
    BOOST_TEST((r::LineBreakClassOf(U'(') == C::OP));
    BOOST_TEST((r::LineBreakClassOf(0x00A0) == C::GL));
    BOOST_TEST((r::LineBreakClassOf(0x064F) == C::CM));  // damma
    BOOST_TEST((r::LineBreakClassOf(0x0E01) == C::AL));  // Thai (SA) read as letters
    BOOST_TEST((r::LineBreakClassOf(0x3400 + 0x19BF) == C::ID));  // the last of extension A
    BOOST_TEST((r::LineBreakClassOf(U'«') == C::QU));
    BOOST_TEST((r::LineBreakClassOf(U'«', "fr") == C::OP));
    BOOST_TEST((r::LineBreakClassOf(U'»', "ar") == C::CL));
    BOOST_TEST((r::LineBreakClassOf(U'“', "ru") == C::CL));
    BOOST_TEST((r::LineBreakClassOf(U'’', "en") == C::QU));  // an apostrophe in English
    BOOST_TEST((r::LineBreakClassOf(U'’', "zh") == C::CL));
}

BOOST_AUTO_TEST_CASE(malformed_utf8_is_read_one_character_at_a_time) {
    const std::string text = "ab\xC3 cd\xE4\xB8";
    const auto breaks = r::FindLineBreaks(text);
    BOOST_TEST(breaks.size() == text.size());
    BOOST_TEST((breaks[3] == r::Break::Allowed));  // after "ab\xC3 "
    BOOST_TEST((breaks.back() == r::Break::Must));
    BOOST_TEST(r::FindLineBreaks("").empty());
}

// Unicode's own conformance test (LineBreakTest.txt of the same version as the classes), except
// its cases with a CJ character (the test resolves it to NS, "strict" breaking; the kit to ID) or
// an unassigned code point (LB30b's pictographs).
BOOST_AUTO_TEST_CASE(unicode_conformance_test) {
    std::ifstream file(C5_UNICODE_LINE_BREAK_TEST);
    BOOST_TEST_REQUIRE(file.good(), "cannot read " << C5_UNICODE_LINE_BREAK_TEST);
    std::size_t passed = 0;
    std::size_t skipped = 0;
    std::size_t failed = 0;
    std::string line;
    while (std::getline(file, line)) {
        const std::string cases = line.substr(0, line.find('#'));
        if (cases.find_first_not_of(" \t") == std::string::npos) continue;
        const std::string comment = line.substr(std::min(line.size(), cases.size()));
        if (comment.find("(CJ_NS)") != std::string::npos || comment.find("<reserved-") != std::string::npos) {
            ++skipped;
            continue;
        }
        std::istringstream in(cases);
        std::string token;
        std::string text;
        std::vector<std::size_t> expected;
        while (in >> token) {
            if (token == "÷") {
                if (!text.empty()) expected.push_back(text.size());
            } else if (token != "×") {
                char32_t c = static_cast<char32_t>(std::stoul(token, nullptr, 16));
                if (c < 0x80) text += static_cast<char>(c);
                else if (c < 0x800) text += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
                else if (c < 0x10000)
                    text += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                             static_cast<char>(0x80 | (c & 0x3F))};
                else
                    text += {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
                             static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
            }
        }
        if (!expected.empty() && expected.back() == text.size()) expected.pop_back();  // the end (LB3)
        if (Opportunities(text, {}) == expected) {
            ++passed;
        } else {
            ++failed;
            BOOST_TEST_MESSAGE("differs: " << line);
        }
    }
    BOOST_TEST_MESSAGE("LineBreakTest: " << passed << " passed, " << failed << " failed, " << skipped << " skipped");
    BOOST_TEST(failed == 0u);
    BOOST_TEST(passed > 6900u);  // 6,947 in Unicode 15.0
}

BOOST_AUTO_TEST_SUITE_END()
