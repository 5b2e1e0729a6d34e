#include "c5/scoring/score_json.h"

#include <nlohmann/json.hpp>

#include "c5/scoring/item_score.h"

namespace c5::scoring {
namespace q = c5::questionnaire;
using Json = nlohmann::json;
namespace {

Json Number(double value) { return HasScore(value) ? Json(value) : Json(nullptr); }
Json Stage(double value) { return HasScore(value) ? Json(q::StageName(StageOf(value))) : Json(nullptr); }

void PutInterval(Json& object, const Interval& interval, const char* prefix = "") {
    object[std::string(prefix) + "low"] = Number(interval.low);
    object[std::string(prefix) + "high"] = Number(interval.high);
    object[std::string(prefix) + "median"] = Number(interval.median);
}

Json ProgressTargetJson(const ProgressTarget& target) {
    Json json = {{"baseline", Number(target.baseline)},
                 {"baseline_kind", target.baseline_adjusted ? "penetration_adjusted" : "raw"},
                 {"target", Number(target.target)},
                 {"literal_plus_40_percent", Number(target.literal)},
                 {"base_year", target.base_year},
                 {"target_year", target.target_year},
                 {"target_year_passed", target.target_year_passed},
                 {"on_track", nullptr},
                 {"probability_met", nullptr},
                 {"note", target.note}};
    PutInterval(json, target.baseline_interval, "baseline_");
    Json trajectory = Json::array();
    for (const auto& point : target.trajectory) trajectory.push_back({{"year", point.year}, {"value", point.value}});
    json["trajectory"] = trajectory;
    return json;
}

Json ChildItemJson(const ChildProtectionItem& item) {
    return {{"question", item.question_id}, {"state", ToString(item.state)}, {"value", Number(item.value)}};
}

Json ItemJson(const ItemResult& item) {
    return {{"id", item.question_id},
            {"pillar", item.pillar_id},
            {"state", ToString(item.state)},
            {"value", Number(item.value)},
            {"from_consensus", item.from_consensus},
            {"scored_by", item.scored_by},
            {"lowest", Number(item.lowest)},
            {"highest", Number(item.highest)},
            {"effective_weight", item.effective_weight}};
}

Json RecommendationJson(const Recommendation& recommendation) {
    return {{"question", recommendation.question_id},
            {"pillar", recommendation.pillar_id},
            {"score", recommendation.score},
            {"gain", recommendation.gain},
            {"question_text", recommendation.question_text},
            {"recommendation", recommendation.recommendation},
            {"next_step", recommendation.next_step.empty() ? Json(nullptr) : Json(recommendation.next_step)},
            {"lead_group", recommendation.lead_group.empty() ? Json(nullptr) : Json(recommendation.lead_group)}};
}

// The national module beside the pillars: its own score, never in the overall one.
Json NationalJson(const NationalResult& national) {
    const PillarResult& section = national.section;
    Json json = {{"id", section.id},
                 {"title", section.title},
                 {"status", ToString(section.status)},
                 {"score", Number(section.score)},
                 {"stage", Stage(section.score)},
                 {"answered", section.answered},
                 {"scorable", section.scorable}};
    PutInterval(json, section.interval);
    json["items"] = Json::array();
    for (const auto& item : national.items) json["items"].push_back(ItemJson(item));
    json["next_steps"] = Json::array();
    for (const auto& step : national.steps) json["next_steps"].push_back(RecommendationJson(step));
    return json;
}

}  // namespace

std::string ScoreResultJson(const ScoreResult& result, int indent) {
    const ScoreParameters& parameters = result.parameters;
    Json root;
    root["assessment"] = {{"uuid", result.info.uuid},         {"country", result.info.country},
                          {"country_name", result.info.country_name}, {"country_group", q::ToString(result.info.country_group)},
                          {"year", result.info.year},         {"title", result.info.title}};
    root["instrument"] = {{"id", result.instrument_id},
                          {"version", result.instrument_version},
                          {"sha256", result.instrument_sha256}};
    root["fingerprint"] = result.fingerprint;
    root["parameters"] = {{"samples", parameters.samples},
                          {"seed", parameters.seed},
                          {"base_year", parameters.base_year},
                          {"target_year", parameters.target_year},
                          {"weighting", q::ToString(result.settings.weighting)},
                          {"aggregation", q::ToString(result.settings.aggregation)},
                          {"included_optional_pillars", result.settings.included_optional_pillars},
                          {"sufficiency", parameters.sufficiency},
                          {"confidence_shift",
                           {{"low", parameters.shift.low}, {"medium", parameters.shift.medium},
                            {"high", parameters.shift.high}}},
                          {"weight_noise", parameters.weight_noise}};

    const OverallResult& overall = result.overall;
    Json json_overall = {{"score", Number(overall.score)},
                         {"stage", Stage(overall.score)},
                         {"complete", overall.complete},
                         {"missing_pillars", overall.missing_pillars},
                         {"arithmetic", Number(overall.arithmetic)},
                         {"geometric", Number(overall.geometric)},
                         {"adjusted", Number(overall.adjusted)},
                         {"adjusted_stage", Stage(overall.adjusted)},
                         {"adjusted_note", overall.adjusted_note}};
    PutInterval(json_overall, overall.interval);
    PutInterval(json_overall, overall.adjusted_interval, "adjusted_");
    root["overall"] = json_overall;

    root["pillars"] = Json::array();
    for (const auto& pillar : result.pillars) {
        Json json = {{"id", pillar.id},
                     {"title", pillar.title},
                     {"optional", pillar.optional},
                     {"included", pillar.included},
                     {"status", ToString(pillar.status)},
                     {"score", Number(pillar.score)},
                     {"stage", Stage(pillar.score)},
                     {"answered", pillar.answered},
                     {"scorable", pillar.scorable},
                     {"adjusted", Number(pillar.adjusted)},
                     {"weight", pillar.weight}};
        PutInterval(json, pillar.interval);
        PutInterval(json, pillar.adjusted_interval, "adjusted_");
        root["pillars"].push_back(json);
    }

    const PenetrationResult& penetration = result.penetration;
    Json indicators = Json::array();
    for (const auto& input : penetration.inputs) {
        Json indicator = {{"indicator", q::ToString(input.indicator)},
                          {"value", input.value},
                          {"year", input.year},
                          {"source", input.source}};
        if (penetration.index)
            for (const auto& [which, component] : penetration.index->components)
                if (which == input.indicator) indicator["component"] = component;
        indicators.push_back(indicator);
    }
    Json expected = nullptr;
    if (penetration.expected)
        expected = {{"score", penetration.expected->expected}, {"low", penetration.expected->low},
                    {"high", penetration.expected->high},      {"residual", Number(penetration.expected->residual)},
                    {"points", penetration.expected->points},  {"intercept", penetration.expected->intercept},
                    {"slope", penetration.expected->slope}};
    root["penetration"] = {{"index", penetration.index ? Json(penetration.index->index) : Json(nullptr)},
                           {"gap", Number(penetration.gap)},
                           {"indicators", indicators},
                           {"expected", expected},
                           {"expected_note", penetration.expected_note}};

    Json target_b = ProgressTargetJson(result.target_b);
    target_b["answered"] = result.target_b.answered;
    target_b["scorable"] = result.target_b.scorable;
    Json child_items = Json::array();
    for (const auto& item : result.target_c.items) child_items.push_back(ChildItemJson(item));
    Json child_gaps = Json::array();
    for (const auto& item : result.target_c.gaps) child_gaps.push_back(ChildItemJson(item));
    root["targets"] = {{"a", ProgressTargetJson(result.target_a)},
                       {"b", target_b},
                       {"c",
                        {{"met", result.target_c.met},
                         {"probability_met", Number(result.target_c.probability_met)},
                         {"items", child_items},
                         {"gaps", child_gaps}}}};

    root["items"] = Json::array();
    for (const auto& item : result.items) root["items"].push_back(ItemJson(item));
    root["recommendations"] = Json::array();
    for (const auto& recommendation : result.recommendations)
        root["recommendations"].push_back(RecommendationJson(recommendation));
    root["national_module"] = result.national ? NationalJson(*result.national) : Json(nullptr);
    if (!result.sobol.empty()) {
        Json sobol = Json::array();
        for (const auto& index : result.sobol)
            sobol.push_back({{"group", index.group}, {"first_order", index.first_order}, {"total", index.total}});
        root["sensitivity"] = {{"sobol", sobol}};
    }
    root["warnings"] = result.warnings;
    return root.dump(indent);
}

}  // namespace c5::scoring
