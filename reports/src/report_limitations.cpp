// What the report cannot claim: its limitations, and — when the overall score is incomplete — the
// draft marking with what is missing before a ministry can sign it.
#include <algorithm>
#include <cmath>
#include <set>

#include "c5/questionnaire/stakeholder_groups.h"
#include "report_sections.h"

namespace c5::reports::detail {
namespace q = c5::questionnaire;
namespace s = c5::scoring;

void BuildLimitations(const ReportContext& context, ReportModel& model) {
    const auto& text = context.text;
    const q::AssessmentData& data = context.data;
    auto& out = model.limitations;
    std::set<std::string> groups;
    for (const auto& respondent : data.respondents)
        if (!respondent.stakeholder_group.empty()) groups.insert(respondent.stakeholder_group);
    // Counts of one or none read wrong in the plural sentence ("1 respondents from 1 stakeholder groups").
    const char* self_key = data.respondents.size() <= 1 ? "limitation_self_one_respondent"
                           : groups.empty()             ? "limitation_self_no_groups"
                           : groups.size() == 1         ? "limitation_self_one_group"
                                                        : "limitation_self";
    out.push_back(text.Format(self_key, {{"respondents", std::to_string(data.respondents.size())},
                                         {"groups", std::to_string(groups.size())}}));
    std::vector<std::string> absent;
    for (const auto group : q::kStakeholderGroups)
        if (!groups.contains(std::string(group))) absent.push_back(context.GroupName(group));
    // A respondent without a recorded group may well speak for an "absent" one: say the record is incomplete.
    const auto unrecorded = std::count_if(data.respondents.begin(), data.respondents.end(),
                                          [](const auto& respondent) { return respondent.stakeholder_group.empty(); });
    if (!absent.empty() && !data.respondents.empty())
        out.push_back(text.Format(unrecorded > 0 ? "limitation_groups_absent_unrecorded" : "limitation_groups_absent",
                                  {{"groups", context.List(absent)}, {"unrecorded", std::to_string(unrecorded)}}));
    out.push_back(text.Get("limitation_evidence"));
    out.push_back(text.Get(data.respondents.size() > 1 ? "limitation_band" : "limitation_band_one_respondent"));

    const auto& penetration = context.score.penetration;
    if (!penetration.index) {
        out.push_back(text.Get("limitation_no_penetration"));
    } else {
        std::set<int> years;
        std::vector<std::string> sources;
        for (const auto& input : penetration.inputs) {
            years.insert(input.year);
            if (!input.source.empty() && std::find(sources.begin(), sources.end(), input.source) == sources.end())
                sources.push_back(input.source);
        }
        std::vector<std::string> year_list;
        for (int year : years) year_list.push_back(std::to_string(year));
        out.push_back(text.Format(sources.empty() ? "limitation_penetration_no_source" : "limitation_penetration",
                                  {{"years", context.List(year_list)}, {"sources", context.List(sources)}}));
        if (!years.empty() && data.info.year - *years.begin() >= 3)
            out.push_back(text.Format("limitation_penetration_old", {{"year", std::to_string(*years.begin())},
                                                                      {"base", std::to_string(data.info.year)}}));
    }
    std::vector<std::string> left_out;
    for (const auto& pillar : context.score.pillars)
        if (!pillar.included) left_out.push_back(context.PillarName(pillar.id));
    out.push_back(left_out.empty() ? text.Get("limitation_optional_all_in")
                                   : text.Format("limitation_optional", {{"pillars", context.List(left_out)}}));
    if (context.score.target_a.target_year_passed)
        out.push_back(text.Format("target_year_passed_short", {{"target", std::to_string(context.score.target_a.target_year)},
                                                               {"base", std::to_string(data.info.year)}}));
}

void BuildDraftNotice(const ReportContext& context, ReportModel& model) {
    const auto& text = context.text;
    const auto& overall = context.score.overall;
    DraftNotice& draft = model.draft;
    std::vector<std::string>& missing = draft.missing;
    if (context.data.respondents.empty() || context.data.answers.empty()) missing.push_back(text.Get("draft_no_answers"));
    for (const auto& id : overall.missing_pillars) {
        const s::PillarResult* pillar = context.score.FindPillar(id);
        if (!pillar) continue;
        if (pillar->status == s::PillarStatus::NoScorableItems) {
            missing.push_back(text.Format("draft_pillar_nothing", {{"pillar", context.PillarName(id)}}));
            continue;
        }
        const int needed = static_cast<int>(std::ceil(context.score.parameters.sufficiency * pillar->scorable - 1e-9));
        missing.push_back(text.Format("draft_pillar", {{"pillar", context.PillarName(id)},
                                                       {"answered", std::to_string(pillar->answered)},
                                                       {"scorable", std::to_string(pillar->scorable)},
                                                       {"more", std::to_string(std::max(0, needed - pillar->answered))}}));
    }
    if (!s::HasScore(overall.score) && missing.empty()) missing.push_back(text.Get("draft_no_overall"));
    draft.draft = !missing.empty() || !overall.complete;
    if (!draft.draft) return;
    const bool follow_up = context.comparison != nullptr;
    draft.marking = text.Get(follow_up ? "draft_marking_followup" : "draft_marking");
    draft.intro = text.Get(follow_up ? "draft_intro_followup" : "draft_intro");
    draft.no_signoff = text.Get("draft_no_signoff");
}

}  // namespace c5::reports::detail
