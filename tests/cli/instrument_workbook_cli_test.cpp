// c5kit-cli instrument export / import / validate on workbooks written and edited by other
// software: the kit's own export, LibreOffice Calc re-saving it, openpyxl adding a language,
// national questions and a forbidden change.
#include <tuple>

#include <nlohmann/json.hpp>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/instrument_loader.h"
#include "cli_fixture.h"
#include "pdf_tools.h"

using c5::test::CliFixture;
using c5::test::ReadFile;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kBundled = std::string(C5_SOURCE_DIR) + "/questionnaire/instruments/c5.json";

struct WorkbookFixture : CliFixture {
    WorkbookFixture() {
        const auto result = Cli({"instrument", "export", kBundled, "--xlsx", "c5.xlsx"});
        BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    }
    // Applies openpyxl edits (tests/cli/edit_workbook.py) to `in`, writing `out`.
    void Edit(const std::string& in, const std::string& out, const Json& edits) const {
        c5::test::WriteFile(File("edits.json"), edits.dump());
        const auto result = c5::test::Tool(
            {"/usr/bin/python3", std::string(C5_SOURCE_DIR) + "/tests/cli/edit_workbook.py", in, out, "edits.json"},
            dir.Path());
        BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    }
};

Json Set(const std::string& sheet, const std::string& id, const std::string& column, const Json& value,
         const std::string& second = {}) {
    Json edit = {{"op", "set"}, {"sheet", sheet}, {"id", id}, {"column", column}, {"value", value}};
    if (!second.empty()) edit["second"] = second;
    return edit;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(CliInstrumentWorkbook)

BOOST_FIXTURE_TEST_CASE(export_then_import_gives_the_same_bytes_and_validation, WorkbookFixture) {
    const auto imported = Cli({"instrument", "import", "--xlsx", "c5.xlsx", "-o", "again.json"});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
    BOOST_TEST(imported.out.find("C5 core: unchanged") != std::string::npos, imported.out);
    BOOST_TEST((ReadFile(File("again.json")) == ReadFile(kBundled)));
    const auto original = Cli({"validate", kBundled, "--languages", "ar,fr"});
    const auto again = Cli({"validate", "again.json", "--languages", "ar,fr"});
    BOOST_TEST(original.exit_code == 0);
    BOOST_TEST(again.exit_code == 0);
    BOOST_TEST(again.out.substr(again.out.find(':')) == original.out.substr(original.out.find(':')));
    // The workbook itself validates too.
    const auto book = Cli({"validate", "c5.xlsx"});
    BOOST_TEST(book.exit_code == 0, book.err);
    BOOST_TEST(book.out.find("c5.xlsx: valid — c5 ") == 0, book.out);
}

// LibreOffice Calc opens the workbook and saves it again (its own shared strings, styles, number
// formats): it still imports to the identical instrument.
BOOST_FIXTURE_TEST_CASE(a_workbook_resaved_by_libreoffice_imports_the_same, WorkbookFixture) {
    const c5::test::TempDir profile;
    fs::create_directories(File("calc"));
    const auto converted = c5::test::Tool({"soffice", "--headless", "-env:UserInstallation=file://" + c5::test::ToolPath(profile.Path()),
                                           "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", File("calc").string(),
                                           File("c5.xlsx").string()});
    BOOST_REQUIRE_MESSAGE(fs::exists(File("calc/c5.xlsx")), converted.out << converted.err);
    BOOST_TEST((ReadFile(File("calc/c5.xlsx")) != ReadFile(File("c5.xlsx"))));  // really written anew
    const auto imported = Cli({"instrument", "import", "--xlsx", "calc/c5.xlsx", "-o", "calc.json"});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
    BOOST_TEST((ReadFile(File("calc.json")) == ReadFile(kBundled)));
}

BOOST_FIXTURE_TEST_CASE(a_locked_cell_changed_in_a_spreadsheet_is_refused_by_its_cell, WorkbookFixture) {
    Edit("c5.xlsx", "edited.xlsx", Json::array({Set("questions", "P4.Q2", "weight", 2)}));
    const auto result = Cli({"instrument", "import", "--xlsx", "edited.xlsx", "-o", "edited.json"});
    BOOST_TEST(result.exit_code == 1);
    BOOST_TEST(result.err.find("edited.xlsx: questions!F22: the weight of P4.Q2 is part of the C5 core (1); it cannot "
                               "change\n") != std::string::npos,
               result.err);
    BOOST_TEST(result.err.find("nothing was written") != std::string::npos, result.err);
    BOOST_TEST(!fs::exists(File("edited.json")));
    // The same change made in the JSON is refused by validate and by new.
    auto json = Json::parse(ReadFile(kBundled));
    json["pillars"][3]["questions"][1]["weight"] = 2;
    c5::test::WriteFile(File("hand.json"), json.dump(2));
    const auto validated = Cli({"validate", "hand.json"});
    BOOST_TEST(validated.exit_code == 1);
    BOOST_TEST(validated.err.find("hand.json: pillars[3].questions[1].weight: the weight of P4.Q2 is part of the C5 "
                                  "core (1); it cannot change (is 2)\n") != std::string::npos,
               validated.err);
    const auto created = Cli({"new", "x.c5a", "--country", "MOZ", "--year", "2026", "--instrument", "hand.json"});
    BOOST_TEST(created.exit_code == 1);
    BOOST_TEST(created.err.find("changes the C5 core") != std::string::npos, created.err);
    BOOST_TEST(!fs::exists(File("x.c5a")));
    // Two changes: every one named, one per line, as validate names them, then one summary.
    json["pillars"][3]["questions"][0]["exposure"] = 0.5;
    c5::test::WriteFile(File("two.json"), json.dump(2));
    const auto two = Cli({"new", "x.c5a", "--country", "MOZ", "--year", "2026", "--instrument", "two.json"});
    BOOST_TEST(two.exit_code == 1);
    BOOST_TEST(two.err == "two.json: pillars[3].questions[0].exposure: the exposure of P4.Q1 is part of the C5 core (0); "
                          "it cannot change (is 0.5)\n"
                          "two.json: pillars[3].questions[1].weight: the weight of P4.Q2 is part of the C5 core (1); it "
                          "cannot change (is 2)\n"
                          "c5kit-cli: two.json: 2 problem(s); no assessment was created (see docs/instrument-format.md)\n");
    BOOST_TEST(!fs::exists(File("x.c5a")));
}

// A Portuguese column added with openpyxl becomes a working report in Portuguese: its texts where
// given, English marked [EN] where not, and validate names the cells still empty.
BOOST_FIXTURE_TEST_CASE(a_portuguese_column_becomes_a_portuguese_report, WorkbookFixture) {
    Json edits = Json::array({
        Set("settings", "c5", "title::pt", "Autoavaliação da preparação para a linha de ação C5 da CMSI"),
        Set("questions", "P1.Q1", "text::pt", "Existe uma estratégia nacional de cibersegurança adotada?"),
        Set("pillars", "P1", "title::pt", "Cooperação entre todas as partes interessadas"),
        Set("report_texts", "report_title", "text::pt", "Relatório de referência sobre a preparação C5"),
        Set("report_texts", "section_summary", "text::pt", "Resumo executivo"),
        Set("report_texts", "decimal_separator", "text::pt", ","),
        Set("report_texts", "date_format", "text::pt", "{day}/{month}/{year}"),
        Set("report_texts", "language_name", "text::pt", "Português"),
    });
    for (int level = 0; level < 5; ++level)
        edits.push_back(Set("levels", "P1.Q1", "text::pt", "Nível " + std::to_string(level) + " (descrição em português)",
                            std::to_string(level)));
    Edit("c5.xlsx", "pt.xlsx", edits);
    const auto imported = Cli({"instrument", "import", "--xlsx", "pt.xlsx", "-o", "c5-pt.json"});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
    BOOST_TEST(imported.out.find("texts in en ar es fr pt ru zh") != std::string::npos, imported.out);

    const auto validated = Cli({"validate", "c5-pt.json", "--languages", "pt"});
    BOOST_TEST(validated.exit_code == 0, validated.err);
    BOOST_TEST(validated.out.find("translations pt: ") != std::string::npos, validated.out);
    BOOST_TEST(validated.out.find("  questions: ") != std::string::npos, validated.out);
    BOOST_TEST(validated.out.find("(P1.Q2 text)") != std::string::npos, validated.out);
    BOOST_TEST(validated.out.find("(P1.Q1 text)") == std::string::npos, validated.out);  // given
    BOOST_TEST(validated.out.find("  report_texts: ") != std::string::npos, validated.out);
    // The cells are those of a fresh export of the JSON, and the output says so; validating the
    // edited workbook names its own cells.
    BOOST_TEST(validated.out.find("(cells of the workbook 'c5kit-cli instrument export c5-pt.json --xlsx OUT.xlsx' "
                                  "writes; validate your own workbook to have its cells):") != std::string::npos,
               validated.out);
    const auto own = Cli({"validate", "pt.xlsx", "--languages", "pt"});
    BOOST_TEST(own.exit_code == 0, own.err);
    BOOST_TEST(own.out.find("text(s) missing, shown in English marked [EN] (cells of pt.xlsx):") != std::string::npos,
               own.out);

    BOOST_REQUIRE(Cli({"new", "moz.c5a", "--country", "MOZ", "--year", "2026", "--instrument", "c5-pt.json"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"answer", "moz.c5a", "--respondent", "MITIC", "--question", "P1.Q1", "--value", "2"}).exit_code == 0);
    const auto report = Cli({"report", "moz.c5a", "-o", "moz-pt.pdf", "--lang", "pt", "--samples", "200"});
    BOOST_REQUIRE_MESSAGE(report.exit_code == 0, report.err);
    const std::string text = c5::test::PdfText(File("moz-pt.pdf"));
    BOOST_TEST(text.find("Relatório de referência sobre a preparação C5") != std::string::npos);
    BOOST_TEST(text.find("Resumo executivo") != std::string::npos);
    BOOST_TEST(text.find("Existe uma estratégia nacional de cibersegurança adotada?") != std::string::npos);
    BOOST_TEST(text.find("[EN]") != std::string::npos);  // what Portuguese still lacks, marked
    // A language neither the kit nor the instrument has is refused with the ones there are.
    c5::test::ExpectFailure(Cli({"report", "moz.c5a", "-o", "sw.pdf", "--lang", "sw"}), 2, "en, ar, es, fr, ru, zh, pt");
}

namespace {

// The edits that add a national module of one question (N.Q1, a yearly drill) with its next steps,
// as the C5 questions have them: one from each answer below "yes".
Json NationalDrillEdits() {
    return Json::array({
        Set("settings", "c5", "national_title::en", "Mozambique: national questions"),
        {{"op", "append"}, {"sheet", "national"},
         {"values", {{"id", "N.Q1"}, {"type", "yes_partial_no"}, {"weight", 2}, {"lead_group", "national CIRT"},
                     {"text::en", "Is the national cyber drill held every year?"},
                     {"guidance::en", "Count the drills of the last three years."},
                     {"evidence_prompt::en", "Drill reports."}}}},
        {{"op", "append"}, {"sheet", "next_steps"},
         {"values", {{"question", "N.Q1"}, {"from", "no"}, {"text::en", "Plan a first national drill."}}}},
        {{"op", "append"}, {"sheet", "next_steps"},
         {"values", {{"question", "N.Q1"}, {"from", "partial"}, {"text::en", "Hold the drill every year."}}}},
    });
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(national_questions_are_scored_and_reported_apart, WorkbookFixture) {
    Edit("c5.xlsx", "national.xlsx", NationalDrillEdits());
    const auto imported = Cli({"instrument", "import", "--xlsx", "national.xlsx", "-o", "national.json"});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
    BOOST_TEST(imported.out.find("national module N with 1 question(s)") != std::string::npos, imported.out);
    BOOST_REQUIRE(Cli({"new", "moz.c5a", "--country", "MOZ", "--year", "2026", "--instrument", "national.json"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"answer", "moz.c5a", "--respondent", "MITIC", "--question", "N.Q1", "--value", "partial"}).exit_code == 0);
    const auto scored = Cli({"score", "moz.c5a", "--json", "--samples", "0"});
    BOOST_REQUIRE_MESSAGE(scored.exit_code == 0, scored.err);
    const Json score = Json::parse(scored.out);
    BOOST_TEST(score["national_module"]["score"].get<double>() == 50.0);
    BOOST_TEST(score["overall"]["score"].is_null());  // no C5 answer: the national one is not in it
    for (const auto& pillar : score["pillars"]) BOOST_TEST(pillar["id"] != "N");
    const auto report = Cli({"report", "moz.c5a", "-o", "moz.pdf", "--samples", "0"});
    BOOST_REQUIRE_MESSAGE(report.exit_code == 0, report.err);
    const std::string text = c5::test::PdfText(File("moz.pdf"));
    BOOST_TEST(text.find("N Mozambique: national questions") != std::string::npos);
    BOOST_TEST(text.find("never count towards the C5 overall score") != std::string::npos);
    BOOST_TEST(text.find("Hold the drill every year.") != std::string::npos);  // the step from "partial"
    BOOST_TEST(text.find("Plan a first national drill.") == std::string::npos);
}

// compare prints the national module's own row when both assessments ask the same module.
BOOST_FIXTURE_TEST_CASE(compare_prints_the_national_module_row, WorkbookFixture) {
    Edit("c5.xlsx", "national.xlsx", NationalDrillEdits());
    const auto imported = Cli({"instrument", "import", "--xlsx", "national.xlsx", "-o", "national.json"});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
    // N.Q1 partial (0.5) at the baseline, yes (1) at the follow-up: 50 → 100, +50.
    for (const auto& [file, year, value] : {std::tuple{"moz-2025.c5a", "2025", "partial"}, std::tuple{"moz-2027.c5a", "2027", "yes"}}) {
        BOOST_REQUIRE(Cli({"new", file, "--country", "MOZ", "--year", year, "--instrument", "national.json"}).exit_code == 0);
        BOOST_REQUIRE(Cli({"answer", file, "--respondent", "MITIC", "--question", "N.Q1", "--value", value}).exit_code == 0);
        BOOST_REQUIRE(Cli({"answer", file, "--respondent", "MITIC", "--question", "P1.Q1", "--value", "2"}).exit_code == 0);
    }
    const auto compared = Cli({"compare", "moz-2025.c5a", "moz-2027.c5a", "--samples", "0"});
    BOOST_REQUIRE_MESSAGE(compared.exit_code == 0, compared.err);
    const auto at = compared.out.find("\nN     Mozambique: national questions");
    BOOST_REQUIRE_MESSAGE(at != std::string::npos, compared.out);
    const std::string line = compared.out.substr(at + 1, compared.out.find('\n', at + 1) - at - 1);
    BOOST_TEST(line.find(" 50.0 ") != std::string::npos, line);
    BOOST_TEST(line.find(" 100.0 ") != std::string::npos, line);
    BOOST_TEST(line.find(" +50.0 ") != std::string::npos, line);
    BOOST_TEST(line.find("(national module, not in overall)") != std::string::npos, line);
    const Json json = Json::parse(Cli({"compare", "moz-2025.c5a", "moz-2027.c5a", "--samples", "0", "--json"}).out);
    BOOST_TEST(json["national_module"]["change"].get<double>() == 50.0);
}

// Amharic (Ethiopic script) has no embedded font: validate names the characters and report --lang
// refuses the PDF instead of printing boxes; the DOCX is written.
BOOST_FIXTURE_TEST_CASE(a_language_without_an_embedded_font_is_named_and_its_pdf_refused, WorkbookFixture) {
    auto json = Json::parse(ReadFile(kBundled));
    json["pillars"][0]["questions"][0]["translations"]["am"]["text"] = "ሰላም";  // U+1230 U+120B U+121D
    json["report_texts"]["am"]["language_name"] = "አማርኛ";                     // U+12A0 U+121B U+122D U+129B
    c5::test::WriteFile(File("am.json"), json.dump(2));
    const auto validated = Cli({"validate", "am.json", "--languages", "am,fr"});
    BOOST_TEST(validated.exit_code == 0, validated.err);
    BOOST_TEST(validated.out.find("fonts am: no font the kit embeds has 7 character(s) of the texts in am: ሰ (U+1230), "
                                  "ላ (U+120B), ም (U+121D), አ (U+12A0), ማ (U+121B), ር (U+122D), ኛ (U+129B); the PDF "
                                  "report in am cannot be written (the DOCX can)\n") != std::string::npos,
               validated.out);
    BOOST_TEST(validated.out.find("fonts fr") == std::string::npos, validated.out);  // French prints
    BOOST_REQUIRE(Cli({"new", "eth.c5a", "--country", "ETH", "--year", "2026", "--instrument", "am.json"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"answer", "eth.c5a", "--respondent", "MInT", "--question", "P1.Q1", "--value", "2"}).exit_code == 0);
    const auto pdf = Cli({"report", "eth.c5a", "-o", "eth.pdf", "--lang", "am", "--samples", "0"});
    BOOST_TEST(pdf.exit_code == 1);
    BOOST_TEST(pdf.err.find("the report in am cannot be written as PDF: no font the kit embeds has 7 of the characters "
                            "of its texts") != std::string::npos,
               pdf.err);
    BOOST_TEST(!fs::exists(File("eth.pdf")));
    const auto docx = Cli({"report", "eth.c5a", "-o", "eth.docx", "--lang", "am", "--format", "docx", "--samples", "0"});
    BOOST_TEST(docx.exit_code == 0, docx.err);
}

BOOST_FIXTURE_TEST_CASE(bad_workbooks_are_refused_cleanly, WorkbookFixture) {
    c5::test::WriteFile(File("text.xlsx"), "just text");
    c5::test::ExpectFailure(Cli({"instrument", "import", "--xlsx", "text.xlsx", "-o", "out.json"}), 1,
                            "not an .xlsx workbook");
    std::string truncated = ReadFile(File("c5.xlsx"));
    truncated.resize(truncated.size() / 2);
    c5::test::WriteFile(File("half.xlsx"), truncated);
    const auto half = Cli({"instrument", "import", "--xlsx", "half.xlsx", "-o", "out.json"});
    BOOST_TEST(half.exit_code == 1);
    BOOST_TEST(!fs::exists(File("out.json")));
    // new reads a workbook as import does: a damaged one leaves no assessment behind.
    const auto from_half = Cli({"new", "x.c5a", "--country", "MOZ", "--year", "2026", "--instrument", "half.xlsx"});
    BOOST_TEST(from_half.exit_code == 1);
    BOOST_TEST(!fs::exists(File("x.c5a")));
}

// new starts an assessment on a workbook directly; its snapshot is the instrument import writes.
BOOST_FIXTURE_TEST_CASE(new_starts_an_assessment_on_a_workbook, WorkbookFixture) {
    Edit("c5.xlsx", "reworded.xlsx",
         Json::array({Set("questions", "P1.Q1", "text::en", "Has Mozambique adopted a national cybersecurity strategy?")}));
    BOOST_REQUIRE(Cli({"instrument", "import", "--xlsx", "reworded.xlsx", "-o", "reworded.json"}).exit_code == 0);
    const auto created = Cli({"new", "moz.c5a", "--country", "MOZ", "--year", "2026", "--instrument", "reworded.xlsx"});
    BOOST_REQUIRE_MESSAGE(created.exit_code == 0, created.err);
    namespace q = c5::questionnaire;
    const auto store = q::AssessmentStore::Open(File("moz.c5a"), q::OpenMode::ReadOnly, {"t", "t"});
    BOOST_TEST((store.InstrumentJson() == ReadFile(File("reworded.json"))));
    BOOST_TEST(store.GetInstrument().FindQuestion("P1.Q1")->text == "Has Mozambique adopted a national cybersecurity strategy?");
}

BOOST_AUTO_TEST_SUITE_END()
