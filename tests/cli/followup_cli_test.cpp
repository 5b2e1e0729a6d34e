// compare and regional through the real CLI, on the demo and a follow-up made from its answers.
#include <nlohmann/json.hpp>

#include "cli_fixture.h"

using c5::test::CliFixture;
using Json = nlohmann::json;

namespace {

// The demo (Kelora 2026) and a 2027 follow-up (an assessment describes a year up to next year) with the same answers except P4.Q1, raised to 4 by
// every respondent, and the same penetration figures.
struct FollowUp : CliFixture {
    FollowUp() {
        BOOST_REQUIRE(Cli({"demo", "demo"}).exit_code == 0);
        BOOST_REQUIRE(Cli({"export", "demo/kelora-2026.c5a", "--csv", "answers.csv"}).exit_code == 0);
        BOOST_REQUIRE(Cli({"new", "kelora-2027.c5a", "--country", "XKL", "--country-name", "Kelora", "--year", "2027",
                           "--group", "SIDS"})
                          .exit_code == 0);
        const auto imported = Cli({"import-answers", "kelora-2027.c5a", "--csv", "answers.csv"});
        BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
        for (const char* who : {"Ministry of Digital Economy", "KeloraCIRT", "Digital Rights Kelora"}) {
            const auto answered = Cli({"answer", "kelora-2027.c5a", "--respondent", who, "--question", "P4.Q1", "--value", "4"});
            BOOST_REQUIRE(answered.out.find("Added respondent") == std::string::npos);
        }
        const Json info = Json::parse(Cli({"info", "demo/kelora-2026.c5a", "--json"}).out);
        for (const auto& figure : info["penetration"])
            Cli({"penetration", "kelora-2027.c5a", "--indicator", figure["indicator"], "--value",
                 std::to_string(figure["value"].get<double>()), "--year", std::to_string(figure["year"].get<int>())});
        Cli({"options", "kelora-2027.c5a", "--target-year", "2030"});
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(FollowUpCommands)

BOOST_FIXTURE_TEST_CASE(compare_reports_the_change_and_the_state_of_the_targets, FollowUp) {
    const auto result = Cli({"compare", "demo/kelora-2026.c5a", "kelora-2027.c5a", "--json", "--samples", "500"});
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    const Json comparison = Json::parse(result.out);
    BOOST_TEST(comparison["baseline"]["year"] == 2026);
    BOOST_TEST(comparison["followup"]["year"] == 2027);
    const Json& p4 = comparison["pillars"][3];
    BOOST_TEST(p4["id"] == "P4");
    BOOST_TEST(p4["change"].get<double>() > 0);
    for (const auto& pillar : comparison["pillars"])
        if (pillar["id"] != "P4") BOOST_TEST(pillar["change"].get<double>() == 0.0, pillar["id"]);
    const Json& a = comparison["targets"]["a"];
    BOOST_TEST(a["kind"] == "penetration_adjusted");
    BOOST_TEST(a["target_year"] == 2030);
    // T(2027) is a quarter of the way from the baseline (2026) to the target (2030).
    BOOST_TEST(a["expected"].get<double>() ==
                   a["baseline"].get<double>() + (a["target"].get<double>() - a["baseline"].get<double>()) / 4,
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST(a["on_track"] == (a["value"].get<double>() >= a["expected"].get<double>()));
    BOOST_TEST(a["probability_met"].get<double>() >= 0.0);
    BOOST_TEST(a["probability_met"].get<double>() <= 1.0);
    BOOST_TEST(comparison["targets"]["c"]["gaps_remaining"].size() == 2u);

    const auto text = Cli({"compare", "demo/kelora-2026.c5a", "kelora-2027.c5a", "--samples", "0"});
    BOOST_TEST(text.out.find("P4    CIRTs") != std::string::npos, text.out);
    BOOST_TEST(text.out.find("Targets, as set at the baseline") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(compare_refuses_what_is_not_a_follow_up, FollowUp) {
    c5::test::ExpectFailure(Cli({"compare", "kelora-2027.c5a", "demo/kelora-2026.c5a"}), 1, "not later than the baseline");
    BOOST_REQUIRE(Cli({"new", "ken.c5a", "--country", "KEN", "--year", "2027"}).exit_code == 0);
    c5::test::ExpectFailure(Cli({"compare", "demo/kelora-2026.c5a", "ken.c5a"}), 1, "different countries");
}

BOOST_FIXTURE_TEST_CASE(regional_lists_a_folder_and_gives_a_reference_set, FollowUp) {
    std::filesystem::create_directories(File("region"));
    std::filesystem::copy_file(File("demo/kelora-2026.c5a"), File("region/kelora-2026.c5a"));
    std::filesystem::copy_file(File("kelora-2027.c5a"), File("region/kelora-2027.c5a"));
    BOOST_REQUIRE(Cli({"kits", "kelora-2027.c5a", "region"}).exit_code == 0);  // kits are skipped
    c5::test::WriteFile(File("region/broken.c5a"), "not a database");
    const auto result = Cli({"regional", "region", "--json", "--reference-csv", "reference.csv"});
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    const Json view = Json::parse(result.out);
    BOOST_REQUIRE_EQUAL(view["assessments"].size(), 2u);
    BOOST_TEST(view["assessments"][0]["year"] == 2026);
    BOOST_TEST(view["assessments"][1]["year"] == 2027);
    BOOST_TEST(view["skipped"].size() == 4u);  // three kits and the broken file
    BOOST_TEST(view["reference_points"] == 1);  // one country: only its latest year counts
    const std::string csv = c5::test::ReadFile(File("reference.csv"));
    BOOST_TEST(csv.rfind("label,penetration,score\r\nXKL 2027,", 0) == 0u, csv);
    // The folder is accepted wherever a reference CSV is.
    const auto score = Cli({"score", "kelora-2027.c5a", "--samples", "0", "--reference", "region"});
    BOOST_TEST(score.exit_code == 0, score.err);
    // Kelora itself is left out of its own reference set, which leaves nobody here.
    BOOST_TEST(score.out.find("no reference set of other countries") != std::string::npos, score.out);
    // A second copy of one assessment in the folder is listed, with a warning to keep one.
    std::filesystem::copy_file(File("kelora-2027.c5a"), File("region/kelora-2027-copy.c5a"));
    const auto copies = Cli({"regional", "region"});
    BOOST_TEST(copies.out.find("Warning: kelora-2027-copy.c5a, kelora-2027.c5a are copies of one assessment") !=
                   std::string::npos,
               copies.out);
    BOOST_TEST(Json::parse(Cli({"regional", "region", "--json"}).out)["copies"].size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
