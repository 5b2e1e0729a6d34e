#include <SQLiteCpp/Database.h>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/digest.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/file_format.h"
#include "fixtures.h"
#include "store/schema.h"

using c5::questionnaire::detail::kSchemaVersion;

namespace q = c5::questionnaire;
namespace fs = std::filesystem;
using c5::test::ReadFile;
using c5::test::StoreFixture;

namespace {

q::AnswerInput Answer(long long respondent, const char* question, const char* value) {
    q::AnswerInput input;
    input.respondent_id = respondent;
    input.question_id = question;
    input.value = value;
    return input;
}

// Expects `action` to throw a QuestionnaireError whose message contains `fragment`.
template <typename Action>
void ExpectError(Action&& action, const std::string& fragment) {
    try {
        action();
        BOOST_FAIL("no error; expected one containing: " + fragment);
    } catch (const q::QuestionnaireError& error) {
        BOOST_TEST_CONTEXT("message: " << error.what()) {
            BOOST_TEST(std::string(error.what()).find(fragment) != std::string::npos);
        }
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(AssessmentStoreRoundTrip)

BOOST_FIXTURE_TEST_CASE(new_file_holds_metadata_and_instrument_snapshot, StoreFixture) {
    const q::AssessmentInfo info = store.Info();
    BOOST_TEST(info.country == "XKA");
    BOOST_TEST(info.country_name == "Testland");
    BOOST_TEST(info.year == 2026);
    BOOST_TEST(info.title == "Test assessment");
    BOOST_TEST(info.uuid.size() == 36u);
    BOOST_TEST(info.country_group == q::CountryGroup::Developing);
    BOOST_TEST(store.InstrumentSha256() == q::Sha256Hex(c5::test::MinimalInstrumentJson()));
    BOOST_TEST(store.InstrumentJson() == c5::test::MinimalInstrumentJson());
    BOOST_TEST(store.GetInstrument().QuestionCount() == 7u);
    const auto log = store.AuditLog();
    BOOST_REQUIRE_EQUAL(log.size(), 1u);
    BOOST_TEST(log[0].action == "assessment.create");
    BOOST_TEST(log[0].actor == "tester");
    BOOST_TEST(log[0].tool == "c5kit-tests");
}

BOOST_FIXTURE_TEST_CASE(answers_survive_reopening, StoreFixture) {
    const auto ministry = store.AddRespondent({"Ministry of ICT", "Director", "government"});
    auto input = Answer(ministry.id, "P1.Q1", "established");
    input.confidence = q::Confidence::High;
    input.evidence = "Strategy 2024, §3 — «coopération»";
    input.links = "https://example.org/strategy.pdf";
    BOOST_TEST(store.SaveAnswer(input).outcome == q::SaveOutcome::Saved);
    auto na = Answer(ministry.id, "P1.Q2", "");
    na.not_applicable = true;
    store.SaveAnswer(na);

    const auto reopened = q::AssessmentStore::Open(path, q::OpenMode::ReadOnly, c5::test::TestActor());
    const auto answer = reopened.FindAnswer(ministry.id, "P1.Q1");
    BOOST_REQUIRE(answer);
    BOOST_TEST(*answer->value == "2");
    BOOST_TEST(answer->confidence == q::Confidence::High);
    BOOST_TEST(answer->evidence == "Strategy 2024, §3 — «coopération»");
    BOOST_TEST(answer->links == "https://example.org/strategy.pdf");
    const auto not_applicable = reopened.FindAnswer(ministry.id, "P1.Q2");
    BOOST_REQUIRE(not_applicable);
    BOOST_TEST(not_applicable->NotApplicable());
    BOOST_TEST(reopened.Respondents().at(0).stakeholder_group == "government");
}

BOOST_FIXTURE_TEST_CASE(changing_an_answer_keeps_first_time_and_audits_old_and_new, StoreFixture) {
    const auto r = store.AddRespondent({"CIRT", "", "technical"});
    store.SaveAnswer(Answer(r.id, "P1.Q1", "1"));
    const auto first = *store.FindAnswer(r.id, "P1.Q1");
    store.SaveAnswer(Answer(r.id, "P1.Q1", "3"));
    const auto second = *store.FindAnswer(r.id, "P1.Q1");
    BOOST_TEST(second.answered_at == first.answered_at);
    BOOST_TEST(second.updated_at >= first.updated_at);
    const auto log = store.AuditLog();
    BOOST_REQUIRE_EQUAL(log.size(), 4u);  // create, respondent, first answer, change
    BOOST_TEST(log[3].action == "answer.set");
    BOOST_TEST(log[3].subject == "CIRT / P1.Q1");
    BOOST_TEST(log[3].old_value->find("\"value\":\"1\"") != std::string::npos);
    BOOST_TEST(log[3].new_value->find("\"value\":\"3\"") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(saving_the_same_answer_again_changes_nothing, StoreFixture) {
    const auto r = store.AddRespondent({"CIRT", "", ""});
    store.SaveAnswer(Answer(r.id, "P2.Q1", "law"));
    const auto before = store.AuditLog().size();
    BOOST_TEST(store.SaveAnswer(Answer(r.id, "P2.Q1", " law ")).outcome == q::SaveOutcome::Unchanged);
    BOOST_TEST(store.AuditLog().size() == before);
}

BOOST_FIXTURE_TEST_CASE(clearing_an_answer_removes_it_and_audits, StoreFixture) {
    const auto r = store.AddRespondent({"CIRT", "", ""});
    store.SaveAnswer(Answer(r.id, "P2.Q3", "12"));
    BOOST_TEST(store.ClearAnswer(r.id, "P2.Q3"));
    BOOST_TEST(!store.FindAnswer(r.id, "P2.Q3"));
    BOOST_TEST(!store.ClearAnswer(r.id, "P2.Q3"));
    BOOST_TEST(store.AuditLog().back().action == "answer.clear");
}

BOOST_FIXTURE_TEST_CASE(penetration_and_settings_round_trip, StoreFixture) {
    store.SetPenetration({q::Indicator::InternetUsers, 41.5, 2024, "ITU WTI 2025", {}});
    store.SetPenetration({q::Indicator::MobileBroadband, 120, 2024, "", {}});
    q::ScoringSettings settings;
    settings.included_optional_pillars = {"P2"};
    settings.target_year = 2030;
    settings.weighting = q::ScoringSettings::Weighting::Budget;
    settings.budget_points = {{"P1", 60}, {"P2", 40}};
    store.SetScoringSettings(settings);

    const auto reopened = q::AssessmentStore::Open(path, q::OpenMode::ReadOnly, c5::test::TestActor());
    const auto inputs = reopened.Penetration();
    BOOST_REQUIRE_EQUAL(inputs.size(), 2u);
    BOOST_TEST(inputs[0].value == 41.5);
    BOOST_TEST(inputs[0].source == "ITU WTI 2025");
    BOOST_TEST(inputs[1].value == 120.0);
    const auto read = reopened.GetScoringSettings();
    BOOST_TEST(read.included_optional_pillars == std::vector<std::string>{"P2"});
    BOOST_TEST(read.target_year == 2030);
    BOOST_TEST(read.weighting == q::ScoringSettings::Weighting::Budget);
    BOOST_TEST(read.budget_points.at("P1") == 60.0);
}

BOOST_FIXTURE_TEST_CASE(copy_is_complete_and_never_onto_itself, StoreFixture) {
    const auto r = store.AddRespondent({"CIRT", "", ""});
    store.SaveAnswer(Answer(r.id, "P1.Q1", "4"));
    const auto copy_path = dir / "copy.c5a";
    store.SaveCopyAs(copy_path);
    const auto copy = q::AssessmentStore::Open(copy_path, q::OpenMode::ReadOnly, c5::test::TestActor());
    BOOST_TEST(copy.Info().uuid == store.Info().uuid);
    BOOST_TEST(*copy.FindAnswer(r.id, "P1.Q1")->value == "4");
    ExpectError([&] { store.SaveCopyAs(path); }, "is the file itself");
}

// Only one writer at a time: a second one is told why, readers are not disturbed, and the lock
// goes with the store.
BOOST_FIXTURE_TEST_CASE(one_writer_at_a_time, StoreFixture) {
    ExpectError([&] { q::AssessmentStore::Open(path, q::OpenMode::ReadWrite, c5::test::TestActor()); },
                "the file is open in another C5 Readiness Kit window or command");
    BOOST_CHECK_NO_THROW(q::AssessmentStore::Open(path, q::OpenMode::ReadOnly, c5::test::TestActor()));
    const auto respondent = store.AddRespondent({"R", "", ""});
    { auto moved = std::move(store); }
    auto writer = q::AssessmentStore::Open(path, q::OpenMode::ReadWrite, c5::test::TestActor());
    BOOST_TEST(writer.FindRespondent("R")->id == respondent.id);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(AssessmentStoreRefusals)

BOOST_FIXTURE_TEST_CASE(bad_answers_leave_the_file_byte_identical, StoreFixture) {
    const auto r = store.AddRespondent({"CIRT", "", ""});
    store.SaveAnswer(Answer(r.id, "P1.Q1", "2"));
    const std::string before = ReadFile(path);
    ExpectError([&] { store.SaveAnswer(Answer(r.id, "P1.Q1", "7")); }, "P1.Q1 takes a level 0-4");
    ExpectError([&] { store.SaveAnswer(Answer(r.id, "P9.Q1", "1")); }, "no question \"P9.Q1\"");
    auto na = Answer(r.id, "P1.Q1", "");
    na.not_applicable = true;
    ExpectError([&] { store.SaveAnswer(na); }, "cannot be answered \"not applicable\"");
    auto huge = Answer(r.id, "P1.Q1", "3");
    huge.evidence.assign(10 * 1024 * 1024, 'x');
    ExpectError([&] { store.SaveAnswer(huge); }, "the evidence text is 10485760 bytes long; the limit is 100000");
    auto broken_utf8 = Answer(r.id, "P1.Q1", "3");
    broken_utf8.evidence = "caf\xC3";
    ExpectError([&] { store.SaveAnswer(broken_utf8); }, "not valid UTF-8");
    BOOST_TEST(ReadFile(path) == before);
}

BOOST_FIXTURE_TEST_CASE(a_batch_with_one_bad_answer_stores_nothing, StoreFixture) {
    std::vector<q::AssessmentStore::BatchEntry> batch(2);
    batch[0].respondent.name = "New group";
    batch[0].answer = Answer(0, "P1.Q1", "3");
    batch[1].respondent.name = "New group";
    batch[1].answer = Answer(0, "P1.Q2", "sometimes");
    const std::string before = ReadFile(path);
    ExpectError([&] { store.SaveAnswers(batch, "test"); }, "P1.Q2 takes yes, partial or no");
    BOOST_TEST(ReadFile(path) == before);
    BOOST_TEST(store.Respondents().empty());
}

BOOST_FIXTURE_TEST_CASE(existing_file_is_never_overwritten_by_create, StoreFixture) {
    const std::string before = ReadFile(path);
    ExpectError([&] {
        q::AssessmentStore::Create(path, {"XKA", "", std::nullopt, 2027, ""}, c5::test::MinimalInstrumentJson(),
                                   c5::test::TestActor());
    }, "already exists");
    BOOST_TEST(ReadFile(path) == before);
}

BOOST_AUTO_TEST_CASE(create_with_bad_input_leaves_no_file) {
    c5::test::TempDir dir;
    const auto path = dir / "bad.c5a";
    ExpectError([&] {
        q::AssessmentStore::Create(path, {"Narnia", "", std::nullopt, 2026, ""}, c5::test::MinimalInstrumentJson(),
                                   c5::test::TestActor());
    }, "is not an ISO 3166-1 alpha-3 country code");
    ExpectError([&] {
        q::AssessmentStore::Create(path, {"KEN", "", std::nullopt, 1066, ""}, c5::test::MinimalInstrumentJson(),
                                   c5::test::TestActor());
    }, "the year 1066 is not possible: an assessment describes a year from 2003");
    ExpectError([&] {
        q::AssessmentStore::Create(path, {"KEN", "", std::nullopt, q::CurrentYear() + 2, ""},
                                   c5::test::MinimalInstrumentJson(), c5::test::TestActor());
    }, "is not possible: an assessment describes a year from 2003 (the WSIS Geneva Plan of Action) to");
    ExpectError([&] {
        q::AssessmentStore::Create(path, {"KEN", "", std::nullopt, 2026, "", 2101}, c5::test::MinimalInstrumentJson(),
                                   c5::test::TestActor());
    }, "the target year 2101 is not possible (2000-2100)");
    ExpectError([&] {
        q::AssessmentStore::Create(path, {"KEN", "", std::nullopt, 2026, ""}, "{\"format\": 1}", c5::test::TestActor());
    }, "the instrument:");
    BOOST_TEST(std::filesystem::is_empty(dir.Path()));
}

BOOST_FIXTURE_TEST_CASE(read_only_store_refuses_changes, StoreFixture) {
    auto reader = q::AssessmentStore::Open(path, q::OpenMode::ReadOnly, c5::test::TestActor());
    ExpectError([&] { reader.AddRespondent({"X", "", ""}); }, "opened read-only");
}

// A file made and closed again, for tests that change it behind the kit's back.
fs::path ClosedAssessment(const c5::test::TempDir& dir, const char* name) {
    const auto path = dir / name;
    q::AssessmentStore::Create(path, {"XKA", "", std::nullopt, 2026, ""}, c5::test::MinimalInstrumentJson(),
                               c5::test::TestActor());
    return path;
}

BOOST_AUTO_TEST_CASE(newer_format_is_refused_and_untouched) {
    c5::test::TempDir dir;
    const auto path = ClosedAssessment(dir, "newer.c5a");
    { SQLite::Database(path.string(), SQLite::OPEN_READWRITE).exec("PRAGMA user_version = 99"); }
    const std::string before = ReadFile(path);
    for (auto mode : {q::OpenMode::ReadOnly, q::OpenMode::ReadWrite})
        ExpectError([&] { q::AssessmentStore::Open(path, mode, c5::test::TestActor()); },
                    "written by a newer version of the C5 Readiness Kit (file format 99; this kit reads formats up to");
    BOOST_TEST(ReadFile(path) == before);
}

BOOST_AUTO_TEST_CASE(missing_table_and_foreign_trigger_are_refused) {
    c5::test::TempDir dir;
    const auto path = ClosedAssessment(dir, "missing.c5a");
    const auto copy = ClosedAssessment(dir, "trigger.c5a");
    { SQLite::Database(path.string(), SQLite::OPEN_READWRITE).exec("DROP TABLE consensus"); }
    ExpectError([&] { q::AssessmentStore::Open(path, q::OpenMode::ReadWrite, c5::test::TestActor()); },
                "the table 'consensus' is missing");
    {
        SQLite::Database(copy.string(), SQLite::OPEN_READWRITE)
            .exec("CREATE TRIGGER wipe AFTER INSERT ON answer BEGIN DELETE FROM answer; END");
    }
    const std::string before = ReadFile(copy);
    ExpectError([&] { q::AssessmentStore::Open(copy, q::OpenMode::ReadWrite, c5::test::TestActor()); },
                "it contains a trigger named 'wipe' that the kit did not create");
    BOOST_TEST(ReadFile(copy) == before);
}

BOOST_AUTO_TEST_CASE(files_that_are_not_assessments) {
    c5::test::TempDir dir;
    c5::test::WriteFile(dir / "notes.c5a", "Minutes of the workshop\n");
    ExpectError([&] { q::AssessmentStore::Open(dir / "notes.c5a", q::OpenMode::ReadOnly, c5::test::TestActor()); },
                "not a C5 assessment file (a .c5a file is an SQLite database");
    c5::test::WriteFile(dir / "empty.c5a", "");
    ExpectError([&] { q::AssessmentStore::Open(dir / "empty.c5a", q::OpenMode::ReadOnly, c5::test::TestActor()); },
                "the file is empty");
    { SQLite::Database(dir / "other.db", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE).exec("CREATE TABLE t(x)"); }
    ExpectError([&] { q::AssessmentStore::Open(dir / "other.db", q::OpenMode::ReadOnly, c5::test::TestActor()); },
                "it is an SQLite database of another program");
    ExpectError([&] { q::AssessmentStore::Open(dir / "missing.c5a", q::OpenMode::ReadOnly, c5::test::TestActor()); },
                "no such file");
}

BOOST_AUTO_TEST_CASE(tampered_instrument_snapshot_is_detected) {
    c5::test::TempDir dir;
    const auto path = ClosedAssessment(dir, "tampered.c5a");
    {
        SQLite::Database(path.string(), SQLite::OPEN_READWRITE)
            .exec("UPDATE instrument SET json = replace(json, 'Cooperation', 'Co-operation')");
    }
    ExpectError([&] { q::AssessmentStore::Open(path, q::OpenMode::ReadOnly, c5::test::TestActor()); },
                "its instrument does not match its SHA-256");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(AssessmentStoreMigration)

// tests/data/assessments/format-v1.c5a was written by the kit's first file format: two
// respondents (Ministry, CIRT) and three answers.
struct FormatOneFile {
    c5::test::TempDir dir;
    fs::path path = dir / "old.c5a";
    FormatOneFile() { fs::copy_file(c5::test::DataPath("assessments/format-v1.c5a"), path); }
};

BOOST_FIXTURE_TEST_CASE(read_only_it_is_read_through_a_migrated_copy_and_left_as_it_was, FormatOneFile) {
    const std::string before = ReadFile(path);
    {
        const auto store = q::AssessmentStore::Open(path, q::OpenMode::ReadOnly, c5::test::TestActor());
        BOOST_TEST(store.FileFormatVersion() == 1);
        BOOST_TEST(store.Info().title == "Format 1 fixture");
        BOOST_TEST(store.Respondents().size() == 2u);
        BOOST_TEST(store.Answers().size() == 3u);
        BOOST_TEST(!store.KitRespondentUuid());
    }
    BOOST_TEST((ReadFile(path) == before), "the file changed");
}

BOOST_FIXTURE_TEST_CASE(opened_for_writing_it_is_migrated_once_with_an_audit_row, FormatOneFile) {
    {
        auto store = q::AssessmentStore::Open(path, q::OpenMode::ReadWrite, c5::test::TestActor());
        BOOST_TEST(store.FileFormatVersion() == 1);
        const auto log = store.AuditLog();
        BOOST_TEST(log.back().action == "file.migrate");
        BOOST_TEST(*log.back().old_value == R"({"format":1})");
        BOOST_TEST(*log.back().new_value == R"({"format":)" + std::to_string(q::kFileFormatVersion) + "}");
        store.AddRespondent({"Civil society", "", "civil society"});  // and it is writable as usual
    }
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    BOOST_TEST(db.execAndGet("PRAGMA user_version").getInt() == q::kFileFormatVersion);
    BOOST_TEST(db.tableExists("kit"));
    BOOST_TEST(db.tableExists("kit_issue"));
    BOOST_TEST(db.tableExists("attachment"));
    BOOST_TEST(db.execAndGet("SELECT length(key) FROM assessment_key").getInt() == 32);  // its own key, once
    BOOST_TEST(db.execAndGet("SELECT count(*) FROM answer").getInt() == 3);
    const auto again = q::AssessmentStore::Open(path, q::OpenMode::ReadWrite, c5::test::TestActor());
    BOOST_TEST(again.FileFormatVersion() == q::kFileFormatVersion);
    int migrations = 0;
    for (const auto& entry : again.AuditLog()) migrations += entry.action == "file.migrate";
    BOOST_TEST(migrations == 1);
}

BOOST_AUTO_TEST_SUITE_END()
