// A two-pillar, three-respondent assessment scored by hand (tests/data/instruments/two_pillars.json).
//
// Answers (R1, R2, R3) → item scores → median:
//   P1  Q1 maturity w=2 e=0     2, 3, 4        → 0.5, 0.75, 1     → 0.75
//       Q2 yes/partial/no e=1   yes, partial, no → 1, 0.5, 0       → 0.5
//       Q3 percent 0→50 e=0.5   25, 60, —      → 0.5, 1 (clipped)  → (0.5 + 1) / 2 = 0.75
//   P2  Q4 maturity e=0.5       1, 1, 3        → 0.25, 0.25, 0.75 → 0.25
//       Q5 yes/partial/no e=1   yes, yes, partial → 1, 1, 0.5     → 1     (transborder, cop_mandatory)
//       Q6 maturity             N/A, N/A, N/A  → not applicable: out of the denominator
//   P3 (optional, not included) unanswered.
// Pillars: P1 = 100 · (2·0.75 + 0.5 + 0.75) / 4 = 68.75;  P2 = 100 · (0.25 + 1) / 2 = 62.5.
// Overall = (68.75 + 62.5) / 2 = 65.625 (strategic).
// Geometric: ((1 + 0.99·68.75)(1 + 0.99·62.5))^½ = 65.88…, back to 0–100: (65.88… − 1)/0.99 = 65.5517.
// Penetration: internet 40 % → 0.4, fixed broadband 30/60 → 0.5; P = 45. Gap S − P = 20.625.
// Adjusted factors 1 − e/2 + e·0.45: e=0 → 1, e=0.5 → 0.975, e=1 → 0.95.
//   P1_adj = (2·0.75 + 0.95·0.5 + 0.975·0.75) / (2 + 0.95 + 0.975) = 2.70625 / 3.925 = 68.9490
//   P2_adj = (0.975·0.25 + 0.95·1) / (0.975 + 0.95) = 1.19375 / 1.925 = 62.0130
//   S_adj  = (68.9490 + 62.0130) / 2 = 65.4810
// Target a: B = S_adj = 65.4810; T = B + 0.4·(100 − B) = 79.2886; literal min(100, 1.4·B) = 91.6734.
// Target b: transborder Q1 (0.75, w 2) and Q5 (1, w 1·0.95) → (1.5 + 0.95) / 2.95 = 83.0508;
//           raw (1.5 + 1) / 3 = 83.3333; T_b = 83.0508 + 0.4·16.9492 = 89.8305.
// Target c: Q5 median 1 → met.
// Gains (adjusted weights, W_p = 1/2): Q4 = 100 · 0.975/1.925 · ½ · 0.75 = 18.9935;
//   Q1 = 100 · 2/3.925 · ½ · 0.25 = 6.3694; Q2 = 100 · 0.95/3.925 · ½ · 0.5 = 6.0510;
//   Q3 = 100 · 0.975/3.925 · ½ · 0.25 = 3.1051.
#include <boost/test/unit_test.hpp>

#include "assessment_builder.h"
#include "c5/scoring/error.h"
#include "c5/scoring/score.h"

namespace q = c5::questionnaire;
namespace s = c5::scoring;
namespace tt = boost::test_tools;

namespace {

struct TwoPillars {
    c5::test::AssessmentBuilder builder{"two_pillars.json"};
    long long r1 = builder.Respondent("R1");
    long long r2 = builder.Respondent("R2");
    long long r3 = builder.Respondent("R3");

    TwoPillars() {
        builder.Answer(r1, "Q1", "2").Answer(r2, "Q1", "3").Answer(r3, "Q1", "4");
        builder.Answer(r1, "Q2", "yes").Answer(r2, "Q2", "partial").Answer(r3, "Q2", "no");
        builder.Answer(r1, "Q3", "25").Answer(r2, "Q3", "60");
        builder.Answer(r1, "Q4", "1").Answer(r2, "Q4", "1").Answer(r3, "Q4", "3");
        builder.Answer(r1, "Q5", "yes").Answer(r2, "Q5", "yes").Answer(r3, "Q5", "partial");
        builder.Answer(r1, "Q6", "NA").Answer(r2, "Q6", "NA").Answer(r3, "Q6", "NA");
    }
    s::ScoreResult Score(int samples = 0) {
        s::ScoreRequest request;
        request.parameters.samples = samples;
        return s::ScoreAssessment(builder.Data(), request);
    }
    void WithPenetration() {
        builder.Penetration(q::Indicator::InternetUsers, 40).Penetration(q::Indicator::FixedBroadband, 30);
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(HandComputed)

BOOST_FIXTURE_TEST_CASE(pillars_and_overall, TwoPillars, *boost::unit_test::tolerance(1e-9)) {
    const auto result = Score();
    BOOST_TEST(result.pillars[0].score == 68.75);
    BOOST_TEST(result.pillars[0].answered == 3);
    BOOST_TEST(result.pillars[0].scorable == 3);
    BOOST_TEST(result.pillars[1].score == 62.5);
    BOOST_TEST(result.pillars[1].answered == 2);
    BOOST_TEST(result.pillars[1].scorable == 2);  // Q6 is not applicable
    BOOST_TEST(result.pillars[2].status == s::PillarStatus::InsufficientData);
    BOOST_TEST(!result.pillars[2].included);
    BOOST_TEST(result.overall.score == 65.625);
    BOOST_TEST(result.overall.complete);  // P3 is optional and not included
    BOOST_TEST(result.overall.geometric == 65.5516827823, tt::tolerance(1e-8));
    BOOST_TEST(!s::HasScore(result.overall.adjusted));
    BOOST_TEST(result.overall.adjusted_note == "not computed: no ICT penetration figures have been entered");
    BOOST_TEST(result.pillars[0].weight + result.pillars[1].weight == 1.0);
}

BOOST_FIXTURE_TEST_CASE(penetration_adjusted_scores_and_gap, TwoPillars, *boost::unit_test::tolerance(1e-4)) {
    WithPenetration();
    const auto result = Score();
    BOOST_TEST(result.penetration.index->index == 45.0);
    BOOST_TEST(result.pillars[0].adjusted == 68.9490);
    BOOST_TEST(result.pillars[1].adjusted == 62.0130);
    BOOST_TEST(result.overall.adjusted == 65.4810);
    BOOST_TEST(result.penetration.gap == 20.625);
}

BOOST_FIXTURE_TEST_CASE(targets_a_b_c, TwoPillars, *boost::unit_test::tolerance(1e-4)) {
    WithPenetration();
    builder.Data().settings.target_year = 2030;
    const auto result = Score();
    const auto& a = result.target_a;
    BOOST_TEST(a.baseline_adjusted);
    BOOST_TEST(a.baseline == 65.4810);
    BOOST_TEST(a.target == 79.2886);
    BOOST_TEST(a.literal == 91.6734);
    BOOST_TEST(!a.target_year_passed);
    BOOST_REQUIRE_EQUAL(a.trajectory.size(), 5u);  // 2026 … 2030
    BOOST_TEST(a.trajectory[2].year == 2028);
    BOOST_TEST(a.trajectory[2].value == (65.4810 + 79.2886) / 2);
    const auto& b = result.target_b;
    BOOST_TEST(b.baseline == 83.0508);
    BOOST_TEST(b.target == 89.8305);
    BOOST_TEST(b.answered == 2);
    BOOST_TEST(result.target_c.met);
    BOOST_TEST(result.target_c.gaps.empty());
}

BOOST_FIXTURE_TEST_CASE(target_year_that_has_passed_is_stated, TwoPillars) {
    const auto result = Score();  // the default target year 2020 is before the assessment year 2026
    BOOST_TEST(result.target_a.target_year == 2020);
    BOOST_TEST(result.target_a.target_year_passed);
    BOOST_TEST(result.target_a.trajectory.empty());
    BOOST_TEST(result.target_a.target == 65.625 + 0.4 * 34.375, tt::tolerance(1e-9));
}

// 80 → T = 80 + 0.4·20 = 88, literal min(100, 112) = 100: gap closure stays within [B, 100].
BOOST_AUTO_TEST_CASE(literal_reading_is_capped_at_100, *boost::unit_test::tolerance(1e-9)) {
    c5::test::AssessmentBuilder builder("two_pillars.json");
    const auto r = builder.Respondent("R");
    builder.Answer(r, "Q1", "4").Answer(r, "Q2", "yes").Answer(r, "Q3", "50");
    builder.Answer(r, "Q4", "2").Answer(r, "Q5", "partial").Answer(r, "Q6", "2");
    s::ScoreRequest request;
    request.parameters.samples = 0;
    const auto result = s::ScoreAssessment(builder.Data(), request);
    // P1 = 100, P2 = (0.5 + 0.5 + 0.5)/3 = 50 → S = 75; T = 75 + 10 = 85; literal = 100 (105 capped).
    BOOST_TEST(result.overall.score == 75.0);
    BOOST_TEST(result.target_a.target == 85.0);
    BOOST_TEST(result.target_a.literal == 100.0);
    BOOST_TEST(!result.target_c.met);
    BOOST_REQUIRE_EQUAL(result.target_c.gaps.size(), 1u);
    BOOST_TEST(result.target_c.gaps[0].question_id == "Q5");
}

BOOST_FIXTURE_TEST_CASE(recommendations_ranked_by_gain, TwoPillars, *boost::unit_test::tolerance(1e-4)) {
    WithPenetration();
    const auto result = Score();
    BOOST_REQUIRE_EQUAL(result.recommendations.size(), 4u);  // Q5 is fully met
    BOOST_TEST(result.recommendations[0].question_id == "Q4");
    BOOST_TEST(result.recommendations[0].gain == 18.9935);
    BOOST_TEST(result.recommendations[1].question_id == "Q1");
    BOOST_TEST(result.recommendations[1].gain == 6.3694);
    BOOST_TEST(result.recommendations[2].question_id == "Q2");
    BOOST_TEST(result.recommendations[2].gain == 6.0510);
    BOOST_TEST(result.recommendations[3].question_id == "Q3");
    BOOST_TEST(result.recommendations[3].gain == 3.1051);
    BOOST_TEST(result.recommendations[0].recommendation == "Raise Q4.");
    double total = 0;
    for (const auto& item : result.items) total += item.effective_weight;
    BOOST_TEST(total == 1.0, tt::tolerance(1e-12));
}

// Consensus Q4 = 4 replaces the median 0.25: P2 = (1 + 1)/2 = 100; S = (68.75 + 100)/2 = 84.375.
BOOST_FIXTURE_TEST_CASE(consensus_overrides_the_median, TwoPillars, *boost::unit_test::tolerance(1e-9)) {
    builder.Consensus("Q4", "4");
    const auto result = Score();
    BOOST_TEST(result.pillars[1].score == 100.0);
    BOOST_TEST(result.overall.score == 84.375);
    BOOST_TEST(result.items[3].from_consensus);
}

// With only Q1 of P1's three items answered (1/3 < 2/3), P1 has insufficient data — never 0 —
// and the overall score is P2 alone, flagged incomplete. With Q1 and Q2 (2/3) it is scored:
// (2·0.75 + 0.5)/3 = 66.667.
BOOST_AUTO_TEST_CASE(two_thirds_sufficiency_rule, *boost::unit_test::tolerance(1e-9)) {
    c5::test::AssessmentBuilder builder("two_pillars.json");
    const auto r = builder.Respondent("R");
    builder.Answer(r, "Q1", "3").Answer(r, "Q4", "1").Answer(r, "Q5", "yes").Answer(r, "Q6", "NA");
    s::ScoreRequest request;
    request.parameters.samples = 0;
    auto result = s::ScoreAssessment(builder.Data(), request);
    BOOST_TEST(result.pillars[0].status == s::PillarStatus::InsufficientData);
    BOOST_TEST(!s::HasScore(result.pillars[0].score));
    BOOST_TEST(result.overall.score == 62.5);
    BOOST_TEST(!result.overall.complete);
    BOOST_TEST(result.overall.missing_pillars == std::vector<std::string>{"P1"}, tt::per_element());
    builder.Answer(r, "Q2", "partial");
    result = s::ScoreAssessment(builder.Data(), request);
    BOOST_TEST(result.pillars[0].score == 100.0 * (2 * 0.75 + 0.5) / 3);
    BOOST_TEST(result.overall.complete);
}

// N/A is never 0: Q6 answered 0 instead of N/A lowers P2 from 62.5 to (0.25 + 1 + 0)/3 = 41.667.
BOOST_FIXTURE_TEST_CASE(not_applicable_is_not_zero, TwoPillars, *boost::unit_test::tolerance(1e-9)) {
    const double with_na = Score().pillars[1].score;
    for (auto& answer : builder.Data().answers)
        if (answer.question_id == "Q6") answer.value = "0";
    const double with_zero = Score().pillars[1].score;
    BOOST_TEST(with_na == 62.5);
    BOOST_TEST(with_zero == 100.0 * 1.25 / 3);
}

// P3 (optional): Q7 = 1 everywhere hides Q8 (show_if Q7 in 2–4), even though R3 answered it;
// Q9 = 3 → P3 = (0.25 + 0.75)/2 = 50 from 2 scorable items. Included, S = (68.75 + 62.5 + 50)/3.
BOOST_FIXTURE_TEST_CASE(optional_pillar_and_show_if, TwoPillars, *boost::unit_test::tolerance(1e-9)) {
    for (long long r : {r1, r2, r3}) builder.Answer(r, "Q7", "1").Answer(r, "Q9", "3");
    builder.Answer(r3, "Q8", "4");
    auto result = Score();
    BOOST_TEST(result.pillars[2].score == 50.0);
    BOOST_TEST(result.pillars[2].scorable == 2);
    BOOST_TEST(result.items[7].state == s::ItemState::Hidden);
    BOOST_TEST(result.overall.score == 65.625);
    builder.Data().settings.included_optional_pillars = {"P3"};
    result = Score();
    BOOST_TEST(result.overall.score == (68.75 + 62.5 + 50.0) / 3);
}

// Q8 is hidden (Q7 = 1 for everyone): a consensus recorded on it (Q8 = 4) is not scored — P3 stays
// (0.25 + 0.75)/2 = 50 from Q7 and Q9 — and a warning says so. A consensus Q7 = 3 then opens Q8 for
// everyone, and its consensus counts: P3 = (0.75 + 1 + 0.75)/3 = 83.333.
BOOST_FIXTURE_TEST_CASE(a_consensus_on_a_question_not_asked_is_not_scored, TwoPillars,
                        *boost::unit_test::tolerance(1e-9)) {
    for (long long r : {r1, r2, r3}) builder.Answer(r, "Q7", "1").Answer(r, "Q9", "3");
    builder.Consensus("Q8", "4");
    builder.Data().settings.included_optional_pillars = {"P3"};
    auto result = Score(200);
    BOOST_TEST(result.items[7].state == s::ItemState::Hidden);
    BOOST_TEST(!result.items[7].from_consensus);
    BOOST_TEST(result.pillars[2].score == 50.0);
    BOOST_TEST(result.pillars[2].scorable == 2);
    BOOST_TEST(result.overall.score == (68.75 + 62.5 + 50.0) / 3);
    BOOST_TEST(result.pillars[2].interval.high <= 100.0);
    BOOST_REQUIRE_EQUAL(result.warnings.size(), 1u);
    BOOST_TEST(result.warnings[0] == "Q8 has a consensus answer but is not asked (Q7 is not answered 2 or 3 or 4); "
                                     "the consensus is kept in the file and not scored");
    for (const auto& recommendation : result.recommendations) BOOST_TEST(recommendation.question_id != "Q8");
    builder.Consensus("Q7", "3");
    result = Score();
    BOOST_TEST(result.items[7].state == s::ItemState::Scored);
    BOOST_TEST(result.items[7].from_consensus);
    BOOST_TEST(result.pillars[2].score == 100.0 * (0.75 + 1 + 0.75) / 3);
    BOOST_TEST(result.warnings.empty());
}

// Without respondents the consensus answers alone decide what is asked: Q8 is hidden until a
// consensus on Q7 opens it.
BOOST_AUTO_TEST_CASE(without_respondents_the_consensus_decides_what_is_asked) {
    c5::test::AssessmentBuilder builder("two_pillars.json");
    s::ScoreRequest request;
    request.parameters.samples = 0;
    BOOST_TEST(s::ScoreAssessment(builder.Data(), request).items[7].state == s::ItemState::Hidden);
    builder.Consensus("Q7", "2");
    BOOST_TEST(s::ScoreAssessment(builder.Data(), request).items[7].state == s::ItemState::Unanswered);
}

// Budget P1 1 point, P2 0 points: S = P1 = 68.75. P2 is included and scored but weighs 0, so its
// item Q4 (0.25) gains 0 points; it is still ranked (methodology §9), after every item that gains
// something. Gains without penetration, W_P1 = 1: Q1 = 100 · 2/4 · 0.25 = 12.5, Q2 = 100 · 1/4 · 0.5
// = 12.5, Q3 = 100 · 1/4 · 0.25 = 6.25; then Q4 with 0. Q5 (1) is met and is not listed.
BOOST_FIXTURE_TEST_CASE(items_of_a_pillar_weighted_zero_are_ranked_with_gain_zero, TwoPillars,
                        *boost::unit_test::tolerance(1e-9)) {
    auto& settings = builder.Data().settings;
    settings.weighting = q::ScoringSettings::Weighting::Budget;
    settings.budget_points = {{"P1", 1}, {"P2", 0}};
    const auto result = Score();
    BOOST_TEST(result.overall.score == 68.75);
    BOOST_REQUIRE_EQUAL(result.recommendations.size(), 4u);
    BOOST_TEST(result.recommendations[0].question_id == "Q1");
    BOOST_TEST(result.recommendations[0].gain == 12.5);
    BOOST_TEST(result.recommendations[1].question_id == "Q2");
    BOOST_TEST(result.recommendations[1].gain == 12.5);
    BOOST_TEST(result.recommendations[2].question_id == "Q3");
    BOOST_TEST(result.recommendations[2].gain == 6.25);
    BOOST_TEST(result.recommendations[3].question_id == "Q4");
    BOOST_TEST(result.recommendations[3].gain == 0.0);
    BOOST_TEST(result.recommendations[3].score == 0.25);
}

// Target c (Q5 the one essential) is decided once Q5 is answered: met at 1, not met below it; with
// Q5 unanswered it is not decided ("not assessed yet"), and an N/A leaves nothing to decide.
BOOST_AUTO_TEST_CASE(target_c_is_decided_by_the_essentials_answers) {
    c5::test::AssessmentBuilder builder("two_pillars.json");
    const auto r = builder.Respondent("R");
    s::ScoreRequest request;
    request.parameters.samples = 0;
    auto child = s::ScoreAssessment(builder.Data(), request).target_c;
    BOOST_TEST(!child.Decided());
    BOOST_TEST(!child.met);
    BOOST_TEST(child.applicable == 1);
    BOOST_TEST(child.answered == 0);
    builder.Answer(r, "Q5", "partial");
    child = s::ScoreAssessment(builder.Data(), request).target_c;
    BOOST_TEST(child.Decided());
    BOOST_TEST(child.below_full == 1);
    BOOST_TEST(!child.met);
    builder.Data().answers.back().value = "yes";
    child = s::ScoreAssessment(builder.Data(), request).target_c;
    BOOST_TEST(child.Decided());
    BOOST_TEST(child.met);
    builder.Data().answers.back().value.reset();  // not applicable
    child = s::ScoreAssessment(builder.Data(), request).target_c;
    BOOST_TEST(child.applicable == 0);
    BOOST_TEST(!child.Decided());
}

// Budget 3 : 1 → (3·68.75 + 62.5)/4 = 67.1875. AHP [[1, 1/3], [3, 1]] → w = (0.25, 0.75) →
// 0.25·68.75 + 0.75·62.5 = 64.0625.
BOOST_FIXTURE_TEST_CASE(budget_and_ahp_pillar_weights, TwoPillars, *boost::unit_test::tolerance(1e-9)) {
    auto& settings = builder.Data().settings;
    settings.weighting = q::ScoringSettings::Weighting::Budget;
    settings.budget_points = {{"P1", 3}, {"P2", 1}};
    BOOST_TEST(Score().overall.score == 67.1875);
    settings.weighting = q::ScoringSettings::Weighting::Ahp;
    settings.ahp_pillars = {"P1", "P2"};
    settings.ahp_matrices = {{"Ministry", {{1, 1.0 / 3}, {3, 1}}}};
    BOOST_TEST(Score().overall.score == 64.0625);
    settings.ahp_pillars = {"P1", "P3"};
    BOOST_CHECK_THROW(Score(), s::ScoringError);  // P2 is included but not compared
}

BOOST_FIXTURE_TEST_CASE(geometric_headline_aggregation, TwoPillars, *boost::unit_test::tolerance(1e-8)) {
    builder.Data().settings.aggregation = q::ScoringSettings::Aggregation::Geometric;
    const auto result = Score();
    BOOST_TEST(result.overall.score == 65.5516827823);
    BOOST_TEST(result.overall.arithmetic == 65.625);
}

BOOST_AUTO_TEST_SUITE_END()
