// Respondent kits, merges and consensus: the workshop round trip on the minimal instrument.
#include <thread>

#include <SQLiteCpp/Database.h>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/digest.h"
#include "c5/questionnaire/error.h"
#include "fixtures.h"

namespace q = c5::questionnaire;
namespace fs = std::filesystem;
using c5::test::ReadFile;
using c5::test::StoreFixture;
using c5::test::TestActor;

namespace {

q::AnswerInput Answer(long long respondent, const char* question, const char* value, const char* evidence = "") {
    q::AnswerInput input;
    input.respondent_id = respondent;
    input.question_id = question;
    input.value = value;
    input.evidence = evidence;
    return input;
}

template <typename Action>
std::string ErrorOf(Action&& action) {
    try {
        action();
    } catch (const q::QuestionnaireError& error) {
        return error.what();
    }
    return "(no error)";
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Answers in a kit as its respondent would on their own laptop.
void AnswerInKit(const fs::path& kit, const std::vector<std::pair<const char*, const char*>>& answers) {
    auto store = q::AssessmentStore::Open(kit, q::OpenMode::ReadWrite, TestActor());
    const long long me = store.Respondents().at(0).id;
    for (const auto& [question, value] : answers) store.SaveAnswer(Answer(me, question, value));
}

q::AssessmentStore::MergeReport MergeFiles(q::AssessmentStore& target, const std::vector<fs::path>& files) {
    std::vector<q::AssessmentStore> opened;
    for (const auto& file : files) opened.push_back(q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor()));
    std::vector<q::AssessmentStore::MergeSource> sources;
    for (std::size_t i = 0; i < files.size(); ++i) sources.push_back({files[i].filename().string(), &opened[i], files[i]});
    return target.Merge(sources);
}

void Pause() { std::this_thread::sleep_for(std::chrono::milliseconds(5)); }  // the clock has millisecond steps

}  // namespace

BOOST_AUTO_TEST_SUITE(RespondentKits)

BOOST_FIXTURE_TEST_CASE(a_kit_holds_one_respondent_and_nothing_of_the_others, StoreFixture) {
    const auto ministry = store.AddRespondent({"Ministry", "", "government"});
    const auto cirt = store.AddRespondent({"CIRT", "", "technical community"});
    store.SaveAnswer(Answer(ministry.id, "P1.Q1", "2", "Decree 12"));
    store.SaveAnswer(Answer(cirt.id, "P1.Q1", "4", "CIRT secret note"));
    store.SetConsensus({"P1.Q1", "3", false, "agreed"});
    const auto kit = store.WriteRespondentKit({"Ministry", "", ""}, dir / "kit-ministry.c5a");
    BOOST_TEST(kit.respondent.uuid == ministry.uuid);
    BOOST_TEST(kit.answers == 1);

    const auto opened = q::AssessmentStore::Open(kit.path, q::OpenMode::ReadOnly, TestActor());
    BOOST_TEST(*opened.KitRespondentUuid() == ministry.uuid);
    BOOST_TEST(opened.Info().uuid == store.Info().uuid);
    BOOST_TEST(opened.InstrumentSha256() == store.InstrumentSha256());
    BOOST_REQUIRE_EQUAL(opened.Respondents().size(), 1u);
    BOOST_TEST(opened.Answers().size() == 1u);
    BOOST_TEST(opened.Consensus().empty());
    BOOST_REQUIRE_EQUAL(opened.AuditLog().size(), 1u);  // the others' history stays home
    BOOST_TEST(opened.AuditLog()[0].action == "kit.create");
    // Not even in free pages: the CIRT's note is nowhere in the file's bytes.
    BOOST_TEST(!Contains(ReadFile(kit.path), "CIRT secret note"));
    BOOST_TEST(!Contains(ReadFile(kit.path), "agreed"));
}

BOOST_FIXTURE_TEST_CASE(in_a_kit_only_its_respondent_can_change_anything, StoreFixture) {
    store.AddRespondent({"Ministry", "", "government"});
    const auto kit = store.WriteRespondentKit({"Civil society", "", "civil society"}, dir / "kit.c5a");
    BOOST_TEST(kit.respondent.id == 0);  // a new identity, not in the assessment yet
    BOOST_TEST(!store.FindRespondent("Civil society"));
    auto opened = q::AssessmentStore::Open(kit.path, q::OpenMode::ReadWrite, TestActor());
    const auto me = opened.Respondents().at(0);
    BOOST_TEST(me.name == "Civil society");
    BOOST_TEST(me.uuid == kit.respondent.uuid);
    BOOST_TEST(opened.SaveAnswer(Answer(me.id, "P1.Q1", "1")).outcome == q::SaveOutcome::Saved);
    const std::string before = ReadFile(kit.path);
    BOOST_TEST(Contains(ErrorOf([&] { opened.AddRespondent({"Intruder", "", ""}); }), "respondent kit for"));
    BOOST_TEST(Contains(ErrorOf([&] { opened.SetPenetration({q::Indicator::InternetUsers, 50, 2025, "ITU", ""}); }),
                        "cannot change the ICT penetration figures"));
    BOOST_TEST(Contains(ErrorOf([&] { opened.SetScoringSettings({}); }), "cannot change the scoring options"));
    BOOST_TEST(Contains(ErrorOf([&] { opened.SetConsensus({"P1.Q1", "2", false, ""}); }), "cannot record a consensus"));
    BOOST_TEST(Contains(ErrorOf([&] { opened.WriteRespondentKit({"X", "", ""}, dir / "x.c5a"); }),
                        "cannot make respondent kits"));
    q::AssessmentStore::BatchEntry other;
    other.respondent.name = "Ministry";
    other.answer = Answer(0, "P1.Q1", "3");
    BOOST_TEST(Contains(ErrorOf([&] { opened.SaveAnswers({other}, "import"); }), "respondent kit for"));
    BOOST_TEST((ReadFile(kit.path) == before), "a refused change altered the kit");
}

BOOST_FIXTURE_TEST_CASE(a_kit_carries_its_own_key_and_none_of_the_assessment_or_the_other_kits, StoreFixture) {
    store.AddRespondent({"Ministry", "", ""});
    store.AddRespondent({"CIRT", "", ""});
    const auto first = store.WriteRespondentKit({"Ministry", "", ""}, dir / "ministry.c5a");
    const auto second = store.WriteRespondentKit({"CIRT", "", ""}, dir / "cirt.c5a");
    SQLite::Database master(path.string(), SQLite::OPEN_READONLY);
    BOOST_TEST(master.execAndGet("SELECT count(*) FROM kit_issue").getInt() == 2);
    const std::string assessment_key = master.execAndGet("SELECT key FROM assessment_key").getString();
    SQLite::Statement key_of(master, "SELECT key FROM kit_issue WHERE kit_id = ?");
    key_of.bind(1, first.kit_id);
    BOOST_REQUIRE(key_of.executeStep());
    const std::string first_key = key_of.getColumn(0).getString();
    SQLite::Database kit(second.path.string(), SQLite::OPEN_READONLY);
    BOOST_TEST(kit.execAndGet("SELECT count(*) FROM kit_issue").getInt() == 0);
    BOOST_TEST(kit.execAndGet("SELECT count(*) FROM assessment_key").getInt() == 0);
    BOOST_TEST(kit.execAndGet("SELECT kit_id FROM kit").getString() == second.kit_id);
    BOOST_TEST(kit.execAndGet("SELECT length(key) FROM kit").getInt() == 32);
    const std::string bytes = ReadFile(second.path);
    BOOST_TEST(!Contains(bytes, assessment_key), "the assessment's key is in a kit");
    BOOST_TEST(!Contains(bytes, first_key), "another kit's key is in a kit");
}

BOOST_FIXTURE_TEST_CASE(every_save_in_a_kit_renews_its_mac_and_a_reset_clock_saves_nothing, StoreFixture) {
    const auto kit = store.WriteRespondentKit({"Ministry", "", ""}, dir / "kit.c5a");
    const auto mac = [&] {
        SQLite::Database db(kit.path.string(), SQLite::OPEN_READONLY);
        return db.execAndGet("SELECT hex(mac) FROM kit").getString();
    };
    std::vector<std::string> seen = {mac()};
    {
        auto opened = q::AssessmentStore::Open(kit.path, q::OpenMode::ReadWrite, TestActor());
        const long long me = opened.Respondents().at(0).id;
        opened.SaveAnswer(Answer(me, "P1.Q1", "2"));
        seen.push_back(mac());
        q::AssessmentStore::BatchEntry entry;
        entry.respondent.name = "Ministry";
        entry.answer = Answer(0, "P1.Q2", "yes");
        opened.SaveAnswers({entry}, "import");
        seen.push_back(mac());
        opened.ClearAnswer(me, "P1.Q1");
        seen.push_back(mac());
    }
    for (std::size_t i = 1; i < seen.size(); ++i) BOOST_TEST(seen[i] != seen[i - 1], "save " << i << " kept the MAC");
    BOOST_TEST(!MergeFiles(store, {kit.path}).Refused());
    // A computer whose clock is before the kit's issue saves nothing, and says why.
    {
        SQLite::Database db(kit.path.string(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE kit SET made_at = '2999-01-01T00:00:00.000Z'");
    }
    auto opened = q::AssessmentStore::Open(kit.path, q::OpenMode::ReadWrite, TestActor());
    const std::string before = ReadFile(kit.path);
    BOOST_TEST(Contains(ErrorOf([&] { opened.SaveAnswer(Answer(opened.Respondents().at(0).id, "P1.Q1", "3")); }),
                        "before this kit was made (2999-01-01T00:00:00.000Z); set the computer's date and time right"));
    BOOST_TEST((ReadFile(kit.path) == before));
}

BOOST_FIXTURE_TEST_CASE(a_kit_is_never_written_over_an_existing_file, StoreFixture) {
    store.AddRespondent({"Ministry", "", ""});
    c5::test::WriteFile(dir / "taken.c5a", "mine");
    BOOST_CHECK_THROW(store.WriteRespondentKit({"Ministry", "", ""}, dir / "taken.c5a"), q::QuestionnaireError);
    BOOST_TEST(ReadFile(dir / "taken.c5a") == "mine");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(Merging)

// Edits the instrument a file holds (its JSON and hash), as a file from elsewhere could hold another.
void ReplaceInstrumentText(const fs::path& file, const std::string& from, const std::string& to) {
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    std::string json = db.execAndGet("SELECT json FROM instrument").getString();
    const auto at = json.find(from);
    BOOST_REQUIRE_MESSAGE(at != std::string::npos, "no " << from << " in the instrument");
    json.replace(at, from.size(), to);
    SQLite::Statement update(db, "UPDATE instrument SET json = ?, sha256 = ?");
    update.bind(1, json);
    update.bind(2, q::Sha256Hex(json));
    update.exec();
}

struct Workshop : StoreFixture {
    fs::path ministry_kit = dir / "ministry.c5a";
    fs::path cirt_kit = dir / "cirt.c5a";
    Workshop() {
        store.WriteRespondentKit({"Ministry", "Director", "government"}, ministry_kit);
        store.WriteRespondentKit({"CIRT", "", "technical community"}, cirt_kit);
        AnswerInKit(ministry_kit, {{"P1.Q1", "1"}, {"P1.Q2", "yes"}, {"P2.Q1", "draft"}});
        AnswerInKit(cirt_kit, {{"P1.Q1", "4"}, {"P1.Q2", "yes"}});
    }
};

BOOST_FIXTURE_TEST_CASE(kits_come_back_with_their_respondents_and_answers, Workshop) {
    const auto report = MergeFiles(store, {ministry_kit, cirt_kit});
    BOOST_TEST(report.changed);
    BOOST_TEST(report.Refused() == 0);
    BOOST_REQUIRE_EQUAL(report.files.size(), 2u);
    BOOST_TEST(report.files[0].respondents_added == 1);
    BOOST_TEST(report.files[0].answers_added == 3);
    BOOST_TEST(report.files[1].answers_added == 2);
    const auto data = store.Snapshot();
    BOOST_TEST(data.respondents.size() == 2u);
    BOOST_TEST(data.answers.size() == 5u);
    const auto ministry = *store.FindRespondent("Ministry");
    BOOST_TEST(ministry.stakeholder_group == "government");
    BOOST_TEST(*store.FindAnswer(ministry.id, "P2.Q1")->value == "draft");
    int merges = 0;
    for (const auto& entry : store.AuditLog()) merges += entry.action == "merge";
    BOOST_TEST(merges == 2);
}

BOOST_FIXTURE_TEST_CASE(merging_the_same_files_again_changes_nothing, Workshop) {
    MergeFiles(store, {ministry_kit, cirt_kit});
    const std::string before = ReadFile(path);
    const auto again = MergeFiles(store, {cirt_kit, ministry_kit});
    BOOST_TEST(!again.changed);
    BOOST_TEST(again.files[0].duplicates == 2);
    BOOST_TEST(again.files[1].duplicates == 3);
    BOOST_TEST(again.files[0].answers_added + again.files[0].respondents_added == 0);
    BOOST_TEST((ReadFile(path) == before), "a second merge changed the file");
}

BOOST_FIXTURE_TEST_CASE(of_two_versions_of_an_answer_the_newer_wins_and_the_older_is_logged, Workshop) {
    // The ministry's kit travels twice: a first copy, then a later one with a changed answer.
    const fs::path early = dir / "ministry-early.c5a";
    fs::copy_file(ministry_kit, early);
    Pause();
    AnswerInKit(ministry_kit, {{"P1.Q1", "3"}});
    // Newer first, then the older copy: the newer stays, the older goes to the audit log.
    MergeFiles(store, {ministry_kit});
    auto report = MergeFiles(store, {early});
    BOOST_TEST(report.files[0].older_versions_logged == 1);
    BOOST_TEST(report.files[0].duplicates == 2);
    const auto ministry = *store.FindRespondent("Ministry");
    BOOST_TEST(*store.FindAnswer(ministry.id, "P1.Q1")->value == "3");
    const auto log = store.AuditLog();
    const auto older = std::find_if(log.begin(), log.end(), [](const auto& e) { return e.action == "answer.merge.older"; });
    BOOST_REQUIRE(older != log.end());
    BOOST_TEST(older->subject == "Ministry / P1.Q1");
    BOOST_TEST(Contains(*older->old_value, "\"value\":\"1\""));
    // And logged once only.
    const std::string before = ReadFile(path);
    BOOST_TEST(!MergeFiles(store, {early}).changed);
    BOOST_TEST((ReadFile(path) == before));
}

BOOST_FIXTURE_TEST_CASE(an_older_answer_here_is_replaced_by_a_newer_one_and_kept_in_the_log, Workshop) {
    const fs::path early = dir / "ministry-early.c5a";
    fs::copy_file(ministry_kit, early);
    Pause();
    AnswerInKit(ministry_kit, {{"P1.Q1", "3"}});
    MergeFiles(store, {early});
    const auto report = MergeFiles(store, {ministry_kit});
    BOOST_TEST(report.files[0].answers_updated == 1);
    const auto log = store.AuditLog();
    const auto& last_change = *std::find_if(log.rbegin(), log.rend(), [](const auto& e) { return e.action == "answer.merge"; });
    BOOST_TEST(Contains(*last_change.old_value, "\"value\":\"1\""));
    BOOST_TEST(Contains(*last_change.new_value, "\"value\":\"3\""));
}

BOOST_FIXTURE_TEST_CASE(one_respondent_never_overwrites_another_of_the_same_name, StoreFixture) {
    // Two kits made separately for a new respondent both called "Expert": two people.
    store.WriteRespondentKit({"Expert", "", ""}, dir / "expert-a.c5a");
    store.WriteRespondentKit({"Expert", "", ""}, dir / "expert-b.c5a");
    AnswerInKit(dir / "expert-a.c5a", {{"P1.Q1", "0"}});
    AnswerInKit(dir / "expert-b.c5a", {{"P1.Q1", "4"}});
    const auto report = MergeFiles(store, {dir / "expert-a.c5a", dir / "expert-b.c5a"});
    BOOST_REQUIRE_EQUAL(report.files[1].renamed.size(), 1u);
    BOOST_TEST(report.files[1].renamed[0] == "Expert → Expert (2)");
    BOOST_TEST(*store.FindAnswer(store.FindRespondent("Expert")->id, "P1.Q1")->value == "0");
    BOOST_TEST(*store.FindAnswer(store.FindRespondent("Expert (2)")->id, "P1.Q1")->value == "4");
}

BOOST_FIXTURE_TEST_CASE(another_assessment_or_questionnaire_is_refused_whole, Workshop) {
    // Same country and instrument, but another assessment.
    auto other = q::AssessmentStore::Create(dir / "other.c5a", {"XKA", "Testland", std::nullopt, 2026, "Other"},
                                            c5::test::MinimalInstrumentJson(), TestActor());
    other.AddRespondent({"Someone", "", ""});
    // This assessment's identity, a questionnaire with another core (P1.Q1 weighs 3, not 2).
    const fs::path changed = dir / "changed-instrument.c5a";
    fs::copy_file(ministry_kit, changed);
    ReplaceInstrumentText(changed, "\"weight\": 2", "\"weight\": 3");
    const std::string before = ReadFile(path);
    const auto report = MergeFiles(store, {dir / "other.c5a", changed, path});
    BOOST_TEST(report.Refused() == 3);
    BOOST_TEST(!report.changed);
    BOOST_TEST(Contains(report.files[0].refused, "belongs to another assessment (\"Other\""));
    BOOST_TEST(Contains(report.files[1].refused, "its questionnaire changes the core of this one (the weight of P1.Q1 "
                                                 "is part of the C5 core (2); it cannot change)"),
               report.files[1].refused);
    // The kit refused for its questionnaire names its respondent, as one refused for tampering does.
    BOOST_REQUIRE_EQUAL(report.files[1].respondents.size(), 1u);
    BOOST_TEST(report.files[1].respondents[0].name == "Ministry");
    BOOST_TEST((report.files[1].respondents[0].outcome == q::AssessmentStore::MergeRespondent::Outcome::Refused));
    BOOST_TEST(Contains(report.files[2].refused, "the assessment itself"));
    BOOST_TEST((ReadFile(path) == before), "a refused merge changed the file");
    // The good ones still merge beside a refused one.
    const auto mixed = MergeFiles(store, {dir / "other.c5a", cirt_kit});
    BOOST_TEST(mixed.Refused() == 1);
    BOOST_TEST(mixed.files[1].answers_added == 2);
}

// A kit whose questionnaire differs only in wording, translations or the national module is
// merged; answers to national questions this assessment lacks stay in the kit, named.
BOOST_FIXTURE_TEST_CASE(another_wording_or_national_module_still_merges, Workshop) {
    ReplaceInstrumentText(ministry_kit, "Minimal test instrument", "Minimal test instrument, reworded");
    ReplaceInstrumentText(cirt_kit, "\n  ]\n}",
                          "\n  ],\n  \"national_module\": {\"id\": \"N\", \"title\": \"National\", \"questions\": [{\"id\": "
                          "\"N.Q1\", \"type\": \"yes_partial_no\", \"text\": \"T\", \"guidance\": \"G\", \"evidence_prompt\": "
                          "\"E\", \"recommendation\": \"R\"}]}\n}");
    AnswerInKit(cirt_kit, {{"N.Q1", "yes"}});  // through the kit, so its seal holds
    {
        // A document on the national answer stays in the kit with it; one on a C5 answer comes over.
        auto kit = q::AssessmentStore::Open(cirt_kit, q::OpenMode::ReadWrite, TestActor());
        const long long me = kit.Respondents().at(0).id;
        kit.Attach(me, "N.Q1", "drill-report.pdf", "%PDF-1.4 drill report");
        kit.Attach(me, "P1.Q2", "mandate.pdf", "%PDF-1.4 mandate");
    }
    const auto report = MergeFiles(store, {ministry_kit, cirt_kit});
    BOOST_TEST(report.Refused() == 0, report.files[0].refused << " / " << report.files[1].refused);
    BOOST_TEST(report.files[0].answers_added == 3);
    BOOST_TEST(report.files[1].answers_added == 2);
    BOOST_TEST(report.files[1].not_merged == std::vector<std::string>{"N.Q1"}, boost::test_tools::per_element());
    BOOST_TEST(report.files[1].attachments_added == 1);
    BOOST_REQUIRE_EQUAL(store.Attachments().size(), 1u);
    BOOST_TEST(store.Attachments().front().name == "mandate.pdf");
    BOOST_TEST(store.GetInstrument().title == "Minimal test instrument");  // the assessment's own, unchanged
}

BOOST_FIXTURE_TEST_CASE(a_hand_edited_answer_refuses_its_file, Workshop) {
    {
        SQLite::Database db(ministry_kit.string(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE answer SET value = '7' WHERE question_id = 'P1.Q1'");
    }
    const auto report = MergeFiles(store, {ministry_kit});
    BOOST_TEST(Contains(report.files[0].refused, "the answer of \"Ministry\" to P1.Q1"));
    BOOST_TEST(store.Answers().empty());
}

BOOST_FIXTURE_TEST_CASE(an_empty_copy_starts_a_merge_with_the_same_identity, Workshop) {
    MergeFiles(store, {ministry_kit});
    store.SetPenetration({q::Indicator::InternetUsers, 40, 2025, "ITU", ""});
    store.WriteEmptyCopy(dir / "fresh.c5a");
    auto fresh = q::AssessmentStore::Open(dir / "fresh.c5a", q::OpenMode::ReadWrite, TestActor());
    BOOST_TEST(fresh.Info().uuid == store.Info().uuid);
    BOOST_TEST(fresh.Respondents().empty());
    BOOST_TEST(fresh.Penetration().size() == 1u);
    BOOST_TEST(!fresh.KitRespondentUuid());
    BOOST_TEST(MergeFiles(fresh, {ministry_kit, cirt_kit}).files[1].answers_added == 2);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(Consensus)

BOOST_FIXTURE_TEST_CASE(a_consensus_is_validated_noted_audited_and_removable, StoreFixture) {
    BOOST_TEST(Contains(ErrorOf([&] { store.SetConsensus({"P1.Q1", "9", false, ""}); }), "P1.Q1"));
    BOOST_TEST(Contains(ErrorOf([&] { store.SetConsensus({"P1.Q1", "", true, ""}); }), "not applicable"));
    BOOST_TEST(store.SetConsensus({"P1.Q1", "established", false, "CIRT report shown"}).outcome == q::SaveOutcome::Saved);
    BOOST_TEST(store.SetConsensus({"P1.Q1", "2", false, "CIRT report shown"}).outcome == q::SaveOutcome::Unchanged);
    const auto settled = store.Consensus();
    BOOST_REQUIRE_EQUAL(settled.size(), 1u);
    BOOST_TEST(*settled[0].value == "2");
    BOOST_TEST(settled[0].note == "CIRT report shown");
    BOOST_TEST(store.AuditLog().back().action == "consensus.set");
    BOOST_TEST(store.ClearConsensus("P1.Q1"));
    BOOST_TEST(!store.ClearConsensus("P1.Q1"));
    BOOST_TEST(store.Consensus().empty());
    BOOST_TEST(store.AuditLog().back().action == "consensus.clear");
}

// P1.Q3 (percent) is asked only when P1.Q2 is answered yes or partial (tests/data/instruments/minimal.json).
BOOST_FIXTURE_TEST_CASE(a_consensus_on_a_question_no_one_is_asked_is_refused, StoreFixture) {
    const auto ministry = store.AddRespondent({"Ministry", "", ""});
    store.SaveAnswer(Answer(ministry.id, "P1.Q2", "no"));
    const auto audit_rows = store.AuditLog().size();
    BOOST_TEST(ErrorOf([&] { store.SetConsensus({"P1.Q3", "40", false, ""}); }) ==
               "P1.Q3 is not asked, so a consensus on it would not count: it is asked only when P1.Q2 is answered yes "
               "or partial, and no respondent's answer (nor a consensus) says so; settle P1.Q2 first");
    BOOST_TEST(store.Consensus().empty());
    BOOST_TEST(store.AuditLog().size() == audit_rows);
    // Settling the condition question first opens the follow-up for everyone.
    BOOST_TEST(store.SetConsensus({"P1.Q2", "partial", false, "two ministries"}).outcome == q::SaveOutcome::Saved);
    BOOST_TEST(store.SetConsensus({"P1.Q3", "40", false, ""}).outcome == q::SaveOutcome::Saved);
    // Without the consensus on P1.Q2 the follow-up is closed again.
    BOOST_TEST(store.ClearConsensus("P1.Q3"));
    BOOST_TEST(store.ClearConsensus("P1.Q2"));
    BOOST_TEST(Contains(ErrorOf([&] { store.SetConsensus({"P1.Q3", "40", false, ""}); }), "P1.Q3 is not asked"));
}

BOOST_FIXTURE_TEST_CASE(a_file_read_from_memory_is_the_same_assessment, StoreFixture) {
    const auto ministry = store.AddRespondent({"Ministry", "", ""});
    store.SaveAnswer(Answer(ministry.id, "P1.Q1", "2"));
    const auto copy = q::AssessmentStore::OpenBytes(store.Bytes(), "copy.c5a", TestActor());
    BOOST_TEST(copy.Info().uuid == store.Info().uuid);
    BOOST_TEST(copy.Answers().size() == 1u);
    BOOST_TEST(copy.Path() == fs::path("copy.c5a"));
    BOOST_TEST(Contains(ErrorOf([] { q::AssessmentStore::OpenBytes("not a database", "junk.c5a", TestActor()); }),
                        "junk.c5a: not a C5 assessment"));
    std::string damaged = store.Bytes();
    damaged.resize(damaged.size() / 2);
    BOOST_TEST(Contains(ErrorOf([&] { q::AssessmentStore::OpenBytes(damaged, "half.c5a", TestActor()); }), "half.c5a"));
}

BOOST_AUTO_TEST_SUITE_END()
