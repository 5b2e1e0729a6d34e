// Workshops in the desktop app: disagreements settled in their dialog, the projector view,
// respondent kits written from the app and answered in it.
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
    // The first to discuss is selected, with the median answer proposed: record it.
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
    BOOST_REQUIRE_EQUAL(settled.size(), 1u);
    BOOST_TEST(settled[0].question_id == "P2.Q7");
    BOOST_TEST(*settled[0].value == "partial");
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

BOOST_AUTO_TEST_SUITE_END()
