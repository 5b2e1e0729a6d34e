// Which next step applies to an item's value, for every question type (docs/instrument-format.md).
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/next_steps.h"
#include "fixtures.h"

namespace q = c5::questionnaire;
namespace bdata = boost::unit_test::data;

namespace {

const q::Instrument& MinimalV2() {
    static const q::Instrument instrument =
        q::ParseInstrument(c5::test::ReadFile(c5::test::DataPath("instruments/minimal_v2.json")));
    return instrument;
}

struct StepCase {
    const char* question;
    double score;
    const char* key;  // nullptr: fully met, no step
};
std::ostream& operator<<(std::ostream& out, const StepCase& c) { return out << c.question << " at " << c.score; }

// Item scores as the median or a consensus gives them, and the key each must choose (by hand).
const StepCase kSteps[] = {
    // maturity: ⌊4s⌋; a median between two levels counts the lower one as reached
    {"P1.Q1", 0.0, "0"}, {"P1.Q1", 0.125, "0"}, {"P1.Q1", 0.25, "1"}, {"P1.Q1", 0.5, "2"},
    {"P1.Q1", 0.625, "2"}, {"P1.Q1", 0.75, "3"}, {"P1.Q1", 0.875, "3"}, {"P1.Q1", 1.0, nullptr},
    // yes/partial/no: "no" below 0.5, "partial" from 0.5
    {"P1.Q2", 0.0, "no"}, {"P1.Q2", 0.25, "no"}, {"P1.Q2", 0.5, "partial"}, {"P1.Q2", 0.75, "partial"},
    {"P1.Q2", 1.0, nullptr},
    // percent: bands low < 1/3 ≤ medium < 2/3 ≤ high < 1
    {"P1.Q3", 0.0, "low"}, {"P1.Q3", 0.3, "low"}, {"P1.Q3", 1.0 / 3.0, "medium"}, {"P1.Q3", 0.5, "medium"},
    {"P1.Q3", 2.0 / 3.0, "high"}, {"P1.Q3", 0.99, "high"}, {"P1.Q3", 1.0, nullptr},
    // single choice none 0 / draft 1 / law 2: the highest choice at or below the value
    {"P2.Q1", 0.0, "none"}, {"P2.Q1", 0.25, "none"}, {"P2.Q1", 0.5, "draft"}, {"P2.Q1", 0.75, "draft"},
    {"P2.Q1", 1.0, nullptr},
    // multiple choice budapest 1 + malabo 1 + un 2: one of four points, two, three
    {"P2.Q2", 0.25, "low"}, {"P2.Q2", 0.5, "medium"}, {"P2.Q2", 0.75, "high"}, {"P2.Q2", 1.0, nullptr},
    // number, lower is better: the item score decides, not the hours
    {"P2.Q3", 0.1, "low"}, {"P2.Q3", 0.4, "medium"}, {"P2.Q3", 0.7, "high"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(NextSteps)

BOOST_DATA_TEST_CASE(the_step_follows_the_level_reached, bdata::make(kSteps), step) {
    const q::Question& question = *MinimalV2().FindQuestion(step.question);
    const auto key = q::NextStepKey(question, step.score);
    BOOST_TEST(key.has_value() == (step.key != nullptr));
    if (key && step.key) BOOST_TEST(*key == step.key);
    const auto chosen = q::NextStepFor(question, step.score, "en");
    BOOST_TEST(chosen.has_value() == (step.key != nullptr));
    if (chosen && step.key) {
        BOOST_TEST(chosen->key == step.key);
        BOOST_TEST(chosen->text.text == question.next_steps.at(step.key));
    }
}

BOOST_AUTO_TEST_CASE(keys_per_question_type) {
    using Keys = std::vector<std::string>;
    BOOST_TEST(q::NextStepKeys(*MinimalV2().FindQuestion("P1.Q1")) == (Keys{"0", "1", "2", "3"}));
    BOOST_TEST(q::NextStepKeys(*MinimalV2().FindQuestion("P1.Q2")) == (Keys{"no", "partial"}));
    BOOST_TEST(q::NextStepKeys(*MinimalV2().FindQuestion("P2.Q1")) == (Keys{"none", "draft"}));
    BOOST_TEST(q::NextStepKeys(*MinimalV2().FindQuestion("P2.Q2")) == (Keys{"low", "medium", "high"}));
    BOOST_TEST(q::NextStepKeys(*MinimalV2().FindQuestion("P2.Q4")).empty());  // free text
}

BOOST_AUTO_TEST_CASE(a_translated_step_or_the_english_one_marked) {
    const q::Question& question = *MinimalV2().FindQuestion("P1.Q1");
    const auto translated = q::NextStepFor(question, 0.0, "fr");
    BOOST_REQUIRE(translated);
    BOOST_TEST(translated->text.text == "Réunir la première séance.");
    BOOST_TEST(!translated->text.fallback);
    const auto english = q::NextStepFor(question, 0.25, "fr");
    BOOST_REQUIRE(english);
    BOOST_TEST(english->text.text == "Adopt terms of reference.");
    BOOST_TEST(english->text.fallback);
    const auto missing = q::MissingTranslations(MinimalV2(), "fr");
    const auto has = [&](const std::string& where, const std::string& field) {
        for (const auto& gap : missing)
            if (gap.where == where && gap.field == field) return true;
        return false;
    };
    BOOST_TEST(!has("P1.Q1", "next_steps.0"));
    BOOST_TEST(has("P1.Q1", "next_steps.1"));
    BOOST_TEST(has("P2.Q1", "next_steps.draft"));
}

BOOST_AUTO_TEST_CASE(format_1_falls_back_to_its_one_recommendation) {
    const q::Instrument old = q::ParseInstrument(c5::test::MinimalInstrumentJson());
    const q::Question& question = *old.FindQuestion("P1.Q1");
    const auto step = q::NextStepFor(question, 0.5, "en");
    BOOST_REQUIRE(step);
    BOOST_TEST(step->key.empty());
    BOOST_TEST(step->text.text == "Sign agreements.");
    BOOST_TEST(!q::NextStepFor(question, 1.0, "en"));
}

BOOST_AUTO_TEST_SUITE_END()
