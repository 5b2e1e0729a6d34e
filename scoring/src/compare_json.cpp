#include <nlohmann/json.hpp>

#include "c5/scoring/compare.h"
#include "c5/scoring/item_score.h"

namespace c5::scoring {
namespace q = c5::questionnaire;
using Json = nlohmann::json;

namespace {

Json Number(double value) { return HasScore(value) ? Json(value) : Json(nullptr); }

Json Assessment(const q::AssessmentInfo& info) {
    return {{"uuid", info.uuid}, {"title", info.title}, {"country", info.country}, {"year", info.year}};
}

Json Progress(const TargetProgress& target) {
    return {{"kind", target.adjusted ? "penetration_adjusted" : "raw"},
            {"baseline", Number(target.baseline)},
            {"target", Number(target.target)},
            {"base_year", target.base_year},
            {"target_year", target.target_year},
            {"year", target.year},
            {"expected", Number(target.expected)},
            {"value", Number(target.value)},
            {"low", Number(target.value_interval.low)},
            {"high", Number(target.value_interval.high)},
            {"progress", Number(target.progress)},
            {"on_track", HasScore(target.expected) && HasScore(target.value) ? Json(target.on_track) : Json(nullptr)},
            {"probability_met", Number(target.probability_on_track)},
            {"note", target.note}};
}

Json ChangeJson(const PillarChange& pillar) {
    return {{"id", pillar.id},
            {"title", pillar.title},
            {"included", pillar.included},
            {"baseline", Number(pillar.baseline)},
            {"followup", Number(pillar.followup)},
            {"change", Number(pillar.change)},
            {"baseline_low", Number(pillar.baseline_interval.low)},
            {"baseline_high", Number(pillar.baseline_interval.high)},
            {"followup_low", Number(pillar.followup_interval.low)},
            {"followup_high", Number(pillar.followup_interval.high)},
            {"change_low", Number(pillar.change_interval.low)},
            {"change_high", Number(pillar.change_interval.high)},
            {"change_median", Number(pillar.change_interval.median)},
            {"clear", pillar.clear}};
}

}  // namespace

std::string ComparisonJson(const Comparison& comparison, int indent) {
    Json pillars = Json::array();
    for (const auto& pillar : comparison.pillars) pillars.push_back(ChangeJson(pillar));
    const ChildProtectionChange& child = comparison.target_c;
    Json root = {{"baseline", Assessment(comparison.baseline)},
                 {"followup", Assessment(comparison.followup)},
                 {"overall", {{"baseline", Number(comparison.overall_baseline)},
                              {"followup", Number(comparison.overall_followup)},
                              {"change", Number(comparison.overall_change)},
                              {"change_low", Number(comparison.overall_change_interval.low)},
                              {"change_high", Number(comparison.overall_change_interval.high)},
                              {"clear", comparison.overall_clear},
                              {"adjusted_baseline", Number(comparison.adjusted_baseline)},
                              {"adjusted_followup", Number(comparison.adjusted_followup)},
                              {"adjusted_change", Number(comparison.adjusted_change)},
                              {"adjusted_change_low", Number(comparison.adjusted_change_interval.low)},
                              {"adjusted_change_high", Number(comparison.adjusted_change_interval.high)},
                              {"adjusted_clear", comparison.adjusted_clear}}},
                 {"penetration", {{"baseline", Number(comparison.penetration.baseline)},
                                  {"followup", Number(comparison.penetration.followup)},
                                  {"differ", comparison.penetration.differ},
                                  {"adjusted_at_baseline_penetration",
                                   Number(comparison.penetration.adjusted_at_baseline_penetration)},
                                  {"penetration_effect", Number(comparison.penetration.penetration_effect)}}},
                 {"respondent_pairing", {{"by_identity", comparison.pairing.by_identity},
                                         {"by_group", comparison.pairing.by_group},
                                         {"baseline_only", comparison.pairing.baseline_only},
                                         {"followup_only", comparison.pairing.followup_only}}},
                 {"pillars", pillars},
                 {"national_module", comparison.national ? ChangeJson(*comparison.national) : Json(nullptr)},
                 {"targets", {{"a", Progress(comparison.target_a)},
                              {"b", Progress(comparison.target_b)},
                              {"c", {{"baseline_met", child.baseline_met},
                                     {"followup_met", child.followup_met},
                                     {"gaps_closed", child.closed},
                                     {"gaps_remaining", child.remaining},
                                     {"gaps_opened", child.opened}}}}},
                 {"notes", comparison.notes},
                 {"samples", comparison.followup_score.parameters.samples},
                 {"seed", comparison.followup_score.parameters.seed}};
    return root.dump(indent);
}

}  // namespace c5::scoring
