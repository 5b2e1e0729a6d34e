// A follow-up compared with its baseline, by hand (two_pillars.json; the baseline is the
// three-respondent case of model_test.cpp, scored raw: no penetration figures).
//
// Baseline 2026: P1 = 68.75, P2 = 62.5, S = 65.625; transborder (raw) = (2·0.75 + 1)/3 = 83.3333.
// Follow-up 2028: every respondent answers Q4 at level 3 → Q4 = 0.75, P2 = 100·(0.75 + 1)/2 = 87.5;
//   S = (68.75 + 87.5)/2 = 78.125; transborder unchanged at 83.3333.
// Target year 2030 (set at the baseline).
//   a: B = 65.625, T = 65.625 + 0.4·34.375 = 79.375, T(2028) = 65.625 + 13.75·2/4 = 72.5;
//      S(2028) = 78.125 ≥ 72.5 → on track; progress (78.125 − 65.625)/13.75 = 0.90909.
//   b: B = 83.3333, T = 83.3333 + 0.4·16.6667 = 90, T(2028) = 86.6667; 83.3333 < 86.6667 → not on
//      track; progress 0.
//   c: Q5 met in both; in a follow-up where R3 now answers Q5 "no" and R2 "partial", its median is
//      0.5: the gap Q5 opens.
#include <boost/test/unit_test.hpp>

#include "assessment_builder.h"
#include "c5/scoring/compare.h"
#include "c5/scoring/error.h"

namespace q = c5::questionnaire;
namespace s = c5::scoring;
namespace tt = boost::test_tools;

namespace {

c5::test::AssessmentBuilder Assessment(int year, const std::string& q4_r3, const std::string& q4_r12,
                                       const std::string& q5_r2 = "yes", const std::string& q5_r3 = "partial") {
    c5::test::AssessmentBuilder builder("two_pillars.json", year);
    const long long r1 = builder.Respondent("R1");
    const long long r2 = builder.Respondent("R2");
    const long long r3 = builder.Respondent("R3");
    builder.Answer(r1, "Q1", "2").Answer(r2, "Q1", "3").Answer(r3, "Q1", "4");
    builder.Answer(r1, "Q2", "yes").Answer(r2, "Q2", "partial").Answer(r3, "Q2", "no");
    builder.Answer(r1, "Q3", "25").Answer(r2, "Q3", "60");
    builder.Answer(r1, "Q4", q4_r12).Answer(r2, "Q4", q4_r12).Answer(r3, "Q4", q4_r3);
    builder.Answer(r1, "Q5", "yes").Answer(r2, "Q5", q5_r2).Answer(r3, "Q5", q5_r3);
    builder.Answer(r1, "Q6", "NA").Answer(r2, "Q6", "NA").Answer(r3, "Q6", "NA");
    builder.Data().settings.target_year = 2030;
    return builder;
}

s::ScoreRequest Request(int samples) {
    s::ScoreRequest request;
    request.parameters.samples = samples;
    return request;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(FollowUpComparison)

BOOST_AUTO_TEST_CASE(pillar_changes_and_target_progress_match_the_hand_computation) {
    auto baseline = Assessment(2026, "3", "1");
    auto followup = Assessment(2028, "3", "3");
    const auto comparison = s::CompareAssessments(baseline.Data(), followup.Data(), Request(0));
    BOOST_TEST(comparison.overall_baseline == 65.625, tt::tolerance(1e-9));
    BOOST_TEST(comparison.overall_followup == 78.125, tt::tolerance(1e-9));
    BOOST_TEST(comparison.overall_change == 12.5, tt::tolerance(1e-9));
    BOOST_REQUIRE(comparison.pillars.size() >= 2u);
    BOOST_TEST(comparison.pillars[0].change == 0.0, tt::tolerance(1e-9));
    BOOST_TEST(comparison.pillars[1].baseline == 62.5, tt::tolerance(1e-9));
    BOOST_TEST(comparison.pillars[1].followup == 87.5, tt::tolerance(1e-9));
    BOOST_TEST(comparison.pillars[1].change == 25.0, tt::tolerance(1e-9));

    const s::TargetProgress& a = comparison.target_a;
    BOOST_TEST(!a.adjusted);
    BOOST_TEST(a.baseline == 65.625, tt::tolerance(1e-9));
    BOOST_TEST(a.target == 79.375, tt::tolerance(1e-9));
    BOOST_TEST(a.base_year == 2026);
    BOOST_TEST(a.target_year == 2030);
    BOOST_TEST(a.year == 2028);
    BOOST_TEST(a.expected == 72.5, tt::tolerance(1e-9));
    BOOST_TEST(a.value == 78.125, tt::tolerance(1e-9));
    BOOST_TEST(a.progress == 12.5 / 13.75, tt::tolerance(1e-9));
    BOOST_TEST(a.on_track);

    const s::TargetProgress& b = comparison.target_b;
    BOOST_TEST(b.baseline == 250.0 / 3, tt::tolerance(1e-9));
    BOOST_TEST(b.target == 90.0, tt::tolerance(1e-9));
    BOOST_TEST(b.expected == 260.0 / 3, tt::tolerance(1e-9));
    BOOST_TEST(b.progress == 0.0, tt::tolerance(1e-9));
    BOOST_TEST(!b.on_track);

    BOOST_TEST(comparison.target_c.baseline_met);
    BOOST_TEST(comparison.target_c.followup_met);
    BOOST_TEST(comparison.target_c.opened.empty());
}

BOOST_AUTO_TEST_CASE(the_probability_of_being_on_track_comes_from_the_follow_ups_draws) {
    auto baseline = Assessment(2026, "3", "1");
    auto followup = Assessment(2028, "3", "3");
    const auto comparison = s::CompareAssessments(baseline.Data(), followup.Data(), Request(2000));
    // a: the follow-up is 5.6 points above T(t); b: 3.3 points below it.
    BOOST_TEST(comparison.target_a.probability_on_track > 0.5);
    BOOST_TEST(comparison.target_a.probability_on_track <= 1.0);
    BOOST_TEST(comparison.target_b.probability_on_track < 0.5);
    BOOST_TEST(comparison.target_b.probability_on_track >= 0.0);
    // The same query asked of the follow-up's score directly.
    s::ScoreRequest request = Request(2000);
    request.target_year = 2030;
    request.probabilities.push_back({s::ProbabilityQuery::Measure::Overall, 72.5});
    BOOST_TEST(s::ScoreAssessment(followup.Data(), request).probabilities.at(0) ==
               comparison.target_a.probability_on_track);
}

BOOST_AUTO_TEST_CASE(a_child_protection_gap_that_opens_is_named) {
    auto baseline = Assessment(2026, "3", "1");
    auto followup = Assessment(2028, "3", "1", "partial", "no");
    const auto comparison = s::CompareAssessments(baseline.Data(), followup.Data(), Request(0));
    BOOST_TEST(comparison.target_c.baseline_met);
    BOOST_TEST(!comparison.target_c.followup_met);
    BOOST_TEST(comparison.target_c.opened == std::vector<std::string>{"Q5"}, tt::per_element());
    // Closed the other way round.
    const auto reverse = s::CompareAssessments(Assessment(2026, "3", "1", "partial", "no").Data(),
                                               Assessment(2028, "3", "1").Data(), Request(0));
    BOOST_TEST(reverse.target_c.closed == std::vector<std::string>{"Q5"}, tt::per_element());
}

BOOST_AUTO_TEST_CASE(only_a_later_assessment_of_the_same_country_is_a_follow_up) {
    auto baseline = Assessment(2026, "3", "1");
    auto same_year = Assessment(2026, "3", "3");
    BOOST_CHECK_THROW(s::CompareAssessments(baseline.Data(), same_year.Data(), Request(0)), s::ScoringError);
    auto other_country = Assessment(2028, "3", "3");
    other_country.Data().info.country = "XKB";
    BOOST_CHECK_THROW(s::CompareAssessments(baseline.Data(), other_country.Data(), Request(0)), s::ScoringError);
}

BOOST_AUTO_TEST_CASE(past_the_target_year_the_follow_up_is_measured_against_the_target) {
    auto baseline = Assessment(2026, "3", "1");
    auto followup = Assessment(2032, "3", "3");
    const auto comparison = s::CompareAssessments(baseline.Data(), followup.Data(), Request(0));
    BOOST_TEST(comparison.target_a.expected == 79.375, tt::tolerance(1e-9));
    BOOST_TEST(!comparison.target_a.on_track);  // 78.125 < 79.375
    BOOST_TEST(comparison.target_a.note.find("target year has come") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
