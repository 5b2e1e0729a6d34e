#pragma once
// Countries (ISO 3166-1, from Debian's iso-codes) and the UN country groups target a) names.
#include <string>
#include <string_view>
#include <vector>

#include "c5/questionnaire/assessment.h"

namespace c5::questionnaire {

struct Country {
    std::string alpha3;
    std::string alpha2;
    std::string name;  // English short name
};

/// Every ISO 3166-1 country, sorted by English name.
const std::vector<Country>& AllCountries();
const Country* FindCountry(std::string_view alpha3);

/// Codes ISO reserves for users (AAA–AAZ, QMA–QZZ, XAA–XZZ, ZZA–ZZZ): used for fictional
/// training countries, never for a real one.
bool IsUserAssignedCode(std::string_view alpha3);

/// Upper-cases and checks a code the user typed; throws QuestionnaireError with a hint
/// ("FR" → "use the three-letter code FRA").
std::string NormalizeCountryCode(std::string_view raw);

/// Every UN group the country belongs to (LDC, SIDS, LLDC, transition, developed); may be empty.
std::vector<CountryGroup> CountryGroupsOf(std::string_view alpha3);

/// The group to preselect: the first of LDC, SIDS, LLDC, transition, developed that applies,
/// otherwise developing.
CountryGroup DefaultCountryGroup(std::string_view alpha3);

/// The country's English ISO name, or "Fictional country XAA" for user-assigned codes.
std::string CountryName(std::string_view alpha3);

/// Where the group lists come from, for the methodology section.
std::string CountryGroupSources();

}  // namespace c5::questionnaire
