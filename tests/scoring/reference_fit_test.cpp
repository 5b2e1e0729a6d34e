#include <cmath>

#include <boost/test/unit_test.hpp>

#include "c5/scoring/error.h"
#include "c5/scoring/reference_fit.h"

namespace s = c5::scoring;
namespace tt = boost::test_tools;

namespace {

// Points exactly on logit(S/100) = −1 + 2·P/100.
std::vector<s::ReferencePoint> OnCurve(int count) {
    std::vector<s::ReferencePoint> points;
    for (int i = 0; i < count; ++i) {
        const double p = 10.0 + 10.0 * i;
        points.push_back({"C" + std::to_string(i), p, 100.0 / (1.0 + std::exp(-(-1.0 + 2.0 * p / 100.0)))});
    }
    return points;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ReferenceFit)

// At P = 50: logit = −1 + 1 = 0 → expected 50; the fit is exact, so the band collapses onto it;
// a team scoring 62 has residual +12.
BOOST_AUTO_TEST_CASE(exact_logistic_points_are_recovered, *boost::unit_test::tolerance(1e-6)) {
    const auto expected = s::ExpectedFromReference(OnCurve(8), 50, 62);
    BOOST_REQUIRE(expected);
    BOOST_TEST(expected->intercept == -1.0);
    BOOST_TEST(expected->slope == 2.0);
    BOOST_TEST(expected->expected == 50.0);
    BOOST_TEST(expected->low == 50.0);
    BOOST_TEST(expected->high == 50.0);
    BOOST_TEST(expected->residual == 12.0);
    BOOST_TEST(expected->points == 8);
}

BOOST_AUTO_TEST_CASE(noisy_points_give_a_band_around_the_fit) {
    auto points = OnCurve(10);
    for (std::size_t i = 0; i < points.size(); ++i) points[i].score += (i % 2 ? 4.0 : -4.0);
    const auto expected = s::ExpectedFromReference(points, 50, 50);
    BOOST_REQUIRE(expected);
    BOOST_TEST(expected->low < expected->expected);
    BOOST_TEST(expected->expected < expected->high);
}

BOOST_AUTO_TEST_CASE(fewer_than_eight_points_are_not_fitted) {
    BOOST_TEST(!s::ExpectedFromReference(OnCurve(7), 50, 50).has_value());
    auto flat = OnCurve(9);
    for (auto& point : flat) point.penetration = 30;
    BOOST_TEST(!s::ExpectedFromReference(flat, 50, 50).has_value());
}

BOOST_AUTO_TEST_CASE(reference_csv) {
    const auto points = s::ParseReferenceCsv("label,penetration,score\nA,40,55\nB,72.5,61\n", "r.csv");
    BOOST_REQUIRE_EQUAL(points.size(), 2u);
    BOOST_TEST(points[1].penetration == 72.5);
    BOOST_CHECK_EXCEPTION(s::ParseReferenceCsv("label,penetration,score\nA,140,55\n", "r.csv"), s::ScoringError,
                          [](const auto& e) {
                              return std::string(e.what()) == "r.csv line 2: penetration \"140\" is not a number from 0 to 100";
                          });
}

BOOST_AUTO_TEST_SUITE_END()
