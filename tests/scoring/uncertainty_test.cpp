#include <boost/test/unit_test.hpp>

#include "assessment_builder.h"
#include "c5/scoring/score.h"

namespace q = c5::questionnaire;
namespace s = c5::scoring;

namespace {

s::ScoreResult ScoreOneRespondent(q::Confidence confidence, bool sobol = false) {
    c5::test::AssessmentBuilder builder("two_pillars.json");
    const auto r = builder.Respondent("R");
    for (const char* id : {"Q1", "Q4", "Q6"}) builder.Answer(r, id, "2", confidence);
    builder.Answer(r, "Q2", "partial", confidence).Answer(r, "Q5", "yes", confidence).Answer(r, "Q3", "25", confidence);
    s::ScoreRequest request;
    request.parameters.samples = 4000;
    request.parameters.sobol = sobol;
    return s::ScoreAssessment(builder.Data(), request);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(Uncertainty)

BOOST_AUTO_TEST_CASE(low_confidence_widens_the_interval) {
    const auto high = ScoreOneRespondent(q::Confidence::High);
    const auto low = ScoreOneRespondent(q::Confidence::Low);
    const double high_width = high.overall.interval.high - high.overall.interval.low;
    const double low_width = low.overall.interval.high - low.overall.interval.low;
    BOOST_TEST(high_width > 0);
    BOOST_TEST(low_width > high_width);
    BOOST_TEST(high.overall.score == low.overall.score);
}

// Q5 = yes is the only cop_mandatory item: met at the point estimate; under uncertainty it drops
// to partial with probability 0.10/2 (high confidence) or 0.5/2 (low).
BOOST_AUTO_TEST_CASE(probability_that_target_c_is_met, *boost::unit_test::tolerance(0.03)) {
    BOOST_TEST(ScoreOneRespondent(q::Confidence::High).target_c.probability_met == 0.95);
    BOOST_TEST(ScoreOneRespondent(q::Confidence::Low).target_c.probability_met == 0.75);
}

// One respondent: the bootstrap has nothing to resample, so its Sobol indices are 0; the answers
// and weights carry the variance.
BOOST_AUTO_TEST_CASE(sobol_indices_over_input_groups) {
    const auto result = ScoreOneRespondent(q::Confidence::Low, true);
    BOOST_REQUIRE_EQUAL(result.sobol.size(), 4u);
    BOOST_TEST(result.sobol[0].group == "respondents");
    BOOST_TEST(result.sobol[0].total == 0.0);
    BOOST_TEST(result.sobol[1].group == "answers");
    BOOST_TEST(result.sobol[1].total > 0.3);
    for (const auto& index : result.sobol) {
        BOOST_TEST(index.first_order <= index.total + 0.05);
        BOOST_TEST(index.total <= 1.05);
    }
}

BOOST_AUTO_TEST_CASE(no_draws_no_intervals) {
    c5::test::AssessmentBuilder builder("two_pillars.json");
    const auto r = builder.Respondent("R");
    builder.Answer(r, "Q1", "2").Answer(r, "Q2", "yes").Answer(r, "Q4", "1").Answer(r, "Q5", "no");
    s::ScoreRequest request;
    request.parameters.samples = 0;
    const auto result = s::ScoreAssessment(builder.Data(), request);
    BOOST_TEST(s::HasScore(result.overall.score));
    BOOST_TEST(!result.overall.interval.Valid());
    BOOST_TEST(!s::HasScore(result.target_c.probability_met));
}

BOOST_AUTO_TEST_SUITE_END()
