#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/error.h"
#include "fixtures.h"

namespace q = c5::questionnaire;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(Countries)

struct GroupCase {
    const char* code;
    q::CountryGroup expected;
};
std::ostream& operator<<(std::ostream& out, const GroupCase& c) { return out << c.code; }
// Checked by hand against the UN lists cited in data/country_groups.json.
const GroupCase kGroups[] = {
    {"AFG", q::CountryGroup::LDC},        {"FJI", q::CountryGroup::SIDS},
    {"MNG", q::CountryGroup::LLDC},       {"UKR", q::CountryGroup::Transition},
    {"FRA", q::CountryGroup::Developed},  {"BRA", q::CountryGroup::Developing},
    {"HTI", q::CountryGroup::LDC},        {"XKA", q::CountryGroup::Developing},
    {"KAZ", q::CountryGroup::LLDC},  // also in transition: the first listed group wins
};

BOOST_DATA_TEST_CASE(default_group_follows_un_lists, bdata::make(kGroups), c) {
    BOOST_TEST(q::DefaultCountryGroup(c.code) == c.expected);
}

BOOST_AUTO_TEST_CASE(haiti_is_both_ldc_and_sids) {
    const auto groups = q::CountryGroupsOf("HTI");
    BOOST_TEST(groups.size() == 2u);
}

BOOST_AUTO_TEST_CASE(codes_are_checked_and_normalised) {
    BOOST_TEST(q::NormalizeCountryCode(" ken ") == "KEN");
    BOOST_TEST(q::NormalizeCountryCode("XAU") == "XAU");
    BOOST_TEST(q::CountryName("KEN") == "Kenya");
    BOOST_CHECK_EXCEPTION(q::NormalizeCountryCode("KE"), q::QuestionnaireError, [](const auto& error) {
        return std::string(error.what()) == "KE is a two-letter code; use the three-letter ISO 3166-1 code KEN (Kenya)";
    });
    BOOST_CHECK_EXCEPTION(q::NormalizeCountryCode("kenya"), q::QuestionnaireError, [](const auto& error) {
        return std::string(error.what()) == "give the country as its ISO 3166-1 alpha-3 code: KEN for Kenya";
    });
    BOOST_CHECK_THROW(q::NormalizeCountryCode("QQQ1"), q::QuestionnaireError);
    BOOST_CHECK_THROW(q::NormalizeCountryCode("ABC"), q::QuestionnaireError);
}

BOOST_AUTO_TEST_CASE(every_country_is_listed_once) {
    BOOST_TEST(q::AllCountries().size() >= 249u);
    BOOST_TEST(q::FindCountry("FJI")->name == "Fiji");
}

BOOST_AUTO_TEST_SUITE_END()
