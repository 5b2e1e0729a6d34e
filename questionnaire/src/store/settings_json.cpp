#include "store/settings_json.h"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/error.h"

namespace c5::questionnaire::detail {
using Json = nlohmann::json;

std::map<std::string, std::string> SettingsToRows(const ScoringSettings& settings) {
    Json matrices = Json::object();
    for (const auto& [name, matrix] : settings.ahp_matrices) matrices[name] = matrix;
    return {
        {"included_optional_pillars", Json(settings.included_optional_pillars).dump()},
        {"target_year", Json(settings.target_year).dump()},
        {"weighting", Json(ToString(settings.weighting)).dump()},
        {"aggregation", Json(ToString(settings.aggregation)).dump()},
        {"budget_points", Json(settings.budget_points).dump()},
        {"ahp", Json{{"pillars", settings.ahp_pillars}, {"matrices", matrices}}.dump()},
    };
}

ScoringSettings SettingsFromRows(const std::map<std::string, std::string>& rows, const std::filesystem::path& path) {
    ScoringSettings settings;
    const auto read = [&](const char* key, auto&& apply) {
        const auto found = rows.find(key);
        if (found == rows.end()) return;
        try {
            apply(Json::parse(found->second));
        } catch (const Json::exception&) {
            throw QuestionnaireError(fmt::format("{}: the file is damaged: the scoring option '{}' cannot be read "
                                                 "({})",
                                                 path.string(), key, found->second.substr(0, 80)));
        }
    };
    read("included_optional_pillars", [&](const Json& value) {
        settings.included_optional_pillars = value.get<std::vector<std::string>>();
    });
    read("target_year", [&](const Json& value) { settings.target_year = value.get<int>(); });
    read("weighting", [&](const Json& value) {
        const auto text = value.get<std::string>();
        if (text == "budget") settings.weighting = ScoringSettings::Weighting::Budget;
        else if (text == "ahp") settings.weighting = ScoringSettings::Weighting::Ahp;
        else if (text == "equal") settings.weighting = ScoringSettings::Weighting::Equal;
        else throw Json::other_error::create(501, "unknown weighting", nullptr);
    });
    read("aggregation", [&](const Json& value) {
        const auto text = value.get<std::string>();
        if (text == "geometric") settings.aggregation = ScoringSettings::Aggregation::Geometric;
        else if (text == "arithmetic") settings.aggregation = ScoringSettings::Aggregation::Arithmetic;
        else throw Json::other_error::create(501, "unknown aggregation", nullptr);
    });
    read("budget_points", [&](const Json& value) { settings.budget_points = value.get<std::map<std::string, double>>(); });
    read("ahp", [&](const Json& value) {
        settings.ahp_pillars = value.at("pillars").get<std::vector<std::string>>();
        settings.ahp_matrices = value.at("matrices").get<std::map<std::string, std::vector<std::vector<double>>>>();
    });
    return settings;
}

void CheckSettings(const ScoringSettings& settings, const Instrument& instrument) {
    for (const auto& id : settings.included_optional_pillars) {
        const Pillar* pillar = instrument.FindPillar(id);
        if (!pillar) throw QuestionnaireError(fmt::format("no pillar {} in the instrument", id));
        if (!pillar->optional)
            throw QuestionnaireError(fmt::format("{} is not an optional pillar; it is always included", id));
    }
    if (const YearRange years = TargetYears(); !years.Contains(settings.target_year))
        throw QuestionnaireError(fmt::format("the target year {} is not possible ({}-{})", settings.target_year,
                                             years.first, years.last));
    for (const auto& [id, points] : settings.budget_points) {
        if (!instrument.FindPillar(id)) throw QuestionnaireError(fmt::format("budget points for unknown pillar {}", id));
        if (!(points >= 0) || !std::isfinite(points))
            throw QuestionnaireError(fmt::format("the budget points of {} must be 0 or more", id));
    }
    for (const auto& id : settings.ahp_pillars)
        if (!instrument.FindPillar(id)) throw QuestionnaireError(fmt::format("AHP names unknown pillar {}", id));
    for (const auto& [name, matrix] : settings.ahp_matrices) {
        if (matrix.size() != settings.ahp_pillars.size())
            throw QuestionnaireError(fmt::format("the AHP matrix of {} has {} rows for {} pillars", name,
                                                 matrix.size(), settings.ahp_pillars.size()));
        for (const auto& row : matrix)
            if (row.size() != matrix.size())
                throw QuestionnaireError(fmt::format("the AHP matrix of {} is not square", name));
    }
}

}  // namespace c5::questionnaire::detail
