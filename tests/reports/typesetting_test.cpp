// How the reports are typeset (BRIEF §6 "typeset correctly in every language", issue 14), checked
// on the PDF as readers and printers get it: every glyph whole in every embedded font, a text
// layer poppler reads without a warning, right-to-left pages mirrored (tick boxes beside their own
// labels), headings and tables that do not break badly, links, metadata and a table of contents.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/demo_assessment.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/reports/blank_form.h"
#include "c5/reports/demo.h"
#include "c5/reports/report_model.h"
#include "c5/reports/report_pdf.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/score.h"
#include "pdf_tools.h"
#include "temp_dir.h"
#include "test_actor.h"

namespace bdata = boost::unit_test::data;
namespace fs = std::filesystem;
namespace q = c5::questionnaire;
namespace r = c5::reports;
namespace s = c5::scoring;
using c5::test::TempDir;
using c5::test::TestActor;
using c5::test::Tool;
using c5::test::WordBox;

namespace {

const char* kLanguages[] = {"en", "ar", "zh", "fr", "ru", "es"};

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The demo report in `language`, written once per language for the whole test program.
const fs::path& DemoReport(const std::string& language) {
    static TempDir dir;
    static std::map<std::string, fs::path> written;
    if (const auto found = written.find(language); found != written.end()) return found->second;
    r::ReportOptions options;
    options.language = language;
    const auto files = r::WriteDemo(dir / language, options, TestActor());
    return written[language] = files.report.pdf;
}

const fs::path& BlankForm(const std::string& language) {
    static TempDir dir;
    static std::map<std::string, fs::path> written;
    if (const auto found = written.find(language); found != written.end()) return found->second;
    r::ReportOptions options;
    options.language = language;
    options.marking = "";
    const fs::path pdf = dir / ("form-" + language + ".pdf");
    r::WriteBlankForm(q::ParseInstrument(q::BundledInstrumentJson()), options, pdf);
    return written[language] = pdf;
}

fs::path Artifacts() {
    const fs::path folder(C5_TEST_ARTIFACTS);
    fs::create_directories(folder);
    return folder;
}

// Right-to-left letters in a word make pdftotext -bbox give it in visual order: reversed back.
std::u32string Decode(const std::string& utf8) {
    std::u32string out;
    for (std::size_t at = 0; at < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[at]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t c = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
        for (std::size_t i = 1; i < length && at + i < utf8.size(); ++i)
            c = (c << 6) | (static_cast<unsigned char>(utf8[at + i]) & 0x3F);
        out += c;
        at += length;
    }
    return out;
}

std::string Encode(const std::u32string& text) {
    std::string out;
    for (char32_t c : text) {
        if (c < 0x80) out += static_cast<char>(c);
        else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

std::string Logical(const std::string& word) {
    std::u32string text = Decode(word);
    if (std::any_of(text.begin(), text.end(), [](char32_t c) { return c >= 0x0590 && c <= 0x08FF; }))
        std::reverse(text.begin(), text.end());
    return Encode(text);
}

std::vector<WordBox> LogicalWords(const fs::path& pdf) {
    auto words = c5::test::WordBoxes(pdf);
    for (auto& word : words) word.word = Logical(word.word);
    return words;
}

// The PDF with its streams uncompressed (qpdf --qdf), to read content streams and maps.
std::string Uncompressed(const fs::path& pdf) {
    const fs::path out = pdf.parent_path() / (pdf.stem().string() + ".qdf");
    const auto result = Tool({"qpdf", "--qdf", "--object-streams=disable", pdf.string(), out.string()});
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    return c5::test::ReadFile(out);
}

// Words between the running header and footer of a page (what the page is about).
bool InContent(const WordBox& word) { return word.y_min > 50 && word.y_max < word.page_height - 44; }

// Lines of a page's content: words grouped by baseline (their bottom, to a point).
std::map<int, std::map<long, std::vector<WordBox>>> ContentLines(const std::vector<WordBox>& words) {
    std::map<int, std::map<long, std::vector<WordBox>>> pages;
    for (const auto& word : words)
        if (InContent(word)) pages[word.page][std::lround(word.y_max)].push_back(word);
    return pages;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Typesetting)

// Composite glyphs (أ is alef + hamza, and DejaVu's hamza is itself a composite) keep every
// component in every embedded font, and every drawn code has an outline: checked by parsing each
// font from the PDF (tests/reports/tools/check_pdf_fonts.py, python3-fonttools).
BOOST_DATA_TEST_CASE(every_glyph_in_every_embedded_font_is_whole, bdata::make(kLanguages), language) {
    std::vector<fs::path> pdfs = {DemoReport(language)};
    if (std::string(language) == "en" || std::string(language) == "ar") pdfs.push_back(BlankForm(language));
    for (const auto& pdf : pdfs) {
        const auto check = Tool({"/usr/bin/python3", std::string(C5_TEST_TOOLS_DIR) + "/check_pdf_fonts.py", pdf.string()});
        BOOST_TEST(check.exit_code == 0, pdf.filename() << ": " << check.out << check.err);
        BOOST_TEST(Contains(check.out, ", 0 faults"), check.out);
    }
}

// The text layer is one readers accept: no warning from poppler (the ToUnicode maps), qpdf clean.
BOOST_DATA_TEST_CASE(readers_take_the_pdf_without_a_warning, bdata::make(kLanguages), language) {
    std::vector<fs::path> pdfs = {DemoReport(language)};
    if (std::string(language) == "en" || std::string(language) == "ar") pdfs.push_back(BlankForm(language));
    for (const auto& pdf : pdfs) {
        const auto text = Tool({"pdftotext", pdf.string(), "/dev/null"});
        BOOST_TEST(text.exit_code == 0);
        BOOST_TEST(text.err.empty(), pdf.filename() << ": " << text.err.substr(0, 300));
        const auto fonts = Tool({"pdffonts", pdf.string()});
        BOOST_TEST(fonts.err.empty(), pdf.filename() << ": " << fonts.err.substr(0, 300));
        const auto check = Tool({"qpdf", "--check", pdf.string()});
        BOOST_TEST(check.exit_code == 0, check.out + check.err);
        BOOST_TEST(Contains(check.out, "No syntax or stream encoding errors found"), check.out);
        BOOST_TEST(check.err.empty(), check.err);
    }
}

// An Arabic page beside the same words set by HarfBuzz through Pango, for a person to compare
// (artifacts/arabic-report-page.png and arabic-pango.png).
BOOST_AUTO_TEST_CASE(an_arabic_page_and_the_same_words_set_by_pango_are_in_the_artifacts) {
    const fs::path pdf = DemoReport("ar");
    const fs::path page = Artifacts() / "arabic-report-page";
    BOOST_REQUIRE(Tool({"pdftoppm", "-png", "-r", "110", "-f", "2", "-l", "2", "-singlefile", pdf.string(), page.string()})
                      .exit_code == 0);
    const r::ReportText text("ar");
    const std::string words = text.Get("section_summary") + "\n" + text.Get("cover_country_group") + " — " +
                              text.Get("summary_adjusted") + "\n" + text.Get("report_title");
    const fs::path pango = Artifacts() / "arabic-pango.png";
    const auto set = Tool({"pango-view", "-q", "--rtl", "--font=DejaVu Sans 14", "--dpi=110", "--margin=20",
                           "--text=" + words, "--output=" + c5::test::ToolPath(pango)});
    BOOST_TEST(set.exit_code == 0, set.err);
    BOOST_TEST(fs::file_size(page.string() + ".png") > 10000u);
    BOOST_TEST(fs::file_size(pango) > 1000u);
    // The report's words are searchable as typed: the text layer is plain Arabic in logical order.
    const std::string layer = c5::test::PdfText(pdf);
    for (const auto& key : {"section_summary", "summary_adjusted", "report_title"})
        BOOST_TEST(Contains(layer, text.Get(key).substr(0, text.Get(key).find(" C5"))), key);
}

// Arabic pages read from the right: headings, the cover, label/value blocks, tables and the
// sign-off block start at the right margin, and the first column of a table is its rightmost.
BOOST_AUTO_TEST_CASE(the_arabic_report_is_mirrored) {
    const auto words = LogicalWords(DemoReport("ar"));
    const r::ReportText text("ar");
    const auto find = [&](const std::string& wanted, int page = 0) -> const WordBox* {
        for (const auto& word : words)
            if (word.word == wanted && (page == 0 || word.page == page)) return &word;
        return nullptr;
    };
    const double right = words.front().page_width - 50;
    // The section heading (its first word) ends at the right margin.
    const std::string summary = text.Get("section_summary");
    const WordBox* heading = find(summary.substr(0, summary.find(' ')), 2);
    BOOST_REQUIRE(heading);
    BOOST_TEST(heading->x_max > right - 2);
    // Cover: the title's first word and the labels of the facts at the right margin.
    const std::string title = text.Get("report_title");
    const WordBox* cover_title = find(title.substr(0, title.find(' ')), 1);
    BOOST_REQUIRE(cover_title);
    BOOST_TEST(cover_title->x_max > right - 2);
    const WordBox* assessment_label = find(text.Get("cover_assessment"), 1);
    BOOST_REQUIRE(assessment_label);
    BOOST_TEST(assessment_label->x_max > right - 2);
    // Tables: the pillar column (first) is right of the score column (second).
    // (the header of the pillar table: both words on one line)
    const WordBox* pillar_column = nullptr;
    const WordBox* score_column = nullptr;
    for (const auto& word : words)
        for (const auto& other : words)
            if (!pillar_column && word.word == text.Get("column_pillar") && other.word == text.Get("column_score") &&
                word.page == other.page && std::abs(word.y_max - other.y_max) < 1) {
                pillar_column = &word;
                score_column = &other;
            }
    BOOST_REQUIRE(pillar_column);
    BOOST_REQUIRE(score_column);
    BOOST_TEST(pillar_column->x_min > score_column->x_max);
    BOOST_TEST(pillar_column->x_max > right - 6);
    // Sign-off: "prepared by" right of "approved by".
    const std::string prepared = text.Get("signoff_prepared");
    const std::string approved = text.Get("signoff_approved");
    const WordBox* prepared_word = find(prepared.substr(0, prepared.find(' ')));
    const WordBox* approved_word = find(approved.substr(0, approved.find(' ')));
    BOOST_REQUIRE(prepared_word);
    BOOST_REQUIRE(approved_word);
    BOOST_TEST(prepared_word->x_min > approved_word->x_max);
    BOOST_TEST(prepared_word->x_max > right - 30);
    // The page number at the left, the running title at the right.
    const std::string page_of = text.Format("page_of", {{"page", "2"}, {"pages", "9"}});
    for (const auto& word : words)
        if (word.page == 2 && word.y_min > word.page_height - 40 && word.word == "2") BOOST_TEST(word.x_max < 200);
}

// The paper form's tick boxes stand beside their own labels: right of the label in Arabic (the
// side a reader starts from), left of it in English, and the options run in reading order.
BOOST_DATA_TEST_CASE(each_tick_box_is_beside_its_own_label, bdata::make({"ar", "en"}), language) {
    const fs::path pdf = BlankForm(language);
    const std::string content = Uncompressed(pdf);
    // Boxes per page: "x y 8 8 re" in each page's content stream.
    std::map<int, std::vector<std::pair<double, double>>> boxes;
    static const std::regex box(R"(([\d.]+) ([\d.]+) 8 8 re)");
    static const std::regex page_marker(R"(%% Contents for page (\d+))");
    int page = 0;
    std::size_t at = 0;
    while (at < content.size()) {
        const auto end = content.find('\n', at);
        const std::string line = content.substr(at, end == std::string::npos ? std::string::npos : end - at);
        std::smatch match;
        if (std::regex_search(line, match, page_marker)) page = std::stoi(match[1]);
        else if (page > 0 && std::regex_search(line, match, box)) boxes[page].emplace_back(std::stod(match[1]), std::stod(match[2]));
        if (end == std::string::npos) break;
        at = end + 1;
    }
    BOOST_REQUIRE(!boxes.empty());
    const r::ReportText text(language);
    const bool rtl = std::string(language) == "ar";
    const auto words = LogicalWords(pdf);
    int checked = 0;
    for (const auto& row : {std::vector<std::string>{"confidence_low", "confidence_medium", "confidence_high"},
                            std::vector<std::string>{"yes", "partial", "no"}}) {
        for (const auto& word : words) {
            if (word.word != text.Get(row[0])) continue;
            // The three labels of this row, on the baseline of the first.
            std::vector<const WordBox*> labels;
            for (const auto& key : row)
                for (const auto& other : words)
                    if (other.page == word.page && std::abs(other.y_max - word.y_max) < 1 && other.word == text.Get(key))
                        labels.push_back(&other);
            if (labels.size() != 3) continue;
            for (std::size_t i = 0; i < 3; ++i) {
                const WordBox& label = *labels[i];
                // The nearest box on the label's line (box y is from the page bottom).
                const std::pair<double, double>* nearest = nullptr;
                double distance = 1e9;
                for (const auto& candidate : boxes[label.page]) {
                    const double top = label.page_height - candidate.second - 8;
                    if (std::abs((top + 4) - (label.y_min + label.y_max) / 2) > 6) continue;
                    const double gap = rtl ? candidate.first - label.x_max : label.x_min - (candidate.first + 8);
                    if (gap >= -0.5 && gap < distance) {
                        distance = gap;
                        nearest = &candidate;
                    }
                }
                BOOST_REQUIRE_MESSAGE(nearest, language << ": no box beside \"" << label.word << "\" on page " << label.page);
                BOOST_TEST(distance < 8.0, language << ": the box of \"" << label.word << "\" is " << distance << " away");
                // No other label sits between the box and its label.
                for (const auto* other : labels)
                    if (other != &label) {
                        const bool between = rtl ? other->x_min > label.x_max && other->x_max < nearest->first
                                                 : other->x_max < label.x_min && other->x_min > nearest->first + 8;
                        BOOST_TEST(!between);
                    }
            }
            // Reading order: low, medium, high from the start side.
            if (rtl) BOOST_TEST((labels[0]->x_min > labels[1]->x_max && labels[1]->x_min > labels[2]->x_max));
            else BOOST_TEST((labels[0]->x_max < labels[1]->x_min && labels[1]->x_max < labels[2]->x_min));
            ++checked;
        }
    }
    BOOST_TEST(checked > 50);
}

// Chinese lines never start with closing punctuation nor end with opening punctuation; table
// header words are never broken (ru "Оценка", es, fr, ar); "±25 %" and "0.10" stay on one line.
BOOST_DATA_TEST_CASE(lines_break_where_the_language_allows, bdata::make(kLanguages), language) {
    const fs::path pdf = DemoReport(language);
    const auto layout = Tool({"pdftotext", "-bbox-layout", pdf.string(), "-"});
    static const std::regex line_re(R"(<line[^>]*>([\s\S]*?)</line>)");
    static const std::regex word_re(R"(<word[^>]*>([^<]*)</word>)");
    std::vector<std::string> lines;
    for (auto line = std::sregex_iterator(layout.out.begin(), layout.out.end(), line_re); line != std::sregex_iterator();
         ++line) {
        const std::string inner = (*line)[1];
        std::vector<std::string> line_words;
        bool right_to_left = false;
        for (auto word = std::sregex_iterator(inner.begin(), inner.end(), word_re); word != std::sregex_iterator(); ++word) {
            line_words.push_back(Logical((*word)[1]));
            right_to_left = right_to_left || line_words.back() != (*word)[1].str();
        }
        // pdftotext gives a line's words from left to right: a right-to-left line starts at the last.
        if (right_to_left) std::reverse(line_words.begin(), line_words.end());
        std::string joined;
        for (const auto& word : line_words) joined += (joined.empty() ? "" : " ") + word;
        lines.push_back(joined);
    }
    BOOST_REQUIRE(lines.size() > 500u);
    int chinese_lines = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        for (const char* closing : {"，", "。", "、", "；", "：", "）", "》", "」", "”"})
            BOOST_TEST(line.rfind(closing, 0) != 0, "a line starts with " << closing << ": " << line);
        for (const char* opening : {"（", "《", "「", "“"})
            BOOST_TEST(!(line.size() >= 3 && line.compare(line.size() - 3, 3, opening) == 0),
                       "a line ends with " << opening << ": " << line);
        chinese_lines += Contains(line, "的") ? 1 : 0;
        // Numbers with their unit, and decimals, whole on a line.
        BOOST_TEST(!(line.size() >= 3 && line.compare(line.size() - 3, 3, "±25") == 0), line);
        if (i + 1 < lines.size() && !lines[i + 1].empty() && std::isdigit(static_cast<unsigned char>(lines[i + 1][0])))
            BOOST_TEST(!(line.ends_with("0.") || line.ends_with("0,")), line << " | " << lines[i + 1]);
    }
    if (std::string(language) == "zh") BOOST_TEST(chinese_lines > 100);
    // Header words whole: each word of each column header is a word of the page.
    if (std::string(language) == "zh") return;
    const r::ReportText text(language);
    const auto words = LogicalWords(pdf);
    // Compared by letters and digits: right to left, "90%" is drawn "%90", as Arabic writes it.
    const auto letters = [](const std::string& word) {
        std::string kept;
        for (char c : word)
            if (!std::ispunct(static_cast<unsigned char>(c))) kept += c;
        return kept;
    };
    std::set<std::string> printed;
    for (const auto& word : words) printed.insert(letters(word.word));
    for (const char* key : {"column_pillar", "column_score", "column_range", "column_answered", "column_stage",
                            "column_adjusted", "column_respondent", "column_answer", "column_confidence",
                            "column_evidence", "column_now", "column_gain", "column_recommendation", "column_indicator",
                            "column_value", "column_year", "column_source", "column_component", "column_weight"}) {
        std::string header = text.Get(key);
        for (auto at = header.find("\u00A0"); at != std::string::npos; at = header.find("\u00A0")) header.replace(at, 2, " ");
        std::size_t from = 0;
        while (from < header.size()) {
            std::size_t space = header.find(' ', from);
            if (space == std::string::npos) space = header.size();
            const std::string word = letters(header.substr(from, space - from));
            from = space + 1;
            if (word.size() < 2) continue;
            BOOST_TEST(printed.count(word) == 1u, language << ": the header word \"" << word << "\" (" << key
                                                           << ") is broken or missing");
        }
    }
}

// No page holds a single line of content, no heading is the last line of its page, and the
// first content line of a page is a heading, a table header or text that continues.
BOOST_DATA_TEST_CASE(headings_keep_with_what_follows_and_no_line_is_alone, bdata::make(kLanguages), language) {
    const auto words = LogicalWords(DemoReport(language));
    const auto pages = ContentLines(words);
    static const std::regex question_id(R"(P\d+\.Q\d+)");
    for (const auto& [page, lines] : pages) {
        BOOST_TEST(lines.size() >= 3u, language << ": page " << page << " has " << lines.size() << " line(s)");
        // A question heading ("P3.Q2 — …") always has content under it on its page.
        const auto last = std::prev(lines.end());
        for (auto line = lines.begin(); line != lines.end(); ++line) {
            const auto& first_words = line->second;
            // "P3.Q2 — text": the id first, then the dash, then words (a quote's attribution "— group,
            // on P3.Q2" in the findings has both, in the other order, and Annex B's row of a question
            // with empty cells reads "P10.Q6 — — free text": neither is a heading).
            const bool heading = first_words.size() >= 3 && std::regex_match(first_words[0].word, question_id) &&
                                 first_words[1].word == "—" && first_words[2].word != "—";
            if (heading && line == last)
                BOOST_ERROR(language << ": a heading is the last line of page " << page);
        }
    }
}

// A table that runs onto the next page shows its header again there, and a row continued there
// shows its first cell (the respondent) again: no page of an answer table starts with evidence
// nobody can attribute.
BOOST_AUTO_TEST_CASE(a_table_continued_on_the_next_page_repeats_its_header_and_respondent) {
    q::AssessmentData data;
    data.instrument = q::ParseInstrument(q::BundledInstrumentJson());
    data.instrument_sha256 = "0";
    data.info = {"uuid", "XLA", "Longland", q::CountryGroup::LLDC, 2026, "Long answers", "", ""};
    std::string evidence;
    while (evidence.size() < 900) evidence += "The ministry's annual report describes the programme in detail. ";
    for (int respondent = 1; respondent <= 8; ++respondent) {
        data.respondents.push_back({respondent, "u", "Stakeholder " + std::to_string(respondent), "Director", "government", ""});
        int answered = 0;
        for (const q::Question* question : data.instrument.Questions()) {
            if (question->type != q::QuestionType::Maturity || answered == 4) continue;
            q::Answer answer;
            answer.respondent_id = respondent;
            answer.question_id = question->id;
            answer.value = q::NormalizeAnswerValue(*question, std::to_string(respondent % 5));
            answer.evidence = evidence;
            data.answers.push_back(answer);
            ++answered;
        }
    }
    s::ScoreRequest request;
    request.parameters.samples = 200;
    const auto score = s::ScoreAssessment(data, request);
    TempDir dir;
    const auto files = r::WriteReport(data, score, {}, dir / "continued.pdf");
    const auto words = c5::test::WordBoxes(files.pdf);
    const std::string header = r::ReportText("en").Get("column_respondent");
    // Answer tables start with the first page that has their header; the findings before them
    // quote evidence too, in paragraphs that have no respondent column.
    int first_table_page = 1 << 30;
    for (const auto& word : words)
        if (word.word == header && InContent(word)) first_table_page = std::min(first_table_page, word.page);
    std::map<int, double> first_evidence;  // page → top of its first evidence word
    for (const auto& word : words)
        if (word.word == "annual" && InContent(word) && word.page >= first_table_page &&
            (!first_evidence.count(word.page) || word.y_min < first_evidence[word.page]))
            first_evidence[word.page] = word.y_min;
    BOOST_TEST(first_evidence.size() > 8u);  // the answer tables fill several pages
    for (const auto& [page, top] : first_evidence) {
        bool has_header = false;
        bool has_respondent = false;
        for (const auto& word : words) {
            if (word.page != page) continue;
            has_header = has_header || (word.word == header && word.y_max < top);
            has_respondent = has_respondent || (word.word == "Stakeholder" && word.y_min < top + 2);
        }
        BOOST_TEST(has_header, "page " << page << ": an answer table without its header");
        BOOST_TEST(has_respondent, "page " << page << ": evidence without its respondent");
    }
    BOOST_TEST_MESSAGE(first_evidence.size() << " pages of answers");
}

// A long marking is set smaller or on two lines, a long name wraps in its column: nothing runs
// off the page or across the other column; a marking that cannot fit is a clear error.
BOOST_AUTO_TEST_CASE(long_markings_and_names_wrap_and_never_clip) {
    TempDir dir;
    const auto store = q::CreateDemoAssessment(dir / "demo.c5a", TestActor());
    const auto data = store.Snapshot();
    const auto score = s::ScoreAssessment(data, {});
    for (const std::string& marking : {std::string("RESTRICTED — FOR THE NATIONAL CYBERSECURITY COUNCIL ONLY 2026"),
                                      std::string("CONFIDENTIAL — MINISTRY OF DIGITAL ECONOMY, KELORA CIRT AND THE "
                                                  "NATIONAL CYBERSECURITY COUNCIL — NOT FOR PUBLIC RELEASE — 2026")}) {
        r::ReportOptions options;
        options.marking = marking;
        options.prepared_by = "Dr. Maximiliana Alexandrovna Papadopoulou-Featherstonehaugh, Director-General of "
                              "Cybersecurity Policy and International Cooperation";
        options.approved_by = "H.E. the Permanent Secretary";
        const auto files = r::WriteReport(data, score, options, dir / "long.pdf");
        const auto words = c5::test::WordBoxes(files.pdf);
        for (const auto& word : words) {
            const bool inside = word.x_min >= 49 && word.x_max <= word.page_width - 49 && word.y_min >= 8 &&
                                word.y_max <= word.page_height - 8;
            BOOST_TEST(inside, "page " << word.page << ": \"" << word.word << "\" runs off the page");
        }
        // Every word of the marking, at the top and bottom of every page.
        int last_word = 0;
        const std::string last = marking.substr(marking.rfind(' ') + 1);
        for (const auto& word : words) last_word += word.word == last ? 1 : 0;
        BOOST_TEST(last_word >= 2 * files.pages, marking.size() << " characters: " << last_word);
        // On the sign-off page, the prepared-by name stays in the left half, the approver in the
        // right (the cover names the preparer too, in its value column).
        for (const auto& word : words)
            if (word.page == files.pages && (word.word == "Papadopoulou-Featherstonehaugh," || word.word == "Cooperation"))
                BOOST_TEST(word.x_max < word.page_width / 2, word.word);
    }
    r::ReportOptions options;
    options.marking = std::string(40, ' ') + "";
    for (int i = 0; i < 40; ++i) options.marking += "CONFIDENTIAL ";
    BOOST_CHECK_EXCEPTION(r::WriteReport(data, score, options, dir / "too-long.pdf"), r::ReportError,
                          [](const r::ReportError& error) { return Contains(error.what(), "shorten it"); });
    BOOST_TEST(!fs::exists(dir / "too-long.pdf"));
}

// Web addresses are links; the document says its language and dates; a table of contents after
// the summary gives each section's page, as the bookmarks do.
BOOST_AUTO_TEST_CASE(links_metadata_and_table_of_contents) {
    const fs::path pdf = DemoReport("en");
    const std::string content = Uncompressed(pdf);
    BOOST_TEST(Contains(content, "/URI (https://digitalrights.kl/measurements/election-2025)"));
    BOOST_TEST(Contains(content, "/Lang (en)"));
    BOOST_TEST(Contains(Uncompressed(DemoReport("ar")), "/Direction /R2L"));
    const auto info = Tool({"pdfinfo", pdf.string()});
    BOOST_TEST(Contains(info.out, "CreationDate:"), info.out);
    // The contents page follows the summary; each entry's number is the page its section starts on.
    const r::ReportText text("en");
    const auto words = c5::test::WordBoxes(pdf);
    int contents_page = 0;
    for (const auto& word : words)
        if (word.word == "Contents" && word.y_min < 120) contents_page = word.page;
    BOOST_TEST(contents_page == 3);
    std::map<std::string, int> section_pages;  // the page of each section title's first word, below the contents
    for (const char* key : {"section_pillars", "section_charts", "section_recommendations", "section_methodology",
                            "section_signoff"}) {
        const std::string title = text.Get(key);
        const std::string first = title.substr(0, title.find(' '));
        // On the contents page: the title, and its page number at the right margin.
        const WordBox* entry = nullptr;
        for (const auto& word : words)
            if (word.page == contents_page && word.word == first) entry = &word;
        BOOST_REQUIRE_MESSAGE(entry, title);
        std::string number;
        for (const auto& word : words)
            if (word.page == contents_page && std::abs(word.y_max - entry->y_max) < 1 && word.x_min > 450) number = word.word;
        int start = 0;
        for (const auto& word : words)
            if (word.page > contents_page && word.word == first && InContent(word) && word.y_min < 120 && start == 0)
                start = word.page;  // the section's title, not the running header above it
        BOOST_TEST(number == std::to_string(start), title << ": contents say " << number << ", starts on " << start);
    }
    const auto outlines = Tool({"qpdf", "--json=2", "--json-key=outlines", pdf.string()});
    BOOST_TEST(Contains(outlines.out, "\"title\": \"Recommendations\""));
}

// Chinese has no bold face: bold Chinese is drawn stroked as well as filled (text render mode 2).
BOOST_AUTO_TEST_CASE(bold_chinese_is_emphasised) {
    BOOST_TEST(Contains(Uncompressed(DemoReport("zh")), "\n2 Tr\n"));
    BOOST_TEST(!Contains(Uncompressed(DemoReport("en")), "\n2 Tr\n"));
}

// The paper form's guidance is read from photocopies: at least 9 points (a word's box is about
// 1.16 times its size in DejaVu Sans).
BOOST_AUTO_TEST_CASE(blank_form_guidance_is_large_enough_to_photocopy) {
    const auto words = c5::test::WordBoxes(BlankForm("en"));
    const std::string label = r::ReportText("en").Get("form_guidance") + ":";
    int found = 0;
    for (const auto& word : words)
        if (word.word == label) {
            ++found;
            BOOST_TEST((word.y_max - word.y_min) / 1.164 >= 8.95, word.y_max - word.y_min);
        }
    BOOST_TEST(found > 50);
}

// A pillar's heading and its quotation of the action line are never left at the foot of a page:
// the pillar's first question starts on the same page.
BOOST_DATA_TEST_CASE(blank_form_pillar_headings_keep_with_their_first_question, bdata::make(kLanguages), language) {
    const auto pages = ContentLines(c5::test::WordBoxes(BlankForm(language)));
    static const std::regex pillar_id(R"(P(\d+))");
    int headings = 0;
    for (const auto& [page, lines] : pages)
        for (const auto& [baseline, words] : lines) {
            // A heading starts with the pillar's id: the line's first word in reading order (the
            // rightmost in Arabic); "P3" inside a sentence of guidance is no heading.
            const bool rtl = std::string(language) == "ar";
            const auto heading = std::min_element(words.begin(), words.end(), [&](const WordBox& a, const WordBox& b) {
                return rtl ? a.x_max > b.x_max : a.x_min < b.x_min;
            });
            if (!std::regex_match(heading->word, pillar_id)) continue;
            ++headings;
            const std::string first_question = heading->word + ".Q1";
            bool below = false;
            for (const auto& [other, other_words] : lines)
                for (const auto& word : other_words)
                    below = below || (other > baseline && word.word == first_question);
            BOOST_TEST(below, language << ": " << heading->word << " on page " << page << " is without " << first_question);
        }
    BOOST_TEST(headings >= 12);
}

// Punctuation is the language's own: French sets a no-break space before ":" and ";", Arabic its
// own semicolon, Chinese full-width marks.
BOOST_AUTO_TEST_CASE(target_lines_use_each_language_s_punctuation) {
    TempDir dir;
    const auto store = q::CreateDemoAssessment(dir / "demo.c5a", TestActor());
    const auto data = store.Snapshot();
    const auto score = s::ScoreAssessment(data, {});
    const std::map<std::string, std::vector<std::string>> expected = {
        {"fr", {"\u00A0: ", "\u00A0; "}}, {"ar", {"؛ "}}, {"zh", {"：", "；"}}, {"en", {": ", "; "}}};
    for (const auto& [language, marks] : expected) {
        r::ReportOptions options;
        options.language = language;
        const auto model = r::BuildReportModel(data, score, options);
        std::string lines;
        for (const auto& line : model.target_summary) lines += line + "\n";
        for (const auto& mark : marks) BOOST_TEST(Contains(lines, mark), language << ": " << lines);
        if (language == "fr") BOOST_TEST(!std::regex_search(lines, std::regex("[^\u00A0][:;] ")), lines);
        if (language == "ar" || language == "zh") BOOST_TEST(!std::regex_search(lines, std::regex("[;,] ")), lines);
    }
}

// A probability that rounds to 0 % says "< 1 %".
BOOST_AUTO_TEST_CASE(a_small_probability_reads_less_than_one_percent) {
    TempDir dir;
    const auto store = q::CreateDemoAssessment(dir / "demo.c5a", TestActor());
    const auto data = store.Snapshot();
    auto score = s::ScoreAssessment(data, {});
    score.target_c.probability_met = 0.001;
    const auto model = r::BuildReportModel(data, score, {});
    BOOST_REQUIRE(!model.target_c.figures.empty());
    BOOST_TEST(model.target_c.figures.front().value == "< 1 %");
    score.target_c.probability_met = 0.0;
    BOOST_TEST(r::BuildReportModel(data, score, {}).target_c.figures.front().value == "0 %");
}

BOOST_AUTO_TEST_SUITE_END()
