#include <boost/test/unit_test.hpp>

#include "c5/reports/text_wrap.h"

namespace r = c5::reports;

namespace {

// Every character (code point) is 1 unit wide, so widths are easy to reason about.
double Chars(std::string_view text) {
    double count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(TextWrap)

BOOST_AUTO_TEST_CASE(breaks_at_spaces_within_the_width) {
    const auto lines = r::WrapText("the quick brown fox jumps over the lazy dog", 15, Chars);
    BOOST_TEST(lines == (std::vector<std::string>{"the quick brown", "fox jumps over", "the lazy dog"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(keeps_explicit_line_breaks_and_blank_lines) {
    const auto lines = r::WrapText("first\n\nthird line", 20, Chars);
    BOOST_TEST(lines == (std::vector<std::string>{"first", "", "third line"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(splits_a_word_longer_than_the_line_at_character_boundaries) {
    const auto lines = r::WrapText("see https://example.org/αβγδεζηθικλμ/report.pdf now", 12, Chars);
    for (const auto& line : lines) BOOST_TEST(Chars(line) <= 12.0, line);
    std::string joined;
    for (const auto& line : lines) joined += line;
    BOOST_TEST(joined.find("αβγδεζηθικλμ") != std::string::npos);  // no character cut in half
    BOOST_TEST(lines.front() == "see");
    BOOST_TEST(lines.back() == "ort.pdf now");  // the rest of the split word shares a line with what follows
}

BOOST_AUTO_TEST_CASE(ellipsis_fits_the_width) {
    BOOST_TEST(r::Ellipsize("Cooperation among all stakeholders", 12, Chars) == "Cooperation…");
    BOOST_TEST(r::Ellipsize("short", 12, Chars) == "short");
}

BOOST_AUTO_TEST_SUITE_END()
