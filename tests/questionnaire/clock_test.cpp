// Times as merges compare them: ISO 8601 with a zone, read as points in time, written in UTC.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/clock.h"

namespace q = c5::questionnaire;
namespace bdata = boost::unit_test::data;

namespace {

struct TimeCase {
    const char* text;
    const char* utc;  // nullptr: refused
};
std::ostream& operator<<(std::ostream& out, const TimeCase& c) { return out << c.text; }

const TimeCase kTimes[] = {
    {"2026-11-22T10:42:13.120Z", "2026-11-22T10:42:13.120Z"},
    {"2026-11-22T10:42:13Z", "2026-11-22T10:42:13.000Z"},
    {"2026-11-22T13:42:13.120+03:00", "2026-11-22T10:42:13.120Z"},
    {"2026-11-22T00:10:00.000+23:59", "2026-11-21T00:11:00.000Z"},  // the day before, in UTC
    {"2026-11-22T10:42:13.1234567-05:30", "2026-11-22T16:12:13.123Z"},
    {"2024-02-29T12:00:00Z", "2024-02-29T12:00:00.000Z"},
    {"9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z"},
    {"2026-11-22T10:42:13", nullptr},        // no zone: not a point in time
    {"2026-11-22 10:42:13Z", "2026-11-22T10:42:13.000Z"},
    {"2026-02-30T10:00:00Z", nullptr},       // no such day
    {"2025-02-29T10:00:00Z", nullptr},
    {"2026-11-22T24:00:00Z", nullptr},
    {"2026-11-22T10:42:13+24:00", nullptr},
    {"2026-11-22T10:42:13.Z", nullptr},
    {"2026-11-22T10:42:13Z trailing", nullptr},
    {"", nullptr},
    {"yesterday", nullptr},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(Clock)

BOOST_DATA_TEST_CASE(times_are_read_with_their_zone_and_written_in_utc, bdata::make(kTimes), c) {
    const auto parsed = q::ParseUtcTime(c.text);
    if (!c.utc) {
        BOOST_TEST(!parsed.has_value());
        return;
    }
    BOOST_REQUIRE(parsed.has_value());
    BOOST_TEST(q::FormatUtcTime(*parsed) == c.utc);
}

BOOST_AUTO_TEST_CASE(now_reads_back_as_itself) {
    const std::string now = q::NowUtc();
    BOOST_TEST(q::FormatUtcTime(*q::ParseUtcTime(now)) == now);
}

BOOST_AUTO_TEST_SUITE_END()
