// c5kit-cli answer | import-answers
#include <memory>

#include <optional>

#include <fmt/format.h>

#include "c5/questionnaire/answer_import.h"
#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/completion.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/text_util.h"
#include "cli_common.h"

namespace c5::cli {
namespace q = c5::questionnaire;

namespace {

struct AnswerOptions {
    std::string file;
    std::string respondent;
    std::string question;
    std::string value;
    bool not_applicable = false;
    // Not given: an answer that exists keeps what it had (a new one: medium, no evidence, no links,
    // not marked) — changing a value never erases its evidence.
    std::optional<std::string> confidence;
    std::optional<std::string> evidence;
    std::optional<std::string> links;
    bool review = false;
    bool no_review = false;
    std::string group;
    std::string role;
};

std::string DescribeValue(const q::Question& question, const std::optional<std::string>& value) {
    if (!value) return "N/A";
    if (question.type == q::QuestionType::Maturity)
        return fmt::format("{} ({})", *value, q::StageName(std::stoi(*value)));
    return *value;
}

void RunAnswer(const AnswerOptions& options) {
    if (options.not_applicable == !options.value.empty())
        throw UsageError("give either --value V or --na (not both)");
    if (options.review && options.no_review) throw UsageError("give --review or --no-review, not both");
    const auto confidence = options.confidence ? q::ConfidenceFromString(q::ToLowerAscii(*options.confidence))
                                               : std::optional(q::Confidence::Medium);
    if (!confidence) throw UsageError(fmt::format("--confidence must be low, medium or high (is {})", q::Quote(*options.confidence)));
    q::AssessmentStore store = OpenForWriting(PathArg(options.file));
    q::AnswerInput input;
    input.question_id = options.question;
    input.value = options.value;
    input.not_applicable = options.not_applicable;
    input.confidence = *confidence;
    input.evidence = options.evidence.value_or("");
    input.links = options.links.value_or("");
    input.needs_review = options.review;
    auto respondent = store.FindRespondent(options.respondent);
    if (respondent) {
        if (const auto existing = store.FindAnswer(respondent->id, options.question)) {
            if (!options.confidence) input.confidence = existing->confidence;
            if (!options.evidence) input.evidence = existing->evidence;
            if (!options.links) input.links = existing->links;
            if (!options.review && !options.no_review) input.needs_review = existing->needs_review;
        }
    }
    // Check the answer before adding a respondent, so a typo never leaves a stray respondent behind.
    const q::AnswerInput valid = q::ValidateAnswer(store.GetInstrument(), input);
    if (!respondent) {
        respondent = store.AddRespondent({options.respondent, options.role, options.group});
        fmt::print("Added respondent '{}'{}\n", Shown(respondent->name),
                   respondent->stakeholder_group.empty() ? "" : " (" + Shown(respondent->stakeholder_group) + ")");
    }
    input.respondent_id = respondent->id;
    const auto result = store.SaveAnswer(input);
    const q::Question& question = *store.GetInstrument().FindQuestion(valid.question_id);
    const std::optional<std::string> value = valid.not_applicable ? std::nullopt : std::optional(valid.value);
    if (result.outcome == q::SaveOutcome::Unchanged) {
        fmt::print("Unchanged: {} was already {} for '{}'\n", question.id, Shown(DescribeValue(question, value)),
                   Shown(respondent->name));
        return;
    }
    fmt::print("Saved {} = {} for '{}' at {}\n", question.id, Shown(DescribeValue(question, value)), Shown(respondent->name),
               result.saved_at);
    const q::AssessmentData data = store.Snapshot();
    if (!q::IsQuestionShown(data.instrument, question, q::AnswersOf(data, respondent->id)))
        fmt::print("Note: {} is only asked when {} is answered with one of the listed values; as things stand it is "
                   "not scored\n",
                   question.id, question.show_if->question_id);
}

struct AttachOptions {
    std::string file;
    std::string respondent;
    std::string question;
    std::string document;
    long long remove = 0;
};

void RunAttach(const AttachOptions& options) {
    q::AssessmentStore store = OpenForWriting(options.file);
    if (options.remove > 0) {
        if (!store.RemoveAttachment(options.remove))
            throw UsageError(fmt::format("no attached document {} in {} (c5kit-cli info FILE --json lists them)",
                                         options.remove, options.file));
        fmt::print("Removed the attached document {}\n", options.remove);
        return;
    }
    if (options.respondent.empty() || options.question.empty() || options.document.empty())
        throw UsageError("give --respondent NAME --question QID --document PATH (or --remove ID)");
    const auto respondent = store.FindRespondent(options.respondent);
    if (!respondent)
        throw UsageError(fmt::format("no respondent {} in {}", q::Quote(options.respondent), options.file));
    const std::string content = q::ReadTextFile(options.document);  // bytes as they are; Attach checks the size
    const auto attached = store.Attach(respondent->id, options.question, options.document, content);
    fmt::print("Attached {} ({} bytes, SHA-256 {}) to {}'s answer to {} as document {}\n", attached.name,
               attached.size, attached.sha256, respondent->name, attached.question_id, attached.id);
}

struct ImportOptions {
    std::string file;
    std::string csv;
};

void RunImport(const ImportOptions& options) {
    q::AssessmentStore store = OpenForWriting(PathArg(options.file));
    const std::string text = q::ReadTextFile(PathArg(options.csv));
    std::string how_read;
    const auto entries = q::ReadAnswersCsv(text, store.GetInstrument(), options.csv, &how_read);
    const auto result = store.SaveAnswers(entries, PathArg(options.csv).filename().string());
    fmt::print("Imported {} answer(s) from {} ({}): {} saved, {} unchanged, {} new respondent(s)\n", entries.size(),
               Shown(options.csv), how_read, result.saved, result.unchanged, result.respondents_added);
}

}  // namespace

void RegisterAnswerCommands(CLI::App& app) {
    auto answer = std::make_shared<AnswerOptions>();
    CLI::App* answer_command = app.add_subcommand("answer", "Record one respondent's answer to one question");
    answer_command->add_option("FILE", answer->file, "Assessment file (.c5a)")->required();
    answer_command->add_option("--respondent", answer->respondent,
                               "Respondent name (added when new)")->required();
    answer_command->add_option("--question", answer->question, "Question id, e.g. P4.Q2")->required();
    answer_command->add_option("--value", answer->value,
                               "Answer: 0-4 or a stage name, yes/partial/no, choice id(s) joined by '|', a number");
    answer_command->add_flag("--na", answer->not_applicable, "Answer \"not applicable\"");
    answer_command->add_option("--confidence", answer->confidence,
                               "low, medium or high (default: as the answer had it, else medium)");
    answer_command->add_option("--evidence", answer->evidence, "What the answer rests on (default: as it had it)");
    answer_command->add_option("--links", answer->links, "Links or document references, one per line (default: as it had them)");
    answer_command->add_flag("--review", answer->review, "Mark the answer for review");
    answer_command->add_flag("--no-review", answer->no_review, "Clear the answer's review mark");
    answer_command->add_option("--group", answer->group, "Stakeholder group of a new respondent");
    answer_command->add_option("--role", answer->role, "Role of a new respondent");
    answer_command->callback([answer] { RunAnswer(*answer); });

    auto attach = std::make_shared<AttachOptions>();
    CLI::App* attach_command =
        app.add_subcommand("attach", "Attach a document (PDF, image, office file) to an answer as its evidence");
    attach_command->add_option("FILE", attach->file, "Assessment file (.c5a)")->required();
    attach_command->add_option("--respondent", attach->respondent, "Respondent name");
    attach_command->add_option("--question", attach->question, "Question id, e.g. P4.Q2");
    attach_command->add_option("--document", attach->document, "The document to attach (10 MB at most)");
    attach_command->add_option("--remove", attach->remove, "Remove the attached document with this id instead");
    attach_command->callback([attach] { RunAttach(*attach); });

    auto import = std::make_shared<ImportOptions>();
    CLI::App* import_command = app.add_subcommand(
        "import-answers", "Import answers from CSV (respondent,question,value,confidence,evidence); all or nothing");
    import_command->add_option("FILE", import->file, "Assessment file (.c5a)")->required();
    import_command->add_option("--csv", import->csv, "CSV file to import")->required();
    import_command->callback([import] { RunImport(*import); });
}

}  // namespace c5::cli
