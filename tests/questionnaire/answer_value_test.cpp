#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument_loader.h"
#include "fixtures.h"

namespace q = c5::questionnaire;
namespace bdata = boost::unit_test::data;

namespace {

const q::Instrument& Mini() {
    static const q::Instrument instrument = q::ParseInstrument(c5::test::MinimalInstrumentJson());
    return instrument;
}

struct Case {
    const char* question;
    const char* raw;
    const char* canonical;  // nullptr: must be refused
};
std::ostream& operator<<(std::ostream& out, const Case& c) { return out << c.question << " <- '" << c.raw << "'"; }

const Case kCases[] = {
    {"P1.Q1", "0", "0"},           {"P1.Q1", " 4 ", "4"},       {"P1.Q1", "established", "2"},
    {"P1.Q1", "Start-up", "0"},    {"P1.Q1", "DYNAMIC", "4"},   {"P1.Q1", "5", nullptr},
    {"P1.Q1", "-1", nullptr},      {"P1.Q1", "2.5", nullptr},   {"P1.Q1", "", nullptr},
    {"P1.Q2", "Yes", "yes"},       {"P1.Q2", "partial", "partial"}, {"P1.Q2", "maybe", nullptr},
    {"P1.Q3", "55.5", "55.5"},     {"P1.Q3", "100", "100"},     {"P1.Q3", "100.1", nullptr},
    {"P1.Q3", "-3", nullptr},      {"P1.Q3", "abc", nullptr},   {"P2.Q1", "law", "law"},
    {"P2.Q1", "law|draft", nullptr}, {"P2.Q1", "treaty", nullptr}, {"P2.Q2", "un|budapest", "budapest|un"},
    {"P2.Q2", "malabo|malabo", "malabo"}, {"P2.Q2", "un|nope", nullptr}, {"P2.Q3", "12", "12"},
    {"P2.Q3", "1e2", "100"},       {"P2.Q3", "inf", nullptr},   {"P2.Q4", "  Ministry, CIRT  ", "Ministry, CIRT"},
    {"P2.Q4", "   ", nullptr},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(AnswerValue)

BOOST_DATA_TEST_CASE(normalizes_or_refuses, bdata::make(kCases), c) {
    const q::Question* question = Mini().FindQuestion(c.question);
    BOOST_REQUIRE(question);
    if (c.canonical) {
        BOOST_TEST(q::NormalizeAnswerValue(*question, c.raw) == c.canonical);
    } else {
        BOOST_CHECK_THROW(q::NormalizeAnswerValue(*question, c.raw), q::QuestionnaireError);
    }
}

BOOST_AUTO_TEST_CASE(refusal_names_the_question_and_what_it_accepts) {
    try {
        q::NormalizeAnswerValue(*Mini().FindQuestion("P1.Q1"), "7");
        BOOST_FAIL("7 accepted");
    } catch (const q::QuestionnaireError& error) {
        BOOST_TEST(std::string(error.what()) ==
                   "P1.Q1 takes a level 0-4 (0 start-up, 1 formative, 2 established, 3 strategic, 4 dynamic); \"7\" "
                   "is not one");
    }
}

BOOST_AUTO_TEST_CASE(not_applicable_tokens) {
    BOOST_TEST(q::IsNotApplicableToken("NA"));
    BOOST_TEST(q::IsNotApplicableToken(" n/a "));
    BOOST_TEST(!q::IsNotApplicableToken("no"));
    BOOST_TEST(!q::IsNotApplicableToken("nan"));
}

BOOST_AUTO_TEST_CASE(multiple_choice_condition_matches_any_chosen_id) {
    const q::Question& question = *Mini().FindQuestion("P2.Q2");
    BOOST_TEST(q::ValueMatchesCondition(question, "budapest|un", {"un"}));
    BOOST_TEST(!q::ValueMatchesCondition(question, "budapest", {"un", "malabo"}));
}

BOOST_AUTO_TEST_SUITE_END()
