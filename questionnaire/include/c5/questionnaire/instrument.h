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

/// The values a number or percent question accepts, both ends included.
struct ValueRange {
    double min = 0;
    double max = 0;
};
/// Without a `range` in the instrument: percentages 0-100; numbers from 0 (or the lower goalpost
/// when it is below 0) to 10^9 (or the higher goalpost when it is above).
inline constexpr double kDefaultNumberMaximum = 1e9;

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
    std::map<std::string, std::string> next_steps;  // next-step key → text (see next_steps.h)
};
using Translations = std::map<std::string, Translation>;  // language code → texts

struct Question {
    std::string id;
    std::string pillar_id;
    QuestionType type = QuestionType::Maturity;
    std::string text;
    std::string guidance;
    std::string evidence_prompt;
    std::string recommendation;  // format 1: one text whatever the level; kept as the fallback
    /// Format 2: the next step from each level reached, by key (next_steps.h); empty in format 1.
    std::map<std::string, std::string> next_steps;
    /// The stakeholder group best placed to act (stakeholder_groups.h); empty in format 1.
    std::string lead_group;
    double weight = 1;
    bool na_allowed = true;
    double exposure = 0;
    std::string exposure_note;
    std::vector<std::string> levels;
    std::vector<Choice> choices;
    std::optional<Goalposts> goalposts;
    std::optional<ValueRange> range;  // as stated in the instrument; ValidRange() gives the one in force
    std::string unit;
    std::optional<ShowIf> show_if;
    std::vector<std::string> tags;
    Crosswalk crosswalk;
    Translations translations;

    bool HasTag(std::string_view tag) const;
    /// The values a number or percent answer may take: `range`, or the default above.
    ValueRange ValidRange() const;
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
    /// The national module: questions a country adds, scored and reported apart, never inside the
    /// C5 overall score or targets (docs/instrument-format.md, "National module").
    bool national = false;
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

/// What changed in a version of the instrument's content (for maintainers; not translated).
struct InstrumentChange {
    std::string version;
    std::string notes;
};

/// The instrument file formats this kit reads: 1 (one recommendation per question) and 2 (the next
/// step from each level, and the group to lead it, required for every scored question).
inline constexpr int kInstrumentFormatVersion = 2;

struct Instrument {
    int format_version = kInstrumentFormatVersion;
    std::string id;
    std::string version;
    std::string title;
    std::string description;
    std::string vision;
    std::vector<InstrumentChange> changes;  // oldest first
    std::vector<Draft> drafts;
    std::vector<Target> targets;
    std::vector<Pillar> pillars;  // the C5 pillars
    std::optional<Pillar> national_module;  // national questions, when the country added any
    Translations translations;
    /// The report's own texts the instrument carries: language → report-string key → text. They
    /// add a language the kit has no report strings for, or reword one it has.
    std::map<std::string, std::map<std::string, std::string>> report_texts;

    /// A C5 pillar, or the national module, by id.
    const Pillar* FindPillar(std::string_view pillar_id) const;
    const Question* FindQuestion(std::string_view question_id) const;
    const Target* FindTarget(std::string_view target_id) const;
    /// The C5 pillars, then the national module when there is one: everything a team answers.
    std::vector<const Pillar*> Sections() const;
    /// Every question in document order (pillar order, then question order; the national
    /// module's last).
    std::vector<const Question*> Questions() const;
    std::size_t QuestionCount() const;
};

}  // namespace c5::questionnaire
