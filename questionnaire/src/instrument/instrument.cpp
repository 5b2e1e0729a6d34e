#include "c5/questionnaire/instrument.h"

#include <algorithm>
#include <array>

namespace c5::questionnaire {
namespace {

struct TypeName {
    QuestionType type;
    std::string_view name;
};
constexpr std::array kTypeNames{
    TypeName{QuestionType::Maturity, "maturity"},
    TypeName{QuestionType::YesPartialNo, "yes_partial_no"},
    TypeName{QuestionType::SingleChoice, "single_choice"},
    TypeName{QuestionType::MultipleChoice, "multiple_choice"},
    TypeName{QuestionType::Number, "number"},
    TypeName{QuestionType::Percent, "percent"},
    TypeName{QuestionType::Text, "text"},
};

constexpr std::array<std::string_view, kStageCount> kStageNames{
    "start-up", "formative", "established", "strategic", "dynamic"};

}  // namespace

std::string_view ToString(QuestionType type) {
    for (const auto& entry : kTypeNames)
        if (entry.type == type) return entry.name;
    return "unknown";
}

std::optional<QuestionType> QuestionTypeFromString(std::string_view text) {
    for (const auto& entry : kTypeNames)
        if (entry.name == text) return entry.type;
    return std::nullopt;
}

ValueRange Question::ValidRange() const {
    if (range) return *range;
    if (type == QuestionType::Percent) return {0, 100};
    ValueRange valid{0, kDefaultNumberMaximum};
    if (goalposts) {
        valid.min = std::min({valid.min, goalposts->low, goalposts->high});
        valid.max = std::max({valid.max, goalposts->low, goalposts->high});
    }
    return valid;
}

bool IsScored(QuestionType type) { return type != QuestionType::Text; }

std::string_view StageName(int level) {
    if (level < 0 || level >= kStageCount) return "unknown";
    return kStageNames[static_cast<std::size_t>(level)];
}

std::string_view ToString(Brackets brackets) {
    switch (brackets) {
        case Brackets::None: return "none";
        case Brackets::Parts: return "parts";
        case Brackets::Whole: return "whole";
    }
    return "none";
}

std::string_view ToString(TargetKind kind) {
    switch (kind) {
        case TargetKind::Overall: return "overall";
        case TargetKind::TaggedIndex: return "tagged_index";
        case TargetKind::AllTaggedMet: return "all_tagged_met";
    }
    return "overall";
}

bool Question::HasTag(std::string_view tag) const {
    return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

const Choice* Question::FindChoice(std::string_view choice_id) const {
    for (const auto& choice : choices)
        if (choice.id == choice_id) return &choice;
    return nullptr;
}

const Pillar* Instrument::FindPillar(std::string_view pillar_id) const {
    for (const Pillar* pillar : Sections())
        if (pillar->id == pillar_id) return pillar;
    return nullptr;
}

const Question* Instrument::FindQuestion(std::string_view question_id) const {
    for (const auto& pillar : pillars)
        for (const auto& question : pillar.questions)
            if (question.id == question_id) return &question;
    if (national_module)
        for (const auto& question : national_module->questions)
            if (question.id == question_id) return &question;
    return nullptr;
}

std::vector<const Pillar*> Instrument::Sections() const {
    std::vector<const Pillar*> sections;
    sections.reserve(pillars.size() + 1);
    for (const auto& pillar : pillars) sections.push_back(&pillar);
    if (national_module) sections.push_back(&*national_module);
    return sections;
}

const Target* Instrument::FindTarget(std::string_view target_id) const {
    for (const auto& target : targets)
        if (target.id == target_id) return &target;
    return nullptr;
}

std::vector<const Question*> Instrument::Questions() const {
    std::vector<const Question*> all;
    all.reserve(QuestionCount());
    for (const Pillar* pillar : Sections())
        for (const auto& question : pillar->questions) all.push_back(&question);
    return all;
}

std::size_t Instrument::QuestionCount() const {
    std::size_t count = 0;
    for (const Pillar* pillar : Sections()) count += pillar->questions.size();
    return count;
}

}  // namespace c5::questionnaire
