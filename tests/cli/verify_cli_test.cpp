// c5kit-cli verify: a report against the assessment file it was (or was not) made from; and
// score --json's next steps and fingerprint.
#include <nlohmann/json.hpp>

#include "cli_fixture.h"

using c5::test::CliFixture;
using c5::test::ExpectFailure;
using Json = nlohmann::json;

namespace {

struct DemoReport : CliFixture {
    DemoReport() { BOOST_REQUIRE(Cli({"demo", "demo"}).exit_code == 0); }
    const std::string pdf = "demo/kelora-2026-report.pdf";
    const std::string file = "demo/kelora-2026.c5a";
};

}  // namespace

BOOST_AUTO_TEST_SUITE(Verify)

BOOST_FIXTURE_TEST_CASE(accepts_the_file_the_report_was_made_from, DemoReport) {
    const auto result = Cli({"verify", pdf, file});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.find("was made from exactly this state of kelora-2026.c5a") != std::string::npos, result.out);
    const Json score = Json::parse(Cli({"score", file, "--json", "--samples", "0"}).out);
    BOOST_TEST(result.out.find(score["fingerprint"].get<std::string>()) != std::string::npos);
    // The fingerprint printed on the report works as well.
    BOOST_TEST(Cli({"verify", score["fingerprint"].get<std::string>(), file}).exit_code == 0);
    // A copy of the file is the same state.
    std::filesystem::copy_file(File(file), File("copy.c5a"));
    BOOST_TEST(Cli({"verify", pdf, "copy.c5a"}).exit_code == 0);
}

BOOST_FIXTURE_TEST_CASE(refuses_a_file_changed_since_and_says_what_changed, DemoReport) {
    BOOST_REQUIRE(Cli({"answer", file, "--respondent", "KeloraCIRT", "--question", "P4.Q1", "--value", "4"}).exit_code == 0);
    const auto result = Cli({"verify", pdf, file});
    ExpectFailure(result, 1, "the answers changed after");
    BOOST_TEST(result.out.find("was NOT made from the current state") != std::string::npos, result.out);
    BOOST_TEST(result.out.find("P4.Q1 (last changed ") != std::string::npos, result.out);
    BOOST_TEST(result.out.find("answer.set  KeloraCIRT / P4.Q1") != std::string::npos, result.out);
    const Json json = Json::parse(Cli({"verify", pdf, file, "--json"}).out);
    BOOST_TEST(json["matches"] == false);
    BOOST_TEST(json["parts_differ"] == Json::array({"answers"}));
    BOOST_TEST(json["questions_differ"][0]["question"] == "P4.Q1");
    // A penetration figure and a setting, too.
    BOOST_REQUIRE(Cli({"penetration", file, "--indicator", "internet_users", "--value", "50", "--year", "2025"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"options", file, "--target-year", "2035"}).exit_code == 0);
    const Json more = Json::parse(Cli({"verify", pdf, file, "--json"}).out);
    BOOST_TEST(more["parts_differ"] == Json::array({"answers", "penetration", "settings"}));
}

BOOST_FIXTURE_TEST_CASE(refuses_another_assessment_and_what_is_not_a_report, DemoReport) {
    BOOST_REQUIRE(Cli({"new", "other.c5a", "--country", "KEN", "--year", "2026"}).exit_code == 0);
    const auto other = Cli({"verify", pdf, "other.c5a"});
    ExpectFailure(other, 1, "it describes another assessment");
    c5::test::WriteFile(File("fake.pdf"), "%PDF-1.4\nnothing here\n");
    ExpectFailure(Cli({"verify", "fake.pdf", file}), 1, "holds no C5 kit stamp");
    ExpectFailure(Cli({"verify", "missing.pdf", file}), 1, "missing.pdf: no such file");
    ExpectFailure(Cli({"verify", std::string(64, 'a'), file}), 1, "differs from the fingerprint given");
}

BOOST_FIXTURE_TEST_CASE(a_follow_up_report_checks_its_baseline_too, DemoReport) {
    BOOST_REQUIRE(Cli({"export", file, "--csv", "answers.csv"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"new", "kelora-2027.c5a", "--country", "XKL", "--country-name", "Kelora", "--year", "2027",
                       "--group", "SIDS"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"import-answers", "kelora-2027.c5a", "--csv", "answers.csv"}).exit_code == 0);
    const auto report = Cli({"report", "kelora-2027.c5a", "--baseline", file, "-o", "follow.pdf", "--samples", "300"});
    BOOST_REQUIRE_MESSAGE(report.exit_code == 0, report.err);
    BOOST_TEST(Cli({"verify", "follow.pdf", "kelora-2027.c5a", "--baseline", file}).exit_code == 0);
    BOOST_REQUIRE(Cli({"answer", file, "--respondent", "KeloraCIRT", "--question", "P4.Q1", "--value", "0"}).exit_code == 0);
    ExpectFailure(Cli({"verify", "follow.pdf", "kelora-2027.c5a", "--baseline", file}), 1, "the baseline file changed");
    ExpectFailure(Cli({"verify", pdf, file, "--baseline", file}), 2, "is not a follow-up report");
}

BOOST_FIXTURE_TEST_CASE(score_json_gives_the_next_step_from_the_level_reached, DemoReport) {
    const Json score = Json::parse(Cli({"score", file, "--json", "--samples", "0"}).out);
    BOOST_REQUIRE(!score["recommendations"].empty());
    for (const auto& recommendation : score["recommendations"]) {
        BOOST_TEST(recommendation["next_step"].is_string(), recommendation["question"]);
        BOOST_TEST(recommendation["lead_group"].is_string(), recommendation["question"]);
        BOOST_TEST(!recommendation["recommendation"].get<std::string>().empty());
    }
    BOOST_TEST(score["fingerprint"].get<std::string>().size() == 64u);
}

BOOST_AUTO_TEST_SUITE_END()
