// The Word report and the results workbook: their XML is always well-formed whatever the evidence
// holds, python-docx and openpyxl find the structure a user relies on, and LibreOffice opens and
// converts them.
#include <cmath>
#include <fstream>
#include <set>

#include <fmt/format.h>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/demo_assessment.h"
#include "c5/reports/error.h"
#include "c5/reports/report_docx.h"
#include "c5/reports/report_model.h"
#include "c5/reports/report_pdf.h"
#include "c5/reports/report_text.h"
#include "c5/reports/results_workbook.h"
#include "c5/scoring/score.h"
#include "docx/docx_charts.h"
#include "ooxml/xml_writer.h"
#include "ooxml/zip_writer.h"
#include "office_tools.h"
#include "pdf_tools.h"
#include "temp_dir.h"
#include "test_actor.h"

namespace q = c5::questionnaire;
namespace r = c5::reports;
namespace s = c5::scoring;
namespace fs = std::filesystem;
using c5::test::OfficeFacts;
using c5::test::TempDir;
using Json = nlohmann::json;

namespace {

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Text without its hyphens: pdftotext joins a word broken after a hyphen at a line's end
// ("breach-" / "notification") into "breachnotification".
std::string Words(std::string text) {
    for (auto at = text.find("- "); at != std::string::npos; at = text.find("- ", at)) text.erase(at + 1, 1);
    std::erase(text, '-');
    return text;
}

// Everything python-docx reads as text: paragraphs, then every table cell.
std::string DocumentText(const Json& facts) {
    std::string text;
    for (const auto& paragraph : facts["paragraphs"]) text += paragraph["text"].get<std::string>() + "\n";
    for (const auto& table : facts["tables"])
        for (const auto& row : table["text"])
            for (const auto& cell : row) text += cell.get<std::string>() + "\n";
    return text;
}

// The texts of the paragraphs in `style`, in document order.
std::vector<std::string> StyledTexts(const Json& facts, const std::string& style) {
    std::vector<std::string> texts;
    for (const auto& paragraph : facts["paragraphs"])
        if (paragraph["style"] == style) texts.push_back(paragraph["text"]);
    return texts;
}

// The index of the first paragraph in `style` whose text is `text`, or -1.
int ParagraphIndex(const Json& facts, const std::string& style, const std::string& text) {
    const auto& paragraphs = facts["paragraphs"];
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
        if (paragraphs[i]["style"] == style && paragraphs[i]["text"] == text) return static_cast<int>(i);
    return -1;
}

// The tables whose header row is `columns`.
std::vector<Json> TablesHeaded(const Json& facts, const std::vector<std::string>& columns) {
    std::vector<Json> tables;
    for (const auto& table : facts["tables"])
        if (table["header"] == Json(columns)) tables.push_back(table);
    return tables;
}

// The report's Heading 1 titles in the PDF's order, for a baseline.
std::vector<std::string> SectionOrder(const r::ReportModel& model) {
    std::vector<std::string> titles;
    for (const std::size_t index : {r::kSectionSummary, r::kSectionProcess, r::kSectionPillars, r::kSectionFindings,
                                    r::kSectionCharts, r::kSectionTargets, r::kSectionPenetration,
                                    r::kSectionDisagreements, r::kSectionRoadmap, r::kSectionRecommendations,
                                    r::kSectionLimitations, r::kSectionMethodology, r::kSectionAnnex,
                                    r::kSectionScoringAnnex, r::kSectionSignoff})
        titles.push_back(model.section_titles.at(index));
    return titles;
}

std::string HostileEvidence() {
    std::string evidence = "START-OF-LONG-EVIDENCE ";
    while (evidence.size() < q::kMaxEvidenceBytes - 40) evidence += "Décret n° 2023-14, article 7 — 网络安全法 ";
    evidence.resize(q::kMaxEvidenceBytes - 21);
    while ((static_cast<unsigned char>(evidence.back()) & 0xC0) == 0x80 || static_cast<unsigned char>(evidence.back()) >= 0xC0)
        evidence.pop_back();
    evidence += " END-OF-LONG-EVIDENCE";
    return evidence;
}

// The demo assessment, scored with a target year ahead (so both trajectories are drawn), and
// written as DOCX in three languages, as a workbook in two, and once more with evidence no office
// file could hold as it is. LibreOffice converts them once, for every test below.
struct OfficeRun {
    TempDir dir;
    q::AssessmentData data;
    s::ScoreResult score;
    std::map<std::string, r::ReportModel> models;
    std::map<std::string, fs::path> docx;
    std::map<std::string, fs::path> xlsx;
    c5::test::ProcessResult to_pdf;
    c5::test::ProcessResult to_csv;

    OfficeRun() {
        data = q::CreateDemoAssessment(dir / "demo.c5a", c5::test::TestActor()).Snapshot();
        s::ScoreRequest request;
        request.parameters.samples = 2000;
        request.target_year = 2030;
        score = s::ScoreAssessment(data, request);
        for (const std::string language : {"en", "ar", "zh"}) Write(language, data, score, language);
        // Hostile evidence: 100,000 bytes; every control character; text that looks like formulas.
        q::AssessmentData hostile = data;
        hostile.answers.at(0).evidence = HostileEvidence();
        std::string controls = "CONTROLS:";
        for (char c = 1; c < 0x20; ++c) controls += c;
        controls += "\x7F\xEF\xBF\xBE\xEF\xBF\xBF:END";
        hostile.answers.at(1).evidence = controls;
        hostile.answers.at(2).evidence = "=1+1";
        hostile.answers.at(2).links = "=HYPERLINK(\"http://example.org\",\"x\")\n+cmd|' /C calc'!A0\n@SUM(1)";
        hostile.info.country_name = "Kelora & <Sons> \"Ltd\"";
        const s::ScoreResult hostile_score = s::ScoreAssessment(hostile, request);
        Write("hostile", hostile, hostile_score, "en");
        // A draft: three answers of one respondent, far from a valid baseline.
        q::AssessmentData sparse = data;
        sparse.answers.resize(3);
        sparse.consensus.clear();
        Write("draft", sparse, s::ScoreAssessment(sparse, request), "en");
        to_pdf = c5::test::ConvertWithLibreOffice({docx["en"], docx["ar"], docx["zh"], docx["hostile"], docx["draft"]},
                                                  "pdf", dir.Path());
        // CSV of every sheet (…-SheetName.csv), numbers unrounded, UTF-8.
        to_csv = c5::test::ConvertWithLibreOffice(
            {xlsx["en"], xlsx["hostile"]}, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            dir.Path());
    }

    void Write(const std::string& name, const q::AssessmentData& assessment, const s::ScoreResult& result,
               const std::string& language) {
        r::ReportOptions options;
        options.language = language;
        options.generated_on = "2026-05-04";
        models[name] = r::BuildReportModel(assessment, result, options);
        docx[name] = dir / ("report-" + name + ".docx");
        std::ofstream(docx[name], std::ios::binary) << r::RenderReportDocx(models[name], options);
        if (name != "zh" && name != "draft") {
            xlsx[name] = dir / ("results-" + name + ".xlsx");
            r::WriteResultsWorkbook(assessment, result, options, xlsx[name]);
        }
    }
};

const OfficeRun& Run() {
    static const OfficeRun run;
    return run;
}

const Json& DocxFacts(const std::string& name) {
    static std::map<std::string, Json> facts;
    auto& found = facts[name];
    if (found.is_null()) found = OfficeFacts("docx", Run().docx.at(name));
    return found;
}

const Json& XlsxFacts(const std::string& name) {
    static std::map<std::string, Json> facts;
    auto& found = facts[name];
    if (found.is_null()) found = OfficeFacts("xlsx", Run().xlsx.at(name));
    return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(OoxmlText)

// Control characters XML cannot hold: Word's manual line and page breaks (VT, FF) pasted with
// evidence stay breaks, the others part words with a space.
BOOST_AUTO_TEST_CASE(xml_safe_text_keeps_what_xml_allows_and_replaces_the_rest) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"plain text", "plain text"},
        {"tab\tline\ncarriage\r", "tab\tline\ncarriage\r"},
        {std::string("a\x01" "b\x08" "c\x0B" "d\x0C" "e\x1F" "f\x7F", 12), "a b c\nd\ne f" "\x7F"},  // DEL is allowed
        {std::string("nul\0byte", 8), "nul byte"},
        {"é 中 😀 ع", "é 中 😀 ع"},
        {"\xEF\xBF\xBE\xEF\xBF\xBFx", "x"},              // U+FFFE, U+FFFF
        {"cut \xC3", "cut \xEF\xBF\xBD"},                 // a sequence cut short becomes U+FFFD
        {"\xC0\xAF over", "\xEF\xBF\xBD\xEF\xBF\xBD over"},  // overlong: each byte replaced
        {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // a surrogate is not UTF-8
    };
    for (const auto& [input, expected] : cases) {
        BOOST_TEST_CONTEXT("input of " << input.size() << " bytes") { BOOST_TEST(r::ooxml::XmlSafeText(input) == expected); }
    }
}

BOOST_AUTO_TEST_CASE(xml_writer_escapes_text_and_attributes) {
    r::ooxml::XmlWriter xml(false);
    xml.Start("a", {{"v", "x\"<&>\ny"}}).Element("b", "1 < 2 & \"3\" > 0\x01").Empty("c").End();
    BOOST_TEST(xml.Finish() == "<a v=\"x&quot;&lt;&amp;&gt;&#10;y\"><b>1 &lt; 2 &amp; \"3\" &gt; 0 </b><c/></a>");
    r::ooxml::XmlWriter unclosed;
    unclosed.Start("a");
    BOOST_CHECK_THROW(unclosed.Finish(), r::ReportError);
}

BOOST_AUTO_TEST_CASE(utf8_prefix_never_splits_a_character) {
    BOOST_TEST(r::ooxml::Utf8Prefix("ab中", 3) == "ab");
    BOOST_TEST(r::ooxml::Utf8Prefix("ab中", 5) == "ab中");
    BOOST_TEST(r::ooxml::Utf8Prefix("ab", 10) == "ab");
}

BOOST_AUTO_TEST_CASE(a_zip_in_memory_holds_its_parts) {
    TempDir dir;
    r::ooxml::ZipWriter zip("2026-05-04");
    zip.Add("a/one.xml", "<one/>");
    zip.Add("two.txt", std::string(200'000, 'x'));
    const std::string bytes = zip.Finish();
    c5::test::WriteFile(dir / "test.zip", bytes);
    const auto listing = c5::test::Tool(
        {"/usr/bin/python3", "-c",
         "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; "
         "print(' '.join(f'{i.filename}:{i.file_size}:{i.date_time[0]}' for i in z.infolist())); "
         "print(z.read('a/one.xml').decode())",
         (dir / "test.zip").string()});
    BOOST_TEST(listing.exit_code == 0, listing.err);
    BOOST_TEST(listing.out == "a/one.xml:6:2026 two.txt:200000:2026\n<one/>\n");
    BOOST_TEST(bytes.size() < 5'000u);  // deflated
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(DocxReport)

// The test that fails when the writer forgets a part of the model: every section title, heading,
// table header and row label the model holds is in the document.
BOOST_AUTO_TEST_CASE(holds_every_section_and_table_of_the_model) {
    const auto& facts = DocxFacts("en");
    BOOST_REQUIRE_MESSAGE(!facts.contains("error"), facts.value("error", ""));
    const std::string text = DocumentText(facts);
    const r::ReportModel& model = Run().models.at("en");
    std::vector<std::string> expected = {model.title, model.subtitle, model.country, model.summary_intro,
                                         model.pillars_intro, model.radar_title, model.bars_title_word,
                                         model.penetration_intro, model.disagreements_intro,
                                         model.recommendations_intro, model.annex_intro, model.signoff_intro,
                                         model.target_a.title, model.target_b.title, model.target_c.title,
                                         model.target_c.status, model.process.intro, model.findings_intro,
                                         model.roadmap.intro, model.scoring_annex.intro, model.fingerprint_note};
    for (std::size_t i = 0; i < model.section_titles.size(); ++i)
        // Progress: follow-ups only; the national module: adapted instruments that have one.
        if (i != r::kSectionProgress && (i != r::kSectionNational || model.national))
            expected.push_back(model.section_titles[i]);
    for (const auto* columns : {&model.pillar_columns, &model.answer_columns, &model.recommendation_columns,
                                &model.parameter_columns, &model.weight_columns, &model.penetration_columns,
                                &model.process.columns, &model.roadmap.columns, &model.scoring_annex.columns})
        for (const auto& column : *columns) expected.push_back(column);
    for (const auto& fact : model.cover_facts) expected.push_back(fact.value);
    for (const auto& fact : model.key_figures) expected.push_back(fact.label + "\n" + fact.value);
    for (const auto& line : model.target_summary) expected.push_back(line);
    for (const auto& pillar : model.pillars) expected.push_back(pillar.cells.front());
    for (const auto& row : model.overall_rows) expected.push_back(row.front());
    for (const auto& row : model.recommendations)
        for (const auto& cell : row) expected.push_back(cell);
    for (const auto& row : model.process.rows) expected.push_back(row.front());
    for (const auto& note : model.process.notes) expected.push_back(note);
    for (const auto& pillar : model.findings) {
        expected.push_back(pillar.heading);
        expected.push_back(pillar.paragraph);
        for (const auto& quote : pillar.quotes) expected.push_back(quote);
    }
    for (const auto& pillar : model.roadmap.pillars) {
        expected.push_back(pillar.heading);
        for (const auto& item : pillar.items) {
            expected.push_back(item.question);
            expected.push_back(item.step);
            expected.push_back(item.lead);
        }
    }
    for (const auto& limitation : model.limitations) expected.push_back(limitation);
    for (const auto& pillar : model.scoring_annex.pillars) {
        expected.push_back(pillar.heading);
        for (const auto& row : pillar.rows) expected.push_back(row.front());
    }
    for (const auto& row : model.penetration_rows) expected.push_back(row.front());
    for (const auto& block : model.disagreements) expected.push_back(block.heading);
    for (const auto& paragraph : model.methodology_paragraphs) expected.push_back(paragraph);
    for (const auto& row : model.parameters) expected.push_back(row[1]);
    for (const auto& pillar : model.annex) {
        expected.push_back(pillar.heading);
        for (const auto& question : pillar.questions) {
            expected.push_back(question.heading);
            for (const auto& answer : question.answers) expected.push_back(answer.cells[0]);
        }
    }
    for (const auto& role : model.signoff_roles) expected.push_back(role);
    for (const auto& field : model.signoff_fields) expected.push_back(field);
    int missing = 0;
    for (const auto& part : expected)
        if (!Contains(text, part) && ++missing <= 10) BOOST_ERROR("missing from the DOCX: " << part);
    BOOST_TEST(missing == 0);
    BOOST_TEST(expected.size() > 300u);
}

BOOST_AUTO_TEST_CASE(uses_word_styles_a_user_can_restyle) {
    const auto& facts = DocxFacts("en");
    const r::ReportModel& model = Run().models.at("en");
    std::set<std::string> styles(facts["styles"].begin(), facts["styles"].end());
    for (const char* style : {"Title", "Heading 1", "Heading 2", "Heading 3", "Caption", "Quote", "List Bullet",
                              "Report Table", "TOC Heading", "Header", "Footer"})
        BOOST_TEST(styles.count(style) == 1u, style);
    std::vector<std::string> heading1;
    int heading3 = 0;
    int captions = 0;
    for (const auto& paragraph : facts["paragraphs"]) {
        const std::string style = paragraph["style"];
        if (style == "Heading 1") heading1.push_back(paragraph["text"]);
        heading3 += style == "Heading 3";
        captions += style == "Caption";
    }
    BOOST_TEST(facts["paragraphs"][0]["style"] == "Title");
    BOOST_TEST(facts["paragraphs"][0]["text"] == model.title);
    BOOST_TEST(heading1 == SectionOrder(model), boost::test_tools::per_element());
    BOOST_TEST(heading3 >= static_cast<int>(Run().data.instrument.QuestionCount()));  // every question of the annex
    BOOST_TEST(captions == 2);
    int report_tables = 0;
    for (const auto& table : facts["tables"])
        if (table["style"] == "Report Table") {
            ++report_tables;
            BOOST_TEST(table["repeat_header"] == true);
        }
    BOOST_TEST(report_tables > 50);
    BOOST_TEST(facts["toc_field"] == true);
    BOOST_TEST(facts["header"][0] == "RESTRICTED");
    BOOST_TEST(facts["header"][1] == model.running_title);
    BOOST_TEST(facts["footer"].back() == "RESTRICTED");
    BOOST_TEST(facts["footer_fields"].size() == 2u);
    BOOST_TEST(facts["different_first_page"] == true);
    BOOST_TEST(facts["first_page_header"][0] == "RESTRICTED");
    BOOST_TEST(facts["lang"]["val"] == "en-GB");
    BOOST_TEST(facts["core_language"] == "en-GB");
    BOOST_TEST(facts["core_title"] == model.running_title);
    BOOST_TEST(facts["zip_ok"] == true);
}

// The sections issue 15 added, each where the PDF has it and in the shape the PDF gives it.
BOOST_AUTO_TEST_CASE(holds_the_roadmap_findings_limitations_and_annex_b_as_the_pdf_does) {
    const auto& facts = DocxFacts("en");
    const r::ReportModel& model = Run().models.at("en");
    const auto title = [&](std::size_t index) { return model.section_titles.at(index); };
    // Roadmap: one table, a shaded row per pillar, then its items: rank, question and step, lead, gain.
    BOOST_REQUIRE(!model.roadmap.pillars.empty());
    const auto roadmaps = TablesHeaded(facts, model.roadmap.columns);
    BOOST_REQUIRE_EQUAL(roadmaps.size(), 1u);
    const auto& roadmap = roadmaps.front()["text"];
    std::size_t row = 1;
    std::size_t items = 0;
    for (const auto& pillar : model.roadmap.pillars) {
        BOOST_REQUIRE(row < roadmap.size());
        BOOST_TEST(roadmap[row++][1] == pillar.heading);
        for (const auto& item : pillar.items) {
            BOOST_REQUIRE(row < roadmap.size());
            const auto& cells = roadmap[row++];
            BOOST_TEST(cells[0] == item.rank);
            BOOST_TEST(cells[1] == item.question + "\n" + item.step);
            BOOST_TEST(cells[2] == item.lead);
            BOOST_TEST(cells[3] == item.gain);
            ++items;
        }
    }
    BOOST_TEST(row == roadmap.size());
    BOOST_TEST(items >= 1u);
    BOOST_TEST(items <= 10u);
    // Recommendations: six columns, row for row the model's.
    const auto recommendations = TablesHeaded(facts, model.recommendation_columns);
    BOOST_REQUIRE_EQUAL(recommendations.size(), 1u);
    BOOST_TEST(model.recommendation_columns.size() == 6u);
    const auto& ranked = recommendations.front()["text"];
    BOOST_REQUIRE_EQUAL(ranked.size(), model.recommendations.size() + 1);
    for (std::size_t i = 0; i < model.recommendations.size(); ++i) BOOST_TEST(ranked[i + 1] == Json(model.recommendations[i]));
    // Findings: a Heading 3 per pillar, its paragraph, its quotes in the Quote style.
    BOOST_REQUIRE(!model.findings.empty());
    const int findings = ParagraphIndex(facts, "Heading 1", title(r::kSectionFindings));
    const int charts = ParagraphIndex(facts, "Heading 1", title(r::kSectionCharts));
    BOOST_REQUIRE(findings > 0);
    BOOST_TEST(charts > findings);
    std::size_t quotes = 0;
    for (const auto& pillar : model.findings) {
        const int heading = ParagraphIndex(facts, "Heading 3", pillar.heading);
        BOOST_TEST((heading > findings && heading < charts), pillar.heading);
        BOOST_TEST(ParagraphIndex(facts, "Normal", pillar.paragraph) == heading + 1, pillar.heading);
        for (const auto& quote : pillar.quotes) BOOST_TEST(ParagraphIndex(facts, "Quote", quote) > heading, quote);
        quotes += pillar.quotes.size();
    }
    BOOST_TEST(quotes > 0u);
    // Limitations: the model's bullets, between their heading and the methodology's.
    BOOST_REQUIRE(!model.limitations.empty());
    const int limitations = ParagraphIndex(facts, "Heading 1", title(r::kSectionLimitations));
    BOOST_REQUIRE(limitations > 0);
    for (std::size_t i = 0; i < model.limitations.size(); ++i) {
        const auto& paragraph = facts["paragraphs"][static_cast<std::size_t>(limitations) + 1 + i];
        BOOST_TEST(paragraph["style"] == "List Bullet");
        BOOST_TEST(paragraph["text"] == model.limitations[i]);
    }
    BOOST_TEST(ParagraphIndex(facts, "Heading 1", title(r::kSectionMethodology)) ==
               limitations + 1 + static_cast<int>(model.limitations.size()));
    // Annex B: a Heading 2 and a table per pillar, every row the model's.
    BOOST_REQUIRE(!model.scoring_annex.pillars.empty());
    const int annex_b = ParagraphIndex(facts, "Heading 1", title(r::kSectionScoringAnnex));
    BOOST_REQUIRE(annex_b > 0);
    const auto annex_tables = TablesHeaded(facts, model.scoring_annex.columns);
    BOOST_REQUIRE_EQUAL(annex_tables.size(), model.scoring_annex.pillars.size());
    for (std::size_t i = 0; i < model.scoring_annex.pillars.size(); ++i) {
        const auto& pillar = model.scoring_annex.pillars[i];
        BOOST_TEST(ParagraphIndex(facts, "Heading 2", pillar.heading) > annex_b, pillar.heading);
        const auto& rows = annex_tables[i]["text"];
        BOOST_REQUIRE_EQUAL(rows.size(), pillar.rows.size() + 1);
        for (std::size_t k = 0; k < pillar.rows.size(); ++k) BOOST_TEST(rows[k + 1] == Json(pillar.rows[k]));
    }
    // Process: the coverage table and its notes; the fingerprint note above the sign-off block.
    BOOST_TEST(TablesHeaded(facts, model.process.columns).size() == 1u);
    BOOST_TEST(ParagraphIndex(facts, "Note", model.fingerprint_note) > ParagraphIndex(facts, "Heading 1", title(r::kSectionSignoff)));
    BOOST_TEST(Contains(model.fingerprint_note, model.fingerprint));
    BOOST_TEST(model.fingerprint.size() == 64u);
}

// A draft says so beside the marking on every page, lists what is missing on the cover, and has
// no sign-off block; with no pillar scored it has a sentence instead of charts.
BOOST_AUTO_TEST_CASE(a_draft_is_marked_on_every_page_and_has_no_sign_off) {
    const auto& facts = DocxFacts("draft");
    const r::ReportModel& model = Run().models.at("draft");
    BOOST_REQUIRE(model.draft.draft);
    BOOST_REQUIRE(!model.draft.missing.empty());
    BOOST_TEST(model.draft.marking == "DRAFT — NOT A VALID BASELINE");
    const std::string marking = "RESTRICTED  ·  DRAFT — NOT A VALID BASELINE";
    BOOST_TEST(facts["header"][0] == marking);
    BOOST_TEST(facts["footer"].back() == marking);
    BOOST_TEST(facts["first_page_header"][0] == marking);
    // The cover (before the table of contents): the draft marking, why, and what is missing.
    const int contents = ParagraphIndex(facts, "TOC Heading", r::ReportText("en").Get("contents"));
    BOOST_REQUIRE(contents > 0);
    const int marked = ParagraphIndex(facts, "Normal", model.draft.marking);
    BOOST_TEST((marked > 0 && marked < contents));
    BOOST_TEST(ParagraphIndex(facts, "Normal", model.draft.intro) == marked + 1);
    for (std::size_t i = 0; i < model.draft.missing.size(); ++i)
        BOOST_TEST(ParagraphIndex(facts, "List Bullet", model.draft.missing[i]) == marked + 2 + static_cast<int>(i));
    // No sign-off block: the sentence that says why, after the fingerprint note.
    const int signoff = ParagraphIndex(facts, "Heading 1", model.section_titles.at(r::kSectionSignoff));
    BOOST_REQUIRE(signoff > 0);
    BOOST_TEST(ParagraphIndex(facts, "Note", model.fingerprint_note) == signoff + 1);
    BOOST_TEST(ParagraphIndex(facts, "Normal", model.draft.no_signoff) == signoff + 2);
    BOOST_TEST(static_cast<std::size_t>(signoff + 3) == facts["paragraphs"].size());
    BOOST_TEST(!Contains(DocumentText(facts), "Approved by"));
    // No charts of nothing: the sentence instead.
    BOOST_REQUIRE(!model.charts_empty.empty());
    BOOST_TEST(ParagraphIndex(facts, "Normal", model.charts_empty) ==
               ParagraphIndex(facts, "Heading 1", model.section_titles.at(r::kSectionCharts)) + 1);
    BOOST_TEST(StyledTexts(facts, "Caption").empty());
    for (const auto& [name, kinds] : facts["charts"].items())
        for (const auto& kind : kinds) BOOST_TEST((kind != "radarChart" && kind != "barChart"), name);
    // A baseline says nothing of drafts.
    BOOST_TEST(DocxFacts("en")["header"][0] == "RESTRICTED");
    BOOST_TEST(!Contains(DocumentText(DocxFacts("en")), "DRAFT"));
}

BOOST_AUTO_TEST_CASE(charts_are_native_chart_parts_with_their_data) {
    const auto& facts = DocxFacts("en");
    const auto& charts = facts["charts"];
    BOOST_REQUIRE_EQUAL(charts.size(), 4u);  // radar, bars, the trajectories of targets a and b
    BOOST_TEST(charts["word/charts/chart1.xml"] == Json({"radarChart"}));
    BOOST_TEST(charts["word/charts/chart2.xml"] == Json({"barChart", "errBars"}));
    BOOST_TEST(charts["word/charts/chart3.xml"] == Json({"lineChart"}));
    BOOST_TEST(charts["word/charts/chart4.xml"] == Json({"lineChart"}));
    BOOST_TEST(facts["embedded"].size() == 4u);
    BOOST_TEST(facts["chart_series"]["word/charts/chart1.xml"] == 2);  // score, target: no baseline
}

// Arabic charts read from the right, as the PDF's: bars grow leftwards from the names at the right
// (value axis reversed, category axis at the right), years run leftwards with the value axis at the
// right; and a chart's text carries the report's language.
struct ChartDirectionCase {
    r::docx::ChartSpec::Kind kind;
    bool right_to_left;
    const char* category_axis;  // orientation, position
    const char* value_axis;
};
std::ostream& operator<<(std::ostream& out, const ChartDirectionCase& c) {
    return out << static_cast<int>(c.kind) << (c.right_to_left ? " rtl" : " ltr");
}
const ChartDirectionCase kChartDirections[] = {
    {r::docx::ChartSpec::Kind::Bars, false, "maxMin l", "minMax b"},
    {r::docx::ChartSpec::Kind::Bars, true, "maxMin r", "maxMin b"},
    {r::docx::ChartSpec::Kind::Lines, false, "minMax b", "minMax l"},
    {r::docx::ChartSpec::Kind::Lines, true, "maxMin b", "minMax r"},
};

BOOST_DATA_TEST_CASE(charts_read_in_the_reports_direction, boost::unit_test::data::make(kChartDirections), c) {
    r::docx::ChartSpec spec;
    spec.kind = c.kind;
    spec.categories = {"P1", "P2"};
    r::docx::ChartSeries score;
    score.name = "score";
    score.values = {40, 60};
    score.color = "29456B";
    spec.series.push_back(score);
    spec.language_tag = c.right_to_left ? "ar-SA" : "en-GB";
    spec.right_to_left = c.right_to_left;
    const std::string xml = r::docx::ChartXml(spec);
    const auto axis = [&](const std::string& name) {
        const std::string part = xml.substr(xml.find("<c:" + name + ">"));
        const auto value = [&](const std::string& element) {
            const auto at = part.find("<c:" + element + " val=\"") + element.size() + 9;
            return part.substr(at, part.find('"', at) - at);
        };
        return value("orientation") + " " + value("axPos");
    };
    BOOST_TEST(axis("catAx") == c.category_axis);
    BOOST_TEST(axis("valAx") == c.value_axis);
    BOOST_TEST(Contains(xml, "<c:lang val=\"" + spec.language_tag + "\"/>"));
    BOOST_TEST(Contains(xml, "<a:endParaRPr lang=\"" + spec.language_tag + "\"/>"));
}

BOOST_AUTO_TEST_CASE(arabic_runs_right_to_left) {
    const auto& facts = DocxFacts("ar");
    int paragraphs = 0;
    int arabic_without_rtl = 0;
    for (const auto& paragraph : facts["paragraphs"]) {
        ++paragraphs;
        // Charts sit in left-to-right paragraphs (LibreOffice reverses a chart's digits otherwise).
        if (paragraph["style"] == "Figure") continue;
        BOOST_TEST(paragraph["bidi"] == true, paragraph["text"].get<std::string>());
        if (paragraph["runs"] > 0 && paragraph["rtl_runs"] == 0 && paragraph["text"].get<std::string>().find("\xD8") != std::string::npos)
            ++arabic_without_rtl;
    }
    BOOST_TEST(paragraphs > 100);
    BOOST_TEST(arabic_without_rtl == 0);
    for (const auto& table : facts["tables"]) BOOST_TEST(table["bidi_visual"] == true);
    BOOST_TEST(facts["lang"]["val"] == "ar-SA");
    BOOST_TEST(facts["lang"]["bidi"] == "ar-SA");
    BOOST_TEST(facts["paragraphs"][0]["text"] == Run().models.at("ar").title);
}

BOOST_AUTO_TEST_CASE(chinese_names_its_east_asian_font_and_language) {
    const auto& facts = DocxFacts("zh");
    BOOST_TEST(facts["lang"]["val"] == "zh-CN");
    BOOST_TEST(facts["lang"]["eastAsia"] == "zh-CN");
    BOOST_TEST(facts["fonts"]["eastAsia"] == "SimSun");
    for (const auto& paragraph : facts["paragraphs"]) BOOST_TEST(paragraph["bidi"] == false);
}

BOOST_AUTO_TEST_CASE(libreoffice_renders_every_language_and_the_hostile_evidence) {
    const auto& run = Run();
    BOOST_TEST(run.to_pdf.exit_code == 0, run.to_pdf.out + run.to_pdf.err);
    for (const std::string name : {"en", "ar", "zh", "hostile"}) {
        const fs::path pdf = run.dir / ("report-" + name + ".pdf");
        BOOST_TEST_CONTEXT(name) {
            BOOST_REQUIRE(fs::exists(pdf));
            BOOST_TEST(c5::test::PageCount(pdf) >= 20);
        }
    }
    const std::string text = Words(c5::test::PdfText(run.dir / "report-en.pdf"));
    const r::ReportText english("en");
    BOOST_TEST(Contains(text, english.Get("summary_overall") + " " + english.Number(run.score.overall.score)));
    for (const auto& pillar : run.data.instrument.pillars)
        BOOST_TEST(Contains(text, Words(pillar.id + " " + pillar.title)), pillar.id);
    for (const auto& row : run.models.at("en").recommendations) BOOST_TEST(Contains(text, Words(row[4])), row[4]);
    BOOST_TEST(Contains(text, "RESTRICTED"));
    const std::string hostile = Words(c5::test::PdfText(run.dir / "report-hostile.pdf"));
    // All 100,000 bytes are there: a table row that long breaks across pages.
    BOOST_TEST(Contains(hostile, "STARTOFLONGEVIDENCE"));
    BOOST_TEST(Contains(hostile, "ENDOFLONGEVIDENCE"));
    BOOST_TEST(Contains(hostile, "CONTROLS:"));
    BOOST_TEST(Contains(hostile, "Kelora & <Sons> \"Ltd\""));
    const std::string draft = Words(c5::test::PdfText(run.dir / "report-draft.pdf"));
    BOOST_TEST(Contains(draft, "DRAFT — NOT A VALID BASELINE"));
    BOOST_TEST(Contains(draft, Words(run.models.at("draft").draft.no_signoff)));
    BOOST_TEST(Contains(text, Words(run.models.at("en").section_titles.at(r::kSectionScoringAnnex))));
    BOOST_TEST(Contains(text, Words(run.models.at("en").section_titles.at(r::kSectionRoadmap))));
    const auto& facts = DocxFacts("hostile");
    BOOST_TEST(facts["zip_ok"] == true);
    BOOST_TEST(Contains(DocumentText(facts), "\x7F:END"));
}

BOOST_AUTO_TEST_CASE(a_follow_up_has_its_progress_section) {
    const auto& run = Run();
    q::AssessmentData later = run.data;
    later.info.year = 2028;
    later.info.uuid = "follow-up";
    s::ScoreRequest request;
    request.parameters.samples = 300;
    request.target_year = 2030;
    const s::Comparison comparison = s::CompareAssessments(run.data, later, request);
    r::ReportOptions options;
    const r::ReportModel model = r::BuildReportModel(later, comparison.followup_score, options, &comparison);
    TempDir dir;
    std::ofstream(dir / "follow-up.docx", std::ios::binary) << r::RenderReportDocx(model, options);
    const Json facts = OfficeFacts("docx", dir / "follow-up.docx");
    const std::string text = DocumentText(facts);
    BOOST_TEST(Contains(text, model.section_titles[r::kSectionProgress]));
    BOOST_TEST(Contains(text, model.progress.intro));
    // Six columns: pillar, baseline, follow-up, change, paired 90 % range, clear; row for row the model's.
    BOOST_REQUIRE_EQUAL(model.progress.columns.size(), 6u);
    const auto progress = TablesHeaded(facts, model.progress.columns);
    BOOST_REQUIRE_EQUAL(progress.size(), 1u);
    const auto& rows = progress.front()["text"];
    BOOST_REQUIRE_EQUAL(rows.size(), 1 + model.progress.rows.size() + model.progress.overall_rows.size());
    for (std::size_t i = 0; i < model.progress.rows.size(); ++i) BOOST_TEST(rows[i + 1] == Json(model.progress.rows[i]));
    // Progress comes right after the summary, as in the PDF.
    std::vector<std::string> order = SectionOrder(model);
    order.insert(order.begin() + 1, model.section_titles[r::kSectionProgress]);
    BOOST_TEST(StyledTexts(facts, "Heading 1") == order, boost::test_tools::per_element());
    // The radar draws the baseline under the follow-up: a third series.
    BOOST_TEST(facts["chart_series"]["word/charts/chart1.xml"] == 3);
    BOOST_TEST(facts["paragraphs"][0]["text"] == model.title);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(ResultsWorkbookXlsx)

BOOST_AUTO_TEST_CASE(sheets_hold_typed_cells_frozen_filtered_and_marked) {
    const auto& facts = XlsxFacts("en");
    BOOST_REQUIRE_MESSAGE(!facts.contains("error"), facts.value("error", ""));
    std::vector<std::string> names;
    for (const auto& sheet : facts["sheets"]) names.push_back(sheet["name"]);
    const std::vector<std::string> expected = {"Scores", "Answers", "Disagreements", "Recommendations", "Targets",
                                               "Child online protection", "Weights and exposures"};
    BOOST_TEST(names == expected, boost::test_tools::per_element());
    for (const auto& sheet : facts["sheets"]) {
        BOOST_TEST_CONTEXT(sheet["name"]) {
            BOOST_TEST(sheet["freeze"] == "A2");
            BOOST_TEST(sheet["filter"].get<std::string>().rfind("A1:", 0) == 0u);
            BOOST_TEST(sheet["header"] == "RESTRICTED");
            BOOST_TEST(sheet["footer"] == "RESTRICTED");
            BOOST_TEST(sheet["rows"].size() > 1u);
            for (const auto& cell : sheet["rows"][0]) BOOST_TEST(cell["type"] == "s");
        }
    }
    // Scores: one row per pillar, then overall; numbers are numbers, equal to the scores.
    const auto& run = Run();
    const auto& scores = facts["sheets"][0]["rows"];
    for (std::size_t i = 0; i < run.score.pillars.size(); ++i) {
        const auto& pillar = run.score.pillars[i];
        const auto& row = scores[i + 1];
        BOOST_TEST(row[0]["value"] == pillar.id);
        if (!s::HasScore(pillar.score)) continue;
        BOOST_TEST(row[4]["type"] == "n");
        BOOST_TEST(row[4]["value"].get<double>() == pillar.score, boost::test_tools::tolerance(1e-9));
        BOOST_TEST(row[5]["value"].get<double>() == pillar.interval.low, boost::test_tools::tolerance(1e-9));
        BOOST_TEST(row[6]["value"].get<double>() == pillar.interval.high, boost::test_tools::tolerance(1e-9));
        BOOST_TEST(row[4]["format"] == "0.0");
        BOOST_TEST(row[9]["type"] == "n");  // answered
    }
    const auto& overall = scores[run.score.pillars.size() + 1];
    BOOST_TEST(overall[0]["value"] == "overall");
    BOOST_TEST(overall[4]["value"].get<double>() == run.score.overall.score, boost::test_tools::tolerance(1e-9));
    // Answers: every answer and consensus, item scores typed.
    const auto& answers = facts["sheets"][1]["rows"];
    BOOST_TEST(answers.size() == run.data.answers.size() + run.data.consensus.size() + 1);
    int numeric_scores = 0;
    for (std::size_t i = 1; i < answers.size(); ++i) numeric_scores += answers[i][7]["type"] == "n";
    BOOST_TEST(numeric_scores > 100);
    // Recommendations ranked 1, 2, … as numbers.
    const auto& recommendations = facts["sheets"][3]["rows"];
    BOOST_TEST(recommendations.size() == run.score.recommendations.size() + 1);
    BOOST_TEST(recommendations[1][0]["type"] == "n");
    BOOST_TEST(recommendations[1][0]["value"] == 1);
    // Widths fit: the question column is wider than the id column.
    const auto& widths = facts["sheets"][3]["widths"];
    BOOST_TEST(widths["C"].get<double>() > widths["B"].get<double>());
}

BOOST_AUTO_TEST_CASE(arabic_sheets_run_right_to_left_in_arabic) {
    const auto& facts = XlsxFacts("ar");
    const r::ReportText arabic("ar");
    BOOST_TEST(facts["sheets"][0]["name"] == arabic.Get("sheet_scores"));
    for (const auto& sheet : facts["sheets"]) BOOST_TEST(sheet["right_to_left"] == true);
    BOOST_TEST(facts["sheets"][0]["rows"][0][1]["value"] == arabic.Get("column_pillar"));
}

BOOST_AUTO_TEST_CASE(hostile_text_stays_text_and_long_evidence_is_cut_where_excel_stops) {
    const auto& facts = XlsxFacts("hostile");
    BOOST_REQUIRE_MESSAGE(!facts.contains("error"), facts.value("error", ""));
    const auto& answers = facts["sheets"][1]["rows"];
    bool long_seen = false, formula_seen = false, links_seen = false, controls_seen = false;
    for (const auto& row : answers) {
        for (const auto& cell : row) {
            if (!cell["value"].is_string()) continue;
            const std::string value = cell["value"];
            BOOST_TEST(cell["type"] == "s");
            if (value.rfind("START-OF-LONG-EVIDENCE", 0) == 0) {
                long_seen = true;
                BOOST_TEST(value.size() <= 32'767u);
                BOOST_TEST(Contains(value, "[…]"));
            }
            formula_seen = formula_seen || value == "=1+1";
            links_seen = links_seen || value.rfind("=HYPERLINK(", 0) == 0;
            // 0x01–0x08 and 0x0E–0x1F part words with a space, VT and FF are line breaks, CR goes with
            // its line feed, U+FFFE and U+FFFF are no characters.
            controls_seen = controls_seen || value == "CONTROLS:" + std::string(8, ' ') + "\t\n\n\n" +
                                                          std::string(18, ' ') + "\x7F:END";
        }
    }
    BOOST_TEST(long_seen);
    BOOST_TEST(formula_seen);
    BOOST_TEST(links_seen);
    BOOST_TEST(controls_seen);
}

// Recommendations: the next step from the level each item reached, as the report prints it, not
// the question's generic recommendation.
BOOST_AUTO_TEST_CASE(recommendations_are_the_reports_next_steps) {
    const auto& rows = XlsxFacts("en")["sheets"][3]["rows"];
    const auto& model = Run().models.at("en");
    BOOST_REQUIRE_EQUAL(rows.size(), model.recommendations.size() + 1);
    BOOST_REQUIRE_EQUAL(model.recommendation_columns.at(4), "Next step");
    for (std::size_t i = 0; i < model.recommendations.size(); ++i)
        BOOST_TEST(rows[i + 1][6]["value"] == model.recommendations[i][4], "row " << i + 1);
    // Read in the demo: P8.Q1 is at level 1; its step from there, not "Include mandatory security requirements …".
    BOOST_TEST(rows[1][1]["value"] == "P8.Q1");
    const std::string first = rows[1][6]["value"];
    BOOST_TEST(first.rfind("Make the security clauses mandatory in all ICT procurement", 0) == 0u, first);
}

// The transborder row holds target b's baseline B (adjusted, as the demo has penetration figures),
// the number `score --json` prints as targets.b.baseline, with its range.
BOOST_AUTO_TEST_CASE(the_transborder_row_is_target_b_baseline) {
    const auto& run = Run();
    const auto& target = run.score.target_b;
    BOOST_REQUIRE(target.baseline_adjusted);
    BOOST_TEST(std::abs(target.baseline - target.raw) > 0.1);  // else this test could not fail
    for (const auto& row : XlsxFacts("en")["sheets"][0]["rows"]) {
        if (row[0]["value"] != "transborder") continue;
        BOOST_TEST(row[4]["value"].get<double>() == 41.289, boost::test_tools::tolerance(5e-4 / 41.289));
        BOOST_TEST(row[4]["value"].get<double>() == target.baseline, boost::test_tools::tolerance(1e-12));
        BOOST_TEST(row[5]["value"].get<double>() == target.baseline_interval.low, boost::test_tools::tolerance(1e-12));
        BOOST_TEST(row[6]["value"].get<double>() == target.baseline_interval.high, boost::test_tools::tolerance(1e-12));
        BOOST_TEST(row[3]["value"] == "penetration-adjusted");
        return;
    }
    BOOST_ERROR("no transborder row");
}

// Stakeholder groups and the default marking in the workbook's language, as the Word report has them.
BOOST_AUTO_TEST_CASE(groups_and_the_default_marking_are_translated) {
    struct Case {
        std::string language, marking, government, cirt;
    };
    const std::vector<Case> cases = {{"en", "RESTRICTED", "government", "national CIRT"},
                                     {"fr", "DIFFUSION RESTREINTE", "gouvernement", "CIRT national"},
                                     {"ru", r::ReportText("ru").Get("marking_default"),
                                      r::ReportText("ru").Get("stakeholder_government"),
                                      r::ReportText("ru").Get("stakeholder_national_CIRT")}};
    BOOST_TEST(cases[2].marking != "RESTRICTED");
    const auto& run = Run();
    TempDir dir;
    for (const auto& test : cases) {
        BOOST_TEST_CONTEXT(test.language) {
            r::ReportOptions options;
            options.language = test.language;
            r::WriteResultsWorkbook(run.data, run.score, options, dir / (test.language + ".xlsx"));
            const Json facts = OfficeFacts("xlsx", dir / (test.language + ".xlsx"));
            BOOST_REQUIRE_MESSAGE(!facts.contains("error"), facts.value("error", ""));
            BOOST_TEST(facts["sheets"][0]["header"] == test.marking);
            BOOST_TEST(facts["sheets"][0]["footer"] == test.marking);
            std::set<std::string> groups;
            for (const auto& row : facts["sheets"][1]["rows"])
                if (row[1]["value"].is_string()) groups.insert(row[1]["value"].get<std::string>());
            BOOST_TEST(groups.count(test.government) == 1u);
            BOOST_TEST(groups.count(test.cirt) == 1u);
            if (test.language != "en") BOOST_TEST(groups.count("government") == 0u);
            bool cirt_respondent = false;
            for (const auto& row : facts["sheets"][2]["rows"])
                cirt_respondent = cirt_respondent || Contains(row[5]["value"].dump(), test.cirt + r::ReportText(test.language).Get("bracket_close"));
            BOOST_TEST(cirt_respondent);
        }
    }
}

// The page header's title gives way beside a long marking, counted in characters as Excel counts
// them (an "&" twice): first the title's words, keeping country and year. Expectations by hand:
// 255 − 17 header codes − the marking leaves the room.
BOOST_AUTO_TEST_CASE(the_header_title_is_shortened_by_characters_keeping_country_and_year) {
    struct Case {
        std::string words, place, marking, expected;
    };
    const std::string english = "C5 Readiness Baseline Report";
    const std::string russian = "Отчет о последующей оценке готовности по направлению C5";
    const std::string zhe180 = [] { std::string text; for (int i = 0; i < 180; ++i) text += "Ж"; return text; }();
    const std::vector<Case> cases = {
        {english, "Kelora 2026", "RESTRICTED", "C5 Readiness Baseline Report — Kelora 2026"},
        // room 38 = 23 of the words + "…" + 14 of " — Kelora 2026"
        {english, "Kelora 2026", std::string(200, 'X'), "C5 Readiness Baseline R… — Kelora 2026"},
        // room 3: not even the place fits; the whole title is cut
        {english, "Kelora 2026", std::string(235, 'X'), "C5…"},
        // room 58 in characters (the marking is 360 bytes): 43 of the words + "…" + 14
        {russian, "Келора 2027", zhe180, "Отчет о последующей оценке готовности по на… — Келора 2027"},
        // "&" counts twice: 37 characters are 38 in the header, exactly the room …
        {"Trade & Industry Report", "Kelora 2026", std::string(200, 'X'), "Trade & Industry Report — Kelora 2026"},
        // … and one less leaves 22 for the words: "Trade & Industry Repo" (21 characters, 22 counted)
        {"Trade & Industry Report", "Kelora 2026", std::string(201, 'X'), "Trade & Industry Repo… — Kelora 2026"},
        // room 17 leaves 2 for the words: a vowel mark stays with its letter ("لِ" is two code points)
        {"لِلتقرير", "Kelora 2026", std::string(221, 'X'), "لِ… — Kelora 2026"},
        // … and room 16 leaves 1, too little for "لِ": the letter goes with its mark, the words give way
        {"لِلتقرير", "Kelora 2026", std::string(222, 'X'), "… — Kelora 2026"},
        // a character beyond the BMP counts two, as UTF-16 (Excel) does: room 18 leaves 3, for "a😀" not "a😀b"
        {"a😀bcdef", "Kelora 2026", std::string(220, 'X'), "a😀… — Kelora 2026"},
    };
    for (const auto& test : cases) {
        BOOST_TEST_CONTEXT(test.expected) {
            r::ResultsWorkbook workbook;
            workbook.title_words = test.words;
            workbook.title_place = test.place;
            workbook.title = test.words + " — " + test.place;
            workbook.marking = test.marking;
            BOOST_TEST(r::WorkbookHeaderTitle(workbook) == test.expected);
        }
    }
}

// A marking is never cut: one longer than the footer's 235 characters is refused before anything
// is written; 235 characters of any script fit.
BOOST_AUTO_TEST_CASE(a_marking_too_long_for_the_header_is_refused_before_writing) {
    std::string cyrillic;
    for (int i = 0; i < 235; ++i) cyrillic += "Ж";
    BOOST_CHECK_NO_THROW(r::CheckWorkbookMarking(std::string(235, 'x')));
    BOOST_CHECK_NO_THROW(r::CheckWorkbookMarking(cyrillic));  // 470 bytes, 235 characters
    BOOST_CHECK_NO_THROW(r::CheckWorkbookMarking(std::string(117, '&')));  // 234 as Excel counts
    BOOST_CHECK_THROW(r::CheckWorkbookMarking(std::string(118, '&')), r::ReportError);
    try {
        r::CheckWorkbookMarking(std::string(236, 'x'));
        BOOST_ERROR("a 236-character marking was accepted");
    } catch (const r::ReportError& error) {
        BOOST_TEST(Contains(error.what(), "236 characters"));
        BOOST_TEST(Contains(error.what(), "at most 235"));
        BOOST_TEST(Contains(error.what(), "shorter marking"));
    }
    const auto& run = Run();
    TempDir dir;
    r::ReportOptions options;
    options.marking = std::string(236, 'x');
    BOOST_CHECK_THROW(r::WriteResultsWorkbook(run.data, run.score, options, dir / "long.xlsx"), r::ReportError);
    BOOST_TEST(fs::is_empty(dir.Path()));
    // The longest marking, in Russian, with a follow-up's long Russian title: both whole or shortened as shown.
    options.marking = cyrillic;
    options.language = "ru";
    r::WriteResultsWorkbook(run.data, run.score, options, dir / "ru.xlsx");
    const Json facts = OfficeFacts("xlsx", dir / "ru.xlsx");
    BOOST_REQUIRE_MESSAGE(!facts.contains("error"), facts.value("error", ""));
    BOOST_TEST(facts["sheets"][0]["header"] == cyrillic);
    BOOST_TEST(facts["sheets"][0]["footer"] == cyrillic);
    BOOST_TEST(facts["sheets"][0]["header_left"] == "От…");  // room 3: two characters and "…"
}

// Text wider than its column's cap wraps in a row tall enough for it, so no cell is clipped or
// overlaps the next: every sheet, every text.
BOOST_AUTO_TEST_CASE(long_texts_wrap_in_capped_columns) {
    const auto characters = [](const std::string& text) {
        std::size_t longest = 0, line = 0;
        for (const char c : text) {
            if (c == '\n') longest = std::max(longest, line), line = 0;
            else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++line;
        }
        return std::max(longest, line);
    };
    for (const std::string name : {"en", "ar"}) {
        int wrapped_values = 0;
        for (const auto& sheet : XlsxFacts(name)["sheets"]) {
            BOOST_TEST_CONTEXT(name << " " << sheet["name"]) {
                // libxlsxwriter stores a width w as w + 5/7 (Excel's padding).
                for (const auto& [column, width] : sheet["widths"].items()) BOOST_TEST(width.get<double>() <= 60.72);
                const auto& rows = sheet["rows"];
                for (std::size_t r = 1; r < rows.size(); ++r)
                    for (std::size_t c = 0; c < rows[r].size(); ++c) {
                        const auto& cell = rows[r][c];
                        if (!cell["value"].is_string()) continue;
                        const std::string letter(1, static_cast<char>('A' + c));
                        const double width = sheet["widths"].value(letter, 8.43);
                        if (static_cast<double>(characters(cell["value"])) + 2 > width) {
                            BOOST_TEST(cell["wrap"] == true, letter << r + 1);
                            // Its row at least as tall as its lines would be filling the column
                            // to the edge (15 points a line, Excel's most 409), so none overlaps the next.
                            const double lines = std::ceil(static_cast<double>(characters(cell["value"])) / width);
                            const double height = sheet["heights"].value(std::to_string(r + 1), 15.0);
                            BOOST_TEST(height >= std::min(409.0, 15 * lines), letter << r + 1);
                        }
                    }
                if (sheet["name"] == r::ReportText(name).Get("sheet_answers"))
                    for (std::size_t r = 1; r < rows.size(); ++r)
                        wrapped_values += rows[r][5]["value"].is_string() && characters(rows[r][5]["value"]) > 300;
            }
        }
        BOOST_TEST(wrapped_values >= 2);  // the demo's long text answers (1,029 and 800 characters)
    }
}

// A follow-up's workbook: the follow-up report's title, the baseline's targets, and the change per
// pillar as the follow-up report's comparison table has it.
BOOST_AUTO_TEST_CASE(a_follow_up_workbook_has_progress_and_the_baselines_targets) {
    const auto& run = Run();
    q::AssessmentData later = run.data;
    later.info.year = 2028;
    later.info.uuid = "follow-up";
    // Every third maturity answer one level up: changes to measure.
    for (std::size_t i = 0; i < later.answers.size(); i += 3) {
        auto& answer = later.answers[i];
        const q::Question* question = later.instrument.FindQuestion(answer.question_id);
        if (question && question->type == q::QuestionType::Maturity && answer.value && *answer.value != "4")
            answer.value = std::to_string(std::stoi(*answer.value) + 1);
    }
    s::ScoreRequest request;
    request.parameters.samples = 300;
    const s::Comparison comparison = s::CompareAssessments(run.data, later, request);
    r::ReportOptions options;
    const r::ReportModel model = r::BuildReportModel(later, comparison.followup_score, options, &comparison);
    TempDir dir;
    r::WriteResultsWorkbook(later, comparison.followup_score, options, dir / "follow-up.xlsx", &comparison);
    const Json facts = OfficeFacts("xlsx", dir / "follow-up.xlsx");
    BOOST_REQUIRE_MESSAGE(!facts.contains("error"), facts.value("error", ""));
    BOOST_TEST(facts["title"] == "C5 Readiness Follow-up Report — Kelora 2028");
    BOOST_TEST(facts["sheets"][0]["header_left"] == "C5 Readiness Follow-up Report — Kelora 2028");
    BOOST_REQUIRE(facts["sheets"].size() == 8u);
    BOOST_TEST(facts["sheets"][1]["name"] == "Progress");
    const auto& progress = facts["sheets"][1]["rows"];
    const std::vector<std::string> header = {"Id", "Pillar", "Baseline 2026", "Follow-up 2028", "Change",
                                             "Change, 90 % range: low", "Change, 90 % range: high", "Clear change"};
    for (std::size_t c = 0; c < header.size(); ++c) BOOST_TEST(progress[0][c]["value"] == header[c]);
    // Row for row the report's table: the same numbers (shown there to one decimal) and the same "clear".
    const auto one = [](const Json& cell) {
        return cell["value"].is_null() ? std::string("—") : fmt::format("{:.1f}", cell["value"].get<double>());
    };
    std::vector<std::vector<std::string>> table = model.progress.rows;
    table.insert(table.end(), model.progress.overall_rows.begin(), model.progress.overall_rows.end());
    BOOST_REQUIRE_EQUAL(progress.size(), table.size() + 1);
    int changed = 0;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const auto& row = progress[i + 1];
        BOOST_TEST_CONTEXT(table[i][0]) {
            BOOST_TEST(one(row[2]) == table[i][1]);
            BOOST_TEST(one(row[3]) == table[i][2]);
            if (!row[4]["value"].is_null() && std::abs(row[4]["value"].get<double>()) >= 0.05) {
                const double change = row[4]["value"];
                BOOST_TEST((change > 0 ? "+" : "−") + fmt::format("{:.1f}", std::abs(change)) == table[i][3]);
            }
            BOOST_TEST(row[7]["value"].is_null() == (table[i][5] == "—"));
            if (!row[7]["value"].is_null()) BOOST_TEST(row[7]["value"] == table[i][5]);
            changed += !row[4]["value"].is_null() && std::abs(row[4]["value"].get<double>()) > 0.05;
        }
    }
    BOOST_TEST(changed > 3);
    BOOST_TEST(progress[table.size() - model.progress.overall_rows.size() + 1][0]["value"] == "overall");
    // Targets a and b as set at the baseline: its B and T, and where the follow-up stands.
    const auto& targets = facts["sheets"][5]["rows"];
    BOOST_TEST(facts["sheets"][5]["name"] == "Targets");
    BOOST_TEST(targets[0][2]["value"] == "Baseline (2026)");
    BOOST_TEST(targets[0][6]["value"] == "On the trajectory in 2028");
    const std::pair<const s::TargetProgress*, const s::ProgressTarget*> expected[] = {
        {&comparison.target_a, &run.score.target_a}, {&comparison.target_b, &run.score.target_b}};
    for (std::size_t i = 0; i < 2; ++i) {
        const auto& [progress_to, set_at_baseline] = expected[i];
        const auto& row = targets[i + 1];
        BOOST_TEST_CONTEXT(progress_to->id) {
            BOOST_TEST(row[0]["value"] == progress_to->id);
            // The baseline's own B and T (scored with other samples: the point values are the same).
            BOOST_TEST(row[2]["value"].get<double>() == set_at_baseline->baseline, boost::test_tools::tolerance(1e-9));
            BOOST_TEST(row[4]["value"].get<double>() == set_at_baseline->target, boost::test_tools::tolerance(1e-9));
            BOOST_TEST(row[7]["value"].get<double>() == progress_to->value, boost::test_tools::tolerance(1e-12));
            const std::string state = progress_to->on_track ? "On track" : "Behind the trajectory";
            BOOST_TEST(row[10]["value"] == state);
            const auto& section = i == 0 ? model.target_a : model.target_b;
            bool reported = false;
            for (const auto& figure : section.figures) reported = reported || figure.value == state;
            BOOST_TEST(reported);
        }
    }
}

BOOST_AUTO_TEST_CASE(libreoffice_reads_every_sheet) {
    const auto& run = Run();
    BOOST_TEST(run.to_csv.exit_code == 0, run.to_csv.out + run.to_csv.err);
    const std::string scores = c5::test::ReadFile(run.dir / "results-en-Scores.csv");
    BOOST_TEST(Contains(scores, "Id,Pillar,In the overall score,Status,Score,"));
    BOOST_TEST(Contains(scores, "\noverall,Overall,yes,"));
    const std::string answers = c5::test::ReadFile(run.dir / "results-hostile-Answers.csv");
    BOOST_TEST(Contains(answers, "START-OF-LONG-EVIDENCE"));
    BOOST_TEST(Contains(answers, "\"=HYPERLINK("));
    BOOST_TEST(fs::exists(run.dir / "results-hostile-Weights and exposures.csv"));
}

BOOST_AUTO_TEST_SUITE_END()
