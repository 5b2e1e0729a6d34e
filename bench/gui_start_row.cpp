// Row gui_start: c5kit started on a 100-question assessment until its first question and
// dashboard are up, against a bare wx frame started the same way. Budget: ≤ 1.5×. A second,
// reference line times the same widgets with no file or scores behind them (widgets_frame.cpp).
//
// Both run on an Xvfb of the benchmark's own, started with -noreset as a desktop session is: GTK
// keeps the result of its OpenGL probe on the root window (GDK_VISUALS) for later programs. An
// Xvfb that resets when its last client leaves forgets it, and every start then pays ~130 ms
// for the probe, which hides most of the difference between the two programs.
#include <csignal>
#include <thread>

#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include "bench_rows.h"
#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/instrument_loader.h"

namespace c5::bench {
namespace {

using Clock = std::chrono::steady_clock;
namespace q = c5::questionnaire;

pid_t Start(const std::vector<std::string>& argv, const std::string& display) {
    return StartQuiet(argv, {"DISPLAY=" + display, "LANG=C.UTF-8", "NO_AT_BRIDGE=1"});
}

std::chrono::nanoseconds TimeRun(const std::vector<std::string>& argv, const std::string& display) {
    const auto start = Clock::now();
    const pid_t pid = Start(argv, display);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("gui_start: " + argv[0] + " failed");
    return Clock::now() - start;
}

// The bundled instrument grown to 100 questions with copies of P5's, answered by two respondents.
std::filesystem::path HundredQuestionAssessment(const std::filesystem::path& scratch) {
    auto json = nlohmann::json::parse(q::BundledInstrumentJson());
    json["id"] = "c5-bench";  // grown beyond the C5 core, so no longer the C5 instrument
    std::size_t count = 0;
    for (const auto& pillar : json["pillars"]) count += pillar["questions"].size();
    auto& p5 = json["pillars"][4]["questions"];
    const auto originals = p5;
    for (std::size_t copy = 0; count < 100; ++copy, ++count) {
        auto question = originals[copy % originals.size()];
        question["id"] = "P5.X" + std::to_string(copy + 1);
        question.erase("show_if");
        p5.push_back(question);
    }
    const auto path = scratch / "hundred.c5a";
    std::filesystem::remove(path);
    auto store = q::AssessmentStore::Create(path, {"XBE", "Benchland", std::nullopt, 2026, ""}, json.dump(),
                                            {"bench", "c5bench"});
    std::vector<q::AssessmentStore::BatchEntry> answers;
    for (const char* respondent : {"Ministry", "CIRT"})
        for (const q::Question* question : store.GetInstrument().Questions()) {
            if (question->type != q::QuestionType::Maturity) continue;
            q::AssessmentStore::BatchEntry entry;
            entry.respondent.name = respondent;
            entry.answer.question_id = question->id;
            entry.answer.value = std::to_string((question->id.size() + answers.size()) % 5);
            answers.push_back(entry);
        }
    store.SaveAnswers(answers, "bench");
    return path;
}

std::vector<RowResult> Measure(const std::filesystem::path& file, const std::string& display) {
    const std::vector<std::string> app_command{C5_GUI_PATH, "--exit-when-ready", file.string()};
    std::vector<std::chrono::nanoseconds> app;
    std::vector<std::chrono::nanoseconds> bare;
    std::vector<std::chrono::nanoseconds> widgets;
    // Once each first: the file cache, and GTK's probe as by the first program of a session.
    TimeRun(app_command, display);
    TimeRun({C5_BARE_FRAME_PATH}, display);
    TimeRun({C5_WIDGETS_FRAME_PATH}, display);
    for (int run = 0; run < 9; ++run) {
        app.push_back(TimeRun(app_command, display));
        bare.push_back(TimeRun({C5_BARE_FRAME_PATH}, display));
        widgets.push_back(TimeRun({C5_WIDGETS_FRAME_PATH}, display));
    }
    RowResult result;
    result.measured = "c5kit up on a 100-question assessment";
    result.baseline = "a bare wx frame";
    result.unit = "ms";
    result.value = MedianMs(app);
    result.baseline_value = MedianMs(bare);
    result.budget = 1.5;
    // What GTK takes for the same widgets with nothing behind them: the part of the ratio that no
    // work in the kit can remove.
    RowResult floor = result;
    floor.measured = "its widgets alone (no file, no scores)";
    floor.value = MedianMs(widgets);
    floor.reference = true;
    return {result, floor};
}

std::vector<RowResult> RunGuiStart(const std::filesystem::path& scratch) {
    const std::string display = ":" + std::to_string(150 + getpid() % 40);
    const pid_t xvfb =
        Start({"Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"}, display);
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const auto file = HundredQuestionAssessment(scratch);
    setenv("HOME", scratch.c_str(), 1);  // the app's settings and recent files stay in the scratch folder
    std::vector<RowResult> results;
    try {
        results = Measure(file, display);
    } catch (...) {
        kill(xvfb, SIGTERM);
        waitpid(xvfb, nullptr, 0);
        throw;
    }
    kill(xvfb, SIGTERM);
    waitpid(xvfb, nullptr, 0);
    return results;
}

const RegisterRow kRow{"gui_start", RunGuiStart};

}  // namespace
}  // namespace c5::bench
