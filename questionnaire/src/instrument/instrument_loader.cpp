#include "c5/questionnaire/instrument_loader.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/next_steps.h"
#include "c5/questionnaire/stakeholder_groups.h"
#include "c5/questionnaire/regular_file.h"
#include "c5/questionnaire/text_util.h"
#include "instrument/json_checker.h"

namespace c5::embedded {
extern const std::string_view kBundledInstrument;
}

namespace c5::questionnaire {

using detail::Child;
using detail::Element;
using detail::Json;
using detail::JsonChecker;
using detail::Need;

namespace {

constexpr std::string_view kFormat = "c5kit-instrument";
constexpr int kOldestFormatVersion = 1;  // still read: the snapshots inside .c5a files made before 2

bool IsIdChar(char c, bool allow_upper) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           (allow_upper && ((c >= 'A' && c <= 'Z') || c == '.'));
}

bool IsValidId(std::string_view id, bool allow_upper) {
    if (id.empty() || id.size() > 64) return false;
    for (char c : id)
        if (!IsIdChar(c, allow_upper)) return false;
    return true;
}

bool IsTag(std::string_view tag) {
    if (tag.empty() || tag.size() > 40 || tag.front() < 'a' || tag.front() > 'z') return false;
    for (char c : tag)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

bool IsCmmReference(std::string_view ref) {
    if (ref.size() < 2 || ref[0] != 'D' || ref[1] < '1' || ref[1] > '5') return false;
    if (ref.size() == 2) return true;
    if (ref.size() < 4 || ref.size() > 5 || ref[2] != '.') return false;
    for (char c : ref.substr(3))
        if (c < '0' || c > '9') return false;
    return true;
}

// Reads one instrument, recording every problem instead of stopping at the first.
class InstrumentReader {
public:
    explicit InstrumentReader(JsonChecker& checker) : m_check(checker) {}

    Instrument Read(const Json& root) {
        Instrument instrument;
        if (!m_check.Object(root, "", {"format", "format_version", "id", "version", "title", "description",
                                       "vision", "changes", "drafts", "targets", "pillars", "national_module",
                                       "translations", "report_texts"}))
            return instrument;
        if (auto format = m_check.String(root, "", "format", Need::Required); format && *format != kFormat)
            m_check.Problem("format", fmt::format("must be \"{}\" (is {})", kFormat, Quote(*format)));
        if (const Json* version = m_check.Field(root, "", "format_version", Need::Required)) {
            if (!version->is_number_integer())
                m_check.Problem("format_version", fmt::format("must be the integer {}", kInstrumentFormatVersion));
            else if (version->get<long long>() < kOldestFormatVersion ||
                     version->get<long long>() > kInstrumentFormatVersion)
                m_check.Problem("format_version",
                                fmt::format("this kit reads format_version {} to {}; the file has {} — use the kit "
                                            "version the instrument was written for",
                                            kOldestFormatVersion, kInstrumentFormatVersion, version->get<long long>()));
            else
                instrument.format_version = version->get<int>();
        }
        m_format_version = instrument.format_version;
        instrument.id = RequiredId(root, "", "id", false);
        instrument.version = m_check.String(root, "", "version", Need::Required).value_or("");
        instrument.title = m_check.String(root, "", "title", Need::Required).value_or("");
        instrument.description = m_check.String(root, "", "description", Need::Optional).value_or("");
        instrument.vision = m_check.String(root, "", "vision", Need::Optional).value_or("");
        instrument.translations = ReadTranslations(root, "", {"title", "description", "vision"}, nullptr);
        ReadChanges(root, instrument);
        ReadDrafts(root, instrument);
        ReadTargets(root, instrument);
        ReadPillars(root, instrument);
        ReadNationalModule(root, instrument);
        CountQuestions(instrument);
        CheckTargetTags(instrument);
        ReadReportTexts(root, instrument);
        return instrument;
    }

private:
    std::string RequiredId(const Json& object, std::string_view path, std::string_view key, bool lower_only) {
        auto id = m_check.String(object, path, key, Need::Required);
        if (!id) return {};
        if (!IsValidId(*id, !lower_only)) {
            m_check.Problem(Child(path, key),
                            fmt::format("{} is not a valid id (use {}, at most 64)", Quote(*id),
                                        lower_only ? "lower-case letters, digits, _ and -"
                                                   : "letters, digits, '.', '_' and '-'"));
        }
        return *id;
    }

    void ReadChanges(const Json& root, Instrument& instrument) {
        const Json* changes = m_check.Array(root, "", "changes", Need::Optional);
        if (!changes) return;
        for (std::size_t i = 0; i < changes->size(); ++i) {
            const std::string path = Element("changes", i);
            if (!m_check.Object((*changes)[i], path, {"version", "notes"})) continue;
            instrument.changes.push_back({m_check.String((*changes)[i], path, "version", Need::Required).value_or(""),
                                          m_check.String((*changes)[i], path, "notes", Need::Required).value_or("")});
        }
    }

    void ReadDrafts(const Json& root, Instrument& instrument) {
        const Json* drafts = m_check.Array(root, "", "drafts", Need::Optional);
        if (!drafts) return;
        for (std::size_t i = 0; i < drafts->size(); ++i) {
            const std::string path = Element("drafts", i);
            if (!m_check.Object((*drafts)[i], path, {"id", "title", "translations"})) continue;
            Draft draft;
            draft.id = RequiredId((*drafts)[i], path, "id", false);
            draft.title = m_check.String((*drafts)[i], path, "title", Need::Required).value_or("");
            draft.translations = ReadTranslations((*drafts)[i], path, {"title"}, nullptr);
            for (const auto& earlier : instrument.drafts)
                if (!draft.id.empty() && earlier.id == draft.id)
                    m_check.Problem(Child(path, "id"), fmt::format("duplicate draft id {}", Quote(draft.id)));
            instrument.drafts.push_back(std::move(draft));
        }
    }

    void ReadTargets(const Json& root, Instrument& instrument) {
        const Json* targets = m_check.Array(root, "", "targets", Need::Optional);
        if (!targets) return;
        for (std::size_t i = 0; i < targets->size(); ++i) {
            const std::string path = Element("targets", i);
            const Json& node = (*targets)[i];
            if (!m_check.Object(node, path, {"id", "title", "text", "kind", "tag", "translations"})) continue;
            Target target;
            target.id = RequiredId(node, path, "id", false);
            target.title = m_check.String(node, path, "title", Need::Required).value_or("");
            target.text = m_check.String(node, path, "text", Need::Required).value_or("");
            const auto kind = m_check.String(node, path, "kind", Need::Required);
            if (kind == "overall") {
                target.kind = TargetKind::Overall;
            } else if (kind == "tagged_index") {
                target.kind = TargetKind::TaggedIndex;
            } else if (kind == "all_tagged_met") {
                target.kind = TargetKind::AllTaggedMet;
            } else if (kind) {
                m_check.Problem(Child(path, "kind"),
                                fmt::format("{} is not a target kind (overall, tagged_index, all_tagged_met)",
                                            Quote(*kind)));
            }
            const bool tagged = target.kind != TargetKind::Overall;
            if (auto tag = m_check.String(node, path, "tag", tagged ? Need::Required : Need::Optional)) {
                if (!tagged)
                    m_check.Problem(Child(path, "tag"), "only tagged_index and all_tagged_met targets take a tag");
                else if (!IsTag(*tag))
                    m_check.Problem(Child(path, "tag"), fmt::format("{} is not a tag (lower-case word)", Quote(*tag)));
                target.tag = *tag;
            }
            target.translations = ReadTranslations(node, path, {"title", "text"}, nullptr);
            for (const auto& earlier : instrument.targets)
                if (!target.id.empty() && earlier.id == target.id)
                    m_check.Problem(Child(path, "id"), fmt::format("duplicate target id {}", Quote(target.id)));
            instrument.targets.push_back(std::move(target));
        }
    }

    void ReadPillars(const Json& root, Instrument& instrument) {
        const Json* pillars = m_check.Array(root, "", "pillars", Need::Required);
        if (!pillars) return;
        if (pillars->empty()) m_check.Problem("pillars", "at least one pillar is required");
        std::set<std::string> pillar_ids;
        for (std::size_t i = 0; i < pillars->size(); ++i) {
            const std::string path = Element("pillars", i);
            const Json& node = (*pillars)[i];
            if (!m_check.Object(node, path, {"id", "title", "c5_text", "draft_letters", "brackets", "optional",
                                             "targets", "questions", "translations"}))
                continue;
            Pillar pillar;
            pillar.id = RequiredId(node, path, "id", false);
            if (!pillar.id.empty() && !pillar_ids.insert(pillar.id).second)
                m_check.Problem(Child(path, "id"), fmt::format("duplicate pillar id {}", Quote(pillar.id)));
            pillar.title = m_check.String(node, path, "title", Need::Required).value_or("");
            pillar.c5_text = m_check.String(node, path, "c5_text", Need::Required).value_or("");
            ReadDraftLetters(node, path, instrument, pillar);
            if (auto brackets = m_check.String(node, path, "brackets", Need::Optional)) {
                if (*brackets == "none") pillar.brackets = Brackets::None;
                else if (*brackets == "parts") pillar.brackets = Brackets::Parts;
                else if (*brackets == "whole") pillar.brackets = Brackets::Whole;
                else m_check.Problem(Child(path, "brackets"),
                                     fmt::format("{} is not one of none, parts, whole", Quote(*brackets)));
            }
            pillar.optional = m_check.Bool(node, path, "optional", Need::Optional).value_or(false);
            pillar.targets = m_check.StringArray(node, path, "targets", Need::Optional);
            for (std::size_t t = 0; t < pillar.targets.size(); ++t)
                if (!instrument.FindTarget(pillar.targets[t]))
                    m_check.Problem(Element(Child(path, "targets"), t),
                                    fmt::format("no target {} is defined in targets", Quote(pillar.targets[t])));
            pillar.translations = ReadTranslations(node, path, {"title", "c5_text"}, nullptr);
            const Json* questions = m_check.Array(node, path, "questions", Need::Required);
            if (questions && questions->empty())
                m_check.Problem(Child(path, "questions"), "a pillar needs at least one question");
            instrument.pillars.push_back(std::move(pillar));
            if (!questions) continue;
            for (std::size_t q = 0; q < questions->size(); ++q)
                ReadQuestion((*questions)[q], Element(Child(path, "questions"), q), instrument,
                             instrument.pillars.back());
        }
    }

    // National questions: their own section, never in the C5 overall score or targets.
    void ReadNationalModule(const Json& root, Instrument& instrument) {
        const Json* node = m_check.Field(root, "", "national_module", Need::Optional);
        const std::string path = "national_module";
        if (!node || !m_check.Object(*node, path, {"id", "title", "questions", "translations"})) return;
        Pillar module;
        module.national = true;
        module.id = RequiredId(*node, path, "id", false);
        if (!module.id.empty() && instrument.FindPillar(module.id))
            m_check.Problem(Child(path, "id"), fmt::format("{} is already a pillar id; the national module needs its "
                                                           "own (e.g. \"N\")",
                                                           Quote(module.id)));
        module.title = m_check.String(*node, path, "title", Need::Required).value_or("");
        module.translations = ReadTranslations(*node, path, {"title"}, nullptr);
        const Json* questions = m_check.Array(*node, path, "questions", Need::Required);
        if (questions && questions->empty())
            m_check.Problem(Child(path, "questions"), "the national module needs at least one question (or leave it out)");
        instrument.national_module = std::move(module);
        if (!questions) return;
        for (std::size_t q = 0; q < questions->size(); ++q)
            ReadQuestion((*questions)[q], Element(Child(path, "questions"), q), instrument, *instrument.national_module);
    }

    void CountQuestions(const Instrument& instrument) {
        const std::size_t total = instrument.QuestionCount();
        if (total > kMaxInstrumentQuestions)
            m_check.Problem("pillars", fmt::format("{} questions in all; the kit accepts at most {} — a self-assessment "
                                                   "that long cannot be finished: split it into several instruments",
                                                   total, kMaxInstrumentQuestions));
    }

    // language → report-string key → text; which keys the report knows is the report's business.
    void ReadReportTexts(const Json& root, Instrument& instrument) {
        const Json* all = m_check.Field(root, "", "report_texts", Need::Optional);
        if (!all) return;
        if (!all->is_object()) {
            m_check.Problem("report_texts", fmt::format("must be an object of language codes (is {})",
                                                        detail::KindName(*all)));
            return;
        }
        for (const auto& [language, texts] : all->items()) {
            const std::string lang_path = Child("report_texts", language);
            if (!IsLanguageCode(language)) {
                m_check.Problem(lang_path, "not a language code (e.g. pt, sw, pt-BR)");
                continue;
            }
            if (!texts.is_object()) {
                m_check.Problem(lang_path, fmt::format("must be an object: report text key → text (is {})",
                                                       detail::KindName(texts)));
                continue;
            }
            auto& table = instrument.report_texts[language];
            for (const auto& [key, text] : texts.items()) {
                if (!IsTag(key)) {
                    m_check.Problem(Child(lang_path, key), "not a report text key (lower-case letters, digits and _)");
                    continue;
                }
                if (auto value = m_check.String(texts, lang_path, key, Need::Optional)) table[key] = *value;
            }
            if (table.empty()) instrument.report_texts.erase(language);
        }
    }

    void ReadDraftLetters(const Json& node, const std::string& path, const Instrument& instrument, Pillar& pillar) {
        const Json* letters = m_check.Field(node, path, "draft_letters", Need::Optional);
        if (!letters) return;
        const std::string letters_path = Child(path, "draft_letters");
        if (!letters->is_object()) {
            m_check.Problem(letters_path, fmt::format("must be an object (is {})", detail::KindName(*letters)));
            return;
        }
        for (const auto& [draft_id, letter] : letters->items()) {
            bool declared = false;
            for (const auto& draft : instrument.drafts) declared = declared || draft.id == draft_id;
            if (!declared)
                m_check.Problem(Child(letters_path, draft_id), "no draft with this id is declared in drafts");
            if (letter.is_null()) {
                pillar.draft_letters[draft_id] = std::nullopt;
            } else if (letter.is_string() && !Trim(letter.get<std::string>()).empty()) {
                pillar.draft_letters[draft_id] = letter.get<std::string>();
            } else {
                m_check.Problem(Child(letters_path, draft_id), "must be the pillar's letter or null");
            }
        }
    }

    void ReadQuestion(const Json& node, const std::string& path, Instrument& instrument, Pillar& pillar) {
        if (!m_check.Object(node, path, {"id", "type", "text", "guidance", "evidence_prompt", "recommendation",
                                         "next_steps", "lead_group", "weight", "na_allowed", "exposure",
                                         "exposure_note", "levels", "choices", "goalposts", "range", "unit", "show_if", "tags",
                                         "crosswalk", "translations"}))
            return;
        Question question;
        question.pillar_id = pillar.id;
        question.id = RequiredId(node, path, "id", false);
        if (!question.id.empty()) {
            if (const auto [it, inserted] = m_question_paths.emplace(question.id, path); !inserted)
                m_check.Problem(Child(path, "id"),
                                fmt::format("duplicate question id {} (first used at {})", Quote(question.id),
                                            it->second));
        }
        if (auto type = m_check.String(node, path, "type", Need::Required)) {
            if (auto parsed = QuestionTypeFromString(*type)) {
                question.type = *parsed;
            } else {
                m_check.Problem(Child(path, "type"),
                                fmt::format("{} is not a question type (maturity, yes_partial_no, single_choice, "
                                            "multiple_choice, number, percent, text)",
                                            Quote(*type)));
                return;
            }
        } else {
            return;
        }
        const bool scored = question.Scored();
        const Need scored_need = scored ? Need::Required : Need::Optional;
        // The national module has no penetration-adjusted score: its exposure is optional.
        const Need exposure_need = scored && !pillar.national ? Need::Required : Need::Optional;
        question.text = m_check.String(node, path, "text", Need::Required).value_or("");
        question.guidance = m_check.String(node, path, "guidance", Need::Required).value_or("");
        question.evidence_prompt = m_check.String(node, path, "evidence_prompt", Need::Required).value_or("");
        // Format 2 replaces the one recommendation by the next step from each level.
        question.recommendation =
            m_check.String(node, path, "recommendation", m_format_version < 2 ? scored_need : Need::Optional)
                .value_or("");
        question.exposure_note = m_check.String(node, path, "exposure_note", exposure_need).value_or("");
        question.na_allowed = m_check.Bool(node, path, "na_allowed", Need::Optional).value_or(true);
        if (auto weight = m_check.Number(node, path, "weight", Need::Optional)) {
            if (!(*weight > 0) || !std::isfinite(*weight))
                m_check.Problem(Child(path, "weight"), fmt::format("must be greater than 0 (is {})", FormatNumber(*weight)));
            else
                question.weight = *weight;
        }
        if (auto exposure = m_check.Number(node, path, "exposure", exposure_need)) {
            if (!(*exposure >= 0 && *exposure <= 1))
                m_check.Problem(Child(path, "exposure"),
                                fmt::format("must be between 0 and 1 (is {})", FormatNumber(*exposure)));
            else
                question.exposure = *exposure;
        }
        ReadTypeSpecific(node, path, question);
        ReadNextSteps(node, path, question);
        question.tags = m_check.StringArray(node, path, "tags", Need::Optional);
        for (std::size_t t = 0; t < question.tags.size(); ++t)
            if (!IsTag(question.tags[t]))
                m_check.Problem(Element(Child(path, "tags"), t),
                                fmt::format("{} is not a tag (a lower-case word: a-z, 0-9, _)", Quote(question.tags[t])));
            else if (pillar.national)
                for (const auto& target : instrument.targets)
                    if (target.tag == question.tags[t])
                        m_check.Problem(Element(Child(path, "tags"), t),
                                        fmt::format("national questions never count towards the C5 targets; remove "
                                                    "the tag {} (target {})",
                                                    Quote(question.tags[t]), target.id));
        ReadCrosswalk(node, path, question);
        ReadShowIf(node, path, instrument, question);
        question.translations = ReadTranslations(
            node, path,
            {"text", "guidance", "evidence_prompt", "recommendation", "exposure_note", "unit", "levels", "choices",
             "next_steps"},
            &question);
        pillar.questions.push_back(std::move(question));
    }

    // "next_steps" (key → text) and "lead_group": required for every scored question from format 2.
    void ReadNextSteps(const Json& node, const std::string& path, Question& question) {
        const bool scored = question.Scored();
        const Need need = scored && m_format_version >= 2 ? Need::Required : Need::Optional;
        if (!scored) {
            for (const char* key : {"next_steps", "lead_group"})
                if (node.contains(key)) m_check.Problem(Child(path, key), fmt::format("only scored questions have {}", key));
            return;
        }
        if (auto group = m_check.String(node, path, "lead_group", need)) {
            if (!IsKnownStakeholderGroup(*group))
                m_check.Problem(Child(path, "lead_group"),
                                fmt::format("{} is not a stakeholder group id (government, regulator, national CIRT, "
                                            "data-protection authority, child protection, private sector, civil "
                                            "society, academia, technical community, international partner)",
                                            Quote(*group)));
            else
                question.lead_group = *group;
        }
        const Json* steps = m_check.Field(node, path, "next_steps", need);
        if (!steps) return;
        const std::string steps_path = Child(path, "next_steps");
        question.next_steps = ReadNextStepTexts(*steps, steps_path, question);
        for (const auto& key : NextStepKeys(question))
            if (steps->is_object() && !steps->contains(key))
                m_check.Problem(Child(steps_path, key), fmt::format("the next step {} is missing ({})",
                                                                    NextStepKeyMeaning(question, key),
                                                                    NextStepKeyList(question)));
    }

    static std::string NextStepKeyList(const Question& question) {
        std::string keys;
        for (const auto& key : NextStepKeys(question)) keys += (keys.empty() ? "" : ", ") + key;
        return fmt::format("a {} question takes {}", ToString(question.type), keys.empty() ? "none" : keys);
    }

    static std::string NextStepKeyMeaning(const Question& question, const std::string& key) {
        switch (question.type) {
            case QuestionType::Maturity:
                return fmt::format("from level {} to {}", key, std::stoi(key) + 1);
            case QuestionType::YesPartialNo: return fmt::format("from \"{}\"", key);
            case QuestionType::SingleChoice: return fmt::format("from the choice \"{}\"", key);
            default: return fmt::format("for the {} band", key);
        }
    }

    // An object of next-step key → non-empty text, keys valid for the question (also in translations).
    std::map<std::string, std::string> ReadNextStepTexts(const Json& steps, const std::string& path,
                                                         const Question& question) {
        std::map<std::string, std::string> texts;
        if (!steps.is_object()) {
            m_check.Problem(path, fmt::format("must be an object: next-step key → text (is {})", detail::KindName(steps)));
            return texts;
        }
        const auto keys = NextStepKeys(question);
        for (const auto& [key, text] : steps.items()) {
            if (std::find(keys.begin(), keys.end(), key) == keys.end())
                m_check.Problem(Child(path, key), fmt::format("not a next-step key: {}", NextStepKeyList(question)));
            else if (!text.is_string() || Trim(text.get<std::string>()).empty())
                m_check.Problem(Child(path, key), "must be a non-empty string");
            else
                texts[key] = text.get<std::string>();
        }
        return texts;
    }

    void ReadTypeSpecific(const Json& node, const std::string& path, Question& question) {
        const bool maturity = question.type == QuestionType::Maturity;
        const bool choice = question.type == QuestionType::SingleChoice ||
                            question.type == QuestionType::MultipleChoice;
        const bool numeric = question.type == QuestionType::Number || question.type == QuestionType::Percent;
        const auto reject = [&](std::string_view key, std::string_view only) {
            if (node.contains(key))
                m_check.Problem(Child(path, key), fmt::format("only {} questions have {}", only, key));
        };
        if (maturity) {
            question.levels = m_check.StringArray(node, path, "levels", Need::Required);
            const Json* levels = node.contains("levels") ? &node["levels"] : nullptr;
            if (levels && levels->is_array() && levels->size() != kStageCount)
                m_check.Problem(Child(path, "levels"),
                                fmt::format("{} descriptors, {} required", levels->size(), kStageCount));
        } else {
            reject("levels", "maturity");
        }
        if (choice) {
            ReadChoices(node, path, question);
        } else {
            reject("choices", "single_choice and multiple_choice");
        }
        if (numeric) {
            ReadGoalposts(node, path, question);
            ReadRange(node, path, question);
        } else {
            reject("goalposts", "number and percent");
            reject("range", "number and percent");
        }
        if (auto unit = m_check.String(node, path, "unit", Need::Optional)) {
            if (!numeric) m_check.Problem(Child(path, "unit"), "only number and percent questions have a unit");
            question.unit = *unit;
        }
    }

    void ReadChoices(const Json& node, const std::string& path, Question& question) {
        const Json* choices = m_check.Array(node, path, "choices", Need::Required);
        if (!choices) return;
        const std::string choices_path = Child(path, "choices");
        if (choices->size() < 2)
            m_check.Problem(choices_path, fmt::format("{} choice(s), at least 2 required", choices->size()));
        bool any_positive = false;
        for (std::size_t c = 0; c < choices->size(); ++c) {
            const std::string choice_path = Element(choices_path, c);
            if (!m_check.Object((*choices)[c], choice_path, {"id", "label", "score"})) continue;
            Choice choice;
            choice.id = RequiredId((*choices)[c], choice_path, "id", true);
            choice.label = m_check.String((*choices)[c], choice_path, "label", Need::Required).value_or("");
            if (auto score = m_check.Number((*choices)[c], choice_path, "score", Need::Required)) {
                if (!(*score >= 0) || !std::isfinite(*score))
                    m_check.Problem(Child(choice_path, "score"),
                                    fmt::format("must be 0 or more (is {})", FormatNumber(*score)));
                else
                    choice.score = *score;
                any_positive = any_positive || *score > 0;
            }
            if (!choice.id.empty() && question.FindChoice(choice.id))
                m_check.Problem(Child(choice_path, "id"), fmt::format("duplicate choice id {}", Quote(choice.id)));
            question.choices.push_back(std::move(choice));
        }
        if (!choices->empty() && !any_positive)
            m_check.Problem(choices_path, "at least one choice must score more than 0");
    }

    void ReadGoalposts(const Json& node, const std::string& path, Question& question) {
        const Json* goalposts = m_check.Field(node, path, "goalposts", Need::Required);
        const std::string goal_path = Child(path, "goalposts");
        if (!goalposts || !m_check.Object(*goalposts, goal_path, {"low", "high"})) return;
        const auto low = m_check.Number(*goalposts, goal_path, "low", Need::Required);
        const auto high = m_check.Number(*goalposts, goal_path, "high", Need::Required);
        if (!low || !high) return;
        if (*low == *high) {
            m_check.Problem(goal_path, fmt::format("low and high must differ (both are {})", FormatNumber(*low)));
            return;
        }
        if (question.type == QuestionType::Percent && (*low < 0 || *low > 100 || *high < 0 || *high > 100)) {
            m_check.Problem(goal_path, "a percent question's goalposts must lie between 0 and 100");
            return;
        }
        question.goalposts = Goalposts{*low, *high};
    }

    // The values a number question accepts, e.g. {"min": 0, "max": 8760} for hours in a year.
    void ReadRange(const Json& node, const std::string& path, Question& question) {
        const Json* range = m_check.Field(node, path, "range", Need::Optional);
        const std::string range_path = Child(path, "range");
        if (!range || !m_check.Object(*range, range_path, {"min", "max"})) return;
        const auto min = m_check.Number(*range, range_path, "min", Need::Required);
        const auto max = m_check.Number(*range, range_path, "max", Need::Required);
        if (!min || !max) return;
        if (!(*min < *max) || !std::isfinite(*min) || !std::isfinite(*max)) {
            m_check.Problem(range_path, fmt::format("min must be below max (they are {} and {})", FormatNumber(*min),
                                                    FormatNumber(*max)));
            return;
        }
        if (question.type == QuestionType::Percent && (*min < 0 || *max > 100)) {
            m_check.Problem(range_path, "a percent question's range must lie between 0 and 100");
            return;
        }
        if (question.goalposts) {
            const auto [low, high] = std::minmax(question.goalposts->low, question.goalposts->high);
            if (low < *min || high > *max)
                m_check.Problem(range_path, fmt::format("the goalposts ({} and {}) must lie within the range",
                                                        FormatNumber(question.goalposts->low),
                                                        FormatNumber(question.goalposts->high)));
        }
        question.range = ValueRange{*min, *max};
    }

    void ReadCrosswalk(const Json& node, const std::string& path, Question& question) {
        const Json* crosswalk = m_check.Field(node, path, "crosswalk", Need::Optional);
        const std::string cross_path = Child(path, "crosswalk");
        if (!crosswalk || !m_check.Object(*crosswalk, cross_path, {"gci", "cmm", "ncaf"})) return;
        static const std::set<std::string> kGci{"legal", "technical", "organizational", "capacity_development",
                                                "cooperation"};
        question.crosswalk.gci = m_check.StringArray(*crosswalk, cross_path, "gci", Need::Optional);
        for (std::size_t i = 0; i < question.crosswalk.gci.size(); ++i)
            if (!kGci.contains(question.crosswalk.gci[i]))
                m_check.Problem(Element(Child(cross_path, "gci"), i),
                                fmt::format("{} is not a GCI pillar (legal, technical, organizational, "
                                            "capacity_development, cooperation)",
                                            Quote(question.crosswalk.gci[i])));
        question.crosswalk.cmm = m_check.StringArray(*crosswalk, cross_path, "cmm", Need::Optional);
        for (std::size_t i = 0; i < question.crosswalk.cmm.size(); ++i)
            if (!IsCmmReference(question.crosswalk.cmm[i]))
                m_check.Problem(Element(Child(cross_path, "cmm"), i),
                                fmt::format("{} is not a CMM dimension (D1…D5, optionally with a factor: D4.1)",
                                            Quote(question.crosswalk.cmm[i])));
        if (const Json* ncaf = m_check.Array(*crosswalk, cross_path, "ncaf", Need::Optional)) {
            for (std::size_t i = 0; i < ncaf->size(); ++i) {
                const Json& item = (*ncaf)[i];
                if (!item.is_number_integer() || item.get<long long>() < 1 || item.get<long long>() > 17) {
                    m_check.Problem(Element(Child(cross_path, "ncaf"), i), "must be an NCAF objective number 1…17");
                    continue;
                }
                question.crosswalk.ncaf.push_back(item.get<int>());
            }
        }
    }

    void ReadShowIf(const Json& node, const std::string& path, const Instrument& instrument, Question& question) {
        const Json* show_if = m_check.Field(node, path, "show_if", Need::Optional);
        const std::string show_path = Child(path, "show_if");
        if (!show_if || !m_check.Object(*show_if, show_path, {"question", "in"})) return;
        const auto target_id = m_check.String(*show_if, show_path, "question", Need::Required);
        const Json* values = m_check.Array(*show_if, show_path, "in", Need::Required);
        if (!target_id || !values) return;
        const std::string question_path = Child(show_path, "question");
        if (*target_id == question.id) {
            m_check.Problem(question_path, "a question cannot depend on itself");
            return;
        }
        const Question* target = instrument.FindQuestion(*target_id);
        if (!target) {
            if (m_question_paths.contains(*target_id) || LaterQuestionExists(*target_id))
                m_check.Problem(question_path, fmt::format("{} comes after this question; show_if may only point "
                                                           "backwards",
                                                           Quote(*target_id)));
            else
                m_check.Problem(question_path, fmt::format("no question {} exists", Quote(*target_id)));
            return;
        }
        if (!target->Scored()) {
            m_check.Problem(question_path, fmt::format("{} is a free-text question; show_if needs an answer "
                                                       "with values",
                                                       Quote(*target_id)));
            return;
        }
        if (values->empty()) m_check.Problem(Child(show_path, "in"), "list at least one value");
        ShowIf condition{*target_id, {}};
        for (std::size_t i = 0; i < values->size(); ++i) {
            const Json& value = (*values)[i];
            std::string raw;
            if (value.is_string()) raw = value.get<std::string>();
            else if (value.is_number_integer()) raw = std::to_string(value.get<long long>());
            else if (value.is_number()) raw = FormatNumber(value.get<double>());
            else {
                m_check.Problem(Element(Child(show_path, "in"), i), "must be an answer value (string or number)");
                continue;
            }
            try {
                condition.values.push_back(NormalizeAnswerValue(*target, raw));
            } catch (const QuestionnaireError& error) {
                m_check.Problem(Element(Child(show_path, "in"), i), error.what());
            }
        }
        question.show_if = std::move(condition);
    }

    // The whole pillar list is only known at the end, so look ahead in the raw JSON for later ids.
    bool LaterQuestionExists(const std::string& id) const { return m_all_ids.contains(id); }

    Translations ReadTranslations(const Json& node, const std::string& path,
                                  std::initializer_list<std::string_view> fields, const Question* question) {
        Translations translations;
        const Json* all = m_check.Field(node, path, "translations", Need::Optional);
        const std::string all_path = Child(path, "translations");
        if (!all) return translations;
        if (!all->is_object()) {
            m_check.Problem(all_path, fmt::format("must be an object of language codes (is {})",
                                                  detail::KindName(*all)));
            return translations;
        }
        for (const auto& [language, texts] : all->items()) {
            const std::string lang_path = Child(all_path, language);
            if (!IsLanguageCode(language)) {
                m_check.Problem(lang_path, "not a language code (e.g. ar, es, fr, ru, zh, pt-BR)");
                continue;
            }
            if (!m_check.Object(texts, lang_path, fields)) continue;
            Translation translation;
            for (const auto& [field, text] : texts.items()) {
                if (field == "levels") {
                    translation.levels = m_check.StringArray(texts, lang_path, "levels", Need::Optional);
                    if (text.is_array() && text.size() != kStageCount)
                        m_check.Problem(Child(lang_path, "levels"),
                                        fmt::format("{} descriptors, {} required", text.size(), kStageCount));
                } else if (field == "choices") {
                    ReadChoiceTranslations(text, Child(lang_path, "choices"), question, translation);
                } else if (field == "next_steps" && question) {
                    translation.next_steps = ReadNextStepTexts(text, Child(lang_path, "next_steps"), *question);
                } else if (auto value = m_check.String(texts, lang_path, field, Need::Optional)) {
                    translation.fields[field] = *value;
                }
            }
            translations[language] = std::move(translation);
        }
        return translations;
    }

    void ReadChoiceTranslations(const Json& labels, const std::string& path, const Question* question,
                                Translation& translation) {
        if (!labels.is_object()) {
            m_check.Problem(path, "must be an object: choice id → label");
            return;
        }
        for (const auto& [choice_id, label] : labels.items()) {
            if (question && !question->FindChoice(choice_id))
                m_check.Problem(Child(path, choice_id), "the question has no choice with this id");
            else if (!label.is_string() || Trim(label.get<std::string>()).empty())
                m_check.Problem(Child(path, choice_id), "must be a non-empty string");
            else
                translation.choices[choice_id] = label.get<std::string>();
        }
    }

    void CheckTargetTags(const Instrument& instrument) {
        for (std::size_t t = 0; t < instrument.targets.size(); ++t) {
            const Target& target = instrument.targets[t];
            if (target.tag.empty()) continue;
            bool carried = false;
            for (const auto& pillar : instrument.pillars) {  // national questions were checked as read
                for (const auto& question : pillar.questions) {
                    if (!question.HasTag(target.tag)) continue;
                    if (question.Scored()) carried = true;
                    else
                        m_check.Problem(m_question_paths[question.id],
                                        fmt::format("free-text question tagged {} cannot count towards target {}",
                                                    Quote(target.tag), target.id));
                }
            }
            if (!carried)
                m_check.Problem(Child(Element("targets", t), "tag"),
                                fmt::format("no scored question carries the tag {}", Quote(target.tag)));
        }
    }

public:
    // Collects every question id in the raw JSON first, to tell "later" from "missing" in show_if.
    void IndexIds(const Json& root) {
        if (!root.is_object()) return;
        const auto index = [this](const Json& section) {
            if (!section.is_object() || !section.contains("questions") || !section["questions"].is_array()) return;
            for (const auto& question : section["questions"])
                if (question.is_object() && question.contains("id") && question["id"].is_string())
                    m_all_ids.insert(question["id"].get<std::string>());
        };
        if (root.contains("pillars") && root["pillars"].is_array())
            for (const auto& pillar : root["pillars"]) index(pillar);
        if (root.contains("national_module")) index(root["national_module"]);
    }

private:
    JsonChecker& m_check;
    int m_format_version = kInstrumentFormatVersion;
    std::map<std::string, std::string> m_question_paths;  // id → path where first defined
    std::set<std::string> m_all_ids;
};

std::pair<Instrument, std::vector<std::string>> ReadInstrument(std::string_view json_text) {
    JsonChecker checker;
    // The JSON parser rejects every byte sequence that is not UTF-8 (RFC 3629, as IsValidUtf8), so
    // the text is scanned again only when parsing fails, for the clearer message: a second pass
    // over the 1 MB instrument of every file opened costs 1-2 ms.
    const auto root = detail::ParseJsonStrict(json_text, checker);
    if (!root) {
        if (IsValidUtf8(json_text)) return {Instrument{}, checker.TakeProblems()};
        JsonChecker encoding;
        encoding.Problem("", "the file is not valid UTF-8 text (save it as UTF-8)");
        return {Instrument{}, encoding.TakeProblems()};
    }
    InstrumentReader reader(checker);
    reader.IndexIds(*root);
    Instrument instrument = reader.Read(*root);
    return {std::move(instrument), checker.TakeProblems()};
}

}  // namespace

InstrumentError::InstrumentError(std::string source, std::vector<std::string> problems)
    : QuestionnaireError(fmt::format("{}: {} problem(s), first: {}", source, problems.size(),
                                     problems.empty() ? std::string("none") : problems.front())),
      m_problems(std::move(problems)) {}

std::vector<std::string> ValidateInstrument(std::string_view json_text) { return ReadInstrument(json_text).second; }

Instrument ParseInstrument(std::string_view json_text, std::string_view source) {
    auto [instrument, problems] = ReadInstrument(json_text);
    if (!problems.empty()) throw InstrumentError(std::string(source), std::move(problems));
    return instrument;
}

std::string ReadTextFile(const std::filesystem::path& path, std::size_t max_bytes) {
    return ReadRegularFile(path, max_bytes);
}

std::string_view BundledInstrumentJson() { return embedded::kBundledInstrument; }

}  // namespace c5::questionnaire
