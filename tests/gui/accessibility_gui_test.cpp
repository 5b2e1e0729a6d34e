// The main window as a screen-reader user meets it: the app on the accessibility bus (AT-SPI, as
// Orca reads it), read with pyatspi by tests/gui/a11y_probe.py under /usr/bin/python3.
#include <csignal>
#include <thread>

#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/score.h"
#include "accessibility_bus.h"
#include "gui_session.h"
#include "run_process.h"
#include "test_actor.h"

namespace q = c5::questionnaire;
namespace s = c5::scoring;
using c5::test::AccessibilityBus;
using c5::test::GuiSession;
using c5::test::RunProcess;
using c5::test::TestActor;
using namespace std::chrono_literals;

namespace {

std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(text.substr(start, end - start));
    return lines;
}

std::optional<std::string> AnswerValue(const std::filesystem::path& file, const std::string& question) {
    const auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor());
    // The app answers as the first respondent until told otherwise.
    const auto answer = store.FindAnswer(store.Respondents().front().id, question);
    return answer && answer->value ? answer->value : std::nullopt;
}

std::string Score(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Accessibility)

BOOST_AUTO_TEST_CASE(a_screen_reader_hears_questions_levels_and_scores_and_browsing_saves_nothing) {
    GuiSession gui;
    AccessibilityBus bus(gui);
    gui.Launch({"--demo"}, bus.AppEnvironment());
    const std::string shown = gui.WaitFor("question ").substr(9);  // before the window is on screen
    const std::filesystem::path file = gui.WaitFor("screen main ").substr(12);
    gui.WaitFor("dashboard final", 60s);
    gui.Screenshot("40-accessibility-demo");

    // What the page and the dashboard must say, from the file itself.
    std::vector<std::string> arguments{"check"};
    std::vector<std::string> scores;
    {
        const auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor());
        const q::Question& question = *store.GetInstrument().FindQuestion(shown);
        arguments.push_back(c5::reports::Shown(q::QuestionText(question, "text", "en")));
        for (int level = 0; level < q::kStageCount; ++level)
            arguments.push_back(c5::reports::Shown(q::LevelText(question, level, "en")));
        s::ScoreRequest request;
        request.parameters.samples = 0;
        const auto result = s::ScoreAssessment(store.Snapshot(), request);
        const bool adjusted = s::HasScore(result.overall.adjusted);
        scores.push_back(Score(adjusted ? result.overall.adjusted : result.overall.score));
        for (const auto& pillar : result.pillars)
            if (s::HasScore(pillar.score)) scores.push_back(Score(pillar.score));
    }
    arguments.push_back("--");
    arguments.insert(arguments.end(), scores.begin(), scores.end());
    const auto checked = bus.Probe(gui, arguments);
    BOOST_TEST(checked.exit_code == 0, "what a screen reader meets:\n" << checked.out << checked.err);

    // A new headline is said as the scores change, the focus where it was (the lowest level for
    // the first question lowers the score).
    const auto rescored = bus.Probe(gui, {"listen", "--until", "readiness", "60", "0"});
    BOOST_TEST(rescored.out.find("Penetration-adjusted readiness S_adj: ") != std::string::npos,
               "no new headline announced: " << rescored.out << rescored.err);
    BOOST_TEST(rescored.out.find("S_adj: " + scores.front()) == std::string::npos, "the headline announced is the old one: " << rescored.out);

    // PgDn: the answer left still exists when the next question's answer takes the focus, so a
    // screen reader says what changed around the focus, the group named by the new question
    // (Orca 43 says the new level alone when the old focus is gone).
    // (A probe that starts listening for focus events after a page was destroyed makes Debian 12's
    // AT-SPI bridge touch freed objects: GLib criticals in the app. A screen reader listens from
    // the start and is not affected; the probes that listen for focus run before any page goes.)
    const auto moved = bus.Probe(gui, {"move", "Next"});
    const std::string next = gui.WaitFor("question ").substr(9);
    std::string next_text;
    {
        const auto store = q::AssessmentStore::Open(file, q::OpenMode::ReadOnly, TestActor());
        next_text = c5::reports::Shown(q::QuestionText(*store.GetInstrument().FindQuestion(next), "text", "en"));
        BOOST_TEST(moved.out.find("old focus alive") != std::string::npos, "PgDn destroyed the focus first:\n" << moved.out << moved.err);
        BOOST_TEST(moved.out.find("ancestor panel|" + next + " " + next_text) != std::string::npos,
                   "PgDn to " << next << " does not say its question:\n" << moved.out << moved.err);
    }

    // Tab, from the answer PgDn focused, round the whole window: the tree, then the answer
    // (in its group named by the question), then the dashboard's words, in that order.
    const auto tabbed = bus.Probe(gui, {"keys", "45", "Tab"});
    BOOST_REQUIRE_MESSAGE(tabbed.exit_code == 0, tabbed.err);
    const auto stops = Lines(tabbed.out);
    std::string visited;
    for (const auto& stop : stops) visited += "\n  " + stop;
    const auto find_from = [&](std::size_t from, auto&& matches) {
        for (std::size_t i = from; i < stops.size(); ++i)
            if (matches(stops[i])) return i;
        return stops.size();
    };
    const std::size_t tree = find_from(0, [](const std::string& stop) { return stop.rfind("tree table|Questions|", 0) == 0; });
    const std::size_t answer = find_from(tree, [&](const std::string& stop) {
        return stop.rfind("radio button|", 0) == 0 && stop.find(next_text) != std::string::npos;
    });
    const std::size_t summary = find_from(answer, [](const std::string& stop) { return stop.find("|Scores in words|") != std::string::npos; });
    for (const auto& stop : stops)  // "role|name|parent's name"
        BOOST_TEST(stop.find("||") == std::string::npos, "Tab stops at a nameless control:" << visited);
    BOOST_TEST(tree < stops.size(), "Tab never reached the question tree:" << visited);
    BOOST_TEST(answer < stops.size(), "after the tree, Tab never reached the answer named by the question:" << visited);
    BOOST_TEST(summary < stops.size(), "after the answer, Tab never reached the dashboard's words:" << visited);

    // Browsing the levels with the arrows saves nothing; Space saves the level the arrows left selected.
    gui.Keys({"Next"});
    const std::string browsed = gui.WaitFor("question ").substr(9);
    const auto before = AnswerValue(file, browsed);
    gui.Keys({"Down", "Down", "Up"}, 400);
    std::this_thread::sleep_for(1s);
    gui.Screenshot("41-accessibility-browsed-levels");
    BOOST_TEST(!gui.Journaled("saved " + browsed), "arrowing through the levels saved an answer");
    BOOST_TEST((AnswerValue(file, browsed) == before), "arrowing through the levels changed the file");
    // ... and the screen reader hears "Saved" without the focus moving.
    const auto heard = bus.Probe(gui, {"listen", "space"});
    const std::string saved = gui.WaitFor("saved " + browsed);
    BOOST_TEST((AnswerValue(file, browsed) != before), "Space did not save the level chosen: " << saved);
    BOOST_TEST(heard.out.find("Saved ") != std::string::npos, "announced: " << heard.out << heard.err);

    // In the tree, Down moves the cursor (nothing opens), Enter opens the question under it.
    gui.Keys({"shift+Tab"});
    const auto focus = bus.Probe(gui, {"focus"});
    BOOST_TEST(focus.out.rfind("tree table|Questions|", 0) == 0u, "Shift+Tab from the answer: " << focus.out);
    gui.Keys({"Down"});
    BOOST_TEST(!gui.Await("question ", 1500ms), "Down in the tree opened a question");
    gui.Keys({"Return"});
    BOOST_TEST(gui.Await("question ", 5s).has_value(), "Enter in the tree did not open the question");
    gui.Screenshot("42-accessibility-tree-enter");

    // An unanswered question: Tab from the tree reaches its levels (GTK skipped a group whose
    // selected radio was the visible off-page stand-in for "no answer yet").
    gui.Keys({"ctrl+u"});
    const std::string unanswered = gui.WaitFor("question ").substr(9);
    gui.Keys({"shift+Tab"});
    gui.Keys({"Tab"});
    const auto into_levels = bus.Probe(gui, {"focus"});
    BOOST_TEST(into_levels.out.rfind("radio button|0  ", 0) == 0u,
               "Tab from the tree on the unanswered " << unanswered << ": " << into_levels.out);
}

BOOST_AUTO_TEST_SUITE_END()
