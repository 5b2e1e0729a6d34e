#include "c5/questionnaire/instrument_text.h"

namespace c5::questionnaire {
namespace {

const Translation* Find(const Translations& translations, std::string_view language) {
    if (language == "en") return nullptr;
    const auto found = translations.find(std::string(language));
    return found == translations.end() ? nullptr : &found->second;
}

LocalizedText Field(const Translations& translations, std::string_view field, std::string_view language,
                    const std::string& english) {
    if (language == "en" || english.empty()) return {english, false};
    if (const Translation* translation = Find(translations, language)) {
        const auto found = translation->fields.find(std::string(field));
        if (found != translation->fields.end()) return {found->second, false};
    }
    return {english, true};
}

const std::string& QuestionField(const Question& question, std::string_view field) {
    if (field == "guidance") return question.guidance;
    if (field == "evidence_prompt") return question.evidence_prompt;
    if (field == "recommendation") return question.recommendation;
    if (field == "unit") return question.unit;
    return question.text;
}

}  // namespace

LocalizedText QuestionText(const Question& question, std::string_view field, std::string_view language) {
    return Field(question.translations, field, language, QuestionField(question, field));
}

LocalizedText LevelText(const Question& question, int level, std::string_view language) {
    const std::string& english = question.levels.at(static_cast<std::size_t>(level));
    if (language == "en") return {english, false};
    if (const Translation* translation = Find(question.translations, language))
        if (translation->levels.size() == question.levels.size())
            return {translation->levels[static_cast<std::size_t>(level)], false};
    return {english, true};
}

LocalizedText ChoiceLabel(const Question& question, const Choice& choice, std::string_view language) {
    if (language == "en") return {choice.label, false};
    if (const Translation* translation = Find(question.translations, language)) {
        const auto found = translation->choices.find(choice.id);
        if (found != translation->choices.end()) return {found->second, false};
    }
    return {choice.label, true};
}

LocalizedText PillarText(const Pillar& pillar, std::string_view field, std::string_view language) {
    return Field(pillar.translations, field, language, field == "c5_text" ? pillar.c5_text : pillar.title);
}

LocalizedText TargetText(const Target& target, std::string_view field, std::string_view language) {
    return Field(target.translations, field, language, field == "text" ? target.text : target.title);
}

LocalizedText InstrumentText(const Instrument& instrument, std::string_view field, std::string_view language) {
    const std::string& english = field == "description" ? instrument.description
                                 : field == "vision"    ? instrument.vision
                                                        : instrument.title;
    return Field(instrument.translations, field, language, english);
}

}  // namespace c5::questionnaire
