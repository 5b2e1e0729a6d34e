#include "c5/questionnaire/assessment_export.h"

#include <nlohmann/json.hpp>

#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/csv.h"
#include "c5/questionnaire/version.h"
#include "store/settings_json.h"

namespace c5::questionnaire {
using Json = nlohmann::json;

std::string ExportAnswersCsv(const AssessmentData& data) {
    std::string csv = CsvLine({"respondent", "question", "value", "confidence", "evidence", "links", "needs_review",
                               "stakeholder_group", "role", "pillar", "question_text", "answered_at", "updated_at"});
    for (const auto& answer : data.answers) {
        const Respondent* respondent = data.FindRespondent(answer.respondent_id);
        const Question* question = data.instrument.FindQuestion(answer.question_id);
        csv += CsvLine({respondent ? respondent->name : "", answer.question_id, answer.value.value_or("NA"),
                        std::string(ToString(answer.confidence)), answer.evidence, answer.links,
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
