// Process and coverage: who answered, how much of the instrument each stakeholder group covered,
// when, whether a consensus session took place — and what "every question answered" leaves out.
#include <algorithm>
#include <map>
#include <set>

#include "c5/questionnaire/completion.h"
#include "c5/questionnaire/stakeholder_groups.h"
#include "report_sections.h"

namespace c5::reports::detail {
namespace q = c5::questionnaire;
namespace s = c5::scoring;

namespace {

struct GroupCoverage {
    std::string name;                 // in the report's language
    std::vector<std::string> members;
    std::set<std::string> shown;      // questions asked of at least one member
    std::set<std::string> answered;   // of those, answered (N/A included) by at least one
    int Percent() const {
        return shown.empty() ? 0 : static_cast<int>(100.0 * static_cast<double>(answered.size()) / shown.size() + 0.5);
    }
};

// Groups in the order of the kit's list, then the ones the team named, then respondents without one.
int GroupOrder(const std::string& group) {
    for (std::size_t i = 0; i < q::kStakeholderGroups.size(); ++i)
        if (q::kStakeholderGroups[i] == group) return static_cast<int>(i);
    return group.empty() ? 1000 : 100;
}

}  // namespace

void BuildProcess(const ReportContext& context, ReportModel& model) {
    const auto& text = context.text;
    const q::AssessmentData& data = context.data;
    ProcessSection& process = model.process;
    process.intro = text.Get("process_intro");
    process.columns = {text.Get("column_group"), text.Get("column_respondents"), text.Get("column_questions_answered"),
                       text.Get("column_coverage")};

    std::map<std::pair<int, std::string>, GroupCoverage> groups;
    for (const auto& respondent : data.respondents) {
        // Respondents without a group are listed one by one, their group column saying so: their name in
        // it read as a group, beside a limitation saying no one answered for any group.
        const std::string key = respondent.stakeholder_group.empty() ? "\x01" + respondent.name : respondent.stakeholder_group;
        GroupCoverage& group = groups[{GroupOrder(respondent.stakeholder_group), key}];
        group.name = context.GroupName(respondent.stakeholder_group);
        group.members.push_back(respondent.name);
        const q::AnswerLookup lookup = q::AnswersOf(data, respondent.id);
        std::set<std::string> answered_here;
        for (const auto& answer : data.answers)
            if (answer.respondent_id == respondent.id) answered_here.insert(answer.question_id);
        for (const q::Question* question : data.instrument.Questions()) {
            if (!q::IsQuestionShown(data.instrument, *question, lookup)) continue;
            group.shown.insert(question->id);
            if (answered_here.contains(question->id)) group.answered.insert(question->id);
        }
    }
    const GroupCoverage* lowest = nullptr;
    const GroupCoverage* highest = nullptr;
    for (const auto& [key, group] : groups) {
        process.rows.push_back({group.name, context.List(group.members),
                                text.Format("process_answered_of", {{"answered", std::to_string(group.answered.size())},
                                                                     {"shown", std::to_string(group.shown.size())}}),
                                std::to_string(group.Percent()) + " %"});
        if (!lowest || group.Percent() < lowest->Percent()) lowest = &group;
        if (!highest || group.Percent() > highest->Percent()) highest = &group;
    }
    if (data.respondents.empty()) {
        process.notes.push_back(text.Get("process_no_respondents"));
        return;
    }
    if (lowest && highest && highest->Percent() - lowest->Percent() >= 20) {
        process.notes.push_back(text.Format("process_uneven", {{"low_group", lowest->name},
                                                               {"low", std::to_string(lowest->Percent())},
                                                               {"high_group", highest->name},
                                                               {"high", std::to_string(highest->Percent())}}));
        process.summary.push_back(process.notes.back());
    }

    // When the answers were given.
    std::string first;
    std::string last;
    for (const auto& answer : data.answers) {
        if (!answer.answered_at.empty() && (first.empty() || answer.answered_at < first)) first = answer.answered_at;
        last = std::max(last, std::max(answer.updated_at, answer.answered_at));
    }
    if (!first.empty())
        process.notes.push_back(first.substr(0, 10) == last.substr(0, 10)
                                    ? text.Format("process_dates_one_day", {{"date", text.Date(first)}})
                                    : text.Format("process_dates", {{"first", text.Date(first)}, {"last", text.Date(last)}}));
    else if (!data.answers.empty())
        process.notes.push_back(text.Get("process_dates_unknown"));

    // The consensus session.
    if (data.consensus.empty()) {
        process.notes.push_back(text.Get(data.respondents.size() > 1 ? "process_no_consensus" : "process_one_respondent"));
    } else {
        std::string from;
        std::string to;
        for (const auto& settled : data.consensus) {
            if (settled.decided_at.empty()) continue;
            if (from.empty() || settled.decided_at < from) from = settled.decided_at;
            to = std::max(to, settled.decided_at);
        }
        const std::string count = std::to_string(data.consensus.size());
        if (from.empty()) process.notes.push_back(text.Format("process_consensus_undated", {{"count", count}}));
        else if (from.substr(0, 10) == to.substr(0, 10))
            process.notes.push_back(text.Format("process_consensus_one_day", {{"count", count}, {"date", text.Date(from)}}));
        else
            process.notes.push_back(
                text.Format("process_consensus", {{"count", count}, {"first", text.Date(from)}, {"last", text.Date(to)}}));
    }

    // What "answered" leaves out: items resting on one respondent, and the optional modules outside
    // the overall score.
    int answered = 0;
    int scorable = 0;
    int single = 0;
    int optional_answered = 0;
    int optional_scorable = 0;
    std::vector<std::string> left_out;
    for (const auto& pillar : context.score.pillars) {
        if (pillar.included) {
            answered += pillar.answered;
            scorable += pillar.scorable;
        } else {
            optional_answered += pillar.answered;
            optional_scorable += pillar.scorable;
            left_out.push_back(pillar.id);
        }
    }
    for (const auto& item : context.score.items) {
        const q::Question* question = data.instrument.FindQuestion(item.question_id);
        const s::PillarResult* pillar = question ? context.score.FindPillar(question->pillar_id) : nullptr;
        if (pillar && pillar->included && item.state == s::ItemState::Scored && !item.from_consensus && item.scored_by == 1)
            ++single;
    }
    process.notes.push_back(text.Format("process_completeness", {{"answered", std::to_string(answered)},
                                                                 {"scorable", std::to_string(scorable)},
                                                                 {"unanswered", std::to_string(scorable - answered)}}));
    if (single > 0 && data.respondents.size() > 1)
        process.notes.push_back(text.Format("process_single_answer", {{"count", std::to_string(single)}}));
    if (!left_out.empty()) {
        process.notes.push_back(text.Format("process_optional", {{"pillars", context.List(left_out)},
                                                                 {"answered", std::to_string(optional_answered)},
                                                                 {"scorable", std::to_string(optional_scorable)}}));
        process.summary.push_back(process.notes.back());
    }
}

}  // namespace c5::reports::detail
