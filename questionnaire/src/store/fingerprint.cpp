#include "c5/questionnaire/fingerprint.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "c5/questionnaire/digest.h"

namespace c5::questionnaire {
namespace {

using Json = nlohmann::json;  // std::map objects: keys come out sorted

Json Optional(const std::optional<std::string>& value) { return value ? Json(*value) : Json(nullptr); }

struct Canonical {
    Json whole;
    std::map<std::string, Json> per_question;  // answers and consensus of each question
    std::string last_change;
};

Canonical Build(const AssessmentData& data) {
    Canonical canonical;
    const auto later = [&](const std::string& at) { canonical.last_change = std::max(canonical.last_change, at); };
    std::map<long long, std::string> uuid_of;
    Json respondents = Json::array();
    std::vector<const Respondent*> by_uuid;
    for (const auto& respondent : data.respondents) {
        uuid_of[respondent.id] = respondent.uuid;
        by_uuid.push_back(&respondent);
        later(respondent.created_at);
    }
    std::sort(by_uuid.begin(), by_uuid.end(), [](auto* a, auto* b) { return a->uuid < b->uuid; });
    for (const Respondent* respondent : by_uuid)
        respondents.push_back({{"uuid", respondent->uuid},
                               {"name", respondent->name},
                               {"role", respondent->role},
                               {"stakeholder_group", respondent->stakeholder_group}});

    std::vector<std::pair<std::pair<std::string, std::string>, Json>> answers;
    for (const auto& answer : data.answers) {
        const auto uuid = uuid_of.find(answer.respondent_id);
        const std::string respondent = uuid == uuid_of.end() ? std::to_string(answer.respondent_id) : uuid->second;
        answers.push_back({{respondent, answer.question_id},
                           {{"respondent", respondent},
                            {"question", answer.question_id},
                            {"value", Optional(answer.value)},
                            {"confidence", ToString(answer.confidence)},
                            {"evidence", answer.evidence},
                            {"links", answer.links}}});
        later(answer.updated_at);
    }
    std::sort(answers.begin(), answers.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    Json answer_list = Json::array();
    for (auto& [key, answer] : answers) {
        canonical.per_question[key.second]["answers"].push_back(answer);
        answer_list.push_back(std::move(answer));
    }

    std::vector<const ConsensusAnswer*> settled;
    for (const auto& consensus : data.consensus) settled.push_back(&consensus);
    std::sort(settled.begin(), settled.end(), [](auto* a, auto* b) { return a->question_id < b->question_id; });
    Json consensus = Json::array();
    for (const ConsensusAnswer* answer : settled) {
        Json entry = {{"question", answer->question_id}, {"value", Optional(answer->value)}, {"note", answer->note}};
        canonical.per_question[answer->question_id]["consensus"] = entry;
        consensus.push_back(std::move(entry));
        later(answer->decided_at);
    }

    std::vector<const PenetrationInput*> figures;
    for (const auto& input : data.penetration) figures.push_back(&input);
    std::sort(figures.begin(), figures.end(),
              [](auto* a, auto* b) { return ToString(a->indicator) < ToString(b->indicator); });
    Json penetration = Json::array();
    for (const PenetrationInput* input : figures) {
        penetration.push_back({{"indicator", ToString(input->indicator)},
                               {"value", input->value},
                               {"year", input->year},
                               {"source", input->source}});
        later(input->updated_at);
    }

    const ScoringSettings& settings = data.settings;
    std::vector<std::string> included = settings.included_optional_pillars;
    std::sort(included.begin(), included.end());
    Json matrices = Json::object();
    for (const auto& [name, matrix] : settings.ahp_matrices) matrices[name] = matrix;
    canonical.whole = {
        {"format", "c5kit-state"},
        {"version", 1},
        {"assessment",
         {{"uuid", data.info.uuid},
          {"country", data.info.country},
          {"country_name", data.info.country_name},
          {"country_group", ToString(data.info.country_group)},
          {"year", data.info.year},
          {"title", data.info.title}}},
        {"instrument",
         {{"id", data.instrument.id}, {"version", data.instrument.version}, {"sha256", data.instrument_sha256}}},
        {"respondents", respondents},
        {"answers", answer_list},
        {"consensus", consensus},
        {"penetration", penetration},
        {"settings",
         {{"included_optional_pillars", included},
          {"target_year", settings.target_year},
          {"weighting", ToString(settings.weighting)},
          {"aggregation", ToString(settings.aggregation)},
          {"budget_points", settings.budget_points},
          {"ahp_pillars", settings.ahp_pillars},
          {"ahp_matrices", matrices}}},
    };
    return canonical;
}

}  // namespace

std::string CanonicalState(const AssessmentData& data) { return Build(data).whole.dump(); }

StateFingerprint FingerprintState(const AssessmentData& data) {
    const Canonical canonical = Build(data);
    StateFingerprint fingerprint;
    fingerprint.sha256 = Sha256Hex(canonical.whole.dump());
    for (const char* part : kFingerprintParts) fingerprint.parts[part] = Sha256Hex(canonical.whole.at(part).dump());
    for (const Question* question : data.instrument.Questions()) {
        const auto found = canonical.per_question.find(question->id);
        const Json entry = found == canonical.per_question.end() ? Json::object() : found->second;
        fingerprint.questions[question->id] = Sha256Hex(entry.dump()).substr(0, 16);
    }
    fingerprint.last_change = canonical.last_change;
    return fingerprint;
}

}  // namespace c5::questionnaire
