// The national module is scored as its own section and never inside the C5 results.
// tests/data/instruments/two_pillars_national.json is two_pillars.json (model_test.cpp) with:
//   N.Q1 maturity w=3 (shown when Q1 ≥ 2: for everyone)  1, 2, 3     → 0.25, 0.5, 0.75 → 0.5
//   N.Q2 yes/partial/no w=1                              no, no, yes → 0, 0, 1         → 0
//   N.Q3 free text                                       not scored
// Section = 100 · (3·0.5 + 1·0) / (3 + 1) = 37.5 (formative), 2 of 2 answered.
// Next steps by section points gained: N.Q1 100 · 3/4 · (1 − 0.5) = 37.5; N.Q2 100 · 1/4 · 1 = 25.
#include <algorithm>
#include <cmath>

#include <boost/test/unit_test.hpp>

#include "assessment_builder.h"
#include "c5/scoring/compare.h"
#include "c5/scoring/error.h"
#include "c5/scoring/score.h"
#include "c5/scoring/score_json.h"

namespace s = c5::scoring;
namespace tt = boost::test_tools;

namespace {

void AnswerTwoPillars(c5::test::AssessmentBuilder& builder, long long r1, long long r2, long long r3) {
    builder.Answer(r1, "Q1", "2").Answer(r2, "Q1", "3").Answer(r3, "Q1", "4");
    builder.Answer(r1, "Q2", "yes").Answer(r2, "Q2", "partial").Answer(r3, "Q2", "no");
    builder.Answer(r1, "Q3", "25").Answer(r2, "Q3", "60");
    builder.Answer(r1, "Q4", "1").Answer(r2, "Q4", "1").Answer(r3, "Q4", "3");
    builder.Answer(r1, "Q5", "yes").Answer(r2, "Q5", "yes").Answer(r3, "Q5", "partial");
    builder.Answer(r1, "Q6", "NA").Answer(r2, "Q6", "NA").Answer(r3, "Q6", "NA");
}

struct WithAndWithout {
    c5::test::AssessmentBuilder plain{"two_pillars.json"};
    c5::test::AssessmentBuilder national{"two_pillars_national.json"};

    WithAndWithout() {
        for (auto* builder : {&plain, &national}) {
            const long long r1 = builder->Respondent("R1");
            const long long r2 = builder->Respondent("R2");
            const long long r3 = builder->Respondent("R3");
            AnswerTwoPillars(*builder, r1, r2, r3);
            builder->Penetration(c5::questionnaire::Indicator::InternetUsers, 40);
        }
        national.Answer(1, "N.Q1", "1").Answer(2, "N.Q1", "2").Answer(3, "N.Q1", "3");
        national.Answer(1, "N.Q2", "no").Answer(2, "N.Q2", "no").Answer(3, "N.Q2", "yes");
        national.Answer(1, "N.Q3", "Health, Education");
    }
    static s::ScoreResult Score(c5::test::AssessmentBuilder& builder, int samples) {
        s::ScoreRequest request;
        request.parameters.samples = samples;
        request.parameters.threads = 1;
        return s::ScoreAssessment(builder.Data(), request);
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(NationalModule)

BOOST_FIXTURE_TEST_CASE(is_scored_as_its_own_section, WithAndWithout) {
    const s::ScoreResult result = Score(national, 0);
    BOOST_REQUIRE(result.national);
    const s::PillarResult& section = result.national->section;
    BOOST_TEST(section.id == "N");
    BOOST_TEST(section.status == s::PillarStatus::Scored);
    BOOST_TEST(section.score == 37.5, tt::tolerance(1e-9));
    BOOST_TEST(section.answered == 2);
    BOOST_TEST(section.scorable == 2);
    BOOST_TEST(!section.included);
    BOOST_REQUIRE(result.national->steps.size() == 2u);
    BOOST_TEST(result.national->steps[0].question_id == "N.Q1");
    BOOST_TEST(result.national->steps[0].gain == 37.5, tt::tolerance(1e-9));
    BOOST_TEST(result.national->steps[1].question_id == "N.Q2");
    BOOST_TEST(result.national->steps[1].gain == 25.0, tt::tolerance(1e-9));
    BOOST_TEST(result.national->items.size() == 2u);  // the free-text question is not scored
    // Nothing national among the C5 pillars, items or recommendations.
    BOOST_TEST(result.pillars.size() == 3u);
    BOOST_TEST(!result.FindPillar("N"));
    for (const auto& item : result.items) BOOST_TEST(item.pillar_id != "N");
    for (const auto& recommendation : result.recommendations) BOOST_TEST(recommendation.pillar_id != "N");
}

// The C5 results — point scores, intervals, targets, recommendations — are the same, draw for
// draw, with or without the national module: countries stay comparable.
BOOST_FIXTURE_TEST_CASE(never_changes_the_c5_results, WithAndWithout) {
    const s::ScoreResult with = Score(national, 2000);
    const s::ScoreResult without = Score(plain, 2000);
    BOOST_TEST(with.overall.score == 65.625, tt::tolerance(1e-9));
    BOOST_TEST(with.overall.score == without.overall.score);
    BOOST_TEST(with.overall.adjusted == without.overall.adjusted);
    BOOST_TEST(with.overall.interval.low == without.overall.interval.low);
    BOOST_TEST(with.overall.interval.high == without.overall.interval.high);
    BOOST_TEST(with.overall.adjusted_interval.low == without.overall.adjusted_interval.low);
    BOOST_TEST(with.target_b.baseline == without.target_b.baseline);
    BOOST_TEST(with.target_c.probability_met == without.target_c.probability_met);
    BOOST_REQUIRE(with.pillars.size() == without.pillars.size());
    // Equal bit for bit, or both without a value (the optional P3 is unanswered).
    const auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
    for (std::size_t p = 0; p < with.pillars.size(); ++p) {
        BOOST_TEST_CONTEXT(with.pillars[p].id) {
            BOOST_TEST(same(with.pillars[p].score, without.pillars[p].score));
            BOOST_TEST(same(with.pillars[p].interval.low, without.pillars[p].interval.low));
            BOOST_TEST(same(with.pillars[p].interval.high, without.pillars[p].interval.high));
        }
    }
    BOOST_REQUIRE(with.recommendations.size() == without.recommendations.size());
    for (std::size_t i = 0; i < with.recommendations.size(); ++i)
        BOOST_TEST(with.recommendations[i].gain == without.recommendations[i].gain);
    BOOST_REQUIRE(with.national);
    BOOST_TEST(with.national->section.interval.Valid());
    BOOST_TEST(with.national->section.interval.low <= 37.5);
    BOOST_TEST(with.national->section.interval.high >= 37.5);
    BOOST_TEST(!without.national);
}

BOOST_FIXTURE_TEST_CASE(is_reported_in_the_score_json, WithAndWithout) {
    const std::string json = s::ScoreResultJson(Score(national, 0));
    BOOST_TEST(json.find("\"national_module\": {") != std::string::npos);
    BOOST_TEST(s::ScoreResultJson(Score(plain, 0)).find("\"national_module\": null") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(follow_ups_compare_national_modules_that_ask_the_same, WithAndWithout) {
    national.Data().info.year = 2026;
    c5::test::AssessmentBuilder later{"two_pillars_national.json", 2028};
    const long long r1 = later.Respondent("R1");
    const long long r2 = later.Respondent("R2");
    const long long r3 = later.Respondent("R3");
    AnswerTwoPillars(later, r1, r2, r3);
    later.Answer(r1, "N.Q1", "3").Answer(r2, "N.Q1", "3").Answer(r3, "N.Q1", "3");
    later.Answer(r1, "N.Q2", "yes").Answer(r2, "N.Q2", "yes").Answer(r3, "N.Q2", "yes");
    s::ScoreRequest request;
    request.parameters.samples = 0;
    const s::Comparison comparison = s::CompareAssessments(national.Data(), later.Data(), request);
    BOOST_REQUIRE(comparison.national);
    BOOST_TEST(comparison.national->baseline == 37.5, tt::tolerance(1e-9));
    // 100 · (3·0.75 + 1) / 4 = 81.25
    BOOST_TEST(comparison.national->followup == 81.25, tt::tolerance(1e-9));
    BOOST_TEST(comparison.national->change == 43.75, tt::tolerance(1e-9));

    // Against a baseline without the module: the C5 pillars are compared, the module is not.
    plain.Data().info.year = 2026;
    const s::Comparison partial = s::CompareAssessments(plain.Data(), later.Data(), request);
    BOOST_TEST(!partial.national);
    bool noted = false;
    for (const auto& note : partial.notes) noted = noted || note.find("only the follow-up has a national module") == 0;
    BOOST_TEST(noted);
}

BOOST_FIXTURE_TEST_CASE(national_modules_that_ask_different_things_are_named_as_national, WithAndWithout) {
    national.Data().info.year = 2026;
    c5::test::AssessmentBuilder later{"two_pillars_national.json", 2028};
    later.Data().instrument.national_module->questions[0].weight = 2;  // N.Q1: 3 at the baseline
    s::ScoreRequest request;
    request.parameters.samples = 0;
    const s::Comparison comparison = s::CompareAssessments(national.Data(), later.Data(), request);
    BOOST_TEST(!comparison.national);
    BOOST_TEST((comparison.national_not_compared == s::Comparison::NationalNotCompared::AskDifferentThings));
    const std::string expected =
        "the national modules ask different things (the weight of N.Q1 differs (3, then 2)): they are not compared";
    BOOST_TEST((std::find(comparison.notes.begin(), comparison.notes.end(), expected) != comparison.notes.end()));
    for (const auto& note : comparison.notes) BOOST_TEST(note.find("C5 core (") == std::string::npos, note);
}

BOOST_FIXTURE_TEST_CASE(follow_ups_refuse_a_changed_core, WithAndWithout) {
    c5::test::AssessmentBuilder later{"two_pillars.json", 2028};
    later.Data().instrument.pillars[0].questions[0].weight = 5;  // Q1's weight: part of the core
    s::ScoreRequest request;
    request.parameters.samples = 0;
    BOOST_CHECK_EXCEPTION(s::CompareAssessments(plain.Data(), later.Data(), request), s::ScoringError,
                          [](const s::ScoringError& error) {
                              return std::string(error.what()).find("the weight of Q1 is part of the C5 core (2)") !=
                                     std::string::npos;
                          });
}

BOOST_AUTO_TEST_SUITE_END()
