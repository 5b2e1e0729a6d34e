// c5kit-cli verify REPORT.pdf ASSESSMENT.c5a: was the report made from exactly this state?
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/fingerprint.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/text_util.h"
#include "c5/reports/error.h"
#include "c5/reports/report_stamp.h"
#include "cli_common.h"

namespace c5::cli {
namespace q = c5::questionnaire;
namespace r = c5::reports;
using Json = nlohmann::json;

namespace {

struct VerifyOptions {
    std::string report;  // a PDF, or the fingerprint printed on a report
    std::string file;
    std::string baseline;
    bool json = false;
};

// The last component of a path argument, as the user typed it (UTF-8).
std::string FileName(const std::string& argument) {
    const auto slash = argument.find_last_of("/\\");
    return slash == std::string::npos ? argument : argument.substr(slash + 1);
}

bool IsFingerprint(const std::string& text) {
    if (text.size() != 64) return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
    return true;
}

// "2026-03-14T10:22:01.120Z" → "2026-03-14 10:22 UTC".
std::string When(const std::string& iso) {
    if (iso.size() < 16) return iso.empty() ? "an unknown time" : iso;
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}

std::string PartName(const std::string& part) {
    if (part == "assessment") return "the assessment's country, year or title";
    if (part == "instrument") return "the questionnaire";
    if (part == "respondents") return "the respondents";
    if (part == "answers") return "the answers";
    if (part == "consensus") return "the consensus answers";
    if (part == "penetration") return "the ICT penetration figures";
    if (part == "settings") return "the scoring settings";
    return part;
}

r::ReportStamp ReadStamp(const std::string& report) {
    try {
        return r::ReadReportStamp(q::ReadTextFile(PathArg(report)));
    } catch (const r::ReportError& error) {
        throw q::QuestionnaireError(fmt::format("{}: {}", report, error.what()));
    }
}

void RunVerify(const VerifyOptions& options) {
    const bool fingerprint_only = IsFingerprint(options.report);
    const q::AssessmentStore store = OpenForReading(PathArg(options.file));
    const q::AssessmentData data = store.Snapshot();
    const std::string file_name = FileName(options.file);
    if (fingerprint_only) {
        const std::string fingerprint = q::ToLowerAscii(options.report);
        const std::string now = q::FingerprintState(data).sha256;
        if (options.json) fmt::print("{}\n", Json{{"matches", now == fingerprint}, {"report_fingerprint", fingerprint},
                                                  {"file_fingerprint", now}}.dump(2));
        if (now == fingerprint) {
            if (!options.json) fmt::print("{} is in exactly the state of fingerprint {}\n", file_name, fingerprint);
            return;
        }
        if (!options.json)
            fmt::print("{} is NOT in the state of fingerprint {}: its state now has fingerprint {}\n", file_name,
                       fingerprint, now);
        fmt::print(stderr, "c5kit-cli: {} differs from the fingerprint given (give the report's PDF to see what "
                           "differs)\n",
                   file_name);
        throw ExitStatus(kExitFailure);
    }

    const r::ReportStamp stamp = ReadStamp(options.report);
    const r::StampCheck check = r::CheckStamp(stamp, data, store.AuditLog());
    const std::string report_name = FileName(options.report);
    // A follow-up report also names its baseline's state.
    std::optional<bool> baseline_matches;
    if (!options.baseline.empty()) {
        if (stamp.baseline_fingerprint.empty())
            throw UsageError(fmt::format("{} is not a follow-up report: it has no baseline to check --baseline "
                                         "against",
                                         report_name));
        baseline_matches = q::FingerprintState(OpenForReading(PathArg(options.baseline)).Snapshot()).sha256 ==
                           stamp.baseline_fingerprint;
    }
    const bool matches = check.matches && baseline_matches.value_or(true);

    if (options.json) {
        Json questions = Json::array();
        for (const auto& change : check.questions_differ)
            questions.push_back({{"question", change.question},
                                 {"last_change", change.last_change.empty() ? Json(nullptr) : Json(change.last_change)}});
        Json changes = Json::array();
        for (const auto& entry : check.changed_after)
            changes.push_back({{"at", entry.at}, {"actor", entry.actor}, {"action", entry.action}, {"subject", entry.subject}});
        Json out = {{"matches", matches},
                    {"same_assessment", check.same_assessment},
                    {"report_fingerprint", stamp.fingerprint},
                    {"file_fingerprint", check.file_fingerprint},
                    {"state_as_of", stamp.state_as_of},
                    {"generated_at", stamp.generated_at},
                    {"parts_differ", check.parts_differ},
                    {"questions_differ", questions},
                    {"changed_after", changes}};
        if (!stamp.baseline_fingerprint.empty())
            out["baseline"] = {{"fingerprint", stamp.baseline_fingerprint},
                               {"checked", baseline_matches.has_value()},
                               {"matches", baseline_matches ? Json(*baseline_matches) : Json(nullptr)}};
        fmt::print("{}\n", out.dump(2));
    } else if (check.matches) {
        fmt::print("{} was made from exactly this state of {}\n  fingerprint {}\n  state as of {}, report made {}\n",
                   report_name, file_name, stamp.fingerprint, When(stamp.state_as_of), When(stamp.generated_at));
        if (!stamp.baseline_fingerprint.empty() && !baseline_matches)
            fmt::print("  it is a follow-up of the baseline with fingerprint {}: give --baseline FILE to check that "
                       "one too\n",
                       stamp.baseline_fingerprint);
        if (baseline_matches) fmt::print("  the baseline {} is in the state the report compared it in\n", options.baseline);
    } else {
        fmt::print("{} was NOT made from the current state of {}\n", report_name, file_name);
        if (!check.same_assessment) {
            fmt::print("  the report describes another assessment (identifier {}; this file is {})\n", stamp.assessment,
                       data.info.uuid);
        } else {
            fmt::print("  the report's state: fingerprint {}, as of {} (report made {})\n", stamp.fingerprint,
                       When(stamp.state_as_of), When(stamp.generated_at));
            fmt::print("  the file's state:   fingerprint {}\n", check.file_fingerprint);
            for (const auto& part : check.parts_differ) {
                if (part == "answers" || part == "consensus") continue;  // listed by question below
                fmt::print("  {} differ\n", PartName(part));
            }
            if (!check.questions_differ.empty()) {
                fmt::print("  answers or consensus differ on {} question(s):\n", check.questions_differ.size());
                for (const auto& change : check.questions_differ)
                    fmt::print("    {}{}\n", change.question,
                               change.last_change.empty() ? std::string(" (no answer in the file now)")
                                                          : " (last changed " + When(change.last_change) + ")");
            }
            if (!check.changed_after.empty()) {
                fmt::print("  changed after the report was made ({}): {} change(s) in the audit log, the last on {}\n",
                           When(std::max(stamp.generated_at, stamp.state_as_of)), check.changed_after.size(),
                           When(check.changed_after.back().at));
                const std::size_t shown = std::min<std::size_t>(10, check.changed_after.size());
                for (std::size_t i = check.changed_after.size() - shown; i < check.changed_after.size(); ++i) {
                    const auto& entry = check.changed_after[i];
                    fmt::print("    {}  {}  {}  ({})\n", When(entry.at), entry.action, entry.subject, entry.actor);
                }
            }
        }
    }
    if (baseline_matches && !*baseline_matches && !options.json)
        fmt::print("the baseline {} is NOT in the state the report compared it in (fingerprint {})\n", options.baseline,
                   stamp.baseline_fingerprint);
    if (matches) return;
    std::string what;
    if (!check.same_assessment) what = "it describes another assessment";
    else if (!check.matches) {
        for (const auto& part : check.parts_differ) what += (what.empty() ? "" : ", ") + PartName(part);
        what += " changed";
        if (!check.changed_after.empty()) what += " after " + When(std::max(stamp.generated_at, stamp.state_as_of));
    } else {
        what = "the baseline file changed";
    }
    fmt::print(stderr, "c5kit-cli: {} was not made from this state of {}: {}\n", report_name, file_name, what);
    throw ExitStatus(kExitFailure);
}

}  // namespace

void RegisterVerifyCommands(CLI::App& app) {
    auto options = std::make_shared<VerifyOptions>();
    CLI::App* verify = app.add_subcommand(
        "verify", "Check that a report was made from exactly the current state of an assessment file");
    verify->add_option("REPORT", options->report, "The report (PDF), or the 64-digit fingerprint printed on it")
        ->required();
    verify->add_option("FILE", options->file, "Assessment file (.c5a)")->required();
    verify->add_option("--baseline", options->baseline, "A follow-up report's baseline (.c5a), to check it too");
    verify->add_flag("--json", options->json, "One JSON object on stdout");
    verify->callback([options] { RunVerify(*options); });
}

}  // namespace c5::cli
