// Workshops in the desktop app: disagreements settled in their dialog, the projector view,
// respondent kits written from the app and answered in it, a refused kit in the merge report.
#include <algorithm>
#include <thread>

#include <SQLiteCpp/Database.h>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/instrument_loader.h"
#include "gui_session.h"
#include "print_enums.h"
#include "test_actor.h"

namespace q = c5::questionnaire;
using c5::test::TestActor;
namespace fs = std::filesystem;
using c5::test::GuiSession;

BOOST_AUTO_TEST_SUITE(WorkshopInTheApp)

BOOST_AUTO_TEST_CASE(a_disagreement_is_settled_and_the_room_sees_it_on_the_projector) {
    GuiSession gui;
    gui.Launch({"--demo"});
    const std::string opened = gui.WaitFor("screen main ");
    const fs::path file = opened.substr(12);
    gui.WaitFor("dashboard final");
    gui.Keys({"ctrl+d"});
    gui.WaitFor("screen disagreements");
    gui.Screenshot("12-disagreements");
    // The first to discuss is selected with no answer proposed: Record does nothing until the
    // room's answer is chosen (here "partial", the second of yes, partial, no).
    gui.Keys({"alt+r"});
    gui.Keys({"alt+c", "Down", "Down"});
    gui.Screenshot("13-consensus-chosen");
    gui.Keys({"alt+r"});
    gui.WaitFor("consensus P2.Q7");
    gui.Screenshot("13-consensus-recorded");
    gui.Keys({"Escape"});
    gui.Keys({"F11"});
    gui.WaitFor("screen projector");
    gui.WaitFor("dashboard final");
    gui.Screenshot("14-projector");
    gui.Keys({"Escape"});
    gui.KillApp();
    const auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor());
    const auto settled = store.Consensus();
    BOOST_REQUIRE_EQUAL(settled.size(), 1u);  // the first Record, with nothing chosen, recorded nothing
    BOOST_TEST(settled[0].question_id == "P2.Q7");
    BOOST_TEST(*settled[0].value == "partial");
    BOOST_TEST(!gui.Journaled("error "));
}

BOOST_AUTO_TEST_CASE(kits_are_written_from_the_app_and_answered_in_it) {
    GuiSession gui;
    const fs::path file = gui.Home() / "kenya.c5a";
    {
        auto store = q::AssessmentStore::Create(file, {"KEN", "", std::nullopt, 2026, ""}, q::BundledInstrumentJson(),
                                                TestActor());
        store.AddRespondent({"Ministry of ICT", "", "government"});
        store.AddRespondent({"KE-CIRT", "", "technical community"});
    }
    gui.Launch({file.string()});
    gui.WaitFor("screen main");
    gui.Keys({"alt+f", "k"});
    gui.WaitFor("screen kits");
    gui.Screenshot("15-respondent-kits");
    gui.Keys({"alt+w"});
    gui.WaitFor("kits 2");
    gui.Keys({"Return"});
    const fs::path kit = gui.Home() / "kenya-ke-cirt.c5a";
    BOOST_REQUIRE(fs::exists(kit));
    BOOST_TEST(fs::exists(gui.Home() / "kenya-ministry-of-ict.c5a"));
    gui.KillApp();

    // On the respondent's computer: the kit opens with its one respondent, answers are saved.
    gui.Launch({kit.string()});
    gui.WaitFor("screen main");
    gui.Keys({"3"});
    gui.WaitFor("saved P1.Q1");
    gui.Screenshot("16-kit-answered");
    gui.KillApp();
    const auto store = q::AssessmentStore::Open(kit, q::OpenMode::ReadOnly, TestActor());
    BOOST_REQUIRE(store.KitRespondentUuid());
    const auto answers = store.Answers();
    BOOST_REQUIRE_EQUAL(answers.size(), 1u);
    BOOST_TEST(*answers[0].value == "3");
    BOOST_TEST(store.Respondents().at(0).name == "KE-CIRT");
}

BOOST_AUTO_TEST_CASE(a_kit_edited_outside_the_kit_is_refused_in_the_merge_report_and_accepted_only_on_request) {
    GuiSession gui;
    const fs::path file = gui.Home() / "kenya.c5a";
    fs::path kit;
    {
        auto store = q::AssessmentStore::Create(file, {"KEN", "", std::nullopt, 2026, ""}, q::BundledInstrumentJson(),
                                                TestActor());
        kit = store.WriteRespondentKit({"KE-CIRT", "", "technical community"}, gui.Home() / "zz-kit-ke-cirt.c5a").path;
    }
    {
        auto answering = q::AssessmentStore::Open(kit, q::OpenMode::ReadWrite, TestActor());
        q::AnswerInput answer;
        answer.respondent_id = answering.Respondents().at(0).id;
        answer.question_id = "P1.Q1";
        answer.value = "2";
        answering.SaveAnswer(answer);
    }
    {
        // Edited with another program after it was answered.
        SQLite::Database db(kit.string(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE answer SET value = '4'");
    }
    gui.Launch({file.string()});
    gui.WaitFor("screen main");
    gui.Keys({"ctrl+m"});
    std::this_thread::sleep_for(std::chrono::seconds(2));  // the file chooser opens, in the assessment's folder
    // The kit is the last file there (folders come first): select it and open it.
    gui.Keys({"End"});
    gui.Keys({"Return"});
    gui.WaitFor("merged 1 refused 1");
    gui.WaitFor("screen merge report");
    gui.Screenshot("17-merge-report-refused");
    {
        const auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor());
        BOOST_TEST(store.Answers().empty());
    }
    gui.Keys({"alt+m"});
    gui.WaitFor("merged 1 refused 0 unchecked accepted");
    gui.WaitFor("screen merge report");
    gui.Screenshot("18-merge-report-accepted");
    gui.Keys({"Return"});
    gui.KillApp();
    const auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor());
    BOOST_REQUIRE_EQUAL(store.Answers().size(), 1u);
    BOOST_TEST(*store.Answers()[0].value == "4");
    const auto log = store.AuditLog();
    BOOST_TEST(std::any_of(log.begin(), log.end(), [](const auto& entry) { return entry.action == "merge.unverified"; }));
}

BOOST_AUTO_TEST_SUITE_END()
