// Mixed-direction lines read in the right order (issue 14): scores and arrows, question codes and
// names inside Arabic text, checked on the visual order the PDF draws.
#include <boost/test/unit_test.hpp>

#include "bidi_text.h"

namespace d = c5::reports::detail;

BOOST_AUTO_TEST_SUITE(BidiText)

// "46.1 ← 67.7" in an Arabic line (Arabic writes the arrow pointing the way it reads) is drawn
// from the right: 46.1 first, then the arrow, then 67.7, leftmost. The arrow is drawn as written, as
// Word shows the same text, so nothing is mirrored.
BOOST_AUTO_TEST_CASE(a_change_with_its_arrow_reads_from_the_right) {
    const std::string visual = d::VisualLine("الدرجة 46.1 ← 67.7", true);
    BOOST_TEST(visual.rfind("67.7 ← 46.1 ", 0) == 0u, visual);
    BOOST_TEST(d::VisualLineWithMirrors("الدرجة 46.1 ← 67.7", true).mirrored.empty());
}

// A question code inside Arabic text stays one left-to-right word, between the Arabic words in
// their right-to-left order: the first Arabic word (the longer one) is drawn at the right.
BOOST_AUTO_TEST_CASE(a_question_code_stays_whole_between_arabic_words) {
    const std::string visual = d::VisualLine("السؤال P8.Q1 مهم", true);
    const auto code = visual.find(" P8.Q1 ");
    BOOST_REQUIRE(code != std::string::npos);
    const std::string left = visual.substr(0, code);
    const std::string right = visual.substr(code + 7);
    BOOST_TEST(d::HasRightToLeft(left));
    BOOST_TEST(d::HasRightToLeft(right));
    BOOST_TEST(left.size() < right.size(), left << " | " << right);  // مهم at the left, السؤال at the right
}

// In an English line an Arabic name is reversed on its own; the English around it keeps its order.
BOOST_AUTO_TEST_CASE(an_arabic_name_in_an_english_line) {
    const std::string visual = d::VisualLine("Prepared by أحمد on 3 May 2026", false);
    BOOST_TEST(visual.rfind("Prepared by ", 0) == 0u, visual);
    BOOST_TEST(visual.ends_with(" on 3 May 2026"), visual);
    BOOST_TEST(d::VisualLine("Score 46.1 → 67.7", false) == "Score 46.1 → 67.7");  // nothing to reorder
}

// A cell of an Arabic table without an Arabic letter keeps its order ("−5.6", English evidence with
// its full stop at the end), except a change with an arrow (Annex B's "1 ← 0.96", a weight and its
// adjusted value), which is read from the right like the same line with a word of Arabic.
BOOST_AUTO_TEST_CASE(a_line_without_arabic_letters_in_an_arabic_document) {
    BOOST_TEST(d::VisualLine("1 ← 0.96", true) == "0.96 ← 1");
    BOOST_TEST(d::VisualLine("1 → 0.96", false) == "1 → 0.96");
    BOOST_TEST(d::VisualLine("−5.6", true) == "−5.6");
    BOOST_TEST(d::VisualLine("+19.3 … +21.1", true) == "+19.3 … +21.1");
    BOOST_TEST(d::VisualLine("The Act was published.", true) == "The Act was published.");
}

// A sign stays in front of its number inside an Arabic line; a hyphen between two numbers is no sign.
BOOST_AUTO_TEST_CASE(a_sign_stays_with_its_number) {
    const std::string visual = d::VisualLine("التغيّر +11.7 والنطاق −0.4", true);
    BOOST_TEST(visual.find("+11.7") != std::string::npos, visual);
    BOOST_TEST(visual.find("−0.4") != std::string::npos, visual);
    BOOST_TEST(visual.find("11.7+") == std::string::npos, visual);
    // The follow-up's note on new penetration figures, as the Arabic report words it.
    const std::string note = d::VisualLine("وتفسر الأرقام الجديدة −0.1 من النقاط الـ +1.6، والإجابات +1.7.", true);
    for (const char* number : {"−0.1", "+1.6", "+1.7"}) BOOST_TEST(note.find(number) != std::string::npos, note);
    // A hyphen between two numbers is no sign: after Arabic words the numbers are Arabic numbers
    // (UAX #9, W2) and the range reads from the right, 2023 first — drawn "2027-2023".
    BOOST_TEST(d::VisualLine("السنوات 2023-2027", true).find("2027-2023") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
