#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/answer_import.h"
#include "c5/questionnaire/assessment_export.h"
#include "c5/questionnaire/csv.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument_loader.h"
#include "fixtures.h"

namespace q = c5::questionnaire;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(Csv)

BOOST_AUTO_TEST_CASE(quotes_newlines_bom_and_crlf) {
    const auto rows = q::ParseCsv("\xEF\xBB\xBF" "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\n",
                                  "t.csv");
    BOOST_REQUIRE_EQUAL(rows.size(), 3u);
    BOOST_TEST(rows[1].fields == (std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"}));
    BOOST_TEST(rows[1].line == 2u);
    BOOST_TEST(rows[2].fields == (std::vector<std::string>{"last", "", ""}));
    BOOST_TEST(rows[2].line == 5u);
}

BOOST_AUTO_TEST_CASE(semicolon_files_from_spreadsheets_in_other_locales) {
    const auto rows = q::ParseCsv("respondent;question;value\nCIRT;P1.Q1;2,5\n", "t.csv");
    BOOST_TEST(rows[1].fields == (std::vector<std::string>{"CIRT", "P1.Q1", "2,5"}));
}

BOOST_AUTO_TEST_CASE(the_table_says_how_it_was_read_and_drops_empty_last_columns) {
    const auto table = q::ReadCsvTable("a;b;c;\r\n1;2;3;\r\n4;;;\r\n", "t.csv");
    BOOST_TEST(table.delimiter == ';');
    BOOST_TEST(table.DecimalComma());
    BOOST_TEST(table.empty_columns_dropped == 1);
    BOOST_TEST(table.rows[0].fields == (std::vector<std::string>{"a", "b", "c"}));
    BOOST_TEST(table.rows[2].fields == (std::vector<std::string>{"4", "", ""}));
    BOOST_TEST(table.Describe() == "separated by ';', decimal commas accepted, 1 empty column at the end ignored");
    const auto commas = q::ReadCsvTable("a,b\n1,2\n", "t.csv");
    BOOST_TEST(commas.delimiter == ',');
    BOOST_TEST(commas.empty_columns_dropped == 0);
    BOOST_TEST(commas.Describe() == "separated by ','");
    // Two separators at the end of every line: two empty columns.
    BOOST_TEST(q::ReadCsvTable("a,b,,\n1,2,,\n", "t.csv").empty_columns_dropped == 2);
    // A column with a header keeps its place even when every value in it is empty.
    BOOST_TEST(q::ReadCsvTable("a,b,note\n1,2,\n", "t.csv").empty_columns_dropped == 0);
}

struct DecimalCase {
    const char* field;
    bool decimal_comma;
    const char* expected;
};
std::ostream& operator<<(std::ostream& out, const DecimalCase& c) { return out << c.field << " " << c.decimal_comma; }
const DecimalCase kDecimalCases[] = {
    {"2,5", true, "2.5"},     {"-0,75", true, "-0.75"},   {" 12,0 ", true, "12.0"}, {"2,5", false, "2,5"},
    {"1,2,3", true, "1,2,3"}, {",5", true, ",5"},         {"5,", true, "5,"},       {"a,b", true, "a,b"},
    {"2.5", true, "2.5"},     {"Ministry, ICT", true, "Ministry, ICT"},
};

BOOST_DATA_TEST_CASE(decimal_commas_become_points_only_in_numbers, bdata::make(kDecimalCases), c) {
    BOOST_TEST(q::DecimalPointField(c.field, c.decimal_comma) == c.expected);
}

struct BadCsv {
    const char* text;
    const char* message;
};
std::ostream& operator<<(std::ostream& out, const BadCsv& c) { return out << c.message; }
const BadCsv kBadCsv[] = {
    {"a,b\n\"open,x\n", "t.csv line 2: a quoted field is never closed (missing \")"},
    {"a,b\nx\"y,z\n", "t.csv line 2: a quote inside an unquoted field"},
    {"a,b\n\"x\"y,z\n", "t.csv line 2: text after a closing quote"},
    {"a,b\n\xff\xfe,z\n", "t.csv: not valid UTF-8 text"},
};

BOOST_DATA_TEST_CASE(malformed_csv_names_the_line, bdata::make(kBadCsv), bad) {
    try {
        q::ParseCsv(bad.text, "t.csv");
        BOOST_FAIL("accepted");
    } catch (const q::QuestionnaireError& error) {
        BOOST_TEST(std::string(error.what()).rfind(bad.message, 0) == 0, error.what());
    }
}

BOOST_AUTO_TEST_CASE(fields_that_spreadsheets_would_run_as_formulas_are_guarded) {
    BOOST_TEST(q::CsvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    BOOST_TEST(q::CsvField("-3.5") == "-3.5");
    BOOST_TEST(q::CsvField("@SUM(A1)") == "'@SUM(A1)");
    BOOST_TEST(q::UnguardCsvField("'@SUM(A1)") == "@SUM(A1)");
    BOOST_TEST(q::UnguardCsvField("'quoted") == "'quoted");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(AnswerImport)

const q::Instrument& Mini() {
    static const q::Instrument instrument = q::ParseInstrument(c5::test::MinimalInstrumentJson());
    return instrument;
}

BOOST_AUTO_TEST_CASE(reads_rows_with_optional_columns) {
    const auto entries = q::ReadAnswersCsv("Respondent,Question,Value,Confidence,Evidence,stakeholder_group\n"
                                           "CIRT,P1.Q1,strategic,high,Annual report 2025,technical\n"
                                           "CIRT,P1.Q2,NA,,,technical\n"
                                           "Ministry,P2.Q2,un|budapest,low,,government\n",
                                           Mini(), "a.csv");
    BOOST_REQUIRE_EQUAL(entries.size(), 3u);
    BOOST_TEST(entries[0].answer.value == "3");
    BOOST_TEST(entries[0].answer.confidence == q::Confidence::High);
    BOOST_TEST(entries[0].respondent.stakeholder_group == "technical");
    BOOST_TEST(entries[1].answer.not_applicable);
    BOOST_TEST(entries[2].answer.value == "budapest|un");
}

// As a French, Spanish or Russian spreadsheet saves it.
BOOST_AUTO_TEST_CASE(semicolons_decimal_commas_and_a_trailing_separator) {
    std::string how_read;
    const auto entries = q::ReadAnswersCsv("respondent;question;value;evidence;\r\n"
                                           "CIRT;P1.Q1;2;Rapport annuel, 2025;\r\n"
                                           "CIRT;P2.Q3;12,5;;\r\n",
                                           Mini(), "a.csv", &how_read);
    BOOST_REQUIRE_EQUAL(entries.size(), 2u);
    BOOST_TEST(entries[0].answer.evidence == "Rapport annuel, 2025");  // text keeps its comma
    BOOST_TEST(entries[1].answer.value == "12.5");
    BOOST_TEST(how_read == "separated by ';', decimal commas accepted, 1 empty column at the end ignored");
    // In a comma-separated file a decimal comma cannot be told from a separator: refused as before.
    try {
        q::ReadAnswersCsv("respondent,question,value\nCIRT,P2.Q3,\"12,5\"\n", Mini(), "a.csv");
        BOOST_FAIL("accepted");
    } catch (const q::QuestionnaireError& error) {
        BOOST_TEST(std::string(error.what()).find("(the file was read as separated by ',')") != std::string::npos,
                   error.what());
    }
}

struct BadImport {
    const char* csv;
    const char* message;
};
std::ostream& operator<<(std::ostream& out, const BadImport& c) { return out << c.message; }
const BadImport kBadImports[] = {
    {"respondent,question\nCIRT,P1.Q1\n", "a.csv line 1: the header lacks the column 'value'"},
    {"respondent,question,value,score\n", "a.csv line 1: unknown column \"score\""},
    {"respondent,question,value\nCIRT,P1.Q1,9\n",
     "a.csv line 2 (value): P1.Q1 takes a level 0-4 (0 start-up, 1 formative, 2 established, 3 strategic, 4 dynamic); "
     "\"9\" is not one — nothing was imported"},
    {"respondent,question,value\nCIRT,P1.Q1,2\nCIRT,P7.Q1,2\nCIRT,P1.Q2,often\n",
     "a.csv line 3 (value): no question \"P7.Q1\" in the instrument"},
    {"respondent,question,value,confidence\nCIRT,P1.Q1,2,sure\n",
     "a.csv line 2 (confidence): \"sure\" is not low, medium or high"},
    {"respondent,question,value\n,P1.Q1,2\n", "a.csv line 2 (respondent): the respondent is empty"},
    {"respondent,question,value\nCIRT,P1.Q1,\n", "a.csv line 2 (value): the value is empty (write NA"},
    {"respondent,question,value\nCIRT,P1.Q1,2\nCIRT,P1.Q1,3\n",
     "a.csv line 3 (value): \"CIRT\" answers P1.Q1 a second time (first on line 2)"},
    {"respondent,question,value\nCIRT,P1.Q1,2,extra\n", "a.csv line 2 (): 4 fields, but the header has 3"},
    {"", "a.csv: the file is empty"},
};

BOOST_DATA_TEST_CASE(bad_rows_are_refused_with_line_and_column, bdata::make(kBadImports), bad) {
    try {
        q::ReadAnswersCsv(bad.csv, Mini(), "a.csv");
        BOOST_FAIL("accepted");
    } catch (const q::QuestionnaireError& error) {
        BOOST_TEST(std::string(error.what()).rfind(bad.message, 0) == 0, error.what());
    }
}

BOOST_AUTO_TEST_CASE(several_bad_rows_are_counted) {
    try {
        q::ReadAnswersCsv("respondent,question,value\nA,P1.Q1,x\nA,P1.Q2,y\nA,P1.Q3,z\n", Mini(), "a.csv");
        BOOST_FAIL("accepted");
    } catch (const q::QuestionnaireError& error) {
        BOOST_TEST(std::string(error.what()).find("; 2 more line(s) have problems — nothing was imported") !=
                   std::string::npos);
    }
}

BOOST_FIXTURE_TEST_CASE(export_then_import_reproduces_the_answers, c5::test::StoreFixture) {
    const auto cirt = store.AddRespondent({"CIRT, national", "Head", "technical"});
    q::AnswerInput input;
    input.respondent_id = cirt.id;
    input.question_id = "P1.Q1";
    input.value = "3";
    input.confidence = q::Confidence::Low;
    input.evidence = "=cmd|' /C calc'!A0, and \"quotes\"\nsecond line";
    store.SaveAnswer(input);
    input.question_id = "P2.Q4";
    input.value = "Ministry; CIRT";
    input.evidence.clear();
    store.SaveAnswer(input);
    const std::string csv = q::ExportAnswersCsv(store.Snapshot());

    c5::test::TempDir other_dir;
    auto other = q::AssessmentStore::Create(other_dir / "b.c5a", {"XKA", "", std::nullopt, 2026, ""},
                                            c5::test::MinimalInstrumentJson(), c5::test::TestActor());
    const auto result = other.SaveAnswers(q::ReadAnswersCsv(csv, other.GetInstrument(), "export.csv"), "export.csv");
    BOOST_TEST(result.saved == 2);
    BOOST_TEST(result.respondents_added == 1);
    const auto imported = other.FindRespondent("CIRT, national");
    BOOST_REQUIRE(imported);
    BOOST_TEST(imported->stakeholder_group == "technical");
    BOOST_TEST(imported->role == "Head");
    const auto answer = other.FindAnswer(imported->id, "P1.Q1");
    BOOST_REQUIRE(answer);
    BOOST_TEST(*answer->value == "3");
    BOOST_TEST(answer->evidence == "=cmd|' /C calc'!A0, and \"quotes\"\nsecond line");
    BOOST_TEST(answer->confidence == q::Confidence::Low);
    BOOST_TEST(*other.FindAnswer(imported->id, "P2.Q4")->value == "Ministry; CIRT");
}

BOOST_FIXTURE_TEST_CASE(json_export_holds_the_whole_assessment, c5::test::StoreFixture) {
    const auto r = store.AddRespondent({"CIRT", "", "technical"});
    q::AnswerInput input;
    input.respondent_id = r.id;
    input.question_id = "P2.Q3";
    input.value = "12";
    store.SaveAnswer(input);
    store.SetPenetration({q::Indicator::FixedBroadband, 3.5, 2024, "ITU", {}});
    const auto json = nlohmann::json::parse(q::ExportAssessmentJson(store.Snapshot()));
    BOOST_TEST(json["format"] == "c5kit-assessment-export");
    BOOST_TEST(json["assessment"]["country"] == "XKA");
    BOOST_TEST(json["instrument"]["sha256"] == store.InstrumentSha256());
    BOOST_TEST(json["answers"].size() == 1u);
    BOOST_TEST(json["answers"][0]["value"] == "12");
    BOOST_TEST(json["answers"][0]["pillar"] == "P2");
    BOOST_TEST(json["penetration"][0]["value"] == 3.5);
    BOOST_TEST(json["settings"]["target_year"] == 2030);  // a new assessment's default (methodology §7)
}

BOOST_AUTO_TEST_SUITE_END()
