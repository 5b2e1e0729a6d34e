#include "report_words.h"

#include <map>
#include <regex>
#include <vector>

#include <nlohmann/json.hpp>

#include "c5/questionnaire/countries.h"

namespace c5::embedded {
extern const std::string_view kCountryNames;
}

namespace c5::reports::detail {
namespace {

// The notes of c5::scoring (score.cpp, compare.cpp, prepared.cpp), without their label, and the
// string that says each in every language; the groups fill the string's {fields}.
struct NotePattern {
    std::regex pattern;
    const char* key;
    std::vector<const char*> fields;
};

const std::vector<NotePattern>& Notes() {
    static const std::vector<NotePattern> notes = [] {
        const std::pair<const char*, std::pair<const char*, std::vector<const char*>>> table[] = {
            {R"(no ICT penetration figures have been entered)", {"note_no_penetration", {}}},
            {R"(no reference set of other countries' \(penetration, score\) pairs)", {"note_no_reference", {}}},
            {R"(the reference set has (\d+) countries; at least (\d+) are needed for a fit)",
             {"note_reference_small", {"count", "minimum"}}},
            {R"(every reference country has the same penetration)", {"note_reference_flat", {}}},
            {R"(no included pillar has enough answers)", {"note_no_pillar_answers", {}}},
            {R"((\d+) of (\d+) transborder items answered, 2/3 needed)",
             {"note_transborder_answers", {"answered", "scorable"}}},
            {R"(the baseline has no score for it)", {"note_baseline_no_score", {}}},
            {R"(the follow-up has no score for it)", {"note_followup_no_score", {}}},
            {R"(the target year had passed at the baseline: the follow-up is compared with the target)",
             {"note_target_passed", {}}},
            {R"(the target year has come: the follow-up is compared with the target)", {"note_target_reached", {}}},
            {R"(questionnaire versions differ \((.+) and (.+)\): pillars are compared by id)",
             {"note_versions_differ", {"baseline", "followup"}}},
            {R"(the follow-up has no ICT penetration figures: targets are compared on the raw scores, the baseline's included)",
             {"note_followup_no_penetration", {}}},
            {R"((\S+) is in the baseline's questionnaire only)", {"note_pillar_baseline_only", {"pillar"}}},
            {R"(budget weighting: (\S+) has no points, so weight 0)", {"note_budget_no_points", {"pillar"}}},
            {R"(AHP: consistency ratio ([\d.]+) is 0\.10 or more; revisit the pairwise judgements)",
             {"note_ahp_inconsistent", {"ratio"}}},
        };
        std::vector<NotePattern> built;
        for (const auto& [pattern, target] : table) built.push_back({std::regex(pattern), target.first, target.second});
        return built;
    }();
    return notes;
}

const nlohmann::json& CountryNames() {
    static const nlohmann::json names = nlohmann::json::parse(embedded::kCountryNames);
    return names;
}

}  // namespace

std::string TranslatedNote(const ReportText& text, std::string_view note, bool with_label) {
    std::string rest(note);
    const char* label = nullptr;
    for (const auto& [prefix, key] : {std::pair{"not computed: ", "not_computed"}, std::pair{"no baseline: ", "no_baseline"}})
        if (rest.rfind(prefix, 0) == 0) {
            rest.erase(0, std::string_view(prefix).size());
            label = key;
        }
    std::string reason;
    for (const auto& known : Notes()) {
        std::smatch match;
        if (!std::regex_match(rest, match, known.pattern)) continue;
        std::map<std::string, std::string> values;
        for (std::size_t i = 0; i < known.fields.size(); ++i) values[known.fields[i]] = match[i + 1].str();
        reason = text.Format(known.key, values);
        break;
    }
    if (reason.empty()) return std::string(note);
    if (!label || !with_label) return reason;
    return text.Format("note_with_label", {{"label", text.Get(label)}, {"reason", reason}});
}

std::string CountryNameIn(std::string_view alpha3, std::string_view language) {
    const auto& names = CountryNames();
    if (const auto country = names.find(std::string(alpha3)); country != names.end())
        if (const auto name = country->find(std::string(language)); name != country->end())
            return name->get<std::string>();
    return questionnaire::CountryName(alpha3);
}

std::string ReportCountryName(const questionnaire::AssessmentInfo& info, std::string_view language) {
    // The name stored when the team typed none is ISO's English name.
    if (!info.country_name.empty() && info.country_name != questionnaire::CountryName(info.country))
        return info.country_name;
    return CountryNameIn(info.country, language);
}

}  // namespace c5::reports::detail
