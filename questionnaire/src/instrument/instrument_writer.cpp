#include "c5/questionnaire/instrument_writer.h"

#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "c5/questionnaire/next_steps.h"
#include "c5/questionnaire/text_util.h"

namespace c5::questionnaire {
namespace {

using Json = nlohmann::ordered_json;

// 2 rather than 2.0: what a person writes, and what the bundled instrument has.
Json Number(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return static_cast<long long>(value);
    return value;
}

void PutText(Json& object, const char* key, const std::string& text) {
    if (!text.empty()) object[key] = text;
}

// A question's next steps in the order of its keys (next_steps.h), not the map's alphabetical one.
Json NextStepsJson(const Question& question, const std::map<std::string, std::string>& steps) {
    Json texts = Json::object();
    for (const auto& key : NextStepKeys(question))
        if (const auto found = steps.find(key); found != steps.end()) texts[key] = found->second;
    return texts;
}

// A translation's fields in the order the format lists them; `fields` are those the object has.
Json TranslationJson(const Translation& translation, std::initializer_list<const char*> fields,
                     const Question* question) {
    Json texts = Json::object();
    for (const char* field : fields) {
        if (const auto found = translation.fields.find(field); found != translation.fields.end())
            texts[field] = found->second;
    }
    if (!translation.levels.empty()) texts["levels"] = translation.levels;
    if (question && !translation.choices.empty()) {
        Json labels = Json::object();
        for (const auto& choice : question->choices)
            if (const auto found = translation.choices.find(choice.id); found != translation.choices.end())
                labels[choice.id] = found->second;
        texts["choices"] = labels;
    }
    if (question && !translation.next_steps.empty()) texts["next_steps"] = NextStepsJson(*question, translation.next_steps);
    return texts;
}

void PutTranslations(Json& object, const Translations& translations, std::initializer_list<const char*> fields,
                     const Question* question = nullptr) {
    Json all = Json::object();
    for (const auto& [language, translation] : translations) {
        Json texts = TranslationJson(translation, fields, question);
        if (!texts.empty()) all[language] = std::move(texts);
    }
    if (!all.empty()) object["translations"] = std::move(all);
}

// show_if values as the format writes them: numbers for maturity levels and numeric answers.
Json ShowIfValue(const Instrument& instrument, const ShowIf& show_if, const std::string& value) {
    const Question* target = instrument.FindQuestion(show_if.question_id);
    const bool numeric = target && (target->type == QuestionType::Maturity || target->type == QuestionType::Number ||
                                    target->type == QuestionType::Percent);
    if (numeric)
        if (const auto number = ParseNumber(value)) return Number(*number);
    return value;
}

Json QuestionJson(const Instrument& instrument, const Question& question) {
    Json node = Json::object();
    node["id"] = question.id;
    node["type"] = std::string(ToString(question.type));
    node["text"] = question.text;
    node["guidance"] = question.guidance;
    node["evidence_prompt"] = question.evidence_prompt;
    PutText(node, "recommendation", question.recommendation);
    if (!question.next_steps.empty()) node["next_steps"] = NextStepsJson(question, question.next_steps);
    PutText(node, "lead_group", question.lead_group);
    const bool scored = question.Scored();
    if (scored || question.weight != 1) node["weight"] = Number(question.weight);
    if (scored || !question.na_allowed) node["na_allowed"] = question.na_allowed;
    if (scored || question.exposure != 0) node["exposure"] = Number(question.exposure);
    PutText(node, "exposure_note", question.exposure_note);
    if (!question.levels.empty()) node["levels"] = question.levels;
    if (!question.choices.empty()) {
        Json choices = Json::array();
        for (const auto& choice : question.choices)
            choices.push_back(Json{{"id", choice.id}, {"label", choice.label}, {"score", Number(choice.score)}});
        node["choices"] = std::move(choices);
    }
    if (question.goalposts)
        node["goalposts"] = Json{{"low", Number(question.goalposts->low)}, {"high", Number(question.goalposts->high)}};
    if (question.range) node["range"] = Json{{"min", Number(question.range->min)}, {"max", Number(question.range->max)}};
    PutText(node, "unit", question.unit);
    if (question.show_if) {
        Json values = Json::array();
        for (const auto& value : question.show_if->values)
            values.push_back(ShowIfValue(instrument, *question.show_if, value));
        node["show_if"] = Json{{"question", question.show_if->question_id}, {"in", std::move(values)}};
    }
    if (!question.tags.empty()) node["tags"] = question.tags;
    if (!question.crosswalk.Empty()) {
        Json crosswalk = Json::object();
        if (!question.crosswalk.gci.empty()) crosswalk["gci"] = question.crosswalk.gci;
        if (!question.crosswalk.cmm.empty()) crosswalk["cmm"] = question.crosswalk.cmm;
        if (!question.crosswalk.ncaf.empty()) crosswalk["ncaf"] = question.crosswalk.ncaf;
        node["crosswalk"] = std::move(crosswalk);
    }
    PutTranslations(node, question.translations,
                    {"text", "guidance", "evidence_prompt", "recommendation", "exposure_note", "unit"}, &question);
    return node;
}

Json PillarJson(const Instrument& instrument, const Pillar& pillar) {
    Json node = Json::object();
    node["id"] = pillar.id;
    node["title"] = pillar.title;
    node["c5_text"] = pillar.c5_text;
    // Every declared draft, in their order: null where the draft lacks the pillar.
    if (!instrument.drafts.empty()) {
        Json letters = Json::object();
        for (const auto& draft : instrument.drafts) {
            const auto found = pillar.draft_letters.find(draft.id);
            letters[draft.id] = found != pillar.draft_letters.end() && found->second ? Json(*found->second) : Json();
        }
        node["draft_letters"] = std::move(letters);
    }
    node["brackets"] = std::string(ToString(pillar.brackets));
    if (pillar.optional) node["optional"] = true;
    if (!pillar.targets.empty()) node["targets"] = pillar.targets;
    Json questions = Json::array();
    for (const auto& question : pillar.questions) questions.push_back(QuestionJson(instrument, question));
    node["questions"] = std::move(questions);
    PutTranslations(node, pillar.translations, {"title", "c5_text"});
    return node;
}

}  // namespace

std::string CanonicalInstrumentJson(const Instrument& instrument) {
    Json root = Json::object();
    root["format"] = "c5kit-instrument";
    root["format_version"] = instrument.format_version;
    root["id"] = instrument.id;
    root["version"] = instrument.version;
    root["title"] = instrument.title;
    PutText(root, "description", instrument.description);
    PutText(root, "vision", instrument.vision);
    if (!instrument.changes.empty()) {
        Json changes = Json::array();
        for (const auto& change : instrument.changes)
            changes.push_back(Json{{"version", change.version}, {"notes", change.notes}});
        root["changes"] = std::move(changes);
    }
    if (!instrument.drafts.empty()) {
        Json drafts = Json::array();
        for (const auto& draft : instrument.drafts) {
            Json node{{"id", draft.id}, {"title", draft.title}};
            PutTranslations(node, draft.translations, {"title"});
            drafts.push_back(std::move(node));
        }
        root["drafts"] = std::move(drafts);
    }
    if (!instrument.targets.empty()) {
        Json targets = Json::array();
        for (const auto& target : instrument.targets) {
            Json node{{"id", target.id}, {"title", target.title}, {"text", target.text},
                      {"kind", std::string(ToString(target.kind))}};
            PutText(node, "tag", target.tag);
            PutTranslations(node, target.translations, {"title", "text"});
            targets.push_back(std::move(node));
        }
        root["targets"] = std::move(targets);
    }
    Json pillars = Json::array();
    for (const auto& pillar : instrument.pillars) pillars.push_back(PillarJson(instrument, pillar));
    root["pillars"] = std::move(pillars);
    if (const auto& module = instrument.national_module) {
        Json node{{"id", module->id}, {"title", module->title}};
        Json questions = Json::array();
        for (const auto& question : module->questions) questions.push_back(QuestionJson(instrument, question));
        node["questions"] = std::move(questions);
        PutTranslations(node, module->translations, {"title"});
        root["national_module"] = std::move(node);
    }
    PutTranslations(root, instrument.translations, {"title", "description", "vision"});
    if (!instrument.report_texts.empty()) {
        Json texts = Json::object();
        for (const auto& [language, table] : instrument.report_texts)
            if (!table.empty()) texts[language] = Json(table);
        root["report_texts"] = std::move(texts);
    }
    return root.dump(2, ' ', false) + "\n";
}

}  // namespace c5::questionnaire
