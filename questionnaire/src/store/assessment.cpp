#include "c5/questionnaire/assessment.h"

#include <array>

#include "c5/questionnaire/clock.h"

namespace c5::questionnaire {

YearRange AssessmentYears() { return {2003, CurrentYear() + 1}; }
YearRange IndicatorYears() { return {1990, CurrentYear() + 1}; }
YearRange TargetYears() { return {2000, 2100}; }

namespace {

template <typename Enum>
struct Named {
    Enum value;
    std::string_view name;
};

constexpr std::array kGroups{
    Named<CountryGroup>{CountryGroup::LDC, "LDC"},
    Named<CountryGroup>{CountryGroup::SIDS, "SIDS"},
    Named<CountryGroup>{CountryGroup::LLDC, "LLDC"},
    Named<CountryGroup>{CountryGroup::Transition, "transition"},
    Named<CountryGroup>{CountryGroup::Developing, "developing"},
    Named<CountryGroup>{CountryGroup::Developed, "developed"},
};
constexpr std::array kConfidences{
    Named<Confidence>{Confidence::Low, "low"},
    Named<Confidence>{Confidence::Medium, "medium"},
    Named<Confidence>{Confidence::High, "high"},
};
constexpr std::array kIndicators{
    Named<Indicator>{Indicator::InternetUsers, "internet_users"},
    Named<Indicator>{Indicator::HouseholdsInternet, "households_internet"},
    Named<Indicator>{Indicator::MobileBroadband, "mobile_broadband"},
    Named<Indicator>{Indicator::FixedBroadband, "fixed_broadband"},
};

template <typename Enum, std::size_t N>
std::string_view NameOf(const std::array<Named<Enum>, N>& table, Enum value) {
    for (const auto& entry : table)
        if (entry.value == value) return entry.name;
    return "unknown";
}

template <typename Enum, std::size_t N>
std::optional<Enum> ValueOf(const std::array<Named<Enum>, N>& table, std::string_view name) {
    for (const auto& entry : table)
        if (entry.name == name) return entry.value;
    return std::nullopt;
}

}  // namespace

std::string_view ToString(CountryGroup group) { return NameOf(kGroups, group); }
std::optional<CountryGroup> CountryGroupFromString(std::string_view text) { return ValueOf(kGroups, text); }
std::string_view ToString(Confidence confidence) { return NameOf(kConfidences, confidence); }
std::optional<Confidence> ConfidenceFromString(std::string_view text) { return ValueOf(kConfidences, text); }
std::string_view ToString(Indicator indicator) { return NameOf(kIndicators, indicator); }
std::optional<Indicator> IndicatorFromString(std::string_view text) { return ValueOf(kIndicators, text); }

std::string_view IndicatorLabel(Indicator indicator) {
    switch (indicator) {
        case Indicator::InternetUsers: return "Individuals using the Internet (%)";
        case Indicator::HouseholdsInternet: return "Households with Internet access at home (%)";
        case Indicator::MobileBroadband: return "Active mobile-broadband subscriptions per 100 inhabitants";
        case Indicator::FixedBroadband: return "Fixed-broadband subscriptions per 100 inhabitants";
    }
    return "";
}

double IndicatorMaximum(Indicator indicator) {
    switch (indicator) {
        case Indicator::InternetUsers:
        case Indicator::HouseholdsInternet: return 100;
        case Indicator::MobileBroadband:
        case Indicator::FixedBroadband: return 400;
    }
    return 100;
}

std::string_view ToString(ScoringSettings::Weighting weighting) {
    switch (weighting) {
        case ScoringSettings::Weighting::Equal: return "equal";
        case ScoringSettings::Weighting::Budget: return "budget";
        case ScoringSettings::Weighting::Ahp: return "ahp";
    }
    return "equal";
}

std::string_view ToString(ScoringSettings::Aggregation aggregation) {
    return aggregation == ScoringSettings::Aggregation::Geometric ? "geometric" : "arithmetic";
}

const Respondent* AssessmentData::FindRespondent(long long id) const {
    for (const auto& respondent : respondents)
        if (respondent.id == id) return &respondent;
    return nullptr;
}

const Respondent* AssessmentData::FindRespondent(std::string_view name) const {
    for (const auto& respondent : respondents)
        if (respondent.name == name) return &respondent;
    return nullptr;
}

}  // namespace c5::questionnaire
