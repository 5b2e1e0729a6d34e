// report --format docx and export --xlsx through the real CLI, checked with LibreOffice and
// python-docx the way a ministry's office software would read them.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "cli_fixture.h"
#include "office_tools.h"

using c5::test::CliFixture;
using c5::test::ExpectFailure;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

// One CSV line split at commas, with LibreOffice's quoting.
std::vector<std::string> CsvFields(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') {
            if (quoted && i + 1 < line.size() && line[i + 1] == '"') fields.back() += '"', ++i;
            else quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

// The texts of the paragraphs in `style`, in document order.
std::vector<std::string> StyledTexts(const Json& facts, const std::string& style) {
    std::vector<std::string> texts;
    for (const auto& paragraph : facts["paragraphs"])
        if (paragraph["style"] == style) texts.push_back(paragraph["text"]);
    return texts;
}

struct Demo : CliFixture {
    Demo() { BOOST_REQUIRE(Cli({"demo", "d"}).exit_code == 0); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(OfficeCommands)

// The workbook's score cells, read back by LibreOffice, are the numbers `score --json` prints.
BOOST_FIXTURE_TEST_CASE(workbook_scores_equal_score_json, Demo) {
    const auto exported = Cli({"export", "d/kelora-2026.c5a", "--xlsx", "results.xlsx"});
    BOOST_REQUIRE_MESSAGE(exported.exit_code == 0, exported.err);
    BOOST_TEST(exported.out.rfind("Wrote the results workbook results.xlsx", 0) == 0u, exported.out);
    const Json score = Json::parse(Cli({"score", "d/kelora-2026.c5a", "--json"}).out);
    const auto converted = c5::test::ConvertWithLibreOffice(
        {File("results.xlsx")}, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        dir.Path());
    BOOST_REQUIRE_MESSAGE(converted.exit_code == 0, converted.err);
    const std::string csv = c5::test::ReadFile(File("results-Scores.csv"));
    std::map<std::string, std::vector<std::string>> rows;
    std::size_t at = 0;
    while (at < csv.size()) {
        const auto end = csv.find('\n', at);
        const auto fields = CsvFields(csv.substr(at, end == std::string::npos ? std::string::npos : end - at));
        rows[fields.front()] = fields;
        if (end == std::string::npos) break;
        at = end + 1;
    }
    const auto number = [](const std::string& text) { return text.empty() ? -1.0 : std::stod(text); };
    const auto expect = [&](const std::string& id, std::size_t column, const Json& value) {
        BOOST_TEST_CONTEXT(id << " column " << column) {
            BOOST_REQUIRE(rows.count(id));
            if (value.is_null()) BOOST_TEST(rows[id][column].empty());
            else BOOST_TEST(number(rows[id][column]) == value.get<double>(), boost::test_tools::tolerance(1e-6));
        }
    };
    BOOST_REQUIRE(!score["pillars"].empty());
    for (const auto& pillar : score["pillars"]) {
        expect(pillar["id"], 4, pillar["score"]);
        expect(pillar["id"], 5, pillar["low"]);
        expect(pillar["id"], 6, pillar["high"]);
        BOOST_TEST(number(rows[pillar["id"]][9]) == pillar["answered"].get<double>());
        BOOST_TEST(number(rows[pillar["id"]][10]) == pillar["scorable"].get<double>());
    }
    expect("overall", 4, score["overall"]["score"]);
    expect("overall", 5, score["overall"]["low"]);
    expect("overall", 6, score["overall"]["high"]);
    expect("overall", 12, score["overall"]["adjusted"]);
    expect("adjusted", 4, score["overall"]["adjusted"]);
    expect("penetration", 4, score["penetration"]["index"]);
    // Target b's baseline B (penetration-adjusted here), not the raw sub-index `score --json` never prints.
    expect("transborder", 4, score["targets"]["b"]["baseline"]);
    expect("transborder", 5, score["targets"]["b"]["baseline_low"]);
    expect("transborder", 6, score["targets"]["b"]["baseline_high"]);
    BOOST_TEST(fs::exists(File("results-Answers.csv")));
    BOOST_TEST(fs::exists(File("results-Weights and exposures.csv")));
}

BOOST_FIXTURE_TEST_CASE(word_reports_for_baselines_and_follow_ups_in_every_language, Demo) {
    auto result = Cli({"report", "d/kelora-2026.c5a", "--format", "docx", "-o", "report.docx", "--samples", "300"});
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.rfind("Wrote report.docx (Word document, ", 0) == 0u, result.out);
    BOOST_TEST(fs::exists(File("report-scores.csv")));
    BOOST_TEST(fs::exists(File("report-scores.json")));
    const Json english = c5::test::OfficeFacts("docx", File("report.docx"));
    BOOST_REQUIRE_MESSAGE(!english.contains("error"), english.value("error", ""));
    BOOST_TEST(english["paragraphs"][0]["text"] == "C5 Readiness Baseline Report");
    // Every section of the PDF, in the PDF's order.
    const std::vector<std::string> sections = {
        "Executive summary", "Process and coverage", "Readiness by pillar", "Findings by pillar", "Pillar profile",
        "The C5 targets", "ICT penetration context", "Where respondents disagree",
        "Roadmap: the first ten priorities", "Recommendations", "Limitations", "Methodology",
        "Annex A: every question and answer", "Annex B: how each question is scored", "Sign-off"};
    BOOST_TEST(StyledTexts(english, "Heading 1") == sections, boost::test_tools::per_element());
    BOOST_TEST(english["header"][0] == "RESTRICTED");
    for (const std::string language : {"ar", "es", "fr", "ru", "zh"}) {
        // The format follows the file's extension when --format is not given.
        result = Cli({"report", "d/kelora-2026.c5a", "-o", "report-" + language + ".docx", "--lang", language,
                      "--samples", "200"});
        BOOST_TEST_CONTEXT(language) {
            BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
            const Json facts = c5::test::OfficeFacts("docx", File("report-" + language + ".docx"));
            BOOST_REQUIRE_MESSAGE(!facts.contains("error"), facts.value("error", ""));
            BOOST_TEST(facts["lang"]["val"].get<std::string>().rfind(language, 0) == 0u);
            BOOST_TEST(facts["paragraphs"][0]["text"] != english["paragraphs"][0]["text"]);
            BOOST_TEST(facts["paragraphs"][0]["bidi"] == (language == "ar"));
        }
        const auto workbook = Cli({"export", "d/kelora-2026.c5a", "--xlsx", "results-" + language + ".xlsx", "--lang",
                                   language});
        BOOST_TEST(workbook.exit_code == 0, workbook.err);
    }
    // A follow-up: the demo's answers a year on, measured against the baseline.
    BOOST_REQUIRE(Cli({"export", "d/kelora-2026.c5a", "--csv", "answers.csv"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"new", "later.c5a", "--country", "XKL", "--country-name", "Kelora", "--year", "2027", "--group",
                       "SIDS"})
                      .exit_code == 0);
    // Before its answers come in it is a draft: marked on every page, no sign-off block.
    result = Cli({"report", "later.c5a", "--format", "docx", "-o", "draft.docx", "--samples", "200"});
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    const Json draft = c5::test::OfficeFacts("docx", File("draft.docx"));
    BOOST_REQUIRE_MESSAGE(!draft.contains("error"), draft.value("error", ""));
    BOOST_TEST(draft["header"][0] == "RESTRICTED  ·  DRAFT — NOT A VALID BASELINE");
    BOOST_TEST(draft["footer"].back() == "RESTRICTED  ·  DRAFT — NOT A VALID BASELINE");
    BOOST_TEST(draft["first_page_header"][0] == "RESTRICTED  ·  DRAFT — NOT A VALID BASELINE");
    const auto draft_text = StyledTexts(draft, "Normal");
    BOOST_TEST(std::count_if(draft_text.begin(), draft_text.end(), [](const std::string& text) {
                   return text.rfind("No sign-off: this draft is not a valid baseline.", 0) == 0;
               }) == 1);
    BOOST_TEST(StyledTexts(draft, "Heading 1").back() == "Sign-off");
    // The signature block is a table, a column per role: "Approved by", a name, the fields to fill.
    const auto roles = [](const Json& facts) {
        int found = 0;
        for (const auto& table : facts["tables"])
            for (const auto& row : table["text"])
                for (const auto& cell : row) found += cell.get<std::string>().rfind("Approved by\n", 0) == 0;
        return found;
    };
    BOOST_TEST(roles(english) == 1);
    BOOST_TEST(roles(draft) == 0);
    BOOST_REQUIRE(Cli({"import-answers", "later.c5a", "--csv", "answers.csv"}).exit_code == 0);
    result = Cli({"report", "later.c5a", "--baseline", "d/kelora-2026.c5a", "--format", "docx", "-o", "follow-up.docx",
                  "--samples", "200"});
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    BOOST_TEST(fs::exists(File("follow-up-comparison.json")));
    const Json follow_up = c5::test::OfficeFacts("docx", File("follow-up.docx"));
    BOOST_TEST(follow_up["paragraphs"][0]["text"] == "C5 Readiness Follow-up Report");
    auto follow_up_sections = sections;
    follow_up_sections.insert(follow_up_sections.begin() + 1, "Progress since the baseline");
    BOOST_TEST(StyledTexts(follow_up, "Heading 1") == follow_up_sections, boost::test_tools::per_element());
}

// export --xlsx --baseline: a follow-up's workbook, titled, targeted and compared as the follow-up
// report is (compare --json has the same numbers); without --baseline the sheets are the baseline's.
BOOST_FIXTURE_TEST_CASE(a_follow_up_workbook_with_baseline, Demo) {
    BOOST_REQUIRE(Cli({"export", "d/kelora-2026.c5a", "--csv", "answers.csv"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"new", "later.c5a", "--country", "XKL", "--country-name", "Kelora", "--year", "2027", "--group",
                       "SIDS"})
                      .exit_code == 0);
    BOOST_REQUIRE(Cli({"import-answers", "later.c5a", "--csv", "answers.csv"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"answer", "later.c5a", "--respondent", "KeloraCIRT", "--question", "P4.Q1", "--value", "4"}).exit_code == 0);
    auto result = Cli({"export", "later.c5a", "--xlsx", "follow-up.xlsx", "--baseline", "d/kelora-2026.c5a"});
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.find("progress since the baseline") != std::string::npos, result.out);
    const Json compared = Json::parse(Cli({"compare", "d/kelora-2026.c5a", "later.c5a", "--json"}).out);
    const Json facts = c5::test::OfficeFacts("xlsx", File("follow-up.xlsx"));
    BOOST_REQUIRE_MESSAGE(!facts.contains("error"), facts.value("error", ""));
    std::vector<std::string> names;
    for (const auto& sheet : facts["sheets"]) names.push_back(sheet["name"]);
    const std::vector<std::string> expected = {"Scores", "Progress", "Answers", "Disagreements", "Recommendations",
                                               "Targets", "Child online protection", "Weights and exposures"};
    BOOST_TEST(names == expected, boost::test_tools::per_element());
    BOOST_TEST(facts["sheets"][0]["header_left"] == "C5 Readiness Follow-up Report — Kelora 2027");
    // Progress: a row per pillar, then overall and adjusted, with compare's numbers.
    const auto& progress = facts["sheets"][1]["rows"];
    BOOST_REQUIRE_EQUAL(progress.size(), compared["pillars"].size() + 3);
    for (std::size_t i = 0; i < compared["pillars"].size(); ++i) {
        const auto& pillar = compared["pillars"][i];
        BOOST_TEST_CONTEXT(pillar["id"]) {
            BOOST_TEST(progress[i + 1][0]["value"] == pillar["id"]);
            BOOST_TEST(progress[i + 1][2]["value"].get<double>() == pillar["baseline"].get<double>(), boost::test_tools::tolerance(1e-9));
            BOOST_TEST(progress[i + 1][3]["value"].get<double>() == pillar["followup"].get<double>(), boost::test_tools::tolerance(1e-9));
            BOOST_TEST(progress[i + 1][4]["value"].get<double>() == pillar["change"].get<double>(), boost::test_tools::tolerance(1e-9));
            BOOST_TEST(progress[i + 1][5]["value"].get<double>() == pillar["change_low"].get<double>(), boost::test_tools::tolerance(1e-9));
            BOOST_TEST(progress[i + 1][7]["value"] == (pillar["clear"].get<bool>() ? "yes" : "no"));
        }
    }
    const auto& overall = progress[compared["pillars"].size() + 1];
    BOOST_TEST(overall[0]["value"] == "overall");
    BOOST_TEST(overall[4]["value"].get<double>() == compared["overall"]["change"].get<double>(), boost::test_tools::tolerance(1e-9));
    // Targets a and b are the baseline's, as in the follow-up report.
    const auto& targets = facts["sheets"][5]["rows"];
    for (std::size_t i = 0; i < 2; ++i) {
        const Json& target = compared["targets"][i == 0 ? "a" : "b"];
        BOOST_TEST(targets[i + 1][2]["value"].get<double>() == target["baseline"].get<double>(), boost::test_tools::tolerance(1e-9));
        BOOST_TEST(targets[i + 1][4]["value"].get<double>() == target["target"].get<double>(), boost::test_tools::tolerance(1e-9));
        BOOST_TEST(targets[i + 1][6]["value"].get<double>() == target["expected"].get<double>(), boost::test_tools::tolerance(1e-9));
        BOOST_TEST(targets[i + 1][10]["value"] == (target["on_track"].get<bool>() ? "On track" : "Behind the trajectory"));
    }
    // In French: the sheet's name, the follow-up's title and the default marking, translated.
    result = Cli({"export", "later.c5a", "--xlsx", "suivi.xlsx", "--baseline", "d/kelora-2026.c5a", "--lang", "fr"});
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    const Json french = c5::test::OfficeFacts("xlsx", File("suivi.xlsx"));
    BOOST_REQUIRE_MESSAGE(!french.contains("error"), french.value("error", ""));
    BOOST_TEST(french["sheets"][1]["name"] == "Progrès");
    BOOST_TEST(french["sheets"][1]["header"] == "DIFFUSION RESTREINTE");
    BOOST_TEST(french["sheets"][1]["header_left"] == "Rapport de suivi sur l’état de préparation C5 — Kelora 2027");
    // Without --baseline: the baseline's sheets and title, whatever the year.
    BOOST_REQUIRE(Cli({"export", "later.c5a", "--xlsx", "alone.xlsx"}).exit_code == 0);
    const Json alone = c5::test::OfficeFacts("xlsx", File("alone.xlsx"));
    BOOST_TEST(alone["sheets"].size() == 7u);
    BOOST_TEST(alone["sheets"][0]["header_left"] == "C5 Readiness Baseline Report — Kelora 2027");
}

BOOST_FIXTURE_TEST_CASE(bad_office_requests_fail_clearly_and_write_nothing, Demo) {
    ExpectFailure(Cli({"report", "d/kelora-2026.c5a", "-o", "x.docx", "--format", "odt"}), 2,
                  "--format must be pdf or docx");
    ExpectFailure(Cli({"report", "d/kelora-2026.c5a", "--format", "docx", "-o", "x.pdf"}), 2,
                  "-o x.pdf names a pdf file, but --format is docx: name it x.docx or leave out --format");
    ExpectFailure(Cli({"report", "d/kelora-2026.c5a", "--format", "pdf", "-o", "x.DOCX"}), 2,
                  "-o x.DOCX names a docx file, but --format is pdf: name it x.pdf or leave out --format");
    BOOST_TEST(!fs::exists(File("x.pdf")));
    BOOST_TEST(!fs::exists(File("x.DOCX")));
    ExpectFailure(Cli({"export", "d/kelora-2026.c5a", "--xlsx", "x.xlsx", "--lang", "xx"}), 2, "--lang must be one of");
    ExpectFailure(Cli({"export", "d/kelora-2026.c5a", "--xlsx", "x.xlsx", "--csv", "x.csv"}), 2,
                  "give exactly one of --csv PATH, --json PATH, --xlsx PATH or --attachments FOLDER");
    ExpectFailure(Cli({"export", "d/kelora-2026.c5a", "--xlsx", "no/such/folder/x.xlsx"}), 1, "does not exist");
    // A marking is refused, never cut: Excel's header holds 235 characters of it.
    ExpectFailure(Cli({"export", "d/kelora-2026.c5a", "--xlsx", "x.xlsx", "--marking", std::string(236, 'M')}), 2,
                  "--marking: the marking is 236 characters long, but a workbook's page header and footer hold at most "
                  "235");
    ExpectFailure(Cli({"export", "d/kelora-2026.c5a", "--csv", "x.csv", "--baseline", "d/kelora-2026.c5a"}), 2,
                  "--baseline goes with --xlsx");
    ExpectFailure(Cli({"export", "d/kelora-2026.c5a", "--xlsx", "x.xlsx", "--baseline", "d/kelora-2026.c5a"}), 1,
                  "not later than the baseline");
    BOOST_TEST(!fs::exists(File("x.csv")));
    ExpectFailure(Cli({"report", "d/kelora-2026.c5a", "--format", "docx", "-o", "no/such/folder/x.docx"}), 1,
                  "does not exist");
    BOOST_TEST(!fs::exists(File("x.xlsx")));
    BOOST_TEST(!fs::exists(File("x.docx")));
    for (const auto& entry : fs::directory_iterator(dir.Path()))
        BOOST_TEST(entry.path().extension() != ".tmp", entry.path().string());
}

BOOST_AUTO_TEST_SUITE_END()
