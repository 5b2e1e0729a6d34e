// What a merge accepts from a respondent kit (BRIEF §14, docs/reliability.md): kits crafted by
// hand with SQLite, as a hostile participant would, merged by the real c5kit-cli.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>
#include <boost/test/data/test_case.hpp>

#include "c5/questionnaire/clock.h"
#include "cli_fixture.h"

namespace bdata = boost::unit_test::data;
namespace fs = std::filesystem;
using c5::test::CliFixture;
using c5::test::ReadFile;
using Json = nlohmann::json;

namespace {

void Sql(const fs::path& file, const std::string& statements) {
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    db.exec(statements);
}

std::string SqlText(const fs::path& file, const std::string& query) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet(query).getString();
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct TrustWorkshop : CliFixture {
    fs::path master = File("ken.c5a");
    fs::path ministry = File("kits/ken-ministry.c5a");
    fs::path cirt = File("kits/ken-ke-cirt.c5a");
    TrustWorkshop() {
        BOOST_REQUIRE(Cli({"new", "ken.c5a", "--country", "KEN", "--year", "2026"}).exit_code == 0);
        const auto kits = Cli({"kits", "ken.c5a", "kits", "--respondent", "Ministry=government", "--respondent",
                               "KE-CIRT=technical community"});
        BOOST_REQUIRE_MESSAGE(kits.exit_code == 0, kits.err);
        Answer("kits/ken-ministry.c5a", "Ministry", "P1.Q1", "1");
        Answer("kits/ken-ministry.c5a", "Ministry", "P4.Q1", "2");
        Answer("kits/ken-ke-cirt.c5a", "KE-CIRT", "P1.Q1", "4");
    }
    void Answer(const std::string& file, const std::string& who, const std::string& question, const std::string& value) {
        const auto result = Cli({"answer", file, "--respondent", who, "--question", question, "--value", value});
        BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    }
    c5::test::ProcessResult Merge(std::vector<std::string> files) const {
        files.insert(files.begin(), {"merge", "ken.c5a"});
        return Cli(files);
    }
    Json MergeJson(std::vector<std::string> files) const {
        files.insert(files.begin(), {"merge", "ken.c5a", "--json"});
        return Json::parse(Cli(files).out);
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(KitTrust)

// Item 1: a kit carries no consensus; the facilitator's stays.
BOOST_FIXTURE_TEST_CASE(a_consensus_row_added_to_a_kit_is_refused_and_the_consensus_stays, TrustWorkshop) {
    BOOST_REQUIRE(Merge({"kits/ken-ministry.c5a", "kits/ken-ke-cirt.c5a"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"consensus", "ken.c5a", "--question", "P1.Q1", "--value", "2", "--note", "agreed"}).exit_code == 0);
    Sql(ministry, "INSERT INTO consensus(question_id, value, not_applicable, note, decided_at) VALUES "
                  "('P1.Q1', '4', 0, 'mine', '" + c5::questionnaire::NowUtc() + "')");
    const std::string before = ReadFile(master);
    for (const bool accept : {false, true}) {
        std::vector<std::string> args = {"kits/ken-ministry.c5a"};
        if (accept) args.push_back("--accept-unverified-kits");
        const auto result = Merge(args);
        BOOST_TEST(result.exit_code == 1);
        BOOST_TEST(Contains(result.out, "REFUSED  kits/ken-ministry.c5a: it holds 1 consensus answer(s), which only "
                                        "the facilitator records"),
                   result.out);
        BOOST_TEST(Contains(result.out, "Ministry: refused"), result.out);
        BOOST_TEST((ReadFile(master) == before), "a refused kit changed the assessment");
    }
    BOOST_TEST(SqlText(master, "SELECT value FROM consensus WHERE question_id = 'P1.Q1'") == "2");
}

// Item 2: a kit brings only the answers of the respondent it was issued to.
BOOST_FIXTURE_TEST_CASE(a_kit_edited_to_carry_another_respondents_identity_is_refused, TrustWorkshop) {
    BOOST_REQUIRE(Merge({"kits/ken-ke-cirt.c5a"}).exit_code == 0);
    const std::string cirt_uuid = SqlText(master, "SELECT uuid FROM respondent WHERE name = 'KE-CIRT'");
    // The ministry's kit pretends to be KE-CIRT's, to overwrite KE-CIRT's answers.
    Sql(ministry, "UPDATE respondent SET uuid = '" + cirt_uuid + "', name = 'KE-CIRT'; UPDATE kit SET respondent_uuid = '" +
                      cirt_uuid + "'");
    const std::string before = ReadFile(master);
    const auto result = Merge({"kits/ken-ministry.c5a", "--accept-unverified-kits"});
    BOOST_TEST(result.exit_code == 1);
    BOOST_TEST(Contains(result.out, "it was issued to \"Ministry\" but now names another respondent"), result.out);
    BOOST_TEST(Contains(result.out, "Ministry: refused"), result.out);
    BOOST_TEST((ReadFile(master) == before));
    BOOST_TEST(SqlText(master, "SELECT value FROM answer WHERE question_id = 'P1.Q1'") == "4");
}

BOOST_FIXTURE_TEST_CASE(a_kit_without_its_kit_marker_or_with_extra_respondents_is_refused, TrustWorkshop) {
    const fs::path stripped = File("stripped.c5a");
    const fs::path crowded = File("crowded.c5a");
    fs::copy_file(ministry, stripped);
    fs::copy_file(ministry, crowded);
    Sql(stripped, "DELETE FROM kit");
    std::string extra = "BEGIN;";
    for (int i = 0; i < 1300; ++i)
        extra += "INSERT INTO respondent(uuid, name, created_at) VALUES (printf('%08d-0000-4000-8000-000000000000', " +
                 std::to_string(i) + "), 'Extra " + std::to_string(i) + "', '2026-01-01T00:00:00.000Z');";
    Sql(crowded, extra + "COMMIT;");
    const std::string before = ReadFile(master);
    const auto result = Merge({"stripped.c5a", "crowded.c5a"});
    BOOST_TEST(result.exit_code == 1);
    BOOST_TEST(Contains(result.out, "REFUSED  stripped.c5a: it cannot be checked (it is not recognisable as a copy of "
                                    "this assessment"),
               result.out);
    BOOST_TEST(Contains(result.out, "REFUSED  crowded.c5a: it holds 1301 respondent(s); a kit holds only the one it "
                                    "was issued to"),
               result.out);
    BOOST_TEST((ReadFile(master) == before));
    // Accepting unchecked files does not let a kit bring other respondents.
    BOOST_TEST(Merge({"crowded.c5a", "--accept-unverified-kits"}).exit_code == 1);
    BOOST_TEST((ReadFile(master) == before));
}

// Item 3: times are times, in UTC, between the kit's issue and now.
BOOST_FIXTURE_TEST_CASE(an_answer_dated_in_the_future_is_refused, TrustWorkshop) {
    Sql(ministry, "UPDATE answer SET updated_at = '9999-12-31T23:59:59.999Z' WHERE question_id = 'P1.Q1'");
    const auto result = Merge({"kits/ken-ministry.c5a", "--accept-unverified-kits"});
    BOOST_TEST(result.exit_code == 1);
    BOOST_TEST(Contains(result.out, "the answer of \"Ministry\" to P1.Q1 is dated 9999-12-31T23:59:59.999Z, later than "
                                    "now"),
               result.out);
    BOOST_TEST(SqlText(master, "SELECT count(*) FROM answer") == "0");
}

BOOST_FIXTURE_TEST_CASE(times_with_an_offset_are_compared_as_times_in_utc, TrustWorkshop) {
    BOOST_REQUIRE(Merge({"kits/ken-ministry.c5a"}).exit_code == 0);
    const std::string answered = SqlText(ministry, "SELECT updated_at FROM answer WHERE question_id = 'P1.Q1'");
    // The facilitator corrects the answer after the kit came back.
    Answer("ken.c5a", "Ministry", "P1.Q1", "3");
    // The kit's old answer, rewritten with a +23:59 zone: as text it sorts after the correction,
    // as a time it is the same moment as before, which is older.
    const auto time = *c5::questionnaire::ParseUtcTime(answered) + std::chrono::hours(23) + std::chrono::minutes(59);
    std::string shifted = c5::questionnaire::FormatUtcTime(time);
    shifted.replace(shifted.size() - 1, 1, "+23:59");
    Sql(ministry, "UPDATE answer SET value = '0', updated_at = '" + shifted + "' WHERE question_id = 'P1.Q1'");
    BOOST_REQUIRE_GT(shifted, SqlText(master, "SELECT updated_at FROM answer WHERE question_id = 'P1.Q1'"));
    const auto result = Merge({"kits/ken-ministry.c5a", "--accept-unverified-kits"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(Contains(result.out, "1 older version(s) logged"), result.out);
    BOOST_TEST(SqlText(master, "SELECT value FROM answer WHERE question_id = 'P1.Q1'") == "3");
    // The older version is recorded in UTC.
    const std::string logged = SqlText(master, "SELECT old_value FROM audit_log WHERE action = 'answer.merge.older'");
    BOOST_TEST(Contains(logged, "\"updated_at\":\"" + answered + "\""), logged);
}

BOOST_FIXTURE_TEST_CASE(an_edit_dated_before_the_kit_was_issued_is_refused_with_the_reason, TrustWorkshop) {
    // A laptop whose clock was reset: the edit looks years old.
    Sql(ministry, "UPDATE answer SET value = '3', answered_at = '2019-03-01T08:00:00.000Z', updated_at = "
                  "'2019-03-01T08:00:00.000Z' WHERE question_id = 'P1.Q1'");
    const auto result = Merge({"kits/ken-ministry.c5a", "--accept-unverified-kits"});
    BOOST_TEST(result.exit_code == 1);
    BOOST_TEST(Contains(result.out, "the answer to P1.Q1 is dated 2019-03-01T08:00:00.000Z, before the kit was issued"),
               result.out);
    BOOST_TEST(SqlText(master, "SELECT count(*) FROM answer") == "0");
}

// Item 4: every row as the app's own save path would have written it.
struct BadRow {
    std::string name;
    std::string sql;       // applied to the ministry's kit
    std::string message;   // in the refusal
};
std::ostream& operator<<(std::ostream& out, const BadRow& row) { return out << row.name; }

const BadRow kBadRows[] = {
    {"confidence absolute", "PRAGMA ignore_check_constraints = 1; UPDATE answer SET confidence = 'absolute'",
     "is not low, medium or high"},
    {"N/A together with a value",
     "PRAGMA ignore_check_constraints = 1; UPDATE answer SET not_applicable = 1 WHERE question_id = 'P1.Q1'",
     "is \"not applicable\" and has a value"},
    {"a binary value", "UPDATE answer SET value = X'33' WHERE question_id = 'P1.Q1'", "to P1.Q1: its value is not text"},
    {"needs_review 2", "PRAGMA ignore_check_constraints = 1; UPDATE answer SET needs_review = 2",
     "a flag that is neither 0 nor 1"},
    {"first answered after last changed",
     "UPDATE answer SET answered_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 minute') WHERE question_id = 'P1.Q1'",
     "was first given"},
    {"a level the questionnaire lacks", "UPDATE answer SET value = '7' WHERE question_id = 'P1.Q1'", "P1.Q1 takes"},
    {"evidence the app would have trimmed", "UPDATE answer SET evidence = '  padded  ' WHERE question_id = 'P1.Q1'",
     "not in the form the app saves"},
    {"a time without its zone", "UPDATE answer SET updated_at = '2026-05-01 10:00:00' WHERE question_id = 'P1.Q1'",
     "is not a valid time"},
};

BOOST_DATA_TEST_CASE_F(TrustWorkshop, rows_the_app_could_never_write_are_refused, bdata::make(kBadRows), bad) {
    Sql(ministry, bad.sql);
    const std::string before = ReadFile(master);
    const auto result = Merge({"kits/ken-ministry.c5a", "--accept-unverified-kits"});
    BOOST_TEST(result.exit_code == 1);
    BOOST_TEST(Contains(result.out, "REFUSED  kits/ken-ministry.c5a: "), result.out);
    BOOST_TEST(Contains(result.out, bad.message), result.out);
    BOOST_TEST((ReadFile(master) == before), "a refused kit changed the assessment");
    // Started from that kit alone, a new file is not left behind empty.
    const auto started = Cli({"merge", "fresh.c5a", "kits/ken-ministry.c5a", "--accept-unverified-kits"});
    BOOST_TEST(started.exit_code == 1);
    BOOST_TEST(Contains(started.out, "fresh.c5a not created, as nothing could be merged into it"), started.out);
    BOOST_TEST(!fs::exists(File("fresh.c5a")));
}

BOOST_FIXTURE_TEST_CASE(a_kit_whose_questionnaire_fails_its_checksum_is_refused_and_starts_nothing, TrustWorkshop) {
    Sql(ministry, "UPDATE instrument SET json = json || ' '");
    const std::string before = ReadFile(master);
    const auto result = Merge({"kits/ken-ministry.c5a", "--accept-unverified-kits"});
    BOOST_TEST(result.exit_code == 1);
    BOOST_TEST(Contains(result.out, "the file is damaged: its instrument does not match its SHA-256"), result.out);
    BOOST_TEST((ReadFile(master) == before));
    c5::test::ExpectFailure(Cli({"merge", "new.c5a", "kits/ken-ministry.c5a"}), 1,
                            "none of the files could be read to start it: ");
    c5::test::ExpectFailure(Cli({"merge", "new.c5a", "kits/ken-ministry.c5a"}), 1, "does not match its SHA-256");
    BOOST_TEST(!fs::exists(File("new.c5a")));
}

// The MAC: a kit edited outside the kit is recognised, and taken only on the facilitator's word.
BOOST_FIXTURE_TEST_CASE(a_kit_edited_outside_the_kit_is_refused_unless_accepted_and_the_acceptance_is_logged,
                        TrustWorkshop) {
    Sql(ministry, "UPDATE answer SET value = '4' WHERE question_id = 'P1.Q1'");
    const std::string before = ReadFile(master);
    const auto refused = Merge({"kits/ken-ministry.c5a", "kits/ken-ke-cirt.c5a"});
    BOOST_TEST(refused.exit_code == 1);
    BOOST_TEST(Contains(refused.out, "REFUSED  kits/ken-ministry.c5a: it was changed outside the kit: its answers or "
                                     "documents no longer match the kit's seal"),
               refused.out);
    BOOST_TEST(Contains(refused.out, "merge them again with --accept-unverified-kits"), refused.out);
    BOOST_TEST(Contains(refused.out, "KE-CIRT: added (1 answer(s))"), refused.out);
    const auto accepted = Merge({"kits/ken-ministry.c5a", "--accept-unverified-kits"});
    BOOST_TEST(accepted.exit_code == 0, accepted.err);
    BOOST_TEST(Contains(accepted.out, "NOT CHECKED, accepted as you asked (--accept-unverified-kits)"), accepted.out);
    BOOST_TEST(Contains(accepted.out, "Ministry: added (2 answer(s))"), accepted.out);
    const Json audit = Json::parse(Cli({"audit", "ken.c5a", "--json"}).out)["entries"];
    const auto logged = std::find_if(audit.begin(), audit.end(), [](const Json& e) { return e["action"] == "merge.unverified"; });
    BOOST_REQUIRE(logged != audit.end());
    BOOST_TEST((*logged)["subject"] == "ken-ministry.c5a");
    BOOST_TEST(Contains((*logged)["new_value"].get<std::string>(), "changed outside the kit"));
}

// Documents: one attached in the kit keeps it verifiable; one slipped in with another program does not.
BOOST_FIXTURE_TEST_CASE(a_document_added_outside_the_kit_is_refused_one_attached_in_it_merges, TrustWorkshop) {
    c5::test::WriteFile(File("strategy.pdf"), "%PDF-1.4 national strategy");
    const auto attached = Cli({"attach", "kits/ken-ministry.c5a", "--respondent", "Ministry", "--question", "P1.Q1",
                               "--document", "strategy.pdf"});
    BOOST_REQUIRE_MESSAGE(attached.exit_code == 0, attached.err);
    const fs::path tampered = File("tampered.c5a");
    fs::copy_file(ministry, tampered);
    // The same document row, as another program would add it, for another answer of the respondent.
    Sql(tampered, "INSERT INTO attachment(respondent_id, question_id, name, media_type, size, sha256, content, added_at) "
                  "SELECT respondent_id, 'P4.Q1', 'forged.pdf', media_type, size, sha256, content, added_at "
                  "FROM attachment");
    const std::string before = ReadFile(master);
    const auto refused = Merge({"tampered.c5a"});
    BOOST_TEST(refused.exit_code == 1);
    BOOST_TEST(Contains(refused.out, "its answers or documents no longer match the kit's seal"), refused.out);
    BOOST_TEST((ReadFile(master) == before));
    const auto merged = Merge({"kits/ken-ministry.c5a"});
    BOOST_TEST(merged.exit_code == 0, merged.out + merged.err);
    BOOST_TEST(SqlText(master, "SELECT name FROM attachment") == "strategy.pdf");
}

BOOST_FIXTURE_TEST_CASE(answers_saved_in_the_kit_keep_it_verifiable, TrustWorkshop) {
    // Every save in the kit renews its seal: answered, changed and cleared again, it still merges.
    Answer("kits/ken-ministry.c5a", "Ministry", "P1.Q1", "2");
    const auto result = Merge({"kits/ken-ministry.c5a"});
    BOOST_TEST(result.exit_code == 0, result.out + result.err);
    BOOST_TEST(SqlText(master, "SELECT value FROM answer WHERE question_id = 'P1.Q1'") == "2");
}

// What the option accepts is one respondent's kit that cannot be checked, nothing more: a kit whose
// marker or key was removed still brings no consensus, no second respondent, and never the answers
// of a respondent whose own kit carries a key. Each file, crafted from the ministry's kit, leaves
// the assessment as it was.
struct UncheckedFile {
    std::string name;
    std::string sql;      // applied to a copy of the ministry's kit; {cirt} is KE-CIRT's identity
    std::string message;  // in the refusal
};
std::ostream& operator<<(std::ostream& out, const UncheckedFile& file) { return out << file.name; }

const UncheckedFile kUncheckedFiles[] = {
    {"marker removed, consensus added",
     "DELETE FROM kit; INSERT INTO consensus(question_id, value, not_applicable, note, decided_at) VALUES "
     "('P1.Q1', '4', 0, 'mine', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
     "and holds 1 consensus answer(s): consensus comes only from the facilitator's own copies"},
    {"marker removed, KE-CIRT's identity", "DELETE FROM kit; UPDATE respondent SET uuid = '{cirt}', name = 'KE-CIRT'",
     "but names \"KE-CIRT\", whose kit ("},
    {"kit id removed, KE-CIRT's identity",
     "UPDATE kit SET kit_id = NULL, respondent_uuid = '{cirt}'; UPDATE respondent SET uuid = '{cirt}', name = 'KE-CIRT'",
     "it was made by an older version of the kit, without a key, so its answers cannot be checked) but names "
     "\"KE-CIRT\""},
    {"marker removed, a second respondent",
     "DELETE FROM kit; INSERT INTO respondent(uuid, name, created_at) VALUES "
     "('00000000-0000-4000-8000-000000000001', 'Extra', '2026-01-01T00:00:00.000Z')",
     "and holds 2 respondents: a file that cannot be checked may bring one respondent's answers only"},
};

BOOST_DATA_TEST_CASE_F(TrustWorkshop, a_file_that_cannot_be_checked_brings_one_respondents_answers_at_most,
                       bdata::make(kUncheckedFiles), crafted) {
    BOOST_REQUIRE(Merge({"kits/ken-ke-cirt.c5a"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"consensus", "ken.c5a", "--question", "P1.Q1", "--value", "2"}).exit_code == 0);
    const std::string cirt_uuid = SqlText(master, "SELECT uuid FROM respondent WHERE name = 'KE-CIRT'");
    std::string sql = crafted.sql;
    for (std::size_t at; (at = sql.find("{cirt}")) != std::string::npos;) sql.replace(at, 6, cirt_uuid);
    Sql(ministry, sql);
    const std::string before = ReadFile(master);
    const auto result = Merge({"kits/ken-ministry.c5a", "--accept-unverified-kits"});
    BOOST_TEST(result.exit_code == 1);
    BOOST_TEST(Contains(result.out, "REFUSED  kits/ken-ministry.c5a: it cannot be checked ("), result.out);
    BOOST_TEST(Contains(result.out, crafted.message), result.out);
    BOOST_TEST(!Contains(result.out, "--accept-unverified-kits"), "the option is offered for a file it cannot take");
    BOOST_TEST((ReadFile(master) == before), "an unchecked file changed the assessment");
    BOOST_TEST(SqlText(master, "SELECT value FROM answer WHERE question_id = 'P1.Q1'") == "4");
    BOOST_TEST(SqlText(master, "SELECT value FROM consensus WHERE question_id = 'P1.Q1'") == "2");
}

// Format 3: an old kit (format 2, no key) merges only with the option, which says so. Its master,
// of format 2 when it issued the kit, keeps no record of it.
BOOST_FIXTURE_TEST_CASE(an_old_kit_without_a_key_merges_only_with_the_option, TrustWorkshop) {
    Sql(master, "DELETE FROM kit_issue WHERE respondent_name = 'Ministry'");
    Sql(ministry, "DROP TABLE attachment; DROP TABLE assessment_key; DROP TABLE kit_issue; ALTER TABLE kit DROP COLUMN kit_id; "
                  "ALTER TABLE kit DROP COLUMN key; ALTER TABLE kit DROP COLUMN mac; PRAGMA user_version = 2; VACUUM;");
    const auto info = Json::parse(Cli({"info", "kits/ken-ministry.c5a", "--json"}).out);
    BOOST_TEST(info["format_version"] == 2);
    const auto refused = Merge({"kits/ken-ministry.c5a"});
    BOOST_TEST(refused.exit_code == 1);
    BOOST_TEST(Contains(refused.out, "it was made by an older version of the kit, without a key"), refused.out);
    const auto accepted = Merge({"kits/ken-ministry.c5a", "--accept-unverified-kits"});
    BOOST_TEST(accepted.exit_code == 0, accepted.err);
    BOOST_TEST(Contains(accepted.out, "NOT CHECKED, accepted as you asked (--accept-unverified-kits): it was made by "
                                      "an older version of the kit"),
               accepted.out);
    BOOST_TEST(SqlText(master, "SELECT count(*) FROM answer") == "2");
}

BOOST_FIXTURE_TEST_CASE(a_format_2_assessment_is_migrated_once_when_written, TrustWorkshop) {
    BOOST_REQUIRE(Cli({"new", "old.c5a", "--country", "KEN", "--year", "2026"}).exit_code == 0);
    Sql(File("old.c5a"), "DROP TABLE attachment; DROP TABLE assessment_key; DROP TABLE kit_issue; ALTER TABLE kit DROP COLUMN kit_id; "
                         "ALTER TABLE kit DROP COLUMN key; ALTER TABLE kit DROP COLUMN mac; PRAGMA user_version = 2;");
    const std::string before = ReadFile(File("old.c5a"));
    BOOST_TEST(Json::parse(Cli({"info", "old.c5a", "--json"}).out)["format_version"] == 2);
    BOOST_TEST((ReadFile(File("old.c5a")) == before), "reading migrated the file");
    BOOST_REQUIRE(Cli({"answer", "old.c5a", "--respondent", "Ministry", "--question", "P1.Q1", "--value", "2"}).exit_code == 0);
    BOOST_REQUIRE(Cli({"answer", "old.c5a", "--respondent", "Ministry", "--question", "P1.Q1", "--value", "3"}).exit_code == 0);
    BOOST_TEST(Json::parse(Cli({"info", "old.c5a", "--json"}).out)["format_version"] == 3);
    BOOST_TEST(SqlText(File("old.c5a"), "SELECT count(*) FROM audit_log WHERE action = 'file.migrate'") == "1");
    BOOST_TEST(SqlText(File("old.c5a"), "SELECT length(key) FROM assessment_key") == "32");
    // Kits issued now from the migrated file are checked as any.
    BOOST_REQUIRE(Cli({"kits", "old.c5a", "oldkits", "--respondent", "Ministry"}).exit_code == 0);
    BOOST_TEST(Cli({"merge", "old.c5a", "oldkits/old-ministry.c5a"}).exit_code == 0);
}

// Copies of the assessment itself merge as they always did: respondents, answers and consensus.
BOOST_FIXTURE_TEST_CASE(a_copy_of_the_assessment_merges_whole_and_names_every_respondent, TrustWorkshop) {
    BOOST_REQUIRE(Merge({"kits/ken-ministry.c5a"}).exit_code == 0);
    fs::copy_file(master, File("copy.c5a"));
    Answer("copy.c5a", "Ministry", "P4.Q1", "3");
    Answer("copy.c5a", "Civil society", "P1.Q1", "2");
    BOOST_REQUIRE(Cli({"consensus", "copy.c5a", "--question", "P1.Q1", "--value", "2"}).exit_code == 0);
    const Json report = MergeJson({"copy.c5a", "kits/ken-ke-cirt.c5a"});
    BOOST_TEST(report["refused"] == 0);
    BOOST_TEST(report["files"][0]["kind"] == "copy");
    BOOST_TEST(report["files"][0]["consensus_added"] == 1);
    const Json& who = report["files"][0]["respondents"];
    BOOST_REQUIRE_EQUAL(who.size(), 2u);
    BOOST_TEST(who[0]["name"] == "Ministry");
    BOOST_TEST(who[0]["outcome"] == "updated");
    BOOST_TEST(who[0]["answers_updated"] == 1);
    BOOST_TEST(who[1]["name"] == "Civil society");
    BOOST_TEST(who[1]["outcome"] == "added");
    BOOST_TEST(report["files"][1]["kind"] == "kit");
    BOOST_TEST(report["files"][1]["respondents"][0]["name"] == "KE-CIRT");
    BOOST_TEST(report["files"][1]["respondents"][0]["outcome"] == "added");
}

BOOST_FIXTURE_TEST_CASE(kits_merge_only_into_the_assessment_that_issued_them, TrustWorkshop) {
    // A new file started from kits alone cannot check them; only a copy with the key starts one.
    c5::test::ExpectFailure(Cli({"merge", "merged.c5a", "kits/ken-ministry.c5a"}), 1,
                            "kits are merged only into the assessment that issued them");
    BOOST_TEST(!fs::exists(File("merged.c5a")));
    fs::copy_file(master, File("home-copy.c5a"));
    const auto started = Cli({"merge", "merged.c5a", "home-copy.c5a", "kits/ken-ministry.c5a"});
    BOOST_TEST(started.exit_code == 0, started.out + started.err);
    // Rebuilding a lost assessment from its kits alone: only on request, and said so.
    const auto rebuilt = Cli({"merge", "rebuilt.c5a", "kits/ken-ministry.c5a", "kits/ken-ke-cirt.c5a",
                              "--accept-unverified-kits"});
    BOOST_TEST(rebuilt.exit_code == 0, rebuilt.err);
    BOOST_TEST(Contains(rebuilt.out, "NOT CHECKED"), rebuilt.out);
    BOOST_TEST(Json::parse(Cli({"info", "rebuilt.c5a", "--json"}).out)["answers"] == 3);
}

BOOST_AUTO_TEST_SUITE_END()
