#include "c5/questionnaire/assessment_export.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/csv.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "c5/questionnaire/version.h"
#include "store/settings_json.h"

namespace c5::questionnaire {
using Json = nlohmann::json;

std::string ExportAnswersCsv(const AssessmentData& data) {
    // not_applicable says it in so many words: a free-text answer "NA" stays that text on import.
    std::string csv = CsvLine({"respondent", "question", "value", "not_applicable", "confidence", "evidence", "links",
                               "needs_review", "stakeholder_group", "role", "pillar", "question_text", "answered_at",
                               "updated_at"});
    for (const auto& answer : data.answers) {
        const Respondent* respondent = data.FindRespondent(answer.respondent_id);
        const Question* question = data.instrument.FindQuestion(answer.question_id);
        csv += CsvLine({respondent ? respondent->name : "", answer.question_id, answer.value.value_or("NA"),
                        answer.NotApplicable() ? "yes" : "no", std::string(ToString(answer.confidence)), answer.evidence, answer.links,
                        answer.needs_review ? "yes" : "no", respondent ? respondent->stakeholder_group : "",
                        respondent ? respondent->role : "", question ? question->pillar_id : "",
                        question ? question->text : "", answer.answered_at, answer.updated_at});
    }
    return csv;
}

std::string ExportAssessmentJson(const AssessmentData& data) {
    Json root;
    root["format"] = "c5kit-assessment-export";
    root["format_version"] = 1;
    root["exported_at"] = NowUtc();
    root["exported_by"] = KitVersionString();
    root["assessment"] = {{"uuid", data.info.uuid},
                          {"country", data.info.country},
                          {"country_name", data.info.country_name},
                          {"country_group", ToString(data.info.country_group)},
                          {"year", data.info.year},
                          {"title", data.info.title},
                          {"created_at", data.info.created_at},
                          {"created_by", data.info.created_by}};
    root["instrument"] = {{"id", data.instrument.id},
                          {"version", data.instrument.version},
                          {"sha256", data.instrument_sha256}};
    root["respondents"] = Json::array();
    for (const auto& respondent : data.respondents)
        root["respondents"].push_back({{"uuid", respondent.uuid},
                                       {"name", respondent.name},
                                       {"role", respondent.role},
                                       {"stakeholder_group", respondent.stakeholder_group},
                                       {"created_at", respondent.created_at}});
    root["answers"] = Json::array();
    for (const auto& answer : data.answers) {
        const Respondent* respondent = data.FindRespondent(answer.respondent_id);
        const Question* question = data.instrument.FindQuestion(answer.question_id);
        root["answers"].push_back({{"respondent", respondent ? respondent->name : ""},
                                   {"question", answer.question_id},
                                   {"pillar", question ? question->pillar_id : ""},
                                   {"value", answer.value ? Json(*answer.value) : Json(nullptr)},
                                   {"not_applicable", answer.NotApplicable()},
                                   {"confidence", ToString(answer.confidence)},
                                   {"evidence", answer.evidence},
                                   {"links", answer.links},
                                   {"needs_review", answer.needs_review},
                                   {"answered_at", answer.answered_at},
                                   {"updated_at", answer.updated_at}});
    }
    root["consensus"] = Json::array();
    for (const auto& consensus : data.consensus)
        root["consensus"].push_back({{"question", consensus.question_id},
                                     {"value", consensus.value ? Json(*consensus.value) : Json(nullptr)},
                                     {"not_applicable", !consensus.value.has_value()},
                                     {"note", consensus.note},
                                     {"decided_at", consensus.decided_at}});
    root["attachments"] = Json::array();
    for (const auto& attachment : data.attachments) {
        const Respondent* respondent = data.FindRespondent(attachment.respondent_id);
        root["attachments"].push_back({{"respondent", respondent ? respondent->name : ""},
                                       {"question", attachment.question_id},
                                       {"name", attachment.name},
                                       {"media_type", attachment.media_type},
                                       {"size", attachment.size},
                                       {"sha256", attachment.sha256},
                                       {"added_at", attachment.added_at}});
    }
    root["penetration"] = Json::array();
    for (const auto& input : data.penetration)
        root["penetration"].push_back({{"indicator", ToString(input.indicator)},
                                       {"value", input.value},
                                       {"year", input.year},
                                       {"source", input.source}});
    Json settings = Json::object();
    for (const auto& [key, value] : detail::SettingsToRows(data.settings)) settings[key] = Json::parse(value);
    root["settings"] = settings;
    return root.dump(2) + "\n";
}

}  // namespace c5::questionnaire

namespace c5::questionnaire {
namespace {

// A name that is one plain file or folder name on every system the kit runs on.
std::string SafeFileName(std::string_view name) {
    std::string safe;
    for (const char c : name) safe += std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos ||
                                              static_cast<unsigned char>(c) < 0x20
                                          ? '_'
                                          : c;
    if (safe.empty() || safe == "." || safe == "..") safe = "_" + safe;
    return safe;
}

}  // namespace

AttachmentsExport ExportAttachments(const AssessmentStore& store, const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    const auto respondents = store.Respondents();
    const auto attachments = store.Attachments();
    std::vector<fs::path> targets;
    std::string index = CsvLine({"respondent", "question", "name", "media_type", "size", "sha256", "file"});
    for (const auto& attachment : attachments) {
        std::string who = "?";
        for (const auto& respondent : respondents)
            if (respondent.id == attachment.respondent_id) who = respondent.name;
        // Names are UTF-8 text: PathFromUtf8 keeps them whole on Windows too.
        const fs::path relative = PathFromUtf8(SafeFileName(who)) / PathFromUtf8(SafeFileName(attachment.question_id)) /
                                  PathFromUtf8(SafeFileName(attachment.name));
        targets.push_back(folder / relative);
        index += CsvLine({who, attachment.question_id, attachment.name, attachment.media_type,
                          std::to_string(attachment.size), attachment.sha256, relative.generic_string()});
    }
    targets.push_back(folder / "index.csv");
    std::error_code error;
    for (const auto& target : targets)
        if (fs::exists(target, error))
            throw QuestionnaireError(fmt::format("{}: already exists; export the documents into an empty folder",
                                                 target.string()));
    AttachmentsExport result;
    for (std::size_t i = 0; i < attachments.size(); ++i) {
        CreateOwnerOnlyFolders(targets[i].parent_path(), error);
        if (error)
            throw QuestionnaireError(fmt::format("{}: cannot make the folder ({})", targets[i].parent_path().string(),
                                                 error.message()));
        WriteFileAtomically(targets[i], store.AttachmentContent(attachments[i].id), Replace::Refused, 0600);
        ++result.documents;
        result.bytes += attachments[i].size;
    }
    CreateOwnerOnlyFolders(folder, error);
    WriteFileAtomically(folder / "index.csv", index, Replace::Refused);
    return result;
}

}  // namespace c5::questionnaire
