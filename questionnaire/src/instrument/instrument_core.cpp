#include "c5/questionnaire/instrument_core.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/text_util.h"

namespace c5::questionnaire {
namespace {

using Kind = CoreDifference::Kind;

std::string YesNo(bool value) { return value ? "yes" : "no"; }

std::string Join(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text.empty() ? "none" : text;
}

std::vector<std::string> Sorted(std::vector<std::string> items) {
    std::sort(items.begin(), items.end());
    return items;
}

std::string ShowIfText(const std::optional<ShowIf>& show_if) {
    if (!show_if) return "none";
    return show_if->question_id + " in " + Join(show_if->values);
}

std::string NcafText(const std::vector<int>& objectives) {
    std::vector<std::string> items;
    for (int objective : objectives) items.push_back(std::to_string(objective));
    return Join(items);
}

std::string LetterText(const std::optional<std::string>& letter) { return letter ? *letter : "none"; }

class CoreComparer {
public:
    CoreComparer(const Instrument& reference, const Instrument& candidate)
        : m_reference(reference), m_candidate(candidate) {}

    std::vector<CoreDifference> Compare() {
        Check("instrument", "id", m_reference.id, m_candidate.id);
        Check("instrument", "major version", MajorVersion(m_reference.version), MajorVersion(m_candidate.version));
        CompareDrafts();
        CompareTargets();
        ComparePillars();
        return std::move(m_differences);
    }

private:
    void Check(const std::string& where, const std::string& field, const std::string& reference,
               const std::string& value) {
        if (reference != value) m_differences.push_back({Kind::Changed, where, field, reference, value});
    }
    void Missing(const std::string& where) { m_differences.push_back({Kind::Missing, where, {}, {}, {}}); }
    void Added(const std::string& where) { m_differences.push_back({Kind::Added, where, {}, {}, {}}); }

    void CompareDrafts() {
        for (const auto& draft : m_reference.drafts) {
            const bool kept = std::any_of(m_candidate.drafts.begin(), m_candidate.drafts.end(),
                                          [&](const Draft& other) { return other.id == draft.id; });
            if (!kept) Missing("draft " + draft.id);
        }
        for (const auto& draft : m_candidate.drafts) {
            const bool known = std::any_of(m_reference.drafts.begin(), m_reference.drafts.end(),
                                           [&](const Draft& other) { return other.id == draft.id; });
            if (!known) Added("draft " + draft.id);
        }
    }

    void CompareTargets() {
        for (const auto& target : m_reference.targets) {
            const Target* other = m_candidate.FindTarget(target.id);
            const std::string where = "target " + target.id;
            if (!other) {
                Missing(where);
                continue;
            }
            Check(where, "kind", std::string(ToString(target.kind)), std::string(ToString(other->kind)));
            Check(where, "tag", target.tag, other->tag);
        }
        for (const auto& target : m_candidate.targets)
            if (!m_reference.FindTarget(target.id)) Added("target " + target.id);
    }

    static const Pillar* FindC5Pillar(const Instrument& instrument, std::string_view id) {
        for (const auto& pillar : instrument.pillars)
            if (pillar.id == id) return &pillar;
        return nullptr;
    }
    static const Question* FindC5Question(const Instrument& instrument, std::string_view id, std::size_t* position) {
        for (const auto& pillar : instrument.pillars)
            for (std::size_t q = 0; q < pillar.questions.size(); ++q)
                if (pillar.questions[q].id == id) {
                    if (position) *position = q + 1;
                    return &pillar.questions[q];
                }
        return nullptr;
    }

    void ComparePillars() {
        for (std::size_t p = 0; p < m_reference.pillars.size(); ++p) {
            const Pillar& pillar = m_reference.pillars[p];
            const Pillar* other = FindC5Pillar(m_candidate, pillar.id);
            if (!other) {
                Missing(pillar.id);
            } else {
                const auto position = static_cast<std::size_t>(other - m_candidate.pillars.data());
                Check(pillar.id, "position", std::to_string(p + 1), std::to_string(position + 1));
                Check(pillar.id, "optional", YesNo(pillar.optional), YesNo(other->optional));
                Check(pillar.id, "targets", Join(pillar.targets), Join(other->targets));
                Check(pillar.id, "brackets", std::string(ToString(pillar.brackets)), std::string(ToString(other->brackets)));
                std::map<std::string, std::optional<std::string>> drafts = pillar.draft_letters;
                for (const auto& [draft, letter] : other->draft_letters) drafts.emplace(draft, std::nullopt);
                for (const auto& [draft, unused] : drafts) {
                    const auto mine = pillar.draft_letters.find(draft);
                    const auto theirs = other->draft_letters.find(draft);
                    Check(pillar.id, "letter in draft " + draft,
                          mine == pillar.draft_letters.end() ? "none" : LetterText(mine->second),
                          theirs == other->draft_letters.end() ? "none" : LetterText(theirs->second));
                }
            }
            for (std::size_t q = 0; q < pillar.questions.size(); ++q) CompareQuestion(pillar.questions[q], q + 1);
        }
        for (const auto& pillar : m_candidate.pillars) {
            if (!FindC5Pillar(m_reference, pillar.id)) Added(pillar.id);
            for (const auto& question : pillar.questions)
                if (!FindC5Question(m_reference, question.id, nullptr)) Added(question.id);
        }
    }

    void CompareQuestion(const Question& question, std::size_t position) {
        std::size_t other_position = 0;
        const Question* other = FindC5Question(m_candidate, question.id, &other_position);
        const std::string& id = question.id;
        if (!other) {
            Missing(id);
            return;
        }
        Check(id, "pillar", question.pillar_id, other->pillar_id);
        Check(id, "position", std::to_string(position), std::to_string(other_position));
        Check(id, "type", std::string(ToString(question.type)), std::string(ToString(other->type)));
        if (question.type != other->type) return;  // the rest follows from the type
        Check(id, "weight", FormatNumber(question.weight), FormatNumber(other->weight));
        Check(id, "exposure", FormatNumber(question.exposure), FormatNumber(other->exposure));
        Check(id, "na_allowed", YesNo(question.na_allowed), YesNo(other->na_allowed));
        Check(id, "tags", Join(Sorted(question.tags)), Join(Sorted(other->tags)));
        std::optional<ShowIf> mine = question.show_if;
        std::optional<ShowIf> theirs = other->show_if;
        if (mine) mine->values = Sorted(mine->values);
        if (theirs) theirs->values = Sorted(theirs->values);
        Check(id, "show_if", ShowIfText(mine), ShowIfText(theirs));
        Check(id, "levels", std::to_string(question.levels.size()), std::to_string(other->levels.size()));
        std::vector<std::string> order;
        std::vector<std::string> other_order;
        for (const auto& choice : question.choices) {
            const Choice* kept = other->FindChoice(choice.id);
            const std::string where = id + " choice " + choice.id;
            if (!kept) {
                Missing(where);
                continue;
            }
            Check(where, "score", FormatNumber(choice.score), FormatNumber(kept->score));
            order.push_back(choice.id);
        }
        for (const auto& choice : other->choices) {
            if (question.FindChoice(choice.id)) other_order.push_back(choice.id);
            else Added(id + " choice " + choice.id);
        }
        Check(id, "choice order", Join(order), Join(other_order));
        if (question.goalposts && other->goalposts) {
            Check(id, "low goalpost", FormatNumber(question.goalposts->low), FormatNumber(other->goalposts->low));
            Check(id, "high goalpost", FormatNumber(question.goalposts->high), FormatNumber(other->goalposts->high));
        }
        // The values an answer may take: a wider range would accept answers the core refuses.
        const auto range_end = [](const Question& of, bool max) {
            return of.range ? FormatNumber(max ? of.range->max : of.range->min) : std::string("none");
        };
        Check(id, "range min", range_end(question, false), range_end(*other, false));
        Check(id, "range max", range_end(question, true), range_end(*other, true));
        Check(id, "crosswalk gci", Join(question.crosswalk.gci), Join(other->crosswalk.gci));
        Check(id, "crosswalk cmm", Join(question.crosswalk.cmm), Join(other->crosswalk.cmm));
        Check(id, "crosswalk ncaf", NcafText(question.crosswalk.ncaf), NcafText(other->crosswalk.ncaf));
        CompareMeanings(question, *other);
    }

    // A question's level descriptors, choice labels and next steps in one language, by slot
    // ("levels[2]", "choices.party", "next_steps.1").
    static std::map<std::string, std::string> SlotTexts(const Question& question, const std::string& language) {
        std::map<std::string, std::string> slots;
        const auto put = [&](const std::string& slot, const std::string& text) {
            if (!text.empty()) slots[slot] = text;
        };
        if (language == "en") {
            for (std::size_t level = 0; level < question.levels.size(); ++level)
                put(fmt::format("levels[{}]", level), question.levels[level]);
            for (const auto& choice : question.choices) put("choices." + choice.id, choice.label);
            for (const auto& [key, text] : question.next_steps) put("next_steps." + key, text);
            return slots;
        }
        const auto found = question.translations.find(language);
        if (found == question.translations.end()) return slots;
        const Translation& translation = found->second;
        for (std::size_t level = 0; level < translation.levels.size(); ++level)
            put(fmt::format("levels[{}]", level), translation.levels[level]);
        for (const auto& [choice, text] : translation.choices) put("choices." + choice, text);
        for (const auto& [key, text] : translation.next_steps) put("next_steps." + key, text);
        return slots;
    }

    // Which level, choice or step a text belongs to is what a score means: a text that the core
    // gives to another slot of the same question (two level rows swapped, two choice ids swapped
    // with their scores) is refused, in whichever language it moved; rewording in place is not.
    void CompareMeanings(const Question& question, const Question& other) {
        std::vector<std::string> languages{"en"};
        for (const auto& [language, unused] : question.translations) languages.push_back(language);
        const auto group = [](const std::string& slot) { return slot.substr(0, slot.find_first_of("[.")); };
        std::set<std::string> reported;
        for (const auto& language : languages) {
            const auto core = SlotTexts(question, language);
            for (const auto& [slot, text] : SlotTexts(other, language)) {
                if (reported.contains(slot)) continue;
                if (const auto same = core.find(slot); same != core.end() && same->second == text) continue;
                for (const auto& [core_slot, core_text] : core) {
                    if (core_slot == slot || core_text != text || group(core_slot) != group(slot)) continue;
                    m_differences.push_back({Kind::Moved, question.id, slot, core_slot, language});
                    reported.insert(slot);
                    break;
                }
            }
        }
    }

    const Instrument& m_reference;
    const Instrument& m_candidate;
    std::vector<CoreDifference> m_differences;
};

// Where a difference sits in the candidate's JSON, as the validator names places.
std::string JsonPath(const Instrument& candidate, const CoreDifference& difference) {
    const std::string question_id = difference.where.substr(0, difference.where.find(' '));
    for (std::size_t p = 0; p < candidate.pillars.size(); ++p) {
        const Pillar& pillar = candidate.pillars[p];
        const std::string pillar_path = fmt::format("pillars[{}]", p);
        if (pillar.id == difference.where) {
            static const std::map<std::string, std::string> kKeys{
                {"optional", "optional"}, {"targets", "targets"}, {"brackets", "brackets"}};
            const auto key = kKeys.find(difference.field);
            if (key != kKeys.end()) return pillar_path + "." + key->second;
            if (difference.field.starts_with("letter")) return pillar_path + ".draft_letters";
            return pillar_path + ".id";
        }
        for (std::size_t q = 0; q < pillar.questions.size(); ++q) {
            if (pillar.questions[q].id != question_id) continue;
            const std::string path = fmt::format("{}.questions[{}]", pillar_path, q);
            if (difference.where != question_id) return path + ".choices";
            if (difference.kind == Kind::Moved) {
                const Question& question = pillar.questions[q];
                const std::string base = difference.value == "en" ? path : path + ".translations." + difference.value;
                if (difference.field.starts_with("levels[")) return base + "." + difference.field;
                if (difference.field.starts_with("next_steps.")) return base + "." + difference.field;
                const std::string choice = difference.field.substr(difference.field.find('.') + 1);
                if (difference.value != "en") return base + ".choices." + choice;
                for (std::size_t c = 0; c < question.choices.size(); ++c)
                    if (question.choices[c].id == choice) return fmt::format("{}.choices[{}].label", path, c);
                return path + ".choices";
            }
            static const std::map<std::string, std::string> kKeys{
                {"type", "type"},         {"weight", "weight"},       {"exposure", "exposure"},
                {"na_allowed", "na_allowed"}, {"tags", "tags"},       {"show_if", "show_if"},
                {"levels", "levels"},     {"choice order", "choices"}, {"low goalpost", "goalposts.low"},
                {"high goalpost", "goalposts.high"}, {"range min", "range.min"},
                {"range max", "range.max"},         {"crosswalk gci", "crosswalk.gci"},
                {"crosswalk cmm", "crosswalk.cmm"}, {"crosswalk ncaf", "crosswalk.ncaf"}};
            const auto key = kKeys.find(difference.field);
            return path + "." + (key != kKeys.end() ? key->second : std::string("id"));
        }
    }
    if (difference.where.starts_with("target ")) return "targets";
    if (difference.where.starts_with("draft ")) return "drafts";
    if (difference.field == "id") return "id";
    if (difference.field == "major version") return "version";
    return "pillars";
}

// "level 2 (established)", "choice party", "the next step from level 1": a slot as a reader says it.
std::string SlotName(const std::string& slot) {
    if (slot.starts_with("levels[")) {
        const int level = std::stoi(slot.substr(7));
        return fmt::format("level {} ({})", level, StageName(level));
    }
    if (slot.starts_with("choices.")) return "choice " + slot.substr(8);
    if (slot.starts_with("next_steps.")) {
        const std::string key = slot.substr(11);
        const bool level = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
        return "the next step from " + (level ? "level " + key : key);
    }
    return slot;
}

std::string_view MeaningsOf(const std::string& slot) {
    if (slot.starts_with("levels[")) return "level meanings are part of the C5 core and cannot move";
    if (slot.starts_with("choices.")) return "choice meanings are part of the C5 core and cannot move";
    return "which level, answer, choice or band a next step belongs to is part of the C5 core and cannot change";
}

}  // namespace

std::string Describe(const CoreDifference& difference) {
    switch (difference.kind) {
        case Kind::Changed:
            if (difference.field == "major version")
                return fmt::format("the major version is part of the C5 core ({}): this kit checks the core of {}.x; "
                                   "an adaptation keeps it (write e.g. {}.0.0-moz)",
                                   difference.reference, difference.reference, difference.reference);
            return fmt::format("the {} of {} is part of the C5 core ({}); it cannot change", difference.field,
                               difference.where, difference.reference);
        case Kind::Missing:
            return fmt::format("{} is part of the C5 core; it cannot be removed", difference.where);
        case Kind::Added:
            if (difference.where.starts_with("target ") || difference.where.starts_with("draft "))
                return fmt::format("{} is not in the C5 core; the targets and drafts are part of the core and cannot "
                                   "be added or renamed",
                                   difference.where);
            return fmt::format("{} is not in the C5 core; national questions go into the national module",
                               difference.where);
        case Kind::Moved:
            return fmt::format("the text of {} of {} ({}) is, in the C5 core, that of {}: {} (put the text back; "
                               "rewording it in place is fine)",
                               SlotName(difference.field), difference.where, difference.value,
                               SlotName(difference.reference), MeaningsOf(difference.field));
    }
    return {};
}

std::string DescribeNational(const CoreDifference& difference) {
    switch (difference.kind) {
        case Kind::Changed:
            return fmt::format("the {} of {} differs ({}, then {})", difference.field, difference.where,
                               difference.reference, difference.value);
        case Kind::Missing: return fmt::format("{} is in the baseline's national module only", difference.where);
        case Kind::Added: return fmt::format("{} is in the follow-up's national module only", difference.where);
        case Kind::Moved:
            return fmt::format("the text of {} of {} ({}) is that of {} in the baseline", SlotName(difference.field),
                               difference.where, difference.value, SlotName(difference.reference));
    }
    return {};
}

std::vector<CoreDifference> CoreDifferences(const Instrument& reference, const Instrument& candidate) {
    return CoreComparer(reference, candidate).Compare();
}

std::string MajorVersion(std::string_view version) {
    const auto end = version.find_first_of(".-+");
    return std::string(Trim(version.substr(0, end)));
}

const Instrument* CoreReference(std::string_view id) {
    // Parsed once: every import, validation and new assessment compares with it.
    static const Instrument bundled = ParseInstrument(BundledInstrumentJson(), "the bundled instrument");
    return id == bundled.id ? &bundled : nullptr;
}

std::vector<std::string> CoreProblems(const Instrument& candidate) {
    std::vector<std::string> problems;
    const Instrument* reference = CoreReference(candidate.id);
    if (!reference) return problems;
    for (const auto& difference : CoreDifferences(*reference, candidate)) {
        std::string problem = JsonPath(candidate, difference) + ": " + Describe(difference);
        if (difference.kind == Kind::Changed) problem += fmt::format(" (is {})", difference.value);
        problems.push_back(std::move(problem));
    }
    return problems;
}

}  // namespace c5::questionnaire
