#pragma once
// The instrument: the questionnaire a country team answers (see docs/instrument-format.md).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace c5::questionnaire {

enum class QuestionType { Maturity, YesPartialNo, SingleChoice, MultipleChoice, Number, Percent, Text };

std::string_view ToString(QuestionType type);
std::optional<QuestionType> QuestionTypeFromString(std::string_view text);
/// Free text is the only type that never contributes to a score.
bool IsScored(QuestionType type);

/// Maturity stages, in order, as users know them from the Oxford CMM.
inline constexpr int kStageCount = 5;
std::string_view StageName(int level);  // 0 → "start-up" … 4 → "dynamic"

struct Choice {
    std::string id;
    std::string label;
    double score = 0;
};

struct Goalposts {
    double low = 0;   // value scoring 0
    double high = 1;  // value scoring 1
};

struct ShowIf {
    std::string question_id;
    std::vector<std::string> values;  // canonical answer values (see answer_value.h)
};

struct Crosswalk {
    std::vector<std::string> gci;
    std::vector<std::string> cmm;
    std::vector<int> ncaf;
    bool Empty() const { return gci.empty() && cmm.empty() && ncaf.empty(); }
};

/// One language's version of an object's texts. Missing entries fall back to English.
struct Translation {
    std::map<std::string, std::string> fields;   // field name → text
    std::vector<std::string> levels;             // maturity descriptors (empty or 5)
    std::map<std::string, std::string> choices;  // choice id → label
};
using Translations = std::map<std::string, Translation>;  // language code → texts

struct Question {
    std::string id;
    std::string pillar_id;
    QuestionType type = QuestionType::Maturity;
    std::string text;
    std::string guidance;
    std::string evidence_prompt;
    std::string recommendation;
    double weight = 1;
    bool na_allowed = true;
    double exposure = 0;
    std::string exposure_note;
    std::vector<std::string> levels;
    std::vector<Choice> choices;
    std::optional<Goalposts> goalposts;
    std::string unit;
    std::optional<ShowIf> show_if;
    std::vector<std::string> tags;
    Crosswalk crosswalk;
    Translations translations;

    bool HasTag(std::string_view tag) const;
    bool Scored() const { return IsScored(type); }
    const Choice* FindChoice(std::string_view choice_id) const;
};

enum class Brackets { None, Parts, Whole };
std::string_view ToString(Brackets brackets);

struct Pillar {
    std::string id;
    std::string title;
    std::string c5_text;
    std::map<std::string, std::optional<std::string>> draft_letters;  // draft id → letter
    Brackets brackets = Brackets::None;
    bool optional = false;
    std::vector<std::string> targets;
    std::vector<Question> questions;
    Translations translations;
};

enum class TargetKind { Overall, TaggedIndex, AllTaggedMet };
std::string_view ToString(TargetKind kind);

struct Target {
    std::string id;
    std::string title;
    std::string text;
    TargetKind kind = TargetKind::Overall;
    std::string tag;
    Translations translations;
};

struct Draft {
    std::string id;
    std::string title;
    Translations translations;
};

struct Instrument {
    std::string id;
    std::string version;
    std::string title;
    std::string description;
    std::string vision;
    std::vector<Draft> drafts;
    std::vector<Target> targets;
    std::vector<Pillar> pillars;
    Translations translations;

    const Pillar* FindPillar(std::string_view pillar_id) const;
    const Question* FindQuestion(std::string_view question_id) const;
    const Target* FindTarget(std::string_view target_id) const;
    /// Every question in document order (pillar order, then question order).
    std::vector<const Question*> Questions() const;
    std::size_t QuestionCount() const;
};

}  // namespace c5::questionnaire
