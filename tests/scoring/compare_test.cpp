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
#include "c5/scoring/paired_change.h"

#include <cmath>
#include <map>

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

// Paired change intervals (methodology §13), on one maturity question: the pillar score is 100 × the
// item's value whatever the weights, so every draw's change can be computed by hand.
namespace {

struct OneQuestion {
    c5::test::AssessmentBuilder baseline{"one_question.json", 2026};
    c5::test::AssessmentBuilder followup{"one_question.json", 2028};
};

s::ScoreParameters Parameters(double shift) {
    s::ScoreParameters parameters;
    parameters.samples = 10000;
    parameters.shift = {shift, shift, shift};
    return parameters;
}

// The share of draws whose change (follow-up − baseline, overall) equals each value; any other
// value fails the test.
std::map<double, double> ChangeShares(const s::PairedDraws& draws, const std::vector<double>& allowed) {
    std::map<double, double> shares;
    const int n = draws.baseline.samples;
    for (int d = 0; d < n; ++d) {
        const double change = draws.followup.overall[d] - draws.baseline.overall[d];
        bool known = false;
        for (double value : allowed)
            if (std::abs(change - value) < 1e-9) {
                shares[value] += 1.0 / n;
                known = true;
            }
        BOOST_TEST_REQUIRE(known, "draw " << d << ": change " << change);
    }
    return shares;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(PairedChange)

BOOST_AUTO_TEST_CASE(respondents_are_matched_by_stakeholder_group_and_the_change_is_computed_per_draw) {
    // Baseline: government 2, CIRT 4. Follow-up, listed the other way round: CIRT 4, government 3.
    // With no answer moves, a draw takes two of the two groups with replacement:
    //   government twice: 50 → 75, +25 (probability 1/4);  CIRT twice: 100 → 100, 0 (1/4);
    //   one of each: (50 + 100)/2 = 75 → (75 + 100)/2 = 87.5, +12.5 (1/2).
    // So the change's 5–95 % range is 0 to 25 around the point change +12.5: not clear.
    // (Pairing by position instead would give +50 and −25.)
    OneQuestion a;
    a.baseline.Answer(a.baseline.Respondent("Ministry", "government"), "Q1", "2");
    a.baseline.Answer(a.baseline.Respondent("CIRT", "national CIRT"), "Q1", "4");
    a.followup.Answer(a.followup.Respondent("KeloraCIRT", "national CIRT"), "Q1", "4");
    a.followup.Answer(a.followup.Respondent("Ministry of ICT", "government"), "Q1", "3");
    const auto matches = s::MatchRespondents(a.baseline.Data(), a.followup.Data());
    BOOST_REQUIRE_EQUAL(matches.size(), 2u);
    BOOST_TEST(matches[0].followup == 1);  // the ministry with the ministry
    BOOST_TEST(matches[1].followup == 0);
    BOOST_TEST((matches[0].by == s::RespondentMatch::By::Group));

    const auto parameters = Parameters(0.0);
    const s::ModelInputs before(a.baseline.Data(), parameters);
    const s::ModelInputs after(a.followup.Data(), parameters);
    const auto draws = s::RunPairedMonteCarlo(a.baseline.Data(), before, a.followup.Data(), after, parameters);
    const auto shares = ChangeShares(draws, {0.0, 12.5, 25.0});
    BOOST_TEST(shares.at(0.0) == 0.25, tt::tolerance(0.08));  // relative: within 0.23–0.27
    BOOST_TEST(shares.at(12.5) == 0.5, tt::tolerance(0.04));
    BOOST_TEST(shares.at(25.0) == 0.25, tt::tolerance(0.08));

    s::ScoreRequest request;
    request.parameters = parameters;
    const auto comparison = s::CompareAssessments(a.baseline.Data(), a.followup.Data(), request);
    BOOST_TEST(comparison.overall_change == 12.5, tt::tolerance(1e-9));
    BOOST_TEST(comparison.overall_change_interval.low == 0.0, tt::tolerance(1e-9));
    BOOST_TEST(comparison.overall_change_interval.high == 25.0, tt::tolerance(1e-9));
    BOOST_TEST(comparison.overall_change_interval.median == 12.5, tt::tolerance(1e-9));
    BOOST_TEST(!comparison.overall_clear);
    BOOST_TEST(comparison.pairing.by_group == 2);
    BOOST_TEST(comparison.pillars.at(0).change_interval.high == 25.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(the_same_answer_moves_apply_to_both_assessments) {
    // One respondent, level 3 at the baseline and 4 at the follow-up, medium confidence (a move with
    // probability 0.25: down 0.125, up 0.125). The same move applies to both: down 50 → 75 (+25),
    // none 75 → 100 (+25), up 100 → 100 (0, the follow-up cannot rise above 4). So the change is
    // +25 in 87.5 % of the draws and 0 in 12.5 %: its 5–95 % range is 0 to 25, not clear.
    // Independent moves would also give +50 (down then up) and −25.
    OneQuestion a;
    a.baseline.Answer(a.baseline.Respondent("Ministry", "government"), "Q1", "3", q::Confidence::Medium);
    a.followup.Answer(a.followup.Respondent("Ministry", "government"), "Q1", "4", q::Confidence::Medium);
    const auto parameters = Parameters(0.25);
    const s::ModelInputs before(a.baseline.Data(), parameters);
    const s::ModelInputs after(a.followup.Data(), parameters);
    const auto draws = s::RunPairedMonteCarlo(a.baseline.Data(), before, a.followup.Data(), after, parameters);
    BOOST_TEST((draws.matches.at(0).by == s::RespondentMatch::By::Identity));  // the same uuid
    const auto shares = ChangeShares(draws, {0.0, 25.0});
    BOOST_TEST(shares.at(0.0) == 0.125, tt::tolerance(0.12));
    BOOST_TEST(shares.at(25.0) == 0.875, tt::tolerance(0.02));
}

BOOST_AUTO_TEST_CASE(a_change_every_respondent_makes_is_clear_although_the_ranges_overlap) {
    // Two respondents at level 2, both at 3 a year later, medium confidence: each draw moves the two
    // assessments alike, so every draw's change is +25 (0.5 → 0.75 stays 25 points apart whether both
    // go down, stay or go up) — a clear change. Each assessment's own range is wide and the two
    // overlap: the old test (non-overlapping ranges) called this change unclear.
    OneQuestion a;
    for (auto* side : {&a.baseline, &a.followup}) {
        const std::string level = side == &a.baseline ? "2" : "3";
        side->Answer(side->Respondent("Ministry", "government"), "Q1", level);
        side->Answer(side->Respondent("CIRT", "national CIRT"), "Q1", level);
    }
    s::ScoreRequest request;
    request.parameters = Parameters(0.25);
    const auto comparison = s::CompareAssessments(a.baseline.Data(), a.followup.Data(), request);
    BOOST_TEST(comparison.overall_change_interval.low == 25.0, tt::tolerance(1e-9));
    BOOST_TEST(comparison.overall_change_interval.high == 25.0, tt::tolerance(1e-9));
    BOOST_TEST(comparison.overall_clear);
    BOOST_TEST(comparison.pillars.at(0).clear);
    const auto& p1 = comparison.pillars.at(0);
    BOOST_TEST(p1.followup_interval.low < p1.baseline_interval.high);  // the ranges overlap
}

BOOST_AUTO_TEST_CASE(different_penetration_figures_are_separated_from_the_answers) {
    // The same answers (model_test.cpp's case) with P = 40 at the baseline and 60 at the follow-up.
    // Factors 1 − e/2 + e·P/100: at 40, e 0.5 → 0.95, e 1 → 0.9; at 60, 1.05 and 1.1.
    //   P1_adj(40) = (2·0.75 + 0.9·0.5 + 0.95·0.75)/(2 + 0.9 + 0.95), P2_adj(40) = (0.95·0.25 + 0.9)/(0.95 + 0.9)
    //   P1_adj(60) = (2·0.75 + 1.1·0.5 + 1.05·0.75)/(2 + 1.1 + 1.05), P2_adj(60) = (1.05·0.25 + 1.1)/(1.05 + 1.1)
    // The answers did not change, so all of the adjusted change comes from the figures.
    auto baseline = Assessment(2026, "3", "1");
    auto followup = Assessment(2028, "3", "1");
    baseline.Penetration(q::Indicator::InternetUsers, 40);
    followup.Penetration(q::Indicator::InternetUsers, 60);
    const auto comparison = s::CompareAssessments(baseline.Data(), followup.Data(), Request(0));
    const double at_40 = 50 * ((2 * 0.75 + 0.9 * 0.5 + 0.95 * 0.75) / 3.85 + (0.95 * 0.25 + 0.9) / 1.85);
    const double at_60 = 50 * ((2 * 0.75 + 1.1 * 0.5 + 1.05 * 0.75) / 4.15 + (1.05 * 0.25 + 1.1) / 2.15);
    BOOST_TEST(comparison.adjusted_baseline == at_40, tt::tolerance(1e-9));
    BOOST_TEST(comparison.adjusted_followup == at_60, tt::tolerance(1e-9));
    BOOST_TEST(comparison.penetration.baseline == 40.0, tt::tolerance(1e-9));
    BOOST_TEST(comparison.penetration.followup == 60.0, tt::tolerance(1e-9));
    BOOST_TEST(comparison.penetration.differ);
    BOOST_TEST(comparison.penetration.adjusted_at_baseline_penetration == at_40, tt::tolerance(1e-9));
    BOOST_TEST(comparison.penetration.penetration_effect == at_60 - at_40, tt::tolerance(1e-9));
    BOOST_TEST(comparison.overall_change == 0.0, tt::tolerance(1e-9));  // the raw score does not see P
}

BOOST_AUTO_TEST_SUITE_END()
