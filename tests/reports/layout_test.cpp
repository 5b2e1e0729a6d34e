// The page-breaking and alignment rules of the report's layout (reports/src/layout.h), each on a
// page built to the point where the rule decides: the last item of a list never starts a page
// alone, a value reads after its whole label, a short header stays on one line.
#include <boost/test/unit_test.hpp>

#include "layout.h"
#include "pdf_tools.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
namespace r = c5::reports;
namespace d = c5::reports::detail;
using c5::test::TempDir;
using c5::test::WordBox;

namespace {

const d::TextStyle kBody{d::FontStyle::Regular, 9.5f, 12.5f, {0, 0, 0}};

// The words of `document`, written to a file in `dir`.
std::vector<WordBox> Words(d::PdfDocument& document, const TempDir& dir) {
    const fs::path pdf = dir / "layout.pdf";
    c5::test::WriteFile(pdf, document.Save());
    return c5::test::WordBoxes(pdf);
}

const WordBox& Find(const std::vector<WordBox>& words, const std::string& word) {
    for (const auto& box : words)
        if (box.word == word) return box;
    BOOST_FAIL("\"" << word << "\" is not on the page");
    return words.front();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(LayoutRules)

// Room for exactly two one-line items at the foot of the page: a list of three goes on with its
// last two together on the next page, where before the third went there alone.
BOOST_AUTO_TEST_CASE(the_last_item_of_a_list_never_starts_a_page_alone) {
    TempDir dir;
    d::PdfDocument document(r::PaperSize::A4, {});
    d::Layout layout(document, 50, 50, 60, 50);
    layout.SetY(layout.Bottom() + 2 * kBody.leading + 3 + 1);
    layout.Bullets({"Alpha", "Bravo", "Charlie"}, kBody);
    const auto words = Words(document, dir);
    BOOST_TEST(Find(words, "Alpha").page == 1);
    BOOST_TEST(Find(words, "Bravo").page == 2);
    BOOST_TEST(Find(words, "Charlie").page == 2);
}

// Where there is room, nothing moves.
BOOST_AUTO_TEST_CASE(a_list_that_fits_stays_on_its_page) {
    TempDir dir;
    d::PdfDocument document(r::PaperSize::A4, {});
    d::Layout layout(document, 50, 50, 60, 50);
    layout.SetY(layout.Bottom() + 3 * (kBody.leading + 3) + 1);
    layout.Bullets({"Alpha", "Bravo", "Charlie"}, kBody);
    BOOST_TEST(document.Pages().size() == 1u);
}

// A label of three lines beside a one-line value: the value is on the label's last line.
BOOST_AUTO_TEST_CASE(a_value_reads_after_its_whole_label) {
    TempDir dir;
    d::PdfDocument document(r::PaperSize::A4, {});
    d::Layout layout(document, 50, 50, 60, 50);
    layout.LabelValues({{"Probability that the criterion is met, given the certainty of the respondents", "12 %"}},
                       kBody, kBody, 120);
    const auto words = Words(document, dir);
    const WordBox& first = Find(words, "Probability");
    const WordBox& last = Find(words, "respondents");
    const WordBox& value = Find(words, "12");
    BOOST_TEST(last.y_max > first.y_max + 2 * kBody.leading - 1);  // the label wraps onto three lines
    BOOST_TEST(std::abs(value.y_max - last.y_max) < 1.0);
}

// A header of four Chinese characters in a narrow column keeps its characters on one line.
BOOST_AUTO_TEST_CASE(a_short_chinese_header_stays_on_one_line) {
    TempDir dir;
    d::PdfDocument document(r::PaperSize::A4, {});
    document.SetLanguage("zh");
    d::Layout layout(document, 50, 50, 60, 50);
    const d::TextStyle header{d::FontStyle::Bold, 8, 10, {0, 0, 0}};
    d::Table table(layout, {{"问题", 20}, {"项目得分", 20}, {"建议", 400}}, kBody, header);
    table.Row({"P1.Q1", "50", "制定国家网络安全战略"});
    table.Finish();
    const auto words = Words(document, dir);
    bool whole = false;
    for (const auto& word : words) whole = whole || word.word.find("项目得分") != std::string::npos;
    BOOST_TEST(whole);
}

// Room at the foot of the page for a table's header and two of its ten rows: the table starts on
// the next page, where before its header and one or two rows stood alone at the foot.
BOOST_AUTO_TEST_CASE(a_table_starts_only_where_its_header_and_three_rows_fit) {
    TempDir dir;
    d::PdfDocument document(r::PaperSize::A4, {});
    d::Layout layout(document, 50, 50, 60, 50);
    const d::TextStyle header{d::FontStyle::Bold, 8, 10, {0, 0, 0}};
    d::Table table(layout, {{"Pillar", 200}, {"Weight", 100}}, kBody, header);
    for (int i = 1; i <= 10; ++i) table.Row({"Row" + std::to_string(i), "10"});
    layout.SetY(layout.Bottom() + table.LeadHeight(2) + 1);
    table.Finish();
    const auto words = Words(document, dir);
    BOOST_TEST(Find(words, "Pillar").page == 2);
    BOOST_TEST(Find(words, "Row1").page == 2);
    BOOST_TEST(Find(words, "Row10").page == 2);
}

// A table of two rows, the second eight lines tall, with room for its header, the first row and
// half the second: its end would stand alone on the next page, so the whole table moves there.
BOOST_AUTO_TEST_CASE(a_short_tables_last_row_is_never_split) {
    TempDir dir;
    d::PdfDocument document(r::PaperSize::A4, {});
    d::Layout layout(document, 50, 50, 60, 50);
    const d::TextStyle header{d::FontStyle::Bold, 8, 10, {0, 0, 0}};
    d::Table table(layout, {{"Respondent", 100}, {"Evidence", 300}}, kBody, header);
    table.Row({"Ministry", "One line."});
    table.Row({"Kelora", "First\nSecond\nThird\nFourth\nFifth\nSixth\nSeventh\nEighth"});
    layout.SetY(layout.Bottom() + table.LeadHeight(1) + 5 * kBody.leading + 1);
    table.Finish();
    const auto words = Words(document, dir);
    BOOST_TEST(Find(words, "Ministry").page == 2);
    BOOST_TEST(Find(words, "First").page == 2);
    BOOST_TEST(Find(words, "Eighth").page == 2);
}

// A title one word too long for its line: wrapped plainly its last line holds that word alone;
// as a title both lines take three or four of the seven words, in the same two lines.
BOOST_AUTO_TEST_CASE(a_title_leaves_no_word_alone_on_its_last_line) {
    TempDir dir;
    d::PdfDocument document(r::PaperSize::A4, {});
    const d::TextStyle title{d::FontStyle::Bold, 17, 22, {0, 0, 0}};
    const std::string text = "Alpha Bravo Charlie Delta Echo Foxtrot Golf";
    d::Layout measuring(document, 50, 50, 60, 50);
    const double line = measuring.Measure(title, "Alpha Bravo Charlie Delta Echo Foxtrot") + 1;
    d::Layout layout(document, 50, static_cast<float>(595.276 - 50 - line), 60, 50);
    BOOST_REQUIRE(layout.Wrap(text, title, layout.Width()).back() == "Golf");
    const auto balanced = layout.WrapBalanced(text, title, layout.Width());
    BOOST_REQUIRE(balanced.size() == 2u);
    BOOST_TEST(balanced.Line(1) == "Delta Echo Foxtrot Golf");
    layout.Title(text, title, 4);
    const auto words = Words(document, dir);
    BOOST_TEST(std::abs(Find(words, "Golf").y_max - Find(words, "Delta").y_max) < 1.0);
    BOOST_TEST(Find(words, "Charlie").y_max < Find(words, "Delta").y_max - 10);
}

BOOST_AUTO_TEST_SUITE_END()
