#include <chrono>
#include <condition_variable>
#include <mutex>

#include <boost/test/unit_test.hpp>

#include "c5/app/assessment_session.h"
#include "c5/app/live_scorer.h"
#include "c5/questionnaire/error.h"
#include "print_enums.h"
#include "temp_dir.h"
#include "test_actor.h"

namespace app = c5::app;
namespace q = c5::questionnaire;
using c5::test::TestActor;

namespace {

struct SessionFixture {
    c5::test::TempDir dir;
    std::unique_ptr<app::AssessmentSession> session = app::AssessmentSession::Create(
        dir / "a.c5a", {"KEN", "", std::nullopt, 2026, ""},
        {{"Ministry of ICT", "Director", "government"}, {"National CIRT", "Head", "technical"}},
        {{q::Indicator::InternetUsers, 40.8, 2023, "ITU", ""}}, TestActor());

    q::AnswerInput Answer(const char* question, const char* value) {
        q::AnswerInput input;
        input.question_id = question;
        input.value = value;
        return input;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(Session)

BOOST_FIXTURE_TEST_CASE(creates_with_respondents_and_penetration, SessionFixture) {
    BOOST_TEST(session->Data().respondents.size() == 2u);
    BOOST_TEST(session->Data().penetration.size() == 1u);
    BOOST_TEST(session->CurrentRespondent() == session->Data().respondents[0].id);
    BOOST_TEST(session->Instrument().QuestionCount() >= 60u);
}

BOOST_FIXTURE_TEST_CASE(saves_at_once_and_undoes_the_last_changes, SessionFixture) {
    session->Save(Answer("P1.Q1", "2"));
    session->Save(Answer("P1.Q1", "4"));
    session->Save(Answer("P1.Q2", "1"));
    BOOST_TEST(*session->CurrentAnswer("P1.Q1")->value == "4");
    BOOST_TEST(session->UndoQuestion() == "P1.Q2");
    BOOST_TEST(session->Undo() == "P1.Q2");
    BOOST_TEST(!session->CurrentAnswer("P1.Q2"));  // it had no answer before
    BOOST_TEST(session->Undo() == "P1.Q1");
    BOOST_TEST(*session->CurrentAnswer("P1.Q1")->value == "2");
    // What the file says, read independently.
    const auto reader = q::AssessmentStore::Open(session->Path(), q::OpenMode::ReadOnly, TestActor());
    BOOST_TEST(*reader.FindAnswer(session->CurrentRespondent(), "P1.Q1")->value == "2");
    BOOST_TEST(!reader.FindAnswer(session->CurrentRespondent(), "P1.Q2"));
}

BOOST_FIXTURE_TEST_CASE(undone_changes_are_made_again_until_a_new_change, SessionFixture) {
    BOOST_TEST(!session->CanRedo());
    session->Save(Answer("P1.Q1", "2"));
    session->Save(Answer("P1.Q1", "4"));
    session->Undo();
    session->Undo();
    BOOST_TEST(!session->CurrentAnswer("P1.Q1"));
    BOOST_TEST(session->CanRedo());
    BOOST_TEST(session->Redo() == "P1.Q1");
    BOOST_TEST(*session->CurrentAnswer("P1.Q1")->value == "2");
    BOOST_TEST(session->Redo() == "P1.Q1");
    BOOST_TEST(*session->CurrentAnswer("P1.Q1")->value == "4");
    BOOST_TEST(!session->CanRedo());
    BOOST_TEST(session->Undo() == "P1.Q1");  // redone changes can be undone again
    BOOST_TEST(*session->CurrentAnswer("P1.Q1")->value == "2");
    session->Save(Answer("P1.Q2", "1"));     // a new change: nothing left to redo
    BOOST_TEST(!session->CanRedo());
    const auto reader = q::AssessmentStore::Open(session->Path(), q::OpenMode::ReadOnly, TestActor());
    BOOST_TEST(*reader.FindAnswer(session->CurrentRespondent(), "P1.Q1")->value == "2");
}

// A respondent removed by mistake at creation, or one who withdrew: their answers leave the scores
// but stay in the audit log, and their changes leave the undo history.
BOOST_FIXTURE_TEST_CASE(a_removed_respondent_leaves_the_scores_and_stays_in_the_audit_log, SessionFixture) {
    const long long ministry = session->Data().respondents[0].id;
    const long long cirt = session->Data().respondents[1].id;
    session->Save(Answer("P1.Q1", "2"));
    session->SetCurrentRespondent(cirt);
    session->Save(Answer("P1.Q1", "4"));
    session->Save(Answer("P1.Q2", "1"));
    BOOST_TEST(session->RemoveRespondent(cirt) == 2);
    BOOST_TEST(session->CurrentRespondent() == ministry);
    BOOST_TEST(session->Data().respondents.size() == 1u);
    BOOST_TEST(session->Data().answers.size() == 1u);
    BOOST_TEST(session->UndoQuestion() == "P1.Q1");  // the Ministry's change, not the CIRT's
    BOOST_TEST(app::LiveScorer::PointEstimate(session->Data()).items[0].scored_by == 1);
    const auto reader = q::AssessmentStore::Open(session->Path(), q::OpenMode::ReadOnly, TestActor());
    const auto log = reader.AuditLog();
    BOOST_REQUIRE(log.size() >= 3u);
    BOOST_TEST(log.back().action == "respondent.remove");
    BOOST_TEST(log.back().subject == "National CIRT");
    BOOST_TEST(log[log.size() - 2].action == "answer.remove");
    BOOST_TEST(log[log.size() - 2].old_value->find("\"value\":\"1\"") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(details_and_respondents_are_corrected_after_creation, SessionFixture) {
    BOOST_TEST(session->SetDetails({"UGA", "", std::nullopt, 2025, "Uganda baseline"}));
    BOOST_TEST(session->Data().info.country == "UGA");
    BOOST_TEST(session->Data().info.country_name == "Uganda");
    BOOST_TEST(session->Data().info.country_group == q::CountryGroup::LDC);
    BOOST_TEST(session->Data().info.year == 2025);
    BOOST_TEST(!session->SetDetails({"UGA", "", q::CountryGroup::LDC, 2025, "Uganda baseline"}));
    BOOST_CHECK_THROW(session->SetDetails({"UGA", "", std::nullopt, 1800, ""}), q::QuestionnaireError);
    BOOST_TEST(session->Data().info.year == 2025);
    const long long cirt = session->Data().respondents[1].id;
    const auto renamed = session->EditRespondent(cirt, {"UG-CERT", "Head", "national CIRT"});
    BOOST_TEST(renamed.name == "UG-CERT");
    BOOST_TEST(session->Data().FindRespondent(cirt)->stakeholder_group == "national CIRT");
    BOOST_TEST(session->Data().FindRespondent(cirt)->uuid == renamed.uuid);
    BOOST_CHECK_THROW(session->EditRespondent(cirt, {"Ministry of ICT", "", ""}), q::QuestionnaireError);
    const auto reader = q::AssessmentStore::Open(session->Path(), q::OpenMode::ReadOnly, TestActor());
    BOOST_TEST(reader.Info().title == "Uganda baseline");
    BOOST_TEST(reader.AuditLog().back().action == "respondent.edit");
}

BOOST_FIXTURE_TEST_CASE(unchanged_answers_leave_no_undo_step, SessionFixture) {
    session->Save(Answer("P1.Q1", "2"));
    session->Undo();
    BOOST_TEST(!session->CanUndo());
    session->Save(Answer("P1.Q1", "2"));
    session->Save(Answer("P1.Q1", "2"));
    session->Undo();
    BOOST_TEST(!session->CanUndo());
}

BOOST_FIXTURE_TEST_CASE(answers_belong_to_the_current_respondent, SessionFixture) {
    const long long ministry = session->Data().respondents[0].id;
    const long long cirt = session->Data().respondents[1].id;
    session->Save(Answer("P4.Q1", "3"));
    session->SetCurrentRespondent(cirt);
    BOOST_TEST(!session->CurrentAnswer("P4.Q1"));
    session->Save(Answer("P4.Q1", "1"));
    const auto* question = session->Instrument().FindQuestion("P4.Q2");  // shown only if P4.Q1 ≥ 2
    BOOST_TEST(!session->IsShown(*question));
    session->SetCurrentRespondent(ministry);
    BOOST_TEST(session->IsShown(*question));
    BOOST_TEST(*session->CurrentAnswer("P4.Q1")->value == "3");
    BOOST_TEST(session->Progress("P4").answered == 1);
}

BOOST_FIXTURE_TEST_CASE(only_one_window_may_hold_a_file, SessionFixture) {
    BOOST_CHECK_EXCEPTION(app::AssessmentSession::Open(session->Path(), TestActor()), q::QuestionnaireError,
                          [](const auto& error) {
                              return std::string(error.what()).find("open in another C5 Readiness Kit window") !=
                                     std::string::npos;
                          });
    // Reading stays possible meanwhile.
    BOOST_CHECK_NO_THROW(q::AssessmentStore::Open(session->Path(), q::OpenMode::ReadOnly, TestActor()));
}

BOOST_FIXTURE_TEST_CASE(save_as_continues_on_the_copy_and_frees_the_original, SessionFixture) {
    session->Save(Answer("P1.Q1", "3"));
    const auto original = session->Path();
    session->SaveAs(dir / "copy.c5a");
    BOOST_TEST(session->Path() == dir / "copy.c5a");
    session->Save(Answer("P1.Q2", "2"));
    BOOST_CHECK_NO_THROW(app::AssessmentSession::Open(original, TestActor()));
    const auto reader = q::AssessmentStore::Open(original, q::OpenMode::ReadOnly, TestActor());
    BOOST_TEST(!reader.FindAnswer(session->CurrentRespondent(), "P1.Q2"));
}

BOOST_FIXTURE_TEST_CASE(exports_are_written, SessionFixture) {
    session->Save(Answer("P1.Q1", "3"));
    session->ExportCsv(dir / "a.csv");
    session->ExportJson(dir / "a.json");
    BOOST_TEST(c5::test::ReadFile(dir / "a.csv").find("Ministry of ICT,P1.Q1,3") != std::string::npos);
    BOOST_TEST(c5::test::ReadFile(dir / "a.json").find("\"P1.Q1\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_merge_into_an_empty_assessment_gives_it_a_current_respondent) {
    c5::test::TempDir dir;
    auto session = app::AssessmentSession::Create(dir / "empty.c5a", {"KEN", "", std::nullopt, 2026, ""}, {}, {},
                                                  TestActor());
    BOOST_TEST(session->CurrentRespondent() == 0);
    // A kit for a new group, answered and sealed for the trip back.
    const auto kits = session->WriteRespondentKits({{"CIRT", "", "technical community"}}, dir / "kits", std::nullopt);
    {
        auto kit = app::AssessmentSession::Open(kits.at(0).path, TestActor());
        q::AnswerInput input;
        input.question_id = "P1.Q1";
        input.value = "2";
        kit->Save(input);
        kit->SaveSealedCopy(dir / "cirt.c5s", "workshop passphrase");
    }
    const auto report = session->Merge({dir / "cirt.c5s"}, [](const auto&, bool again) {
        return again ? std::nullopt : std::optional<std::string>("workshop passphrase");
    });
    BOOST_TEST(report.Refused() == 0);
    BOOST_TEST(report.files.at(0).answers_added == 1);
    BOOST_TEST(session->CurrentRespondent() != 0);
    BOOST_TEST(session->CurrentAnswer("P1.Q1") != nullptr);
    BOOST_TEST(!session->CanUndo());  // merged answers are not the user's to undo one by one
}

BOOST_AUTO_TEST_CASE(a_bad_respondent_leaves_no_file) {
    c5::test::TempDir dir;
    BOOST_CHECK_THROW(app::AssessmentSession::Create(dir / "b.c5a", {"KEN", "", std::nullopt, 2026, ""}, {{"  ", "", ""}},
                                                     {}, TestActor()),
                      q::QuestionnaireError);
    BOOST_TEST(!std::filesystem::exists(dir / "b.c5a"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(LiveScoring)

BOOST_FIXTURE_TEST_CASE(the_newest_request_wins, SessionFixture) {
    std::mutex mutex;
    std::condition_variable arrived;
    std::vector<std::uint64_t> generations;
    std::shared_ptr<const c5::scoring::ScoreResult> last;
    app::LiveScorer scorer([&](auto result, std::uint64_t generation) {
        std::lock_guard lock(mutex);
        generations.push_back(generation);
        last = std::move(result);
        arrived.notify_all();
    });
    std::uint64_t newest = 0;
    for (const char* value : {"0", "1", "2", "3", "4"}) {
        session->Save(Answer("P1.Q1", value));
        newest = scorer.Request(session->SharedData());
    }
    std::unique_lock lock(mutex);
    BOOST_REQUIRE(arrived.wait_for(lock, std::chrono::seconds(20), [&] {
        return !generations.empty() && generations.back() == newest;
    }));
    BOOST_TEST(generations.size() <= 5u);
    BOOST_TEST(std::is_sorted(generations.begin(), generations.end()));
    BOOST_TEST(last->items[0].value == 1.0);  // P1.Q1 = 4 → 1
    BOOST_TEST(!last->cancelled);
}

BOOST_FIXTURE_TEST_CASE(point_estimate_is_immediate, SessionFixture) {
    session->Save(Answer("P1.Q1", "2"));
    const auto result = app::LiveScorer::PointEstimate(session->Data());
    BOOST_TEST(result.items[0].value == 0.5);
    BOOST_TEST(!result.overall.interval.Valid());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(SessionStability)

// Windows keep pointers to questions; saving must not move them.
BOOST_AUTO_TEST_CASE(questions_stay_where_they_are_across_saves) {
    c5::test::TempDir dir;
    auto session = app::AssessmentSession::Create(dir / "s.c5a", {"KEN", "", std::nullopt, 2026, ""}, {{"R", "", ""}}, {},
                                                  TestActor());
    const q::Question* question = session->Instrument().FindQuestion("P1.Q1");
    q::AnswerInput input;
    input.question_id = "P1.Q1";
    input.value = "3";
    session->Save(input);
    session->SaveAs(dir / "t.c5a");
    BOOST_TEST(session->Instrument().FindQuestion("P1.Q1") == question);
    BOOST_TEST(question->id == "P1.Q1");
}

BOOST_AUTO_TEST_SUITE_END()
