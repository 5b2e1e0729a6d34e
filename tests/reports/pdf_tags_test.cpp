// The PDF report is tagged (issue 20): what a screen reader needs of it, read with qpdf and
// tools/pdf_structure.py as a reader's PDF library reads it — a structure tree with its parent
// tree, every MCID of the pages' content in exactly one element and every element's MCID in the
// content, headings, tables and lists, the text in reading order (the contents, drawn last, read
// after the summary), each chart a figure whose alternative text gives its numbers in the report's
// language, page furniture as artifacts — and the text and the pages exactly as they are untagged.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "c5/questionnaire/demo_assessment.h"
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
using c5::test::Tool;

namespace {

// The demo report in `language`, with the model it was drawn from.
struct TaggedDemo {
    TempDir dir;
    r::ReportModel model;
    fs::path pdf;

    explicit TaggedDemo(const std::string& language) {
        q::AssessmentStore store = q::CreateDemoAssessment(dir / "kelora-2026.c5a", c5::test::TestActor());
        const q::AssessmentData data = store.Snapshot();
        s::ScoreRequest request;
        request.parameters.samples = 500;
        const s::ScoreResult score = s::ScoreAssessment(data, request);
        r::ReportOptions options;
        options.language = language;
        model = r::BuildReportModel(data, score, options);
        pdf = dir / ("report-" + language + ".pdf");
        c5::test::WriteFile(pdf, r::RenderReportPdf(model, options).bytes);
    }
};

nlohmann::json StructureFacts(const fs::path& pdf) {
    const auto result =
        Tool({"/usr/bin/python3", std::string(C5_TEST_TOOLS_DIR) + "/pdf_structure.py", "facts", pdf.string()});
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    return nlohmann::json::parse(result.out);
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* kLanguages[] = {"en", "ar", "zh"};

}  // namespace

BOOST_AUTO_TEST_SUITE(PdfTags)

BOOST_DATA_TEST_CASE(the_report_is_tagged_and_its_tree_matches_its_content, bdata::make(kLanguages), language) {
    const TaggedDemo demo(language);
    BOOST_TEST(std::regex_search(Tool({"pdfinfo", demo.pdf.string()}).out, std::regex("Tagged:\\s+yes")));
    const auto check = Tool({"qpdf", "--check", demo.pdf.string()});
    BOOST_TEST(check.exit_code == 0);
    BOOST_TEST(Contains(check.out, "No syntax or stream encoding errors"));
    BOOST_TEST(check.err.empty(), check.err);

    const nlohmann::json facts = StructureFacts(demo.pdf);
    for (const auto& problem : facts["problems"]) BOOST_ERROR(language << ": " << problem.get<std::string>());
    BOOST_TEST(facts["marked"].get<bool>());
    BOOST_TEST(facts["display_doc_title"].get<bool>());
    BOOST_TEST(facts["lang"].get<std::string>() == std::string(language));
    BOOST_TEST((facts["direction"] == "/R2L") == (std::string(language) == "ar"));
    BOOST_TEST(facts["marked_sequences"].get<int>() > 500);
    BOOST_TEST(facts["artifacts"].get<int>() > 100);  // furniture, rules, fills, repeated headers

    const auto& elements = facts["elements"];
    BOOST_REQUIRE(!elements.empty());
    BOOST_TEST(elements[0]["type"] == "Document");
    std::map<std::string, int> count;
    std::vector<int> pages;  // the page where each element's content starts, in reading order
    std::size_t marked = 0;
    for (const auto& element : elements) {
        ++count[element["type"].get<std::string>()];
        if (!element["pages"].empty()) pages.push_back(element["pages"][0].get<int>());
        marked += element["mcids"].size();
    }
    // Cover title, every section, the contents.
    BOOST_TEST(count["H1"] >= static_cast<int>(demo.model.section_titles.size()));
    BOOST_TEST(count["H2"] > 5);
    BOOST_TEST(count["Table"] > 5);
    BOOST_TEST(count["TR"] > 50);
    BOOST_TEST(count["TH"] > 20);
    BOOST_TEST(count["TD"] > 100);
    BOOST_TEST(count["L"] > 3);
    BOOST_TEST(count["LI"] == count["LBody"]);
    BOOST_TEST(count["TOCI"] > 10);
    for (const auto& [type, n] : count) {
        static const std::set<std::string> kKnown = {"Document", "H1", "H2", "H3", "P", "Table", "TR", "TH", "TD",
                                                     "L", "LI", "Lbl", "LBody", "TOC", "TOCI", "Figure"};
        BOOST_TEST(kKnown.count(type) == 1u, "element type " << type);
    }
    // Reading order follows the pages: the contents, inserted after the summary but drawn last,
    // are read where they stand; no element starts on a page before the one read before it (the
    // cells of a row that continues on the next page are read cell by cell).
    BOOST_TEST(std::is_sorted(pages.begin(), pages.end()));
    BOOST_TEST(pages.front() == 1);
    BOOST_TEST(pages.back() == c5::test::PageCount(demo.pdf));
    BOOST_TEST(marked == facts["marked_sequences"].get<std::size_t>());
}

BOOST_DATA_TEST_CASE(every_chart_says_what_it_shows_with_its_numbers, bdata::make(kLanguages), language) {
    const TaggedDemo demo(language);
    const nlohmann::json facts = StructureFacts(demo.pdf);
    std::vector<std::string> alternatives;
    for (const auto& element : facts["elements"]) {
        if (element["type"] != "Figure") continue;
        BOOST_TEST(element.contains("alt"));
        BOOST_TEST(element.contains("bbox"));
        BOOST_TEST(element["mcids"].size() == 1u);  // the whole chart, labels included, is one figure
        alternatives.push_back(element.value("alt", ""));
    }
    // The radar, the bars, and the trajectories of targets a and b.
    BOOST_REQUIRE(alternatives.size() >= 2u);
    const r::ReportText text(language);
    for (std::size_t chart = 0; chart < 2; ++chart) {
        const std::string& alt = alternatives[chart];
        BOOST_TEST(!alt.empty());
        for (const auto& pillar : demo.model.chart.pillars) {
            BOOST_TEST(Contains(alt, pillar.id + " " + pillar.title), language << " chart " << chart << ": " << pillar.id);
            BOOST_TEST(Contains(alt, pillar.score_label), language << " chart " << chart << ": score of " << pillar.id);
            if (s::HasScore(pillar.target))
                BOOST_TEST(Contains(alt, text.Number(pillar.target)), language << ": target of " << pillar.id);
        }
    }
    // In the report's language: its words for "target" are there, and no English ones.
    const std::string target_word = text.Format("alt_pillar_target", {{"target", ""}});
    BOOST_TEST(Contains(alternatives[1], target_word.substr(0, target_word.find_last_not_of(' ') + 1)));
    if (std::string(language) != "en") BOOST_TEST(!Contains(alternatives[1], "target"));
    for (std::size_t chart = 2; chart < alternatives.size(); ++chart) {
        const auto& trajectory = chart == 2 ? demo.model.target_a.chart : demo.model.target_b.chart;
        BOOST_TEST(Contains(alternatives[chart], text.Number(trajectory.baseline)));
        BOOST_TEST(Contains(alternatives[chart], text.Number(trajectory.target)));
        BOOST_TEST(Contains(alternatives[chart], std::to_string(trajectory.trajectory.back().year)));
    }
}

// The same model drawn untagged (as the kit drew it before) has the same text, page for page, and
// the same pixels on every page: tagging only marks what was drawn.
BOOST_DATA_TEST_CASE(tagging_changes_neither_the_text_nor_the_pages, bdata::make(kLanguages), language) {
    const TaggedDemo demo(language);
    r::ReportOptions options;
    options.language = language;
    options.tagged = false;
    const fs::path untagged = demo.dir / "untagged.pdf";
    c5::test::WriteFile(untagged, r::RenderReportPdf(demo.model, options).bytes);
    BOOST_TEST(std::regex_search(Tool({"pdfinfo", untagged.string()}).out, std::regex("Tagged:\\s+no")));
    BOOST_TEST(!Contains(c5::test::ReadFile(untagged), "/StructTreeRoot"));
    BOOST_TEST(Contains(c5::test::ReadFile(demo.pdf), "/StructTreeRoot"));
    const int pages = c5::test::PageCount(demo.pdf);
    BOOST_REQUIRE(pages > 40);
    BOOST_TEST(c5::test::PageCount(untagged) == pages);
    const std::string text = c5::test::PdfText(demo.pdf);
    BOOST_TEST(text.size() > 10000u);
    BOOST_TEST(text == c5::test::PdfText(untagged));
    // Every page at 30 dpi, pixel for pixel.
    for (const auto& [pdf, prefix] : {std::pair{demo.pdf, "tagged"}, std::pair{untagged, "untagged"}})
        BOOST_REQUIRE(Tool({"pdftoppm", "-r", "30", "-png", pdf.string(), (demo.dir / prefix).string()}).exit_code == 0);
    int compared = 0;
    for (const auto& file : fs::directory_iterator(demo.dir.Path())) {
        const std::string name = file.path().filename().string();
        if (name.rfind("tagged-", 0) != 0) continue;
        const fs::path other = demo.dir / ("un" + name);
        BOOST_TEST(fs::exists(other), name);
        if (fs::exists(other))
            BOOST_TEST(c5::test::ReadFile(file.path()) == c5::test::ReadFile(other), language << ": " << name << " differs");
        ++compared;
    }
    BOOST_TEST(compared == pages);
}

BOOST_AUTO_TEST_SUITE_END()
