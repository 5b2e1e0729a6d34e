// A first assessment as a new user makes it (issue 16): the keyboard all the way, corrections after
// creation, the review list, years, stakeholder groups, the languages' own buttons.
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/instrument_loader.h"
#include "gui_session.h"
#include "print_enums.h"
#include "run_process.h"
#include "test_actor.h"

namespace q = c5::questionnaire;
namespace fs = std::filesystem;
using c5::test::GuiSession;
using c5::test::TestActor;
using namespace std::chrono_literals;

namespace {

// A new assessment of Kenya with `respondents`, opened in the app.
fs::path OpenNew(GuiSession& gui, const std::string& name, const std::vector<q::RespondentInput>& respondents) {
    const auto file = gui.Home() / name;
    {
        auto store = q::AssessmentStore::Create(file, {"KEN", "", std::nullopt, 2026, ""}, q::BundledInstrumentJson(),
                                                TestActor());
        for (const auto& respondent : respondents) store.AddRespondent(respondent);
    }
    gui.Launch({file.string()});
    gui.WaitFor("screen main");
    return file;
}

std::optional<q::Answer> AnswerIn(const fs::path& file, const std::string& respondent, const std::string& question) {
    const auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor());
    const auto who = store.FindRespondent(respondent);
    return who ? store.FindAnswer(who->id, question) : std::nullopt;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(FirstUse)

// Keys only: after A (not applicable), Ctrl+Z and Ctrl+Y the next keys still answer (they used to
// go nowhere until Tab or a click).
BOOST_AUTO_TEST_CASE(the_keyboard_answers_through_not_applicable_undo_and_redo) {
    GuiSession gui;
    const auto file = OpenNew(gui, "keys.c5a", {{"Regulator", "", "regulator"}});
    gui.Keys({"2"});
    gui.WaitFor("saved P1.Q1 2");
    gui.Keys({"Next"});
    gui.WaitFor("question P1.Q2");
    gui.Keys({"a"});
    gui.WaitFor("saved P1.Q2 NA");
    gui.Keys({"Next"});  // PgDn right after A
    gui.WaitFor("question P1.Q3");
    gui.Keys({"3"});
    gui.WaitFor("saved P1.Q3 3");
    gui.Keys({"r"});
    gui.WaitFor("saved P1.Q3 3");
    gui.Keys({"ctrl+z"});
    gui.WaitFor("undone P1.Q3");
    gui.Keys({"4"});  // a digit right after Ctrl+Z
    gui.WaitFor("saved P1.Q3 4");
    gui.Keys({"ctrl+z"});
    gui.WaitFor("undone P1.Q3");
    gui.Keys({"ctrl+y"});
    gui.WaitFor("redone P1.Q3");
    gui.Keys({"h"});  // and a key right after Ctrl+Y
    gui.WaitFor("saved P1.Q3 4");
    gui.Keys({"Prior"});
    gui.WaitFor("question P1.Q2");
    gui.Keys({"a"});  // not applicable off again: nothing to save until a level is chosen
    gui.Keys({"1"});
    gui.WaitFor("saved P1.Q2 1");
    gui.Screenshot("20-keyboard-only");
    gui.KillApp();
    BOOST_TEST(*AnswerIn(file, "Regulator", "P1.Q1")->value == "2");
    BOOST_TEST(*AnswerIn(file, "Regulator", "P1.Q2")->value == "1");
    const auto p1q3 = AnswerIn(file, "Regulator", "P1.Q3");
    BOOST_REQUIRE(p1q3);
    BOOST_TEST(*p1q3->value == "4");
    BOOST_TEST(!p1q3->needs_review);  // the flag was undone before 4 was given
    BOOST_TEST(p1q3->confidence == q::Confidence::High);
}

// Respondents added with a group from the list (stored as its id), renamed and removed after
// asking; the removed one's answers leave the file and stay in the audit log.
BOOST_AUTO_TEST_CASE(respondents_are_added_renamed_and_removed_with_their_group_ids) {
    GuiSession gui;
    const auto file = OpenNew(gui, "people.c5a", {{"Ministry", "", "government"}, {"Mistake", "", ""}});
    gui.Keys({"3"});
    gui.WaitFor("saved P1.Q1 3");
    gui.Keys({"alt+a", "e"});
    gui.WaitFor("screen respondents");
    gui.Keys({"alt+a"});  // Add...
    gui.Type("KE-CIRT");
    gui.Keys({"Tab", "Tab"});  // past the role, to the stakeholder group
    gui.Type("National cirt");  // the list's "national CIRT", typed in another case
    gui.Keys({"alt+o"});
    gui.WaitFor("respondent-added KE-CIRT");
    gui.Keys({"alt+h"});  // Change... the selected one, KE-CIRT
    gui.Keys({"ctrl+a"});
    gui.Type("KE-CIRT/CC");
    gui.Keys({"alt+o"});
    gui.WaitFor("respondent-changed KE-CIRT/CC");
    gui.Screenshot("21-respondents");
    gui.Keys({"Home"});  // the Ministry
    gui.Keys({"alt+r"});
    gui.Screenshot("22-remove-respondent-confirm");
    gui.Keys({"alt+r"});  // Remove, in the confirmation
    gui.WaitFor("respondent-removed Ministry");
    gui.Keys({"Escape"});
    gui.KillApp();
    const auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor());
    const auto respondents = store.Respondents();
    BOOST_REQUIRE_EQUAL(respondents.size(), 2u);
    BOOST_TEST(respondents[0].name == "Mistake");
    BOOST_TEST(respondents[1].name == "KE-CIRT/CC");
    BOOST_TEST(respondents[1].stakeholder_group == "national CIRT");
    BOOST_TEST(store.Answers().empty());
    const auto log = store.AuditLog();
    BOOST_TEST(log.back().action == "respondent.remove");
    BOOST_TEST(log[log.size() - 2].action == "answer.remove");
    BOOST_TEST(log[log.size() - 2].subject == "Ministry / P1.Q1");
}

// The wizard refuses a year out of range with a message (it used to move 1800 to 1990 silently),
// asks for the target year (2030 unless changed), and stores a group chosen from the list as its id.
BOOST_AUTO_TEST_CASE(the_wizard_refuses_impossible_years_and_asks_the_target_year) {
    GuiSession gui;
    gui.Launch();
    gui.WaitFor("screen start");
    gui.Keys({"Return"});
    gui.WaitFor("screen wizard-country");
    gui.Type("keny");
    gui.Keys({"alt+y", "ctrl+a"});
    gui.Type("1800");
    gui.Keys({"alt+t", "ctrl+a"});
    gui.Type("2035");
    gui.Screenshot("23-wizard-years");
    gui.Keys({"alt+n"});
    gui.WaitFor("refused year 1800");
    gui.Screenshot("24-wizard-year-refused");
    gui.Keys({"Return"});  // the message closes; the year field has the focus
    gui.Keys({"ctrl+a"});
    gui.Type("2026");
    gui.Keys({"alt+n"});
    gui.WaitFor("screen wizard-respondents");
    gui.Type("Ministry of ICT");
    gui.Keys({"Tab", "Tab"});
    gui.Type("Government");
    gui.Keys({"alt+a"});
    gui.WaitFor("respondent-added Ministry of ICT");
    gui.Keys({"alt+n"});
    gui.WaitFor("screen wizard-penetration");
    gui.Keys({"alt+n"});
    gui.WaitFor("screen wizard-file");
    gui.Keys({"Return"});
    const std::string created = gui.WaitFor("created ");
    gui.WaitFor("screen main");
    gui.KillApp();
    const auto store = q::AssessmentStore::Open(created.substr(8), q::OpenMode::ReadOnly, TestActor());
    BOOST_TEST(store.Info().year == 2026);
    BOOST_TEST(store.GetScoringSettings().target_year == 2035);
    BOOST_TEST(store.Respondents().at(0).stakeholder_group == "government");
}

// Assessment > Assessment details corrects the year and the title after creation.
BOOST_AUTO_TEST_CASE(the_details_are_corrected_after_creation) {
    GuiSession gui;
    const auto file = OpenNew(gui, "details.c5a", {{"Ministry", "", "government"}});
    gui.Keys({"alt+a", "t"});
    gui.WaitFor("screen details");
    gui.Keys({"alt+y", "ctrl+a"});
    gui.Type("3000");
    gui.Keys({"alt+o"});
    gui.WaitFor("refused year 3000");
    gui.Keys({"Return", "ctrl+a"});
    gui.Type("2025");
    gui.Keys({"alt+i", "ctrl+a"});
    gui.Type("Kenya baseline");
    gui.Screenshot("25-details");
    gui.Keys({"alt+o"});
    gui.WaitFor("details KEN 2025");
    gui.KillApp();
    const auto info = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor()).Info();
    BOOST_TEST(info.year == 2025);
    BOOST_TEST(info.title == "Kenya baseline");
}

// Go > Review list shows the answers to look at again; Enter opens one. Go > Next flagged walks
// through the answers marked for review.
BOOST_AUTO_TEST_CASE(the_review_list_and_next_flagged_open_the_questions_to_look_at) {
    GuiSession gui;
    const auto file = OpenNew(gui, "review.c5a", {{"Ministry", "", "government"}});
    gui.Keys({"2", "r"});
    gui.WaitFor("saved P1.Q1 2");
    gui.Keys({"Next", "Next", "3", "l"});
    gui.WaitFor("saved P1.Q3 3");
    gui.Keys({"Next", "Next", "Next", "1", "r"});
    gui.WaitFor("saved P1.Q6 partial");  // a yes / partial / no question: 1 is its second answer
    gui.Keys({"ctrl+g"});
    gui.WaitFor("question P1.Q1");  // round to the first flagged
    gui.Keys({"ctrl+g"});
    gui.WaitFor("question P1.Q6");
    gui.Keys({"ctrl+l"});
    gui.WaitFor("review 76");  // every question asked of the Ministry, journaled as the list opens
    gui.WaitFor("screen review");
    gui.Screenshot("26-review-all");  // and the list is in view before the keys go to it
    gui.Keys({"alt+s", "Down", "Down", "Down"});  // low confidence
    gui.WaitFor("review 1");
    gui.Screenshot("26-review-list");
    gui.Keys({"Tab", "Tab", "Return"});  // past "of:" to the list, then open its question
    gui.WaitFor("question P1.Q3");
    gui.KillApp();
    BOOST_TEST(AnswerIn(file, "Ministry", "P1.Q3")->confidence == q::Confidence::Low);
}

// A document attached to an answer from the question page: stored in the file with its SHA-256,
// opened from a private copy, listed with the answer.
BOOST_AUTO_TEST_CASE(a_document_is_attached_to_an_answer_and_opened) {
    GuiSession gui;
    const auto file = OpenNew(gui, "documents.c5a", {{"Ministry", "", "government"}});
    const auto document = gui.Home() / "strategy 2024.pdf";
    c5::test::WriteFile(document, "%PDF-1.4\n% national cybersecurity strategy\n");
    gui.Keys({"2"});
    gui.WaitFor("saved P1.Q1 2");
    gui.Keys({"alt+t"}, 2000);  // Attach a document..., and give GTK's file dialog time to fill its lists
    gui.Screenshot("27-attach-dialog");
    // The dialog opens in the assessment's folder, where the document is: its name is enough (a
    // whole path would race GTK's completion of the many /tmp/c5kit-test-* folders).
    gui.Keys({"ctrl+l", "ctrl+a"}, 600);  // the file dialog's location field, emptied
    gui.Type(document.filename().string());
    gui.Keys({"Return"});
    gui.WaitFor("attached P1.Q1 strategy 2024.pdf");
    gui.Screenshot("27-document-attached");
    gui.Keys({"alt+o"});  // Open
    const std::string copy = gui.WaitFor("document-copy ").substr(14);
    BOOST_TEST((c5::test::ReadFile(copy) == c5::test::ReadFile(document)));
    gui.KillApp();
    const auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor());
    const auto attachments = store.Attachments();
    BOOST_REQUIRE_EQUAL(attachments.size(), 1u);
    BOOST_TEST(attachments[0].name == "strategy 2024.pdf");
    BOOST_TEST(attachments[0].question_id == "P1.Q1");
    BOOST_TEST((store.AttachmentContent(attachments[0].id) == c5::test::ReadFile(document)));
}

BOOST_AUTO_TEST_CASE(the_languages_own_buttons_are_translated) {
    // wxWidgets' label (wxstd or po/wxstd), then GTK's stock button (gtk30, with its mnemonic).
    const struct {
        const char* language;
        const char* labels;
    } cases[] = {{"ru", "Отмена _Отмена"}, {"ar", "إلغاء أ_لغِ"}, {"fr", "Annuler A_nnuler"}, {"en", "Cancel _Cancel"}};
    for (const auto& test : cases) {
        GuiSession gui;
        gui.Launch({"--exit-when-ready", "--demo"}, {std::string("C5KIT_LANGUAGE=") + test.language});
        BOOST_TEST(gui.WaitFor("stock-label ") == std::string("stock-label ") + test.labels);
        BOOST_TEST(gui.WaitForExit(20s));
    }
}

// A letter typed into a number field is not saved; the status bar says why in the interface's
// language, with the range to type in (it used to show the library's English message).
BOOST_AUTO_TEST_CASE(a_number_that_cannot_be_saved_is_explained_in_the_interface_language) {
    GuiSession gui;
    const auto file = gui.Home() / "number.c5a";
    {
        auto store = q::AssessmentStore::Create(file, {"KEN", "", std::nullopt, 2026, ""}, q::BundledInstrumentJson(),
                                                TestActor());
        store.AddRespondent({"Ministry", "", "government"});
    }
    gui.Launch({file.string()}, {"C5KIT_LANGUAGE=ar"});
    gui.WaitFor("screen main");
    gui.Keys({"Next", "Next", "Next"});
    gui.WaitFor("question P1.Q4");  // a number from 0 to 1000
    gui.Type("a");
    std::string status = gui.WaitFor("status ");  // "Typing...", then the reason once typing pauses
    for (int line = 0; line < 5 && status.find("ليس رقماً") == std::string::npos; ++line) status = gui.WaitFor("status ");
    BOOST_TEST(status.find("ليس رقماً") != std::string::npos, status);
    BOOST_TEST(status.find("1000") != std::string::npos, status);
    gui.Screenshot("27-number-refused-ar");
    gui.KillApp();
    BOOST_TEST(!AnswerIn(file, "Ministry", "P1.Q4"));
}

BOOST_AUTO_TEST_SUITE_END()
