#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/instrument_loader.h"
#include "c5/scoring/item_score.h"
#include "c5/scoring/penetration.h"
#include "temp_dir.h"

namespace q = c5::questionnaire;
namespace s = c5::scoring;
namespace tt = boost::test_tools;
namespace bdata = boost::unit_test::data;

namespace {

const q::Instrument& Mini() {
    static const q::Instrument instrument =
        q::ParseInstrument(c5::test::ReadFile(std::string(C5_TEST_DATA_DIR) + "/instruments/minimal.json"));
    return instrument;
}

struct ScoreCase {
    const char* question;
    const char* value;
    double expected;
};
std::ostream& operator<<(std::ostream& out, const ScoreCase& c) { return out << c.question << "=" << c.value; }

// minimal.json: P1.Q1 maturity; P1.Q2 yes/partial/no; P1.Q3 percent 0→80; P2.Q1 single choice
// none 0 / draft 1 / law 2; P2.Q2 multiple choice budapest 1, malabo 1, un 2 (sum 4); P2.Q3 number
// with goalposts 72 → 4 (lower is better).
const ScoreCase kScores[] = {
    {"P1.Q1", "0", 0.0},       {"P1.Q1", "1", 0.25},      {"P1.Q1", "3", 0.75},     {"P1.Q1", "4", 1.0},
    {"P1.Q2", "yes", 1.0},     {"P1.Q2", "partial", 0.5}, {"P1.Q2", "no", 0.0},     {"P1.Q3", "40", 0.5},
    {"P1.Q3", "100", 1.0},     {"P1.Q3", "0", 0.0},       {"P2.Q1", "draft", 0.5},  {"P2.Q1", "law", 1.0},
    {"P2.Q2", "budapest", 0.25}, {"P2.Q2", "budapest|un", 0.75}, {"P2.Q2", "budapest|malabo|un", 1.0},
    {"P2.Q3", "72", 0.0},      {"P2.Q3", "38", 0.5},      {"P2.Q3", "2", 1.0},      {"P2.Q3", "100", 0.0},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(ItemScores)

BOOST_DATA_TEST_CASE(score_per_answer_type, bdata::make(kScores), c) {
    const auto score = s::ItemScore(*Mini().FindQuestion(c.question), c.value);
    BOOST_REQUIRE(score);
    BOOST_TEST(*score == c.expected, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(free_text_is_not_scored) {
    BOOST_TEST(!s::ItemScore(*Mini().FindQuestion("P2.Q4"), "Ministry").has_value());
}

BOOST_AUTO_TEST_CASE(one_level_steps) {
    const auto maturity = s::OneLevelSteps(*Mini().FindQuestion("P1.Q1"), 0.0);
    BOOST_TEST(maturity.down == 0.0);
    BOOST_TEST(maturity.up == 0.25);
    const auto yes = s::OneLevelSteps(*Mini().FindQuestion("P1.Q2"), 1.0);
    BOOST_TEST(yes.down == 0.5);
    BOOST_TEST(yes.up == 1.0);
    const auto choice = s::OneLevelSteps(*Mini().FindQuestion("P2.Q1"), 0.5);
    BOOST_TEST(choice.down == 0.0);
    BOOST_TEST(choice.up == 1.0);
}

BOOST_AUTO_TEST_CASE(stages_at_their_boundaries) {
    BOOST_TEST(s::StageOf(0) == 0);
    BOOST_TEST(s::StageOf(19.99) == 0);
    BOOST_TEST(s::StageOf(20) == 1);
    BOOST_TEST(s::StageOf(40) == 2);
    BOOST_TEST(s::StageOf(59.9) == 2);
    BOOST_TEST(s::StageOf(60) == 3);
    BOOST_TEST(s::StageOf(80) == 4);
    BOOST_TEST(s::StageOf(100) == 4);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(Penetration)

// internet 40 % → 0.4; households 20 % → 0.2; mobile 120/100 → capped at 1; fixed 30/60 → 0.5.
// P = 100 · (0.4 + 0.2 + 1 + 0.5) / 4 = 52.5.
BOOST_AUTO_TEST_CASE(index_from_the_four_indicators, *boost::unit_test::tolerance(1e-12)) {
    const auto index = s::ComputePenetrationIndex({{q::Indicator::InternetUsers, 40, 2024, "", ""},
                                                   {q::Indicator::HouseholdsInternet, 20, 2024, "", ""},
                                                   {q::Indicator::MobileBroadband, 120, 2024, "", ""},
                                                   {q::Indicator::FixedBroadband, 30, 2024, "", ""}});
    BOOST_REQUIRE(index);
    BOOST_TEST(index->index == 52.5);
}

// Only the available indicators count: internet 30 % and fixed 12/60 → (0.3 + 0.2) / 2 = 25.
BOOST_AUTO_TEST_CASE(index_from_available_indicators_only, *boost::unit_test::tolerance(1e-12)) {
    const auto index = s::ComputePenetrationIndex(
        {{q::Indicator::InternetUsers, 30, 2024, "", ""}, {q::Indicator::FixedBroadband, 12, 2024, "", ""}});
    BOOST_TEST(index->index == 25.0);
    BOOST_TEST(!s::ComputePenetrationIndex({}).has_value());
}

// w(P) = w · (1 − e/2 + e·P/100): w = 2, e = 1, P = 30 → 2 · 0.8 = 1.6; e = 0 → unchanged;
// e = 1 ranges over [0.5 w, 1.5 w].
BOOST_AUTO_TEST_CASE(adjusted_weights, *boost::unit_test::tolerance(1e-12)) {
    BOOST_TEST(s::AdjustedWeight(2, 1, 30) == 1.6);
    BOOST_TEST(s::AdjustedWeight(2, 0, 30) == 2.0);
    BOOST_TEST(s::AdjustedWeight(1, 1, 0) == 0.5);
    BOOST_TEST(s::AdjustedWeight(1, 1, 100) == 1.5);
    BOOST_TEST(s::AdjustedWeight(1, 0.5, 45) == 0.975);
}

BOOST_AUTO_TEST_SUITE_END()
