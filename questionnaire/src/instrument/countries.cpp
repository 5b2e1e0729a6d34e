#include "c5/questionnaire/countries.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"

namespace c5::embedded {
extern const std::string_view kIsoCountries;
extern const std::string_view kCountryGroups;
}  // namespace c5::embedded

namespace c5::questionnaire {
namespace {

using Json = nlohmann::json;

struct CountryTables {
    std::vector<Country> countries;
    std::map<std::string, std::size_t, std::less<>> by_alpha3;
    std::map<std::string, std::vector<CountryGroup>, std::less<>> groups;
    std::string sources;
};

const CountryTables& Tables() {
    static const CountryTables tables = [] {
        CountryTables built;
        const Json iso = Json::parse(embedded::kIsoCountries);
        for (const auto& entry : iso.at("3166-1")) {
            built.countries.push_back({entry.at("alpha_3").get<std::string>(), entry.at("alpha_2").get<std::string>(),
                                       entry.value("common_name", entry.at("name").get<std::string>())});
        }
        std::sort(built.countries.begin(), built.countries.end(),
                  [](const Country& a, const Country& b) { return a.name < b.name; });
        for (std::size_t i = 0; i < built.countries.size(); ++i) built.by_alpha3[built.countries[i].alpha3] = i;

        const Json groups = Json::parse(embedded::kCountryGroups);
        // Preselection order: the first group listed here that applies wins.
        for (const char* name : {"LDC", "SIDS", "LLDC", "transition", "developed"}) {
            const auto group = CountryGroupFromString(name);
            for (const auto& code : groups.at("groups").at(name)) built.groups[code.get<std::string>()].push_back(*group);
        }
        for (const auto& source : groups.at("sources"))
            built.sources += (built.sources.empty() ? "" : "; ") + source.get<std::string>();
        return built;
    }();
    return tables;
}

}  // namespace

const std::vector<Country>& AllCountries() { return Tables().countries; }

const Country* FindCountry(std::string_view alpha3) {
    const auto& tables = Tables();
    const auto found = tables.by_alpha3.find(alpha3);
    return found == tables.by_alpha3.end() ? nullptr : &tables.countries[found->second];
}

bool IsUserAssignedCode(std::string_view code) {
    if (code.size() != 3) return false;
    for (char c : code)
        if (c < 'A' || c > 'Z') return false;
    return (code[0] == 'A' && code[1] == 'A') || (code[0] == 'Q' && code[1] >= 'M') || code[0] == 'X' ||
           (code[0] == 'Z' && code[1] == 'Z');
}

std::string NormalizeCountryCode(std::string_view raw) {
    std::string code(Trim(raw));
    for (char& c : code)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (FindCountry(code) || IsUserAssignedCode(code)) return code;
    if (code.size() == 2) {
        for (const auto& country : AllCountries())
            if (country.alpha2 == code)
                throw QuestionnaireError(fmt::format("{} is a two-letter code; use the three-letter ISO 3166-1 code {} "
                                                     "({})",
                                                     code, country.alpha3, country.name));
    }
    const std::string lower = ToLowerAscii(Trim(raw));
    for (const auto& country : AllCountries())
        if (ToLowerAscii(country.name) == lower)
            throw QuestionnaireError(
                fmt::format("give the country as its ISO 3166-1 alpha-3 code: {} for {}", country.alpha3, country.name));
    throw QuestionnaireError(fmt::format("{} is not an ISO 3166-1 alpha-3 country code (e.g. KEN, FJI, PER); "
                                         "fictional training countries use a code from XAA-XZZ",
                                         Quote(raw)));
}

std::vector<CountryGroup> CountryGroupsOf(std::string_view alpha3) {
    const auto& groups = Tables().groups;
    const auto found = groups.find(alpha3);
    return found == groups.end() ? std::vector<CountryGroup>{} : found->second;
}

CountryGroup DefaultCountryGroup(std::string_view alpha3) {
    const auto groups = CountryGroupsOf(alpha3);
    return groups.empty() ? CountryGroup::Developing : groups.front();
}

std::string CountryName(std::string_view alpha3) {
    const Country* country = FindCountry(alpha3);
    return country ? country->name : fmt::format("Fictional country {}", alpha3);
}

std::string CountryGroupSources() { return Tables().sources; }

}  // namespace c5::questionnaire
