// c5kit-cli kits | merge | seal | unseal | disagreements | consensus (docs/facilitator-guide.md)
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/exchange_file.h"
#include "c5/questionnaire/respondent_kits.h"
#include "c5/questionnaire/text_util.h"
#include "c5/scoring/disagreements.h"
#include "cli_common.h"
#include "passphrase.h"

namespace c5::cli {
namespace q = c5::questionnaire;
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

struct KitsOptions {
    std::string file;
    std::string folder;
    std::vector<std::string> respondents;  // NAME or NAME=GROUP
    bool seal = false;
    std::string passphrase_file;
};

void RunKits(const KitsOptions& options) {
    // The assessment records every kit it issues (kit id, respondent, time, key): it is written to.
    q::AssessmentStore store = OpenForWriting(PathArg(options.file));
    std::vector<q::RespondentInput> wanted;
    if (options.respondents.empty()) {
        for (const auto& respondent : store.Respondents())
            wanted.push_back({respondent.name, respondent.role, respondent.stakeholder_group});
        if (wanted.empty())
            throw UsageError("the assessment has no respondents yet: name them with --respondent NAME[=GROUP]");
    } else {
        for (const auto& spec : options.respondents) {
            const auto equals = spec.find('=');
            wanted.push_back({std::string(q::Trim(spec.substr(0, equals))), "",
                              equals == std::string::npos ? "" : std::string(q::Trim(spec.substr(equals + 1)))});
        }
    }
    Passphrases passphrases(options.passphrase_file.empty() ? std::nullopt : std::optional<fs::path>(PathArg(options.passphrase_file)));
    const auto kits = q::WriteRespondentKits(store, wanted, PathArg(options.folder),
                                             options.seal ? std::optional(passphrases.ForSealing()) : std::nullopt,
                                             CliActor());
    for (const auto& kit : kits)
        fmt::print("{}  {}{}{}\n", Shown(kit.path.string()), Shown(kit.respondent.name),
                   kit.respondent.stakeholder_group.empty() ? "" : " (" + Shown(kit.respondent.stakeholder_group) + ")",
                   kit.answers > 0 ? fmt::format(", {} answers already in it", kit.answers) : "");
    fmt::print("{} respondent kit(s) written{}. Each respondent answers in their own kit; bring them back with "
               "'c5kit-cli merge {} KIT...'.\n",
               wanted.size(), options.seal ? ", sealed" : "", options.file);
}

struct MergeOptions {
    std::string out;
    std::vector<std::string> inputs;
    bool json = false;
    bool accept_unverified = false;
    std::string passphrase_file;
};

std::string_view OutcomeName(q::AssessmentStore::MergeRespondent::Outcome outcome) {
    using Outcome = q::AssessmentStore::MergeRespondent::Outcome;
    switch (outcome) {
        case Outcome::Added: return "added";
        case Outcome::Updated: return "updated";
        case Outcome::Unchanged: return "unchanged";
        case Outcome::Refused: return "refused";
    }
    return "unchanged";
}

std::string_view KindName(q::AssessmentStore::MergeFileReport::Kind kind) {
    using Kind = q::AssessmentStore::MergeFileReport::Kind;
    return kind == Kind::Kit ? "kit" : kind == Kind::Copy ? "copy" : "unknown";
}

Json FileJson(const q::AssessmentStore::MergeFileReport& file) {
    Json respondents = Json::array();
    for (const auto& respondent : file.respondents)
        respondents.push_back({{"name", respondent.name},
                               {"uuid", respondent.uuid},
                               {"outcome", OutcomeName(respondent.outcome)},
                               {"answers_added", respondent.answers_added},
                               {"answers_updated", respondent.answers_updated},
                               {"older_versions_logged", respondent.older_versions_logged},
                               {"duplicates", respondent.duplicates}});
    return {{"file", file.label},
            {"kind", file.kind == q::AssessmentStore::MergeFileReport::Kind::Unknown ? Json(nullptr) : Json(KindName(file.kind))},
            {"refused", file.refused.empty() ? Json(nullptr) : Json(file.refused)},
            {"refused_unverified", file.refused_unverified},
            {"unverified", file.unverified.empty() ? Json(nullptr) : Json(file.unverified)},
            {"respondents", respondents},
            {"respondents_added", file.respondents_added},
            {"answers_added", file.answers_added},
            {"answers_updated", file.answers_updated},
            {"older_versions_logged", file.older_versions_logged},
            {"duplicates", file.duplicates},
            {"consensus_added", file.consensus_added},
            {"consensus_updated", file.consensus_updated},
            {"kits_recorded", file.kits_recorded},
            {"attachments_added", file.attachments_added},
            {"renamed", file.renamed},
            {"not_merged", file.not_merged}};
}

// "Ministry: added (2 answers)", "KE-CIRT: updated (3 answers; 1 older version logged)".
std::string RespondentLine(const q::AssessmentStore::MergeRespondent& respondent) {
    using Outcome = q::AssessmentStore::MergeRespondent::Outcome;
    std::string line = Shown(respondent.name) + ": " + std::string(OutcomeName(respondent.outcome));
    std::vector<std::string> details;
    if (respondent.outcome == Outcome::Added) details.push_back(fmt::format("{} answer(s)", respondent.answers_added));
    if (respondent.outcome == Outcome::Updated) {
        if (respondent.answers_added > 0) details.push_back(fmt::format("{} answer(s) added", respondent.answers_added));
        if (respondent.answers_updated > 0)
            details.push_back(fmt::format("{} answer(s) updated", respondent.answers_updated));
    }
    if (respondent.older_versions_logged > 0)
        details.push_back(fmt::format("{} older version(s) logged", respondent.older_versions_logged));
    if (!details.empty()) line += " (" + fmt::format("{}", fmt::join(details, "; ")) + ")";
    return line;
}

int RunMerge(const MergeOptions& options) {
    Passphrases passphrases(options.passphrase_file.empty() ? std::nullopt : std::optional<fs::path>(PathArg(options.passphrase_file)));
    const auto passphrase = passphrases.ForOpening();
    std::vector<fs::path> files;
    for (const auto& input : options.inputs) files.push_back(PathArg(input));
    const q::MergeOptions merge{options.accept_unverified};
    std::error_code error;
    const bool created = !fs::exists(PathArg(options.out), error);
    if (created) q::StartMergeTarget(PathArg(options.out), files, passphrase, CliActor(), merge);
    const auto report = [&] {
        q::AssessmentStore target = OpenForWriting(PathArg(options.out));
        return q::MergeExchangeFiles(target, files, passphrase, CliActor(), merge);
    }();
    const int refused = report.Refused();
    // A file this run started is not left behind empty when nothing could be merged into it.
    const bool discarded = created && refused == static_cast<int>(report.files.size());
    if (discarded) fs::remove(PathArg(options.out), error);
    bool unverified_refused = false;
    for (const auto& file : report.files) unverified_refused = unverified_refused || file.refused_unverified;
    if (options.json) {
        Json per_file = Json::array();
        for (const auto& file : report.files) per_file.push_back(FileJson(file));
        fmt::print("{}\n", Json{{"file", options.out}, {"created", created && !discarded}, {"changed", report.changed && !discarded},
                                {"refused", refused}, {"files", per_file}}
                               .dump(2));
    } else {
        if (created && !discarded) fmt::print("Created {} as an empty copy of the assessment\n", Shown(options.out));
        int added = 0, updated = 0, older = 0, duplicates = 0, respondents = 0;
        for (const auto& file : report.files) {
            if (!file.refused.empty()) {
                fmt::print("REFUSED  {}: {}\n", Shown(file.label), Shown(file.refused));
                for (const auto& respondent : file.respondents) fmt::print("         {}\n", RespondentLine(respondent));
                continue;
            }
            fmt::print("merged   {}: {} respondent(s) added, {} answer(s) added, {} updated, {} older version(s) "
                       "logged, {} duplicate(s) skipped{}{}\n",
                       Shown(file.label), file.respondents_added, file.answers_added, file.answers_updated,
                       file.older_versions_logged, file.duplicates,
                       file.consensus_added + file.consensus_updated > 0
                           ? fmt::format(", {} consensus answer(s)", file.consensus_added + file.consensus_updated)
                           : "",
                       file.attachments_added > 0 ? fmt::format(", {} document(s) attached", file.attachments_added)
                                                  : "");
            if (!file.unverified.empty())
                fmt::print("         NOT CHECKED, accepted as you asked (--accept-unverified-kits): {}\n",
                           Shown(file.unverified));
            for (const auto& respondent : file.respondents) fmt::print("         {}\n", RespondentLine(respondent));
            for (const auto& rename : file.renamed)
                fmt::print("         another respondent had (or looked like) the name here: {}\n", Shown(rename));
            if (!file.not_merged.empty())
                fmt::print("         not merged: answers to {}, national questions this assessment does not have\n",
                           fmt::join(file.not_merged, ", "));
            respondents += file.respondents_added;
            added += file.answers_added;
            updated += file.answers_updated;
            older += file.older_versions_logged;
            duplicates += file.duplicates;
        }
        fmt::print("{} file(s), {} refused; {} respondent(s) and {} answer(s) added, {} updated, {} older version(s) "
                   "logged, {} duplicate(s) skipped; {}\n",
                   report.files.size(), refused, respondents, added, updated, older, duplicates,
                   Shown(discarded         ? options.out + " not created, as nothing could be merged into it"
                         : report.changed ? options.out + " saved"
                                          : options.out + " unchanged"));
        if (unverified_refused)
            fmt::print("Files that cannot be checked were refused. If you know where they come from, merge them again "
                       "with --accept-unverified-kits (docs/facilitator-guide.md, \"When a kit is refused\").\n");
    }
    if (refused > 0) {
        fmt::print(stderr, "c5kit-cli: {} of {} file(s) refused (see above){}\n", refused, report.files.size(),
                   refused == static_cast<int>(report.files.size()) ? "; nothing was merged" : "; the others were merged");
        return kExitFailure;
    }
    return 0;
}

struct SealOptions {
    std::string file;
    std::string out;
    std::string passphrase_file;
};

void RunSeal(const SealOptions& options) {
    const fs::path target = options.out.empty() ? PathArg(options.file).replace_extension(".c5s") : PathArg(options.out);
    Passphrases passphrases(options.passphrase_file.empty() ? std::nullopt : std::optional<fs::path>(PathArg(options.passphrase_file)));
    const std::string passphrase = passphrases.ForSealing();
    const auto bytes = q::SealAssessmentFile(PathArg(options.file), target, passphrase, CliActor());
    fmt::print("Sealed {} into {} ({} bytes). Pass the passphrase on by another way than the file.\n",
               Shown(options.file), Shown(target.string()), bytes);
}

void RunUnseal(const SealOptions& options) {
    Passphrases passphrases(options.passphrase_file.empty() ? std::nullopt : std::optional<fs::path>(PathArg(options.passphrase_file)));
    const auto source = passphrases.ForOpening();
    std::optional<std::string> passphrase = source(PathArg(options.file), false);
    for (int attempt = 1;; ++attempt) {
        try {
            const fs::path written = q::UnsealAssessmentFile(
                PathArg(options.file), options.out.empty() ? std::nullopt : std::optional<fs::path>(PathArg(options.out)), *passphrase,
                CliActor());
            fmt::print("Unsealed {} into {}\n", Shown(options.file), Shown(written.string()));
            return;
        } catch (const q::QuestionnaireError& error) {
            const bool wrong = std::string_view(error.what()).find("wrong passphrase") != std::string_view::npos;
            if (!wrong || attempt >= q::kPassphraseAttempts) throw;
            passphrase = source(PathArg(options.file), true);
            if (!passphrase) throw;
        }
    }
}

struct DisagreementOptions {
    std::string file;
    bool json = false;
    int levels = 2;
};

std::string ValueText(const q::Question& question, const std::optional<std::string>& value) {
    if (!value) return "N/A";
    if (question.type == q::QuestionType::Maturity) return fmt::format("{} {}", *value, q::StageName(std::stoi(*value)));
    return *value;
}

void RunDisagreements(const DisagreementOptions& options) {
    if (options.levels < 1) throw UsageError("--levels must be at least 1");
    const q::AssessmentData data = OpenForReading(PathArg(options.file)).Snapshot();
    const auto found = scoring::FindDisagreements(data, options.levels);
    if (options.json) {
        Json items = Json::array();
        for (const auto& item : found) {
            Json answers = Json::array();
            for (const auto& answer : item.answers)
                answers.push_back({{"respondent", answer.respondent}, {"stakeholder_group", answer.stakeholder_group},
                                   {"value", answer.value}, {"score", answer.score},
                                   {"confidence", q::ToString(answer.confidence)}, {"evidence", answer.evidence},
                                   {"links", answer.links}});
            Json consensus = nullptr;
            if (item.consensus)
                consensus = {{"value", item.consensus->value ? Json(*item.consensus->value) : Json(nullptr)},
                             {"not_applicable", !item.consensus->value}, {"note", item.consensus->note},
                             {"decided_at", item.consensus->decided_at}};
            items.push_back({{"question", item.question_id}, {"pillar", item.pillar_id}, {"spread", item.spread},
                             {"levels", item.levels}, {"weight", item.weight}, {"priority", item.priority},
                             {"answers", answers}, {"consensus", consensus}});
        }
        fmt::print("{}\n", Json{{"file", options.file}, {"disagreements", items}}.dump(2));
        return;
    }
    if (data.respondents.size() < 2) {
        fmt::print("One respondent only: nothing to compare.\n");
        return;
    }
    if (found.empty()) {
        fmt::print("No question where the respondents' answers span {} levels or more.\n", options.levels);
        return;
    }
    fmt::print("{} question(s) where the respondents disagree, most important first (spread × weight):\n\n",
               found.size());
    for (const auto& item : found) {
        const q::Question& question = *data.instrument.FindQuestion(item.question_id);
        fmt::print("{}  spread {} level(s) × weight {} = {}{}\n  {}\n", item.question_id, item.levels,
                   q::FormatNumber(item.weight), q::FormatNumber(std::round(item.priority * 100) / 100),
                   item.consensus ? fmt::format("   SETTLED: {}", Shown(ValueText(question, item.consensus->value))) : "",
                   Shown(question.text));
        for (const auto& answer : item.answers)
            fmt::print("    {:<28} {:<16} confidence {:<6} {}\n", Shown(answer.respondent),
                       Shown(ValueText(question, answer.value)), q::ToString(answer.confidence),
                       Shown(q::Quote(answer.evidence, 70)));
        if (item.consensus && !item.consensus->note.empty()) fmt::print("    note: {}\n", Shown(item.consensus->note));
        fmt::print("\n");
    }
    fmt::print("Record what the room settles on: c5kit-cli consensus {} --question QID --value V --note TEXT\n",
               options.file);
}

struct ConsensusOptions {
    std::string file;
    std::string question;
    std::string value;
    bool not_applicable = false;
    bool clear = false;
    std::string note;
};

void RunConsensus(const ConsensusOptions& options) {
    const int given = (options.value.empty() ? 0 : 1) + (options.not_applicable ? 1 : 0) + (options.clear ? 1 : 0);
    if (given != 1) throw UsageError("give exactly one of --value V, --na or --clear");
    q::AssessmentStore store = OpenForWriting(PathArg(options.file));
    const q::Question* question = store.GetInstrument().FindQuestion(q::Trim(options.question));
    if (options.clear) {
        const bool removed = store.ClearConsensus(question ? question->id : options.question);
        fmt::print("{}\n", removed ? "Consensus removed; the respondents' median counts again"
                                   : "There was no consensus on that question; nothing changed");
        return;
    }
    const auto result = store.SetConsensus({options.question, options.value, options.not_applicable, options.note});
    const auto settled = store.Consensus();
    for (const auto& answer : settled)
        if (question && answer.question_id == question->id)
            fmt::print("{} consensus on {}: {}{}\n", result.outcome == q::SaveOutcome::Saved ? "Recorded" : "Unchanged:",
                       answer.question_id, Shown(ValueText(*question, answer.value)),
                       answer.note.empty() ? "" : " — " + Shown(answer.note));
}

}  // namespace

void RegisterWorkshopCommands(CLI::App& app) {
    {
        auto options = std::make_shared<KitsOptions>();
        auto* command = app.add_subcommand("kits", "Make one respondent kit (.c5a) per respondent, to answer on their "
                                                   "own computer");
        command->add_option("FILE", options->file, "assessment (.c5a)")->required();
        command->add_option("FOLDER", options->folder, "folder for the kits")->required();
        command->add_option("--respondent", options->respondents,
                            "a respondent, NAME or NAME=STAKEHOLDER_GROUP (repeatable; default: every respondent of "
                            "the assessment)");
        command->add_flag("--seal", options->seal, "seal the kits with a passphrase (.c5s)");
        command->add_option("--passphrase-file", options->passphrase_file, "file whose first line is the passphrase");
        command->callback([options] { RunKits(*options); });
    }
    {
        auto options = std::make_shared<MergeOptions>();
        auto* command = app.add_subcommand("merge", "Merge respondent kits and copies (.c5a or sealed .c5s) into OUT");
        command->add_option("OUT", options->out, "the assessment to merge into (made from the first file when missing)")
            ->required();
        command->add_option("IN", options->inputs, "kits or copies of the same assessment")->required();
        command->add_flag("--json", options->json, "print the import report as JSON");
        command->add_flag("--accept-unverified-kits", options->accept_unverified,
                          "also merge kits and copies that cannot be checked (edited outside the kit, made by an "
                          "older version, not issued by OUT); each is named in the report and logged");
        command->add_option("--passphrase-file", options->passphrase_file, "file whose first line is the passphrase");
        command->callback([options] {
            if (const int status = RunMerge(*options); status != 0) throw ExitStatus(status);
        });
    }
    {
        auto options = std::make_shared<SealOptions>();
        auto* command = app.add_subcommand("seal", "Seal an assessment or kit with a passphrase for the trip (.c5s)");
        command->add_option("FILE", options->file, "assessment or kit (.c5a)")->required();
        command->add_option("-o,--output", options->out, "sealed file (default: FILE with .c5s)");
        command->add_option("--passphrase-file", options->passphrase_file, "file whose first line is the passphrase");
        command->callback([options] { RunSeal(*options); });
    }
    {
        auto options = std::make_shared<SealOptions>();
        auto* command = app.add_subcommand("unseal", "Open a sealed file (.c5s) back into a .c5a");
        command->add_option("FILE", options->file, "sealed file (.c5s)")->required();
        command->add_option("-o,--output", options->out, "assessment file (default: its name when sealed, same folder)");
        command->add_option("--passphrase-file", options->passphrase_file, "file whose first line is the passphrase");
        command->callback([options] { RunUnseal(*options); });
    }
    {
        auto options = std::make_shared<DisagreementOptions>();
        auto* command = app.add_subcommand("disagreements", "List the questions where respondents disagree, most "
                                                            "important first");
        command->add_option("FILE", options->file, "assessment (.c5a)")->required();
        command->add_flag("--json", options->json, "print JSON");
        command->add_option("--levels", options->levels, "smallest spread listed, in answer levels (default 2)");
        command->callback([options] { RunDisagreements(*options); });
    }
    {
        auto options = std::make_shared<ConsensusOptions>();
        auto* command = app.add_subcommand("consensus", "Record the answer the workshop settled on for a question");
        command->add_option("FILE", options->file, "assessment (.c5a)")->required();
        command->add_option("--question", options->question, "question id, e.g. P4.Q2")->required();
        command->add_option("--value", options->value, "the settled answer, as for 'answer'");
        command->add_flag("--na", options->not_applicable, "settled as not applicable");
        command->add_flag("--clear", options->clear, "remove the consensus (the median counts again)");
        command->add_option("--note", options->note, "how it was settled");
        command->callback([options] { RunConsensus(*options); });
    }
}

}  // namespace c5::cli
