#include <cmath>

#include <nlohmann/json.hpp>

#include "c5/questionnaire/assessment_store.h"
#include "cli_fixture.h"
#include "pdf_tools.h"

namespace q = c5::questionnaire;
using c5::test::CliFixture;
using c5::test::ExpectFailure;
using c5::test::ReadFile;
using Json = nlohmann::json;

BOOST_AUTO_TEST_SUITE(CliValidate)

BOOST_FIXTURE_TEST_CASE(bundled_instrument_is_valid, CliFixture) {
    const auto result = Cli({"validate", std::string(C5_SOURCE_DIR) + "/questionnaire/instruments/c5.json"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.find("valid — c5 1.1.0, 12 pillars (3 optional)") != std::string::npos, result.out);
}

BOOST_FIXTURE_TEST_CASE(broken_instrument_lists_every_problem, CliFixture) {
    auto json = Json::parse(ReadFile(c5::test::DataPath("instruments/minimal.json")));
    json["pillars"][0]["questions"][0]["weight"] = -2;
    json["pillars"][1]["questions"][1].erase("guidance");
    c5::test::WriteFile(File("broken.json"), json.dump());
    const auto result = Cli({"validate", "broken.json"});
    BOOST_TEST(result.exit_code == 1);
    BOOST_TEST(result.err.find("broken.json: pillars[0].questions[0].weight: must be greater than 0 (is -2)\n") !=
               std::string::npos, result.err);
    BOOST_TEST(result.err.find("broken.json: pillars[1].questions[1].guidance: required field is missing\n") !=
               std::string::npos, result.err);
    BOOST_TEST(result.err.find("broken.json: 2 problem(s)") != std::string::npos, result.err);
}

BOOST_FIXTURE_TEST_CASE(missing_instrument_file, CliFixture) {
    ExpectFailure(Cli({"validate", "nope.json"}), 1, "nope.json: no such file");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(CliAssessment)

BOOST_FIXTURE_TEST_CASE(new_answer_info_export_round_trip, CliFixture) {
    auto result = Cli({"new", "ken.c5a", "--country", "ken", "--year", "2026"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.find("Created ken.c5a: C5 readiness self-assessment — Kenya 2026 (KEN Kenya, developing)") == 0,
               result.out);
    result = Cli({"answer", "ken.c5a", "--respondent", "Ministry of ICT", "--group", "government", "--question",
                  "P1.Q1", "--value", "established", "--confidence", "high", "--evidence", "Strategy 2024"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.find("Added respondent 'Ministry of ICT' (government)\nSaved P1.Q1 = 2 (established)") == 0,
               result.out);
    result = Cli({"answer", "ken.c5a", "--respondent", "Ministry of ICT", "--question", "P1.Q2", "--na"});
    BOOST_TEST(result.exit_code == 0, result.err);

    const auto store = q::AssessmentStore::Open(File("ken.c5a"), q::OpenMode::ReadOnly, {"t", "t"});
    const auto ministry = store.FindRespondent("Ministry of ICT");
    BOOST_REQUIRE(ministry);
    BOOST_TEST(*store.FindAnswer(ministry->id, "P1.Q1")->value == "2");
    BOOST_TEST(store.FindAnswer(ministry->id, "P1.Q1")->confidence == q::Confidence::High);

    result = Cli({"info", "ken.c5a", "--json"});
    BOOST_TEST(result.exit_code == 0, result.err);
    const auto info = Json::parse(result.out);
    BOOST_TEST(info["country"] == "KEN");
    BOOST_TEST(info["answers"] == 2);
    BOOST_TEST(info["respondents"][0]["answered"] == 2);

    result = Cli({"export", "ken.c5a", "--csv", "answers.csv"});
    BOOST_TEST(result.exit_code == 0, result.err);
    const std::string csv = ReadFile(File("answers.csv"));
    BOOST_TEST(csv.find("Ministry of ICT,P1.Q1,2,no,high,Strategy 2024") != std::string::npos, csv);
    result = Cli({"export", "ken.c5a", "--json", "all.json"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(Json::parse(ReadFile(File("all.json")))["answers"].size() == 2u);
}

// Changing an answer's value from the command line keeps what the option list leaves out: its
// evidence, links, confidence and review mark (they were erased, and a follow-up made that way lost
// its evidence); an option given changes only itself.
BOOST_FIXTURE_TEST_CASE(a_new_value_keeps_the_evidence_it_was_not_given, CliFixture) {
    BOOST_REQUIRE(Cli({"new", "k.c5a", "--country", "KEN", "--year", "2026"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"answer", "k.c5a", "--respondent", "Ministry", "--question", "P1.Q1", "--value", "2",
                       "--confidence", "high", "--evidence", "Decree 12/2024", "--links", "https://example.org/d",
                       "--review"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"answer", "k.c5a", "--respondent", "Ministry", "--question", "P1.Q1", "--value", "4"}).exit_code == 0);
    const auto answer = [&] {
        BOOST_REQUIRE(Cli({"export", "k.c5a", "--json", "k.json"}).exit_code == 0);
        const auto exported = nlohmann::json::parse(c5::test::ReadFile(File("k.json")));
        BOOST_REQUIRE(exported["answers"].size() == 1u);
        return exported["answers"][0];
    };
    auto kept = answer();
    BOOST_TEST(kept["value"] == "4");
    BOOST_TEST(kept["confidence"] == "high");
    BOOST_TEST(kept["evidence"] == "Decree 12/2024");
    BOOST_TEST(kept["links"] == "https://example.org/d");
    BOOST_TEST(kept["needs_review"] == true);
    BOOST_REQUIRE(Cli({"answer", "k.c5a", "--respondent", "Ministry", "--question", "P1.Q1", "--value", "4",
                       "--evidence", "", "--no-review"}).exit_code == 0);
    kept = answer();
    BOOST_TEST(kept["evidence"] == "");
    BOOST_TEST(kept["needs_review"] == false);
    BOOST_TEST(kept["confidence"] == "high");
}

BOOST_FIXTURE_TEST_CASE(refusals_leave_files_unchanged, CliFixture) {
    BOOST_REQUIRE(Cli({"new", "a.c5a", "--country", "FJI", "--year", "2025"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"answer", "a.c5a", "--respondent", "CIRT", "--question", "P1.Q1", "--value", "1"}).exit_code ==
                  0);
    const std::string before = ReadFile(File("a.c5a"));
    ExpectFailure(Cli({"new", "a.c5a", "--country", "FJI", "--year", "2025"}), 1, "a.c5a: already exists");
    ExpectFailure(Cli({"answer", "a.c5a", "--respondent", "CIRT", "--question", "P1.Q1", "--value", "7"}), 1,
                  "P1.Q1 takes a level 0-4");
    ExpectFailure(Cli({"answer", "a.c5a", "--respondent", "Newcomer", "--question", "P1.Q1", "--value", "seven"}), 1,
                  "\"seven\" is not one");
    ExpectFailure(Cli({"answer", "a.c5a", "--respondent", "CIRT", "--question", "P1.Q1", "--value", "2", "--na"}), 2,
                  "give either --value V or --na (not both)");
    ExpectFailure(Cli({"answer", "a.c5a", "--respondent", "CIRT", "--question", "P1.Q1", "--value", "2",
                       "--confidence", "certain"}),
                  2, "--confidence must be low, medium or high");
    ExpectFailure(Cli({"penetration", "a.c5a", "--indicator", "internet_users", "--value", "130", "--year", "2024"}),
                  1, "internet_users must be between 0 and 100 (is 130)");
    ExpectFailure(Cli({"penetration", "a.c5a", "--indicator", "phones", "--value", "30", "--year", "2024"}), 2,
                  "--indicator must be internet_users, households_internet, mobile_broadband or fixed_broadband");
    c5::test::WriteFile(File("bad.csv"), "respondent,question,value\nCIRT,P1.Q2,3\nCIRT,P1.Q1,9\n");
    ExpectFailure(Cli({"import-answers", "a.c5a", "--csv", "bad.csv"}), 1,
                  "bad.csv line 3 (value): P1.Q1 takes a level 0-4");
    ExpectFailure(Cli({"export", "a.c5a", "--csv", "x.csv", "--json", "x.json"}), 2,
                  "give exactly one of --csv PATH, --json PATH, --xlsx PATH or --attachments FOLDER");
    BOOST_TEST(ReadFile(File("a.c5a")) == before);
    BOOST_TEST(!std::filesystem::exists(File("x.csv")));
}

BOOST_FIXTURE_TEST_CASE(usage_errors_are_one_line_with_status_2, CliFixture) {
    ExpectFailure(Cli({"new", "b.c5a", "--year", "2026"}), 2, "--country is required");
    ExpectFailure(Cli({"frobnicate"}), 2, "c5kit-cli: ");
    ExpectFailure(Cli({"new", "b.c5a", "--country", "KEN", "--year", "twenty"}), 2, "c5kit-cli new");
    BOOST_TEST(!std::filesystem::exists(File("b.c5a")));
}

// Years are refused, never moved into range (1800 used to become 1990 in the app).
BOOST_FIXTURE_TEST_CASE(years_out_of_range_are_refused_and_the_target_year_defaults_to_2030, CliFixture) {
    for (const std::string year : {"1800", "2002", "3000"})
        ExpectFailure(Cli({"new", "y.c5a", "--country", "KEN", "--year", year}), 1,
                      "the year " + year + " is not possible: an assessment describes a year from 2003 (the WSIS "
                      "Geneva Plan of Action) to ");
    ExpectFailure(Cli({"new", "y.c5a", "--country", "KEN", "--year", "2026", "--target-year", "1999"}), 1,
                  "the target year 1999 is not possible (2000-2100)");
    BOOST_TEST(!std::filesystem::exists(File("y.c5a")));
    BOOST_REQUIRE(Cli({"new", "y.c5a", "--country", "KEN", "--year", "2003"}).exit_code == 0);
    auto json = Json::parse(Cli({"score", "y.c5a", "--json", "--samples", "0"}).out);
    BOOST_TEST(json["parameters"]["target_year"] == 2030);
    BOOST_REQUIRE(Cli({"new", "z.c5a", "--country", "KEN", "--year", "2026", "--target-year", "2035"}).exit_code == 0);
    json = Json::parse(Cli({"score", "z.c5a", "--json", "--samples", "0"}).out);
    BOOST_TEST(json["parameters"]["target_year"] == 2035);
    ExpectFailure(Cli({"penetration", "z.c5a", "--indicator", "internet_users", "--value", "40", "--year", "1989"}),
                  1, "the year 1989 of internet_users is not possible (1990-");
}

BOOST_FIXTURE_TEST_CASE(bad_country_makes_no_file, CliFixture) {
    ExpectFailure(Cli({"new", "c.c5a", "--country", "KE", "--year", "2026"}), 1,
                  "KE is a two-letter code; use the three-letter ISO 3166-1 code KEN (Kenya)");
    BOOST_TEST(std::filesystem::is_empty(dir.Path()));
}

BOOST_FIXTURE_TEST_CASE(import_and_penetration, CliFixture) {
    BOOST_REQUIRE(Cli({"new", "a.c5a", "--country", "PER", "--year", "2026"}).exit_code == 0);
    c5::test::WriteFile(File("answers.csv"), "respondent,question,value,confidence,evidence\n"
                                             "CIRT,P1.Q1,3,high,MoU list\n"
                                             "CIRT,P1.Q6,partial,,\n"
                                             "Regulator,P1.Q1,2,low,\"Draft, unpublished\"\n");
    auto result = Cli({"import-answers", "a.c5a", "--csv", "answers.csv"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out == "Imported 3 answer(s) from answers.csv (separated by ','): 3 saved, 0 unchanged, 2 new "
                             "respondent(s)\n");
    result = Cli({"import-answers", "a.c5a", "--csv", "answers.csv"});
    BOOST_TEST(result.out == "Imported 3 answer(s) from answers.csv (separated by ','): 0 saved, 3 unchanged, 0 new "
                             "respondent(s)\n");
    result = Cli({"penetration", "a.c5a", "--indicator", "internet_users", "--value", "74.7", "--year", "2023",
                  "--source", "ITU"});
    BOOST_TEST(result.exit_code == 0, result.err);
    result = Cli({"penetration", "a.c5a"});
    BOOST_TEST(result.out.find("internet_users          74.7  2023 ITU") == 0, result.out);
}

// A French spreadsheet saved as CSV: ';' between fields, decimal commas, a ';' at the end of each line.
BOOST_FIXTURE_TEST_CASE(semicolon_files_with_decimal_commas_and_trailing_separators, CliFixture) {
    BOOST_REQUIRE(Cli({"new", "a.c5a", "--country", "FRA", "--year", "2026"}).exit_code == 0);
    c5::test::WriteFile(File("reponses.csv"), "respondent;question;value;confidence;\r\n"
                                              "ANSSI;P1.Q1;3;high;\r\n"
                                              "ANSSI;P1.Q4;2,5;;\r\n");
    const auto result = Cli({"import-answers", "a.c5a", "--csv", "reponses.csv"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out == "Imported 2 answer(s) from reponses.csv (separated by ';', decimal commas accepted, 1 "
                             "empty column at the end ignored): 2 saved, 0 unchanged, 1 new respondent(s)\n");
    const auto info = Cli({"export", "a.c5a", "--csv", "back.csv"});
    BOOST_TEST(info.exit_code == 0, info.err);
    BOOST_TEST(ReadFile(File("back.csv")).find(",P1.Q4,") != std::string::npos);
    BOOST_TEST(ReadFile(File("back.csv")).find(",2.5,") != std::string::npos, ReadFile(File("back.csv")));
    // A tab-separated file is read as one column: the message says how it was read.
    c5::test::WriteFile(File("tabs.csv"), "respondent\tquestion\tvalue\nANSSI\tP1.Q2\t1\n");
    ExpectFailure(Cli({"import-answers", "a.c5a", "--csv", "tabs.csv"}), 1, "the file was read as separated by ','");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(CliScoring)

BOOST_FIXTURE_TEST_CASE(score_table_and_json_agree, CliFixture) {
    BOOST_REQUIRE(Cli({"new", "a.c5a", "--country", "KEN", "--year", "2026"}).exit_code == 0);
    c5::test::WriteFile(File("answers.csv"), "respondent,question,value\n"
                                             "CIRT,P4.Q1,3\nCIRT,P4.Q2,first|regional\nCIRT,P4.Q3,24\nCIRT,P4.Q4,2\n"
                                             "CIRT,P4.Q5,2\nCIRT,P4.Q6,1\nCIRT,P4.Q7,1\nCIRT,P4.Q8,2\nCIRT,P4.Q9,3\n");
    BOOST_REQUIRE(Cli({"import-answers", "a.c5a", "--csv", "answers.csv"}).exit_code == 0);
    auto result = Cli({"score", "a.c5a", "--json", "--samples", "500"});
    BOOST_TEST(result.exit_code == 0, result.err);
    const auto json = Json::parse(result.out);
    BOOST_TEST(json["pillars"][3]["id"] == "P4");
    BOOST_TEST(json["pillars"][3]["status"] == "scored");
    BOOST_TEST(json["pillars"][3]["answered"] == 9);
    BOOST_TEST(json["overall"]["score"].get<double>() == json["pillars"][3]["score"].get<double>());
    BOOST_TEST(json["overall"]["complete"] == false);
    BOOST_TEST(json["overall"]["adjusted"].is_null());
    BOOST_TEST(json["items"][0]["id"] == "P1.Q1");
    for (const char* key : {"low", "high", "stage", "complete", "adjusted"}) BOOST_TEST(json["overall"].contains(key));
    for (const char* key : {"index", "gap"}) BOOST_TEST(json["penetration"].contains(key));
    for (const char* key : {"a", "b", "c"}) BOOST_TEST(json["targets"].contains(key));
    result = Cli({"score", "a.c5a", "--samples", "500"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.find("Overall readiness S") != std::string::npos, result.out);
    BOOST_TEST(result.out.find("insufficient data") != std::string::npos, result.out);
    const auto again = Cli({"score", "a.c5a", "--json", "--samples", "500"});
    BOOST_TEST(again.out == Cli({"score", "a.c5a", "--json", "--samples", "500", "--threads", "1"}).out);
}

BOOST_FIXTURE_TEST_CASE(ahp_command, CliFixture) {
    c5::test::WriteFile(File("m.csv"), ",P1,P2,P3\nP1,1,3,5\nP2,1/3,1,3\nP3,1/5,1/3,1\n");
    auto result = Cli({"ahp", "m.csv", "--json"});
    BOOST_TEST(result.exit_code == 0, result.err);
    const auto json = Json::parse(result.out);
    BOOST_TEST(std::round(json["cr"].get<double>() * 1e4) / 1e4 == 0.0332);
    BOOST_TEST(std::round(json["lambda_max"].get<double>() * 1e4) / 1e4 == 3.0385);
    BOOST_TEST(json["weights"].size() == 3u);
    BOOST_TEST(json["converged"] == true);
    BOOST_TEST(json["warnings"].empty());
    c5::test::WriteFile(File("bad.csv"), "1,3\n3,1\n");
    ExpectFailure(Cli({"ahp", "bad.csv"}), 1, "bad.csv: cell (1, 2) is 3 but cell (2, 1) is 3; they must be reciprocal");
    // Judgements far outside Saaty's scale, arranged so that power iteration cannot settle
    // (docs/methodology.md §4): the weights come from the eigen-solver, and both are said.
    c5::test::WriteFile(File("far.csv"), "1;500000000;2.5e-10\n2e-9;1;500000000\n4000000000;2e-9;1\n");
    result = Cli({"ahp", "far.csv"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.find("Weights and λmax from a direct eigen-solver.") != std::string::npos, result.out);
    BOOST_TEST(result.out.find("Warning: 3 judgements lie outside Saaty's scale 1/9 to 9 (first: cell (1, 2) is "
                               "5e+08)") != std::string::npos,
               result.out);
    BOOST_TEST(result.out.find("item 3                   0.5714") != std::string::npos, result.out);
    // A ';' file with decimal commas.
    c5::test::WriteFile(File("comma.csv"), "1;2;4\n0,5;1;2\n0,25;0,5;1\n");
    result = Cli({"ahp", "comma.csv", "--json"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(std::round(Json::parse(result.out)["weights"][0].get<double>() * 1e4) / 1e4 == 0.5714);
}

BOOST_FIXTURE_TEST_CASE(seeds_out_of_range_are_refused, CliFixture) {
    BOOST_REQUIRE(Cli({"new", "a.c5a", "--country", "KEN", "--year", "2026"}).exit_code == 0);
    for (const std::string seed : {"-1", "18446744073709551616", "1.5", "+7", "0x10", ""})
        ExpectFailure(Cli({"score", "a.c5a", "--samples", "10", "--seed", seed}), 2,
                      "is not a seed: give a whole number from 0 to 18446744073709551615");
    ExpectFailure(Cli({"report", "a.c5a", "-o", "r.pdf", "--seed", "-1"}), 2, "is not a seed");
    BOOST_TEST(!std::filesystem::exists(File("r.pdf")));
    auto result = Cli({"score", "a.c5a", "--samples", "10", "--seed", "18446744073709551615"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.find("seed 18446744073709551615.") != std::string::npos, result.out);
    result = Cli({"score", "a.c5a", "--samples", "10", "--seed", "0", "--json"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(Json::parse(result.out)["parameters"]["seed"] == 0u);
}

BOOST_FIXTURE_TEST_CASE(options_change_the_score, CliFixture) {
    BOOST_REQUIRE(Cli({"new", "a.c5a", "--country", "KEN", "--year", "2026"}).exit_code == 0);
    auto result = Cli({"options", "a.c5a", "--target-year", "2030", "--include", "P12"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.find("Optional pillars included  P12") != std::string::npos, result.out);
    const auto json = Json::parse(Cli({"score", "a.c5a", "--json", "--samples", "0"}).out);
    BOOST_TEST(json["parameters"]["target_year"] == 2030);
    BOOST_TEST(json["pillars"][11]["included"] == true);
    ExpectFailure(Cli({"options", "a.c5a", "--include", "P4"}), 1, "P4 is not an optional pillar");
    ExpectFailure(Cli({"options", "a.c5a", "--weighting", "votes"}), 2, "--weighting must be equal, budget or ahp");
    ExpectFailure(Cli({"score", "a.c5a", "--samples", "-5"}), 2, "--samples must be from 0 to 1000000");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(CliReports)

BOOST_FIXTURE_TEST_CASE(demo_report_shows_the_score_that_score_prints, CliFixture) {
    auto result = Cli({"demo", "demo"});
    BOOST_TEST(result.exit_code == 0, result.err);
    // The path as the system writes it (demo\kelora-2026.c5a on Windows).
    BOOST_TEST(result.out.find("Wrote the demo assessment " + (std::filesystem::path("demo") / "kelora-2026.c5a").string()) == 0,
               result.out);
    const auto json = Json::parse(Cli({"score", "demo/kelora-2026.c5a", "--json"}).out);
    char overall[16];
    std::snprintf(overall, sizeof overall, "%.1f", json["overall"]["score"].get<double>());
    const std::string text = c5::test::PdfText(File("demo/kelora-2026-report.pdf"));
    BOOST_TEST(text.find(std::string("Overall ") + overall) != std::string::npos, overall);
    const auto table = Cli({"score", "demo/kelora-2026.c5a"});
    BOOST_TEST(table.out.find(std::string(" ") + overall + " ") != std::string::npos, table.out);
    ExpectFailure(Cli({"demo", "demo"}), 1, "already exists");
}

BOOST_FIXTURE_TEST_CASE(report_and_blank_form_commands, CliFixture) {
    BOOST_REQUIRE(Cli({"demo", "d"}).exit_code == 0);
    auto result = Cli({"report", "d/kelora-2026.c5a", "-o", "letter.pdf", "--paper", "letter", "--marking",
                       "CONFIDENTIAL", "--samples", "500", "--prepared-by", "Test Author"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.find("Wrote letter.pdf (") == 0, result.out);
    BOOST_TEST(std::filesystem::exists(File("letter-scores.csv")));
    BOOST_TEST(std::filesystem::exists(File("letter-scores.json")));
    result = Cli({"blank-form", "-o", "form.pdf"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.find("Wrote form.pdf (") == 0, result.out);
    ExpectFailure(Cli({"report", "d/kelora-2026.c5a", "-o", "x.pdf", "--paper", "a3"}), 2, "--paper must be a4 or letter");
    ExpectFailure(Cli({"report", "d/kelora-2026.c5a", "-o", "x.pdf", "--lang", "xx"}), 2, "--lang must be one of");
    ExpectFailure(Cli({"report", "d/kelora-2026.c5a", "-o", "no/such/folder/x.pdf"}), 1, "does not exist");
    BOOST_TEST(!std::filesystem::exists(File("x.pdf")));
}

BOOST_AUTO_TEST_SUITE_END()
