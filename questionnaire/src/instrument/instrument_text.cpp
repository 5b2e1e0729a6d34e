#include "c5/questionnaire/instrument_text.h"

#include <set>

#include "c5/questionnaire/next_steps.h"

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
    if (field == "exposure_note") return question.exposure_note;
    return question.text;
}

}  // namespace

bool IsLanguageCode(std::string_view code) {
    const auto dash = code.find('-');
    const auto base = code.substr(0, dash);
    if (base.size() < 2 || base.size() > 3) return false;
    for (char c : base)
        if (c < 'a' || c > 'z') return false;
    if (dash == std::string_view::npos) return true;
    const auto region = code.substr(dash + 1);
    if (region.size() < 2 || region.size() > 8) return false;
    for (char c : region)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    return true;
}

std::vector<std::string> InstrumentLanguages(const Instrument& instrument) {
    std::set<std::string> languages;
    const auto add = [&](const Translations& translations) {
        for (const auto& [language, unused] : translations) languages.insert(language);
    };
    add(instrument.translations);
    for (const auto& draft : instrument.drafts) add(draft.translations);
    for (const auto& target : instrument.targets) add(target.translations);
    for (const Pillar* pillar : instrument.Sections()) {
        add(pillar->translations);
        for (const auto& question : pillar->questions) add(question.translations);
    }
    for (const auto& [language, unused] : instrument.report_texts) languages.insert(language);
    languages.erase("en");
    std::vector<std::string> ordered{"en"};
    ordered.insert(ordered.end(), languages.begin(), languages.end());
    return ordered;
}

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

LocalizedText NextStepText(const Question& question, std::string_view key, std::string_view language) {
    const std::string& english = question.next_steps.find(std::string(key))->second;
    if (language == "en") return {english, false};
    if (const Translation* translation = Find(question.translations, language)) {
        const auto found = translation->next_steps.find(std::string(key));
        if (found != translation->next_steps.end()) return {found->second, false};
    }
    return {english, true};
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
    for (const Pillar* section : instrument.Sections()) {
        const Pillar& pillar = *section;
        for (const char* field : {"title", "c5_text"}) check(PillarText(pillar, field, language), pillar.id, field);
        for (const auto& question : pillar.questions) {
            for (const char* field : {"text", "guidance", "evidence_prompt", "recommendation", "exposure_note", "unit"})
                check(QuestionText(question, field, language), question.id, field);
            for (std::size_t level = 0; level < question.levels.size(); ++level)
                check(LevelText(question, static_cast<int>(level), language), question.id,
                      "levels[" + std::to_string(level) + "]");
            for (const auto& choice : question.choices)
                check(ChoiceLabel(question, choice, language), question.id, "choices." + choice.id);
            for (const auto& key : NextStepKeys(question))
                if (question.next_steps.contains(key))
                    check(NextStepText(question, key, language), question.id, "next_steps." + key);
        }
    }
    return missing;
}

LocalizedText DraftTitle(const Draft& draft, std::string_view language) {
    return Field(draft.translations, "title", language, draft.title);
}

}  // namespace c5::questionnaire
