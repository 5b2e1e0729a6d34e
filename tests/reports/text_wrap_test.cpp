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
    BOOST_TEST(joined == "see https://example.org/αβγδεζηθικλμ/report.pdfnow");  // nothing lost
    BOOST_TEST(lines.front() == "see https://");
}

// Every width from `from` to `to`: the lines, which must each fit.
std::vector<std::vector<std::string>> AtEveryWidth(const std::string& text, int from, int to, const char* language) {
    std::vector<std::vector<std::string>> all;
    for (int width = from; width <= to; ++width) {
        auto lines = r::WrapText(text, width, Chars, language);
        for (const auto& line : lines) BOOST_TEST(Chars(line) <= width, "width " << width << ": " << line);
        all.push_back(std::move(lines));
    }
    return all;
}

bool StartsWithAny(const std::string& line, std::initializer_list<const char*> marks) {
    for (const char* mark : marks)
        if (line.rfind(mark, 0) == 0) return true;
    return false;
}

bool EndsWithAny(const std::string& line, std::initializer_list<const char*> marks) {
    for (const char* mark : marks) {
        const std::string m(mark);
        if (line.size() >= m.size() && line.compare(line.size() - m.size(), m.size(), m) == 0) return true;
    }
    return false;
}

BOOST_AUTO_TEST_CASE(chinese_lines_never_start_with_closing_nor_end_with_opening_punctuation) {
    const std::string text =
        "本报告确定了信息和通信技术使用中建立信任和安全的准备程度基线，对照信息社会世界峰会C5行动方面的支柱和目标。"
        "分数从0到100；每个分数都附有其所在的范围（概率为90%），并考虑了答卷人的分歧和信心。"
        "《国家网络安全战略》已经通过，“关键基础设施”清单尚在起草、审查和批准之中。";
    for (const auto& lines : AtEveryWidth(text, 6, 30, "zh")) {
        std::string joined;
        for (const auto& line : lines) {
            BOOST_TEST(!StartsWithAny(line, {"，", "。", "、", "；", "：", "）", "》", "”", "%"}), line);
            BOOST_TEST(!EndsWithAny(line, {"（", "《", "“"}), line);
            joined += line;
        }
        BOOST_TEST(joined == text);  // breaks between characters, nothing lost or added
    }
}

BOOST_AUTO_TEST_CASE(numbers_units_and_formulas_are_never_broken) {
    const std::string text = "权重变化 ±25 %，概率为0.10，分数从46.1–67.7；目标 T = B + 0.4 · (100 − B) 按直线推进；"
                             "the weights vary by ±25 % and the score rose from 46.1–67.7 with T = B + 0.4 · (100 − B) "
                             "at a probability of 0.10 and a 90 % range.";
    for (const char* language : {"zh", "en"})
        for (const auto& lines : AtEveryWidth(text, 24, 60, language))
            for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
                const std::string& line = lines[i];
                const std::string& next = lines[i + 1];
                // The line break falls outside every protected piece.
                for (const std::string piece : {"±25 %", "0.10", "46.1–67.7", "T = B + 0.4 · (100 − B)", "90 %"})
                    for (std::size_t cut = 1; cut < piece.size(); ++cut) {
                        const std::string head = piece.substr(0, cut);
                        const std::string tail = piece.substr(cut);
                        const auto trim = [](std::string s) {
                            while (!s.empty() && s.back() == ' ') s.pop_back();
                            while (!s.empty() && s.front() == ' ') s.erase(0, 1);
                            return s;
                        };
                        if (trim(head).empty() || trim(tail).empty()) continue;
                        BOOST_TEST(!(EndsWithAny(line, {trim(head).c_str()}) && next.rfind(trim(tail), 0) == 0),
                                   language << ": \"" << piece << "\" broken: [" << line << "] [" << next << "]");
                    }
            }
}

BOOST_AUTO_TEST_CASE(an_unbroken_run_longer_than_the_line_wraps_inside_it) {
    std::string run;
    for (int i = 0; i < 40; ++i) run += "QmFzZTY0";  // base64, 320 characters without a break
    const std::string text = "Attachment " + run + " ends here. 中文证据" + std::string(60 * 3, '\0').substr(0, 0) +
                             "国家网络安全委员会的职权范围规定了其组成和每季度开会一次的要求以及秘书处的职责";
    const auto lines = r::WrapText(text, 30, Chars, "en");
    std::string joined;
    for (const auto& line : lines) {
        BOOST_TEST(Chars(line) <= 30.0, line);
        joined += line;
    }
    BOOST_TEST(joined.find(run) != std::string::npos);
    BOOST_TEST(lines.size() >= 12u);
}

BOOST_AUTO_TEST_CASE(the_widest_unbreakable_piece_sizes_a_column) {
    BOOST_TEST(r::WidestUnbreakable("Оценка стадии", Chars) == 6.0);
    BOOST_TEST(r::WidestUnbreakable("Score ±25 %", Chars) == 5.0);  // "±25 %" stays whole
    BOOST_TEST(r::WidestUnbreakable("分数", Chars, "zh") == 1.0);    // Chinese breaks between characters
}

BOOST_AUTO_TEST_CASE(ellipsis_fits_the_width) {
    BOOST_TEST(r::Ellipsize("Cooperation among all stakeholders", 12, Chars) == "Cooperation…");
    BOOST_TEST(r::Ellipsize("short", 12, Chars) == "short");
}

BOOST_AUTO_TEST_SUITE_END()
