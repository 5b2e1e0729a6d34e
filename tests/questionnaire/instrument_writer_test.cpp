#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/instrument_writer.h"
#include "fixtures.h"

namespace q = c5::questionnaire;

BOOST_AUTO_TEST_SUITE(CanonicalJson)

// The bundled instrument is itself canonical: reading and writing it gives its bytes back.
BOOST_AUTO_TEST_CASE(bundled_instrument_is_canonical) {
    const std::string_view bundled = q::BundledInstrumentJson();
    const std::string written = q::CanonicalInstrumentJson(q::ParseInstrument(bundled));
    BOOST_TEST(written.size() == bundled.size());
    BOOST_TEST((written == bundled));
}

// Hand-written instruments become canonical in one step, and stay as they are after it.
BOOST_AUTO_TEST_CASE(canonical_form_is_a_fixed_point) {
    for (const char* name : {"instruments/minimal.json", "instruments/minimal_v2.json", "instruments/two_pillars.json",
                             "instruments/two_pillars_national.json"}) {
        BOOST_TEST_CONTEXT(name) {
            const std::string original = c5::test::ReadFile(c5::test::DataPath(name));
            const std::string once = q::CanonicalInstrumentJson(q::ParseInstrument(original));
            BOOST_TEST(q::ValidateInstrument(once).empty());
            BOOST_TEST(q::CanonicalInstrumentJson(q::ParseInstrument(once)) == once);
        }
    }
}

BOOST_AUTO_TEST_CASE(numbers_defaults_and_show_if_values_are_written_as_a_person_would) {
    const std::string once = q::CanonicalInstrumentJson(q::ParseInstrument(c5::test::MinimalInstrumentJson()));
    BOOST_TEST(once.find("\"weight\": 1,") != std::string::npos);       // not 1.0
    BOOST_TEST(once.find("\"na_allowed\": true") != std::string::npos);  // scored questions say it
    BOOST_TEST(once.find("\"format_version\": 1,") != std::string::npos);
    BOOST_TEST(once.back() == '\n');
}

BOOST_AUTO_TEST_SUITE_END()
