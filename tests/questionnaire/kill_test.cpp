#include <algorithm>
#include <map>
#include <random>
#include <sstream>

#include <SQLiteCpp/Database.h>
#include <boost/test/unit_test.hpp>

#include "fixtures.h"
#include "run_process.h"

namespace q = c5::questionnaire;

BOOST_AUTO_TEST_SUITE(CrashSafety)

// A writer saves answers one by one and prints each only after its commit; it is SIGKILLed at a
// random moment (SIGKILL; TerminateProcess on Windows), 200 times. Afterwards the file must pass SQLite's integrity check and hold
// every answer that was reported saved (or a later save of the same question).
BOOST_AUTO_TEST_CASE(killed_writer_never_loses_a_reported_save) {
    c5::test::TempDir dir;
    const auto create = [&](const std::string& name) {
        auto store = q::AssessmentStore::Create(dir / name, {"XKA", "", std::nullopt, 2026, ""},
                                                c5::test::MinimalInstrumentJson(), c5::test::TestActor());
        store.AddRespondent({"Writer", "", ""});
        return dir / name;
    };
    const auto path = create("crash.c5a");
    // The kill window starts where the writer's first save lands: a sanitizer build or a slow
    // laptop starts the writer later, and killing it before it saves anything tests nothing.
    const auto calibration = create("calibration.c5a");
    auto startup_us = static_cast<int>(c5::test::EarliestKill().count());
    while (startup_us < 10'000'000 &&
           c5::test::RunAndKillAfter({C5_KILL_WRITER, calibration.string(), "0"}, std::chrono::microseconds(startup_us))
               .out.empty())
        startup_us *= 2;
    std::mt19937 random(20261122);
    // Wide enough for a few saves each: a durable save flushes the file, the journal and the folder.
    const int earliest_us = static_cast<int>(c5::test::EarliestKill().count());
    std::uniform_int_distribution<int> delay_us(std::max(startup_us / 2, earliest_us), startup_us + 120'000);
    std::map<std::string, long long> last_reported;  // question → sequence of its last reported save
    int reported = 0;
    int killed = 0;
    for (int round = 0; round < 200; ++round) {
        const auto result = c5::test::RunAndKillAfter(
            {C5_KILL_WRITER, path.string(), std::to_string(round * 1'000'000LL)},
            std::chrono::microseconds(delay_us(random)));
        BOOST_REQUIRE_MESSAGE(result.killed || result.exit_code == 0,
                              "writer failed in round " << round << ": " << result.err);
        killed += result.killed;
        std::istringstream lines(result.out);
        long long sequence = 0;
        std::string question;
        while (lines >> sequence >> question) {
            last_reported[question] = sequence;
            ++reported;
        }

        const auto store = q::AssessmentStore::Open(path, q::OpenMode::ReadOnly, c5::test::TestActor());
        SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
        BOOST_REQUIRE_EQUAL(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
        const long long writer = store.FindRespondent("Writer")->id;
        for (const auto& [id, sequence_reported] : last_reported) {
            const auto answer = store.FindAnswer(writer, id);
            BOOST_REQUIRE_MESSAGE(answer, "round " << round << ": reported answer to " << id << " is missing");
            const long long stored = std::stoll(answer->evidence.substr(answer->evidence.find('#') + 1));
            BOOST_REQUIRE_MESSAGE(stored >= sequence_reported, "round " << round << ": " << id << " holds save #"
                                                                          << stored << ", but #" << sequence_reported
                                                                          << " was reported saved");
        }
    }
    BOOST_TEST_MESSAGE("kill test: " << killed << " of 200 writers killed mid-run, " << reported
                                     << " saves reported and all found (first save after about " << startup_us
                                     << " µs)");
    BOOST_TEST(killed >= 150);
    BOOST_TEST(reported > 200);
}

BOOST_AUTO_TEST_SUITE_END()
