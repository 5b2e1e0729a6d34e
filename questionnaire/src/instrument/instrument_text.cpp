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

std::vector<MissingTranslation> MissingTranslations(const Instrument& instrument, std::string_view language) {
    std::vector<MissingTranslation> missing;
    if (language == "en") return missing;
    const auto check = [&](const LocalizedText& text, const std::string& where, std::string field) {
        if (text.fallback) missing.push_back({where, std::move(field)});
    };
    for (const char* field : {"title", "description", "vision"})
        check(InstrumentText(instrument, field, language), "instrument", field);
    for (const auto& draft : instrument.drafts) check(DraftTitle(draft, language), "draft " + draft.id, "title");
    for (const auto& target : instrument.targets)
        for (const char* field : {"title", "text"}) check(TargetText(target, field, language), "target " + target.id, field);
    for (const auto& pillar : instrument.pillars) {
        for (const char* field : {"title", "c5_text"}) check(PillarText(pillar, field, language), pillar.id, field);
        for (const auto& question : pillar.questions) {
            for (const char* field : {"text", "guidance", "evidence_prompt", "recommendation", "unit"})
                check(QuestionText(question, field, language), question.id, field);
            for (std::size_t level = 0; level < question.levels.size(); ++level)
                check(LevelText(question, static_cast<int>(level), language), question.id,
                      "levels[" + std::to_string(level) + "]");
            for (const auto& choice : question.choices)
                check(ChoiceLabel(question, choice, language), question.id, "choices." + choice.id);
        }
    }
    return missing;
}

LocalizedText DraftTitle(const Draft& draft, std::string_view language) {
    return Field(draft.translations, "title", language, draft.title);
}

}  // namespace c5::questionnaire
