// The real desktop app under Xvfb, driven like a person would: keys, clicks, dialogs.
#include <filesystem>
#include <fstream>
#include <utility>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/reports/report_text.h"
#include "gui_session.h"
#include "office_tools.h"
#include "print_enums.h"
#include "run_process.h"
#include "temp_dir.h"
#include "test_actor.h"

namespace q = c5::questionnaire;
using c5::test::TestActor;
using c5::test::GuiSession;
using namespace std::chrono_literals;

namespace {

std::optional<q::Answer> AnswerIn(const std::filesystem::path& file, const std::string& respondent,
                                  const std::string& question) {
    const auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor());
    const auto who = store.FindRespondent(respondent);
    return who ? store.FindAnswer(who->id, question) : std::nullopt;
}

// A new assessment of `country` with one respondent, the Regulator, opened in the app, which has
// saved the Regulator's answer 2 to P1.Q1 (given with the key 2).
std::filesystem::path OpenWithFirstAnswer(GuiSession& gui, const std::string& name, const std::string& country,
                                          const std::vector<std::string>& environment = {}) {
    const auto file = gui.Home() / name;
    {
        auto store = q::AssessmentStore::Create(file, {country, "", std::nullopt, 2026, ""}, q::BundledInstrumentJson(),
                                                TestActor());
        store.AddRespondent({"Regulator", "", "regulator"});
    }
    gui.Launch({file.string()}, environment);
    gui.WaitFor("screen main");
    gui.Keys({"2"});
    gui.WaitFor("saved P1.Q1 2");
    return file;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(DesktopApp)

// A new user: start page, the wizard, a pillar answered with keys and a click, undo, the report.
BOOST_AUTO_TEST_CASE(wizard_keys_clicks_and_report) {
    GuiSession gui;
    gui.Launch();
    gui.WaitFor("screen start");
    gui.Screenshot("01-start-page");
    gui.Keys({"Return"});
    gui.WaitFor("screen wizard-country");
    gui.Type("keny");
    gui.Screenshot("02-wizard-country");
    gui.Keys({"Return"});
    gui.WaitFor("screen wizard-respondents");
    gui.Type("Ministry of ICT");
    gui.Keys({"Return"});
    gui.WaitFor("respondent-added Ministry of ICT");
    gui.Type("National CIRT");
    gui.Keys({"Return"});
    gui.WaitFor("respondent-added National CIRT");
    gui.Screenshot("03-wizard-respondents");
    gui.Keys({"alt+n"});
    gui.WaitFor("screen wizard-penetration");
    gui.Type("40.8");
    gui.Screenshot("04-wizard-penetration");
    gui.Keys({"alt+n"});
    gui.WaitFor("screen wizard-file");
    gui.Screenshot("05-wizard-file");
    gui.Keys({"Return"});
    const std::string created = gui.WaitFor("created ");
    const std::filesystem::path file = created.substr(8);
    gui.WaitFor("screen main");
    gui.Screenshot("06-main-window");

    gui.Keys({"3"});
    gui.WaitFor("saved P1.Q1 3");
    gui.Keys({"Next"});
    gui.WaitFor("question P1.Q2");
    gui.Keys({"1"});
    gui.WaitFor("saved P1.Q2 1");
    gui.Keys({"h"});
    gui.WaitFor("saved P1.Q2 1");
    gui.Keys({"Next"});
    gui.WaitFor("question P1.Q3");
    gui.Keys({"a"});
    gui.WaitFor("saved P1.Q3 NA");
    // A click in the question tree: the row of P2.Q1.
    gui.Click(150, 286);
    gui.WaitFor("question P2.Q1");
    gui.Keys({"4"});
    gui.WaitFor("saved P2.Q1 4");
    gui.Keys({"ctrl+z"});
    gui.WaitFor("undone P2.Q1");
    gui.WaitFor("dashboard final");
    gui.Screenshot("07-answered-with-dashboard");

    const auto p1q1 = AnswerIn(file, "Ministry of ICT", "P1.Q1");
    BOOST_REQUIRE(p1q1);
    BOOST_TEST(*p1q1->value == "3");
    const auto p1q2 = AnswerIn(file, "Ministry of ICT", "P1.Q2");
    BOOST_REQUIRE(p1q2);
    BOOST_TEST(*p1q2->value == "1");
    BOOST_TEST(p1q2->confidence == q::Confidence::High);
    BOOST_TEST(AnswerIn(file, "Ministry of ICT", "P1.Q3")->NotApplicable());
    BOOST_TEST(!AnswerIn(file, "Ministry of ICT", "P2.Q1"));  // undone
    {
        const auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor());
        BOOST_TEST(store.Info().country == "KEN");
        BOOST_TEST(store.Respondents().size() == 2u);
        BOOST_REQUIRE_EQUAL(store.Penetration().size(), 1u);
        BOOST_TEST(store.Penetration()[0].value == 40.8);
    }

    gui.Keys({"ctrl+p"});
    gui.WaitFor("screen report-dialog");
    gui.Screenshot("08-report-dialog");
    gui.Keys({"Return"});
    const std::string report = gui.WaitFor("report ", 60s);
    gui.Screenshot("09-report-exported");
    const std::filesystem::path pdf = report.substr(7);
    BOOST_TEST(std::filesystem::exists(pdf));
    BOOST_TEST(c5::test::RunProcess({"/usr/bin/env", "qpdf", "--check", pdf.string()}).exit_code == 0);
    gui.Keys({"Return", "Escape", "ctrl+q"});
    BOOST_TEST(gui.WaitForExit(10s));
}

// Nothing that showed "Saved" is lost when the app is killed right after.
BOOST_AUTO_TEST_CASE(killed_right_after_saved_loses_nothing) {
    GuiSession gui;
    const auto file = OpenWithFirstAnswer(gui, "kill.c5a", "FJI");
    gui.KillApp();
    BOOST_TEST(*AnswerIn(file, "Regulator", "P1.Q1")->value == "2");

    gui.Launch({file.string()});
    gui.WaitFor("screen main");
    gui.Keys({"e"});
    gui.Type("Cabinet decision 14/2023");
    gui.WaitFor("saved P1.Q1 2");  // typed evidence is saved once typing pauses
    gui.KillApp();
    BOOST_TEST(AnswerIn(file, "Regulator", "P1.Q1")->evidence == "Cabinet decision 14/2023");
}

BOOST_AUTO_TEST_CASE(a_file_open_elsewhere_is_refused_with_a_message) {
    GuiSession gui;
    const auto file = gui.Home() / "twice.c5a";
    { q::AssessmentStore::Create(file, {"PER", "", std::nullopt, 2026, ""}, q::BundledInstrumentJson(), TestActor()); }
    gui.Launch({file.string()});
    gui.WaitFor("screen main");
    gui.Launch({file.string()});
    const std::string error = gui.WaitFor("error ");
    BOOST_TEST(error.find("open in another C5 Readiness Kit window") != std::string::npos, error);
    gui.Screenshot("10-second-window-refused");
}

// Hostile files open to a dialog that says what is wrong, and stay byte for byte as they were.
BOOST_AUTO_TEST_CASE(damaged_files_are_refused_with_a_dialog_and_left_unchanged) {
    GuiSession gui;
    const auto valid = gui.Home() / "valid.c5a";
    { q::AssessmentStore::Create(valid, {"PER", "", std::nullopt, 2026, ""}, q::BundledInstrumentJson(), TestActor()); }
    const std::string bytes = c5::test::ReadFile(valid);
    struct Damaged {
        std::string name;
        std::string content;
        std::string message;
    };
    const std::vector<Damaged> files = {
        {"renamed.c5a", "respondent,question,value\n", "not a C5 assessment file"},
        {"truncated.c5a", bytes.substr(0, bytes.size() / 2), "the file is damaged"},
        {"empty.c5a", "", "the file is empty"},
    };
    for (const auto& damaged : files) {
        const auto path = gui.Home() / damaged.name;
        c5::test::WriteFile(path, damaged.content);
        gui.Launch({path.string()});
        const std::string error = gui.WaitFor("error ");
        BOOST_TEST(error.find(damaged.message) != std::string::npos, error);
        if (damaged.name == "truncated.c5a") gui.Screenshot("11-damaged-file-refused");
        BOOST_TEST((c5::test::ReadFile(path) == damaged.content), damaged.name << " changed");
    }
}

// The main window in Arabic (mirrored) and Chinese; switching the language keeps typed work.
BOOST_AUTO_TEST_CASE(main_window_in_arabic_and_chinese) {
    for (const std::string language : {"ar", "zh"}) {
        GuiSession gui;
        std::filesystem::create_directories(gui.Home() / ".config/c5kit");
        c5::test::WriteFile(gui.Home() / ".config/c5kit/settings.ini", "language=" + language + "\n");
        gui.Launch({"--demo"});
        gui.WaitFor("ui-language " + language);
        gui.WaitFor("screen main");
        gui.Screenshot("12-main-window-" + language);
    }
}

// With no language saved, the system's: LANGUAGE first, as gettext programs read it, and the first
// of its list the kit speaks.
BOOST_AUTO_TEST_CASE(the_system_language_is_the_first_one_the_kit_speaks) {
    const struct {
        std::vector<std::string> environment;
        std::string expected;
    } cases[] = {
        {{"LANGUAGE=fr:en"}, "fr"},
        {{"LANGUAGE=de_DE:es_ES:fr"}, "es"},   // no German: the next one
        {{"LANGUAGE=de"}, "en"},               // none of the six: English
        {{"C5KIT_LANGUAGE=ru", "LANGUAGE=fr"}, "ru"},
        {{}, "en"},                            // LANG=C.UTF-8
    };
    for (const auto& test : cases) {
        GuiSession gui;
        gui.Launch({"--exit-when-ready", "--demo"}, test.environment);
        const std::string line = gui.WaitFor("ui-language ");
        BOOST_TEST(line == "ui-language " + test.expected);
        BOOST_TEST(gui.WaitForExit(std::chrono::seconds(20)));
    }
    // A language saved from View > Language wins over the system's; C5KIT_LANGUAGE, set for one
    // start, wins over both (a trainer starting the kit in Arabic for a screenshot).
    for (const auto& [environment, expected] : std::vector<std::pair<std::vector<std::string>, std::string>>{
             {{"LANGUAGE=es"}, "fr"}, {{"C5KIT_LANGUAGE=ar", "LANGUAGE=es"}, "ar"}}) {
        GuiSession gui;
        std::filesystem::create_directories(gui.Home() / ".config" / "c5kit");
        std::ofstream(gui.Home() / ".config" / "c5kit" / "settings.ini") << "language=fr\n";
        gui.Launch({"--exit-when-ready", "--demo"}, environment);
        BOOST_TEST(gui.WaitFor("ui-language ") == "ui-language " + expected);
        BOOST_TEST(gui.WaitForExit(std::chrono::seconds(20)));
    }
}

BOOST_AUTO_TEST_CASE(switching_the_language_keeps_typed_evidence) {
    GuiSession gui;
    const auto file = OpenWithFirstAnswer(gui, "switch.c5a", "PER");
    gui.Keys({"e"});
    gui.Type("Decree 7/2025");
    // View > Language > the first language (Arabic, highlighted when the submenu opens), before
    // the typing pause saves the text.
    gui.Keys({"alt+v", "l", "Return"}, 150);
    gui.WaitFor("language ar");
    gui.WaitFor("screen main");
    gui.Screenshot("13-switched-to-arabic");
    gui.KillApp();
    BOOST_TEST(AnswerIn(file, "Regulator", "P1.Q1")->evidence == "Decree 7/2025");
}

// The Word report and the results workbook, from the report dialog and the File menu, in the
// interface's language: what python-docx and openpyxl read in them is that language's document.
BOOST_DATA_TEST_CASE(word_report_and_results_workbook_from_the_menus, boost::unit_test::data::make({"en", "ar"}),
                     language) {
    const std::string code = language;
    GuiSession gui;
    OpenWithFirstAnswer(gui, "office.c5a", "KEN", {"C5KIT_LANGUAGE=" + code});
    gui.Keys({"ctrl+p"});
    gui.WaitFor("screen report-dialog");
    gui.Keys({"alt+o", "Down"});  // F&ormat: Word (the Arabic labels keep their Latin keys)
    gui.Screenshot("30-report-dialog-word-" + code);
    gui.Keys({"alt+e"});  // &Export (Return would open the format's list, which has the focus)
    const std::filesystem::path docx = gui.WaitFor("report ", 60s).substr(7);
    BOOST_TEST(docx.extension() == ".docx");
    gui.Keys({"Return"});  // the message saying what was written
    const auto document = c5::test::OfficeFacts("docx", docx);
    BOOST_REQUIRE_MESSAGE(!document.contains("error"), document.value("error", ""));
    BOOST_TEST(document["lang"]["val"] == (code == "ar" ? "ar-SA" : "en-GB"));
    BOOST_TEST(document["paragraphs"][0]["bidi"] == (code == "ar"));

    gui.Keys({"alt+f"}, 600);
    gui.Keys({"w"});  // Export results workbook...: the report's dialog, with its language, marking and baseline
    gui.WaitFor("screen workbook-dialog");
    gui.Screenshot("31-workbook-dialog-" + code);
    gui.Keys({"alt+e"});  // &Export, to the suggested name in the assessment's folder
    const std::filesystem::path workbook = gui.WaitFor("workbook ", 60s).substr(9);
    BOOST_TEST(workbook.filename() == "office-results.xlsx");
    const auto sheets = c5::test::OfficeFacts("xlsx", workbook);
    BOOST_REQUIRE_MESSAGE(!sheets.contains("error"), sheets.value("error", ""));
    BOOST_TEST(sheets["sheets"][0]["name"] == c5::reports::ReportText(code).Get("sheet_scores"));
    BOOST_TEST(sheets["sheets"][0]["right_to_left"] == (code == "ar"));
    gui.KillApp();
}

// A small laptop screen: the whole window fits, demo and dashboard included.
BOOST_AUTO_TEST_CASE(usable_at_1024_by_600) {
    GuiSession gui(1024, 600);
    gui.Launch({"--demo"});
    gui.WaitFor("screen main");
    gui.WaitFor("dashboard final");
    gui.Keys({"Next", "Next"});
    gui.WaitFor("question P1.Q3");
    gui.Screenshot("11-demo-at-1024x600");
    const auto [width, height] = gui.WindowSize("Kelora");
    BOOST_TEST(width > 0);
    BOOST_TEST(width <= 1024);
    BOOST_TEST(height <= 600);
    // The projector view on a small projector: the whole radar and list within the screen.
    gui.Keys({"F11"});
    gui.WaitFor("screen projector");
    gui.WaitFor("dashboard final");
    gui.Screenshot("11-projector-at-1024x600");
    gui.Keys({"Escape"});
}

BOOST_AUTO_TEST_SUITE_END()
