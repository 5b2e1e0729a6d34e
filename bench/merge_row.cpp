// Row merge: `c5kit-cli merge` of 200 respondent kits, each answered in full, into their
// assessment. Budgets: ≤ 3 s, and the command's peak memory ≤ 30 MB (BRIEF §8).
#include <sys/wait.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <thread>

#include <fmt/format.h>

#include "bench_rows.h"
#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/respondent_kits.h"

namespace c5::bench {
namespace {

using Clock = std::chrono::steady_clock;
namespace q = c5::questionnaire;

struct Measured {
    std::chrono::nanoseconds wall{};
    double peak_mb = 0;
};

// The process's peak resident memory so far (VmHWM) in MB, or 0 once it is gone.
double PeakResidentMb(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;  // kB
    return 0;
}

// Runs a command to its end with its output discarded; wall time and peak resident memory. The
// peak is the command's own, read from /proc while it runs: getrusage's maxrss of a child started
// with posix_spawn counts the bench's memory, shared until the exec (every command read 30.85 MB).
Measured RunMeasured(const std::vector<std::string>& argv) {
    const auto start = Clock::now();
    const pid_t pid = StartQuiet(argv);
    int status = 0;
    double peak = 0;
    while (true) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid) break;
        if (done < 0) throw std::runtime_error(argv[0] + " " + argv[1] + ": lost the process");
        peak = std::max(peak, PeakResidentMb(pid));  // the high-water mark: sampling misses no peak before it
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    Measured measured{Clock::now() - start, peak};
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error(argv[0] + " " + argv[1] + " failed");
    return measured;
}

std::vector<RowResult> RunMerge(const std::filesystem::path& scratch) {
    constexpr int kKits = 200;
    const auto folder = scratch / "merge";
    std::filesystem::create_directories(folder / "kits");
    const auto master = folder / "workshop.c5a";
    std::vector<std::string> inputs;
    {
        auto store = q::AssessmentStore::Create(master, {"XBE", "Benchland", std::nullopt, 2026, ""},
                                                q::BundledInstrumentJson(), {"bench", "c5bench"});
        std::vector<q::RespondentInput> respondents;
        for (int i = 0; i < kKits; ++i) respondents.push_back({fmt::format("Respondent {:03}", i), "", "government"});
        for (const auto& kit : q::WriteRespondentKits(store, respondents, folder / "kits", std::nullopt, {"bench", "c5bench"})) {
            auto answering = q::AssessmentStore::Open(kit.path, q::OpenMode::ReadWrite, {"bench", "c5bench"});
            std::vector<q::AssessmentStore::BatchEntry> answers;
            for (const q::Question* question : answering.GetInstrument().Questions()) {
                if (question->type != q::QuestionType::Maturity) continue;
                q::AssessmentStore::BatchEntry entry;
                entry.respondent.name = kit.respondent.name;
                entry.answer.question_id = question->id;
                entry.answer.value = std::to_string((question->id.size() + inputs.size()) % 5);
                entry.answer.evidence = "Evidence for " + question->id;
                answers.push_back(entry);
            }
            answering.SaveAnswers(answers, "bench");
            inputs.push_back(kit.path.string());
        }
    }
    std::vector<std::string> argv{C5_CLI_PATH, "merge", master.string()};
    argv.insert(argv.end(), inputs.begin(), inputs.end());
    const Measured merged = RunMeasured(argv);

    RowResult time;
    time.measured = fmt::format("merge: {} respondent kits into their assessment", kKits);
    time.unit = "ms";
    time.value = std::chrono::duration<double, std::milli>(merged.wall).count();
    time.budget = 3000;
    RowResult memory;
    memory.measured = "merge: peak memory of c5kit-cli";
    memory.unit = "MB";
    memory.value = merged.peak_mb;
    memory.budget = 30;
    // The other heavy commands stay within the same memory budget.
    const auto demo = scratch / "cli-memory";
    RunMeasured({C5_CLI_PATH, "demo", demo.string()});
    const Measured score = RunMeasured({C5_CLI_PATH, "score", (demo / "kelora-2026.c5a").string()});
    RowResult score_memory;
    score_memory.measured = "score (10,000 draws): peak memory of c5kit-cli";
    score_memory.unit = "MB";
    score_memory.value = score.peak_mb;
    score_memory.budget = 30;
    const Measured report =
        RunMeasured({C5_CLI_PATH, "report", (demo / "kelora-2026.c5a").string(), "-o", (demo / "again.pdf").string()});
    RowResult report_memory;
    report_memory.measured = "report: peak memory of c5kit-cli";
    report_memory.unit = "MB";
    report_memory.value = report.peak_mb;
    report_memory.budget = 30;
    return {time, memory, score_memory, report_memory};
}

const RegisterRow kRow{"merge", RunMerge};

}  // namespace
}  // namespace c5::bench
