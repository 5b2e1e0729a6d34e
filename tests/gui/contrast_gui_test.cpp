// 200 % text and high-contrast themes (issue 20): every screen a new user and a workshop meet, the
// app's own measurement of each (app/gui/layout_check.cpp, journaled under the tests) saying that
// no text is cut and no window is larger than the 1280×800 screen; the wizard as a screen reader
// meets it, with a name for every control.
#include <fstream>
#include <thread>

#include <boost/test/unit_test.hpp>

#include "accessibility_bus.h"
#include "gui_session.h"

namespace fs = std::filesystem;
using c5::test::AccessibilityBus;
using c5::test::GuiSession;
using namespace std::chrono_literals;

namespace {

// Text twice as large, as "Large text" / a 200 % font scale sets it: GTK scales the fonts, not the
// pixels (GDK_DPI_SCALE; FromDIP sizes stay as they are, so fixed sizes do not grow with it).
const std::vector<std::string> kLargeText{"GDK_DPI_SCALE=2"};

std::vector<std::string> Environment(const std::string& theme) {
    auto environment = kLargeText;
    if (!theme.empty()) environment.push_back("GTK_THEME=" + theme);
    return environment;
}

std::vector<std::string> JournalLines(const GuiSession& gui, const std::string& prefix) {
    std::vector<std::string> lines;
    std::ifstream journal(gui.Home() / "journal.log");
    for (std::string line; std::getline(journal, line);)
        if (line.rfind(prefix, 0) == 0) lines.push_back(line);
    return lines;
}

// Waits for the app's measurement of `screen`, then takes its picture.
void Measured(GuiSession& gui, const std::string& screen, const std::string& shot) {
    gui.WaitFor("screen " + screen);
    gui.WaitFor("layout " + screen);
    gui.Screenshot(shot);
}

void ExpectNothingClipped(const GuiSession& gui, const std::string& theme) {
    const auto measured = JournalLines(gui, "layout ");
    BOOST_TEST(!measured.empty(), "the app measured no screen");
    std::string clipped;
    for (const auto& line : JournalLines(gui, "clipped ")) clipped += "\n  " + line;
    BOOST_TEST(clipped.empty(), "at 200 % text with the theme " << theme << ", what does not fit:" << clipped);
}

// The dialogs reached from the main window on the demo: the keys that open each, its screen name.
struct Dialog {
    std::vector<std::string> keys;
    std::string screen;
};
const std::vector<Dialog> kDialogs{{{"ctrl+p"}, "report-dialog"},
                                   {{"alt+f", "w"}, "workbook-dialog"},
                                   {{"alt+f", "k"}, "kits"},
                                   {{"ctrl+l"}, "review"},
                                   {{"ctrl+d"}, "disagreements"},
                                   {{"alt+a", "t"}, "details"},
                                   {{"alt+a", "e"}, "respondents"},
                                   {{"alt+a", "r"}, "respondent"},
                                   {{"alt+a", "p"}, "penetration"},
                                   {{"alt+a", "s"}, "scoring-options"},
                                   {{"shift+F1"}, "numbers-help"}};

// The controls a screen reader cannot name on the screen `page` once it is shown, as lines after
// the page's name; empty when every one has a name.
std::string NamelessControls(GuiSession& gui, const AccessibilityBus& bus, const std::string& page) {
    gui.WaitFor("screen " + page, 40s);
    std::this_thread::sleep_for(700ms);
    const auto nameless = bus.Probe(gui, {"nameless"});
    BOOST_TEST(nameless.err.empty(), nameless.err);
    return nameless.out.empty() ? std::string() : "\n" + page + ":\n" + nameless.out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(LargeTextAndHighContrast)

// The start window and every page of the wizard; then the new assessment's main window.
BOOST_AUTO_TEST_CASE(the_start_window_and_the_wizard_fit_at_200_percent_in_high_contrast) {
    for (const std::string theme : {"HighContrast", "HighContrastInverse"}) {
        BOOST_TEST_CONTEXT("GTK_THEME=" << theme) {
            GuiSession gui;
            gui.Launch({}, Environment(theme));
            Measured(gui, "start", "50-large-" + theme + "-start");
            gui.Keys({"Return"});  // New assessment...
            Measured(gui, "wizard-country", "51-large-" + theme + "-wizard-country");
            gui.Type("keny");
            gui.Keys({"Return"});
            Measured(gui, "wizard-respondents", "52-large-" + theme + "-wizard-respondents");
            gui.Type("Ministry of ICT");
            gui.Keys({"Return", "alt+n"});
            Measured(gui, "wizard-penetration", "53-large-" + theme + "-wizard-penetration");
            gui.Keys({"alt+n"});
            Measured(gui, "wizard-file", "54-large-" + theme + "-wizard-file");
            gui.Keys({"Return"});
            gui.WaitFor("created ");
            Measured(gui, "main", "55-large-" + theme + "-new-assessment");
            ExpectNothingClipped(gui, theme);
        }
    }
}

// The demo's main window and the dialogs of its menus, the keyboard-shortcut list among them.
BOOST_AUTO_TEST_CASE(the_main_window_and_its_dialogs_fit_at_200_percent_in_high_contrast) {
    GuiSession gui;
    const std::string theme = "HighContrastInverse";
    gui.Launch({"--demo"}, Environment(theme));
    Measured(gui, "main", "56-large-inverse-demo");
    if (!gui.Journaled("dashboard final")) gui.WaitFor("dashboard final", 60s);
    gui.Screenshot("56-large-inverse-demo-scored");
    int shot = 60;
    for (const auto& dialog : kDialogs) {
        gui.Keys(dialog.keys, 600);
        Measured(gui, dialog.screen, std::to_string(shot++) + "-large-inverse-" + dialog.screen);
        gui.Keys({"Escape"}, 600);
    }
    // The keyboard shortcuts (F1): the whole list on the screen, or in a box that scrolls.
    gui.Keys({"F1"}, 1000);
    gui.Screenshot("71-large-inverse-keys");
    const auto [width, height] = gui.WindowSize("Keyboard shortcuts");
    BOOST_TEST(width > 0);
    BOOST_TEST(width <= 1280);
    BOOST_TEST(height <= 800, "the keyboard shortcuts are " << height << " pixels high on an 800-pixel screen");
    gui.Keys({"Escape"}, 600);
    ExpectNothingClipped(gui, theme);
}

// A screen-reader user meets a name on every control of every page of the wizard.
BOOST_AUTO_TEST_CASE(every_control_of_the_wizard_has_a_name) {
    GuiSession gui;
    AccessibilityBus bus(gui);
    gui.Launch({}, bus.AppEnvironment());
    gui.WaitFor("screen start");
    gui.Keys({"Return"});
    std::string problems;
    const auto probe = [&](const std::string& page) { problems += NamelessControls(gui, bus, page); };
    probe("wizard-country");
    gui.Type("keny");
    gui.Keys({"Return"});
    probe("wizard-respondents");
    gui.Type("Ministry of ICT");
    gui.Keys({"Return", "alt+n"});
    probe("wizard-penetration");
    gui.Keys({"alt+n"});
    probe("wizard-file");
    BOOST_TEST(problems.empty(), "controls a screen reader cannot name:" << problems);
}

// The same of the main window and the dialogs of its menus (on the demo, opened directly: read
// after the start window has given way to the main window, the tree makes ATK report
// CRITICALs, which this suite counts as failures; see docs/accessibility.md).
BOOST_AUTO_TEST_CASE(every_control_of_the_main_window_and_its_dialogs_has_a_name) {
    GuiSession gui;
    AccessibilityBus bus(gui);
    gui.Launch({"--demo"}, bus.AppEnvironment());
    std::string problems;
    const auto probe = [&](const std::string& page) { problems += NamelessControls(gui, bus, page); };
    probe("main");
    std::vector<Dialog> dialogs = kDialogs;
    dialogs.push_back({{"F1"}, "keys"});
    for (const auto& [keys, screen] : dialogs) {
        gui.Keys(keys, 600);
        probe(screen);
        gui.Keys({"Escape"}, 600);
    }
    BOOST_TEST(problems.empty(), "controls a screen reader cannot name:" << problems);
}

BOOST_AUTO_TEST_SUITE_END()
