// The workshop round trip through the real CLI: each respondent answers in their own process, as
// on their own laptop, and the facilitator merges what comes back.
#include <nlohmann/json.hpp>

#include "cli_fixture.h"
#include "pdf_tools.h"

using c5::test::CliFixture;
using c5::test::ReadFile;
using Json = nlohmann::json;

namespace {

struct Workshop : CliFixture {
    Workshop() {
        BOOST_REQUIRE(Cli({"new", "ken.c5a", "--country", "KEN", "--year", "2026"}).exit_code == 0);
        const auto kits = Cli({"kits", "ken.c5a", "kits", "--respondent", "Ministry=government", "--respondent",
                               "KE-CIRT=technical community"});
        BOOST_REQUIRE_MESSAGE(kits.exit_code == 0, kits.err);
        Answer("kits/ken-ministry.c5a", "Ministry", "P1.Q1", "1", "no council yet");
        Answer("kits/ken-ministry.c5a", "Ministry", "P4.Q1", "2", "");
        Answer("kits/ken-ke-cirt.c5a", "KE-CIRT", "P1.Q1", "4", "the council met 4 times");
        Answer("kits/ken-ke-cirt.c5a", "KE-CIRT", "P4.Q1", "2", "");
    }
    void Answer(const std::string& kit, const std::string& who, const std::string& question, const std::string& value,
                const std::string& evidence) {
        const auto result =
            Cli({"answer", kit, "--respondent", who, "--question", question, "--value", value, "--evidence", evidence});
        BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    }
    Json MergeJson(std::vector<std::string> files, int expected_status = 0) {
        files.insert(files.begin(), {"merge", "ken.c5a", "--json"});
        const auto result = Cli(files);
        BOOST_TEST(result.exit_code == expected_status, result.err);
        return Json::parse(result.out);
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(WorkshopCommands)

BOOST_FIXTURE_TEST_CASE(kits_answered_apart_merge_into_one_assessment_once, Workshop) {
    const Json report = MergeJson({"kits/ken-ministry.c5a", "kits/ken-ke-cirt.c5a"});
    BOOST_TEST(report["changed"] == true);
    BOOST_TEST(report["refused"] == 0);
    BOOST_TEST(report["files"][0]["answers_added"] == 2);
    BOOST_TEST(report["files"][1]["respondents_added"] == 1);
    const Json info = Json::parse(Cli({"info", "ken.c5a", "--json"}).out);
    BOOST_TEST(info["respondents"].size() == 2u);
    BOOST_TEST(info["answers"] == 4);

    const std::string before = ReadFile(File("ken.c5a"));
    const Json again = MergeJson({"kits/ken-ke-cirt.c5a", "kits/ken-ministry.c5a"});
    BOOST_TEST(again["changed"] == false);
    BOOST_TEST(again["files"][0]["duplicates"] == 2);
    BOOST_TEST((ReadFile(File("ken.c5a")) == before), "merging again changed the file");
}

BOOST_FIXTURE_TEST_CASE(disagreements_list_who_said_what_and_a_consensus_settles_them, Workshop) {
    MergeJson({"kits/ken-ministry.c5a", "kits/ken-ke-cirt.c5a"});
    Json listed = Json::parse(Cli({"disagreements", "ken.c5a", "--json"}).out)["disagreements"];
    BOOST_REQUIRE_EQUAL(listed.size(), 1u);  // P4.Q1: the same level; P1.Q1: 3 levels apart
    BOOST_TEST(listed[0]["question"] == "P1.Q1");
    BOOST_TEST(listed[0]["levels"] == 3);
    BOOST_TEST(listed[0]["answers"][0]["respondent"] == "KE-CIRT");
    BOOST_TEST(listed[0]["answers"][0]["evidence"] == "the council met 4 times");
    BOOST_TEST(listed[0]["consensus"].is_null());
    const Json before = Json::parse(Cli({"score", "ken.c5a", "--json", "--samples", "0"}).out);

    const auto settled = Cli({"consensus", "ken.c5a", "--question", "P1.Q1", "--value", "3", "--note", "met twice"});
    BOOST_TEST(settled.exit_code == 0, settled.err);
    listed = Json::parse(Cli({"disagreements", "ken.c5a", "--json"}).out)["disagreements"];
    BOOST_TEST(listed[0]["consensus"]["value"] == "3");
    BOOST_TEST(listed[0]["consensus"]["note"] == "met twice");
    // The consensus replaces the median of the item scores: (1/4 + 4/4) / 2 = 0.625 → 3/4.
    BOOST_TEST(before["items"][0]["id"] == "P1.Q1");
    BOOST_TEST(before["items"][0]["value"].get<double>() == 0.625);
    BOOST_TEST(before["items"][0]["from_consensus"] == false);
    const Json after = Json::parse(Cli({"score", "ken.c5a", "--json", "--samples", "0"}).out);
    BOOST_TEST(after["items"][0]["value"].get<double>() == 0.75);
    BOOST_TEST(after["items"][0]["from_consensus"] == true);
    c5::test::ExpectFailure(Cli({"consensus", "ken.c5a", "--question", "P1.Q1", "--value", "9"}), 1, "P1.Q1");
    BOOST_TEST(Cli({"consensus", "ken.c5a", "--question", "P1.Q1", "--clear"}).exit_code == 0);
    const Json cleared = Json::parse(Cli({"score", "ken.c5a", "--json", "--samples", "0"}).out);
    BOOST_TEST(cleared["items"][0]["value"].get<double>() == 0.625);
}

BOOST_FIXTURE_TEST_CASE(another_questionnaire_is_refused_and_the_file_is_untouched, Workshop) {
    BOOST_REQUIRE(Cli({"new", "other.c5a", "--country", "KEN", "--year", "2026"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"answer", "other.c5a", "--respondent", "X", "--question", "P1.Q1", "--value", "2"}).exit_code == 0);
    c5::test::WriteFile(File("not-an-assessment.c5a"), "hello");
    const std::string before = ReadFile(File("ken.c5a"));
    const auto result = Cli({"merge", "ken.c5a", "other.c5a", "not-an-assessment.c5a", "missing.c5a"});
    BOOST_TEST(result.exit_code == 1);
    BOOST_TEST(result.out.find("REFUSED  other.c5a: it belongs to another assessment") != std::string::npos, result.out);
    BOOST_TEST(result.out.find("REFUSED  not-an-assessment.c5a: not a C5 assessment") != std::string::npos, result.out);
    BOOST_TEST(result.out.find("REFUSED  missing.c5a: no such file") != std::string::npos, result.out);
    BOOST_TEST(result.err.find("3 of 3 file(s) refused") != std::string::npos, result.err);
    BOOST_TEST((ReadFile(File("ken.c5a")) == before));
}

BOOST_FIXTURE_TEST_CASE(a_missing_out_file_is_started_from_a_copy_of_the_assessment, Workshop) {
    std::filesystem::copy_file(File("ken.c5a"), File("copy.c5a"));
    const auto result = Cli({"merge", "merged.c5a", "kits/ken-ministry.c5a", "copy.c5a", "kits/ken-ke-cirt.c5a"});
    BOOST_TEST(result.exit_code == 0, result.err);
    const Json info = Json::parse(Cli({"info", "merged.c5a", "--json"}).out);
    BOOST_TEST(info["uuid"] == Json::parse(Cli({"info", "ken.c5a", "--json"}).out)["uuid"]);
    BOOST_TEST(info["answers"] == 4);
    // It is a full assessment, not a kit: the facilitator can add respondents.
    BOOST_TEST(Cli({"answer", "merged.c5a", "--respondent", "New", "--question", "P1.Q1", "--value", "2"}).exit_code == 0);
}

BOOST_FIXTURE_TEST_CASE(sealed_kits_travel_and_a_wrong_passphrase_or_a_flipped_byte_imports_nothing, Workshop) {
    c5::test::WriteFile(File("pass.txt"), "kelora workshop 2026\n");
    c5::test::WriteFile(File("wrong.txt"), "kelora workshop 2025\n");
    BOOST_REQUIRE(Cli({"seal", "kits/ken-ke-cirt.c5a", "-o", "back.c5s", "--passphrase-file", "pass.txt"}).exit_code == 0);
    BOOST_TEST(ReadFile(File("back.c5s")).find("the council met") == std::string::npos);
    const std::string before = ReadFile(File("ken.c5a"));
    const auto wrong = Cli({"merge", "ken.c5a", "back.c5s", "--passphrase-file", "wrong.txt"});
    BOOST_TEST(wrong.exit_code == 1);
    BOOST_TEST(wrong.out.find("REFUSED  back.c5s: wrong passphrase") != std::string::npos, wrong.out);
    std::string flipped = ReadFile(File("back.c5s"));
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x10);
    c5::test::WriteFile(File("flipped.c5s"), flipped);
    const auto changed = Cli({"merge", "ken.c5a", "flipped.c5s", "--passphrase-file", "pass.txt"});
    BOOST_TEST(changed.exit_code == 1);
    BOOST_TEST(changed.out.find("changed or damaged after it was sealed") != std::string::npos, changed.out);
    BOOST_TEST((ReadFile(File("ken.c5a")) == before), "a refused sealed file changed the assessment");
    // Without a passphrase and without a terminal: a clear usage error.
    c5::test::ExpectFailure(Cli({"merge", "ken.c5a", "back.c5s"}), 2, "--passphrase-file");
    const Json merged = MergeJson({"back.c5s", "--passphrase-file", "pass.txt"});
    BOOST_TEST(merged["files"][0]["answers_added"] == 2);
    // Unsealing gives back the kit under its own name, never over an existing file.
    BOOST_TEST(Cli({"unseal", "back.c5s", "--passphrase-file", "pass.txt"}).exit_code == 0);
    BOOST_TEST(std::filesystem::exists(File("ken-ke-cirt.c5a")));
    c5::test::ExpectFailure(Cli({"unseal", "back.c5s", "--passphrase-file", "pass.txt"}), 1, "exists");
}

BOOST_FIXTURE_TEST_CASE(kits_are_all_or_nothing_and_never_overwrite, Workshop) {
    c5::test::ExpectFailure(Cli({"kits", "ken.c5a", "kits", "--respondent", "Ministry"}), 1, "exists already");
    c5::test::ExpectFailure(Cli({"kits", "kits/ken-ministry.c5a", "more"}), 1, "cannot make respondent kits");
    c5::test::ExpectFailure(Cli({"kits", "ken.c5a", "empty"}), 2, "no respondents yet");
    c5::test::ExpectFailure(Cli({"seal", "ken.c5a", "-o", "k.c5s", "--passphrase-file", "missing.txt"}), 1,
                            "missing.txt");
}

// Documents attached in a kit travel home with its answers, are listed in info, and come out of
// the assessment with export --attachments, checked by their SHA-256.
BOOST_FIXTURE_TEST_CASE(documents_attached_in_a_kit_come_home_with_the_merge, Workshop) {
    c5::test::WriteFile(File("mou.pdf"), "%PDF-1.4 MoU with the regional CERT");
    auto result = Cli({"attach", "kits/ken-ke-cirt.c5a", "--respondent", "KE-CIRT", "--question", "P1.Q1", "--document",
                       "mou.pdf"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out.find("Attached mou.pdf (35 bytes, SHA-256 ") == 0, result.out);
    c5::test::ExpectFailure(Cli({"attach", "kits/ken-ke-cirt.c5a", "--respondent", "KE-CIRT", "--question", "P1.Q1",
                                 "--document", "ken.c5a"}),
                            1, "ken.c5a: a document of this kind cannot be attached");
    const Json report = MergeJson({"kits/ken-ministry.c5a", "kits/ken-ke-cirt.c5a"});
    BOOST_TEST(report["files"][1]["attachments_added"] == 1);
    const Json info = Json::parse(Cli({"info", "ken.c5a", "--json"}).out);
    BOOST_REQUIRE_EQUAL(info["attachments"].size(), 1u);
    BOOST_TEST(info["attachments"][0]["respondent"] == "KE-CIRT");
    BOOST_TEST(info["attachments"][0]["size"] == 35);
    result = Cli({"export", "ken.c5a", "--attachments", "evidence"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.out == "Wrote 1 attached document(s), 35 bytes, and index.csv to evidence\n");
    BOOST_TEST((ReadFile(File("evidence/KE-CIRT/P1.Q1/mou.pdf")) == ReadFile(File("mou.pdf"))));
    BOOST_TEST(ReadFile(File("evidence/index.csv")).find("KE-CIRT,P1.Q1,mou.pdf,application/pdf,35,") !=
               std::string::npos);
    c5::test::ExpectFailure(Cli({"export", "ken.c5a", "--attachments", "evidence"}), 1, "already exists");
    // The report's annex lists it by name, size and SHA-256.
    BOOST_REQUIRE(Cli({"report", "ken.c5a", "-o", "r.pdf", "--samples", "0"}).exit_code == 0);
    const std::string text = c5::test::PdfText(File("r.pdf"));
    BOOST_TEST(text.find("mou.pdf") != std::string::npos);
    BOOST_TEST(text.find(info["attachments"][0]["sha256"].get<std::string>().substr(0, 16)) != std::string::npos);
    BOOST_TEST(Cli({"attach", "ken.c5a", "--remove", "1"}).exit_code == 0);
    BOOST_TEST(Json::parse(Cli({"info", "ken.c5a", "--json"}).out)["attachments"].empty());
}

BOOST_AUTO_TEST_SUITE_END()
