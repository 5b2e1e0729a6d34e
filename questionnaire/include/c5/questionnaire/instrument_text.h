#pragma once
// An instrument's texts in a language: the translation when the instrument has one, otherwise
// the English text, flagged so a reader can show the fallback.
#include <string>
#include <string_view>
#include <vector>

#include "c5/questionnaire/instrument.h"

namespace c5::questionnaire {

struct LocalizedText {
    const std::string& text;
    bool fallback = false;  // the language lacks this text; `text` is the English one
};

/// field: "text", "guidance", "evidence_prompt", "recommendation", "exposure_note", "unit" (questions);
/// "title", "c5_text" (pillars); "title", "text" (targets); "title", "description", "vision".
LocalizedText QuestionText(const Question& question, std::string_view field, std::string_view language);
LocalizedText LevelText(const Question& question, int level, std::string_view language);
LocalizedText ChoiceLabel(const Question& question, const Choice& choice, std::string_view language);
/// The next step under `key` (next_steps.h); the question must have it in English.
LocalizedText NextStepText(const Question& question, std::string_view key, std::string_view language);
LocalizedText PillarText(const Pillar& pillar, std::string_view field, std::string_view language);
LocalizedText TargetText(const Target& target, std::string_view field, std::string_view language);
LocalizedText DraftTitle(const Draft& draft, std::string_view language);
LocalizedText InstrumentText(const Instrument& instrument, std::string_view field, std::string_view language);

/// "fr", "zh", "ast", "pt-BR", "zh-Hans": two or three lower-case letters, optionally a region.
bool IsLanguageCode(std::string_view code);

/// English, then every language the instrument has a text in (translations, report texts), by code.
std::vector<std::string> InstrumentLanguages(const Instrument& instrument);

/// The languages the kit ships the bundled instrument, the report and the interface in.
inline constexpr std::string_view kUnLanguages[] = {"ar", "zh", "en", "fr", "ru", "es"};

/// A text the instrument has in English but not in a language: `where` is the question, pillar,
/// target or draft id ("instrument" for the top level), `field` what is missing ("guidance",
/// "levels[3]", "choices.yes", "next_steps.2").
struct MissingTranslation {
    std::string where;
    std::string field;
};
/// Every text of `instrument` that `language` lacks, in instrument order; empty when complete.
std::vector<MissingTranslation> MissingTranslations(const Instrument& instrument, std::string_view language);

}  // namespace c5::questionnaire
