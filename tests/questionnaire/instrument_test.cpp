#include <functional>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/next_steps.h"
#include "c5/questionnaire/stakeholder_groups.h"
#include "fixtures.h"

namespace q = c5::questionnaire;
namespace bdata = boost::unit_test::data;
using Json = nlohmann::json;

namespace {

struct BrokenCase {
    const char* name;
    std::function<void(Json&)> mutate;
    const char* expected;  // the first problem, or its beginning
};
std::ostream& operator<<(std::ostream& out, const BrokenCase& c) { return out << c.name; }

Json& Question(Json& root, int pillar, int question) { return root["pillars"][pillar]["questions"][question]; }

const BrokenCase kBroken[] = {
    {"four level descriptors", [](Json& j) { Question(j, 0, 0)["levels"].erase(4); },
     "pillars[0].questions[0].levels: 4 descriptors, 5 required"},
    {"unknown field", [](Json& j) { Question(j, 1, 0)["colour"] = "red"; },
     "pillars[1].questions[0].colour: unknown field (allowed here: id, type, text,"},
    {"duplicate question id", [](Json& j) { Question(j, 1, 0)["id"] = "P1.Q1"; },
     "pillars[1].questions[0].id: duplicate question id \"P1.Q1\" (first used at pillars[0].questions[0])"},
    {"duplicate pillar id", [](Json& j) { j["pillars"][1]["id"] = "P1"; },
     "pillars[1].id: duplicate pillar id \"P1\""},
    {"show_if to a missing question", [](Json& j) { Question(j, 0, 2)["show_if"]["question"] = "P9.Q9"; },
     "pillars[0].questions[2].show_if.question: no question \"P9.Q9\" exists"},
    {"show_if to a later question",
     [](Json& j) { Question(j, 0, 1)["show_if"] = {{"question", "P2.Q1"}, {"in", {"law"}}}; },
     "pillars[0].questions[1].show_if.question: \"P2.Q1\" comes after this question; show_if may only point "
     "backwards"},
    {"show_if to itself", [](Json& j) { Question(j, 0, 2)["show_if"]["question"] = "P1.Q3"; },
     "pillars[0].questions[2].show_if.question: a question cannot depend on itself"},
    {"show_if value the question does not take", [](Json& j) { Question(j, 0, 2)["show_if"]["in"] = {"perhaps"}; },
     "pillars[0].questions[2].show_if.in[0]: P1.Q2 takes yes, partial or no; \"perhaps\" is not one"},
    {"weight zero", [](Json& j) { Question(j, 0, 0)["weight"] = 0; },
     "pillars[0].questions[0].weight: must be greater than 0 (is 0)"},
    {"weight negative", [](Json& j) { Question(j, 1, 0)["weight"] = -1; },
     "pillars[1].questions[0].weight: must be greater than 0 (is -1)"},
    {"weight as text", [](Json& j) { Question(j, 1, 0)["weight"] = "2"; },
     "pillars[1].questions[0].weight: must be a number (is a string)"},
    {"exposure above 1", [](Json& j) { Question(j, 0, 1)["exposure"] = 1.5; },
     "pillars[0].questions[1].exposure: must be between 0 and 1 (is 1.5)"},
    {"exposure missing", [](Json& j) { Question(j, 0, 1).erase("exposure"); },
     "pillars[0].questions[1].exposure: required field is missing"},
    {"guidance missing", [](Json& j) { Question(j, 0, 0).erase("guidance"); },
     "pillars[0].questions[0].guidance: required field is missing"},
    {"empty text", [](Json& j) { Question(j, 0, 0)["text"] = "  "; },
     "pillars[0].questions[0].text: must not be empty"},
    {"unknown type", [](Json& j) { Question(j, 0, 0)["type"] = "likert"; },
     "pillars[0].questions[0].type: \"likert\" is not a question type"},
    {"levels on a yes/partial/no question",
     [](Json& j) { Question(j, 0, 1)["levels"] = {"a", "b", "c", "d", "e"}; },
     "pillars[0].questions[1].levels: only maturity questions have levels"},
    {"choices all scoring zero",
     [](Json& j) {
         for (auto& choice : Question(j, 1, 0)["choices"]) choice["score"] = 0;
     },
     "pillars[1].questions[0].choices: at least one choice must score more than 0"},
    {"duplicate choice id", [](Json& j) { Question(j, 1, 0)["choices"][1]["id"] = "none"; },
     "pillars[1].questions[0].choices[1].id: duplicate choice id \"none\""},
    {"equal goalposts", [](Json& j) { Question(j, 1, 2)["goalposts"] = {{"low", 5}, {"high", 5}}; },
     "pillars[1].questions[2].goalposts: low and high must differ (both are 5)"},
    {"target tag carried by nobody", [](Json& j) { Question(j, 0, 1).erase("tags"); },
     "targets[2].tag: no scored question carries the tag \"cop_mandatory\""},
    {"free-text question carrying a target tag", [](Json& j) { Question(j, 1, 3)["tags"] = {"transborder"}; },
     "pillars[1].questions[3]: free-text question tagged \"transborder\" cannot count towards target b"},
    {"pillar feeding an unknown target", [](Json& j) { j["pillars"][0]["targets"] = {"z"}; },
     "pillars[0].targets[0]: no target \"z\" is defined in targets"},
    {"wrong format", [](Json& j) { j["format"] = "survey"; },
     "format: must be \"c5kit-instrument\" (is \"survey\")"},
    {"newer format version", [](Json& j) { j["format_version"] = 3; },
     "format_version: this kit reads format_version 1 to 2; the file has 3"},
    {"next steps on a free-text question", [](Json& j) { Question(j, 1, 3)["next_steps"] = {{"low", "Do it."}}; },
     "pillars[1].questions[3].next_steps: only scored questions have next_steps"},
    {"format 1 with an unknown next-step key", [](Json& j) { Question(j, 0, 1)["next_steps"] = {{"yes", "Keep it."}}; },
     "pillars[0].questions[1].next_steps.yes: not a next-step key: a yes_partial_no question takes no, partial"},
    {"format 1 with an unknown lead group", [](Json& j) { Question(j, 0, 0)["lead_group"] = "ministry"; },
     "pillars[0].questions[0].lead_group: \"ministry\" is not a stakeholder group id"},
    {"no pillars", [](Json& j) { j["pillars"] = Json::array(); }, "pillars: at least one pillar is required"},
    {"change note without its version", [](Json& j) { j["changes"] = {{{"notes", "Reworded P1.Q1."}}}; },
     "changes[0].version: required field is missing"},
    {"translation keyed by a language name",
     [](Json& j) { j["pillars"][0]["translations"] = {{"French", {{"title", "Coopération"}}}}; },
     "pillars[0].translations.French: not a language code"},
    {"translation with three level descriptors",
     [](Json& j) { Question(j, 0, 0)["translations"] = {{"fr", {{"levels", {"a", "b", "c"}}}}}; },
     "pillars[0].questions[0].translations.fr.levels: 3 descriptors, 5 required"},
    {"translation of an unknown choice",
     [](Json& j) { Question(j, 1, 0)["translations"] = {{"es", {{"choices", {{"treaty", "Tratado"}}}}}}; },
     "pillars[1].questions[0].translations.es.choices.treaty: the question has no choice with this id"},
    {"letter for an undeclared draft", [](Json& j) { j["pillars"][0]["draft_letters"]["V9"] = "a"; },
     "pillars[0].draft_letters.V9: no draft with this id is declared in drafts"},
    {"NCAF objective out of range", [](Json& j) { Question(j, 0, 0)["crosswalk"]["ncaf"] = {18}; },
     "pillars[0].questions[0].crosswalk.ncaf[0]: must be an NCAF objective number 1…17"},
    {"CMM dimension out of range", [](Json& j) { Question(j, 0, 0)["crosswalk"]["cmm"] = {"D6"}; },
     "pillars[0].questions[0].crosswalk.cmm[0]: \"D6\" is not a CMM dimension"},
    {"percent goalposts outside 0-100", [](Json& j) { Question(j, 0, 2)["goalposts"]["high"] = 120; },
     "pillars[0].questions[2].goalposts: a percent question's goalposts must lie between 0 and 100"},
    {"question id with a space", [](Json& j) { Question(j, 0, 0)["id"] = "P1 Q1"; },
     "pillars[0].questions[0].id: \"P1 Q1\" is not a valid id"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(InstrumentValidator)

BOOST_AUTO_TEST_CASE(minimal_instrument_is_valid) {
    BOOST_TEST(q::ValidateInstrument(c5::test::MinimalInstrumentJson()).empty());
}

BOOST_DATA_TEST_CASE(broken_instrument_is_refused_with_its_path, bdata::make(kBroken), broken) {
    Json root = Json::parse(c5::test::MinimalInstrumentJson());
    broken.mutate(root);
    const auto problems = q::ValidateInstrument(root.dump());
    BOOST_REQUIRE(!problems.empty());
    BOOST_TEST_CONTEXT("problems[0] = " << problems.front()) {
        BOOST_TEST(problems.front().rfind(broken.expected, 0) == 0);
    }
    BOOST_CHECK_THROW(q::ParseInstrument(root.dump()), q::InstrumentError);
}

std::string MinimalV2Json() { return c5::test::ReadFile(c5::test::DataPath("instruments/minimal_v2.json")); }

// Format 2 requires the next step from every level and the group to lead it.
const BrokenCase kBrokenV2[] = {
    {"a maturity level without its next step", [](Json& j) { Question(j, 0, 0)["next_steps"].erase("2"); },
     "pillars[0].questions[0].next_steps.2: the next step from level 2 to 3 is missing (a maturity question takes "
     "0, 1, 2, 3)"},
    {"a next step from the top level", [](Json& j) { Question(j, 0, 0)["next_steps"]["4"] = "Stay there."; },
     "pillars[0].questions[0].next_steps.4: not a next-step key: a maturity question takes 0, 1, 2, 3"},
    {"no next step from partial", [](Json& j) { Question(j, 0, 1)["next_steps"].erase("partial"); },
     "pillars[0].questions[1].next_steps.partial: the next step from \"partial\" is missing"},
    {"a next step from the best choice", [](Json& j) { Question(j, 1, 0)["next_steps"]["law"] = "Enforce it."; },
     "pillars[1].questions[0].next_steps.law: not a next-step key: a single_choice question takes none, draft"},
    {"a band without its next step", [](Json& j) { Question(j, 1, 1)["next_steps"].erase("medium"); },
     "pillars[1].questions[1].next_steps.medium: the next step for the medium band is missing"},
    {"an empty next step", [](Json& j) { Question(j, 1, 2)["next_steps"]["low"] = " "; },
     "pillars[1].questions[2].next_steps.low: must be a non-empty string"},
    {"next steps missing", [](Json& j) { Question(j, 0, 2).erase("next_steps"); },
     "pillars[0].questions[2].next_steps: required field is missing"},
    {"lead group missing", [](Json& j) { Question(j, 0, 2).erase("lead_group"); },
     "pillars[0].questions[2].lead_group: required field is missing"},
    {"lead group not an id", [](Json& j) { Question(j, 0, 2)["lead_group"] = "Ministry of ICT"; },
     "pillars[0].questions[2].lead_group: \"Ministry of ICT\" is not a stakeholder group id"},
    {"translated next step under an unknown key",
     [](Json& j) { Question(j, 0, 0)["translations"]["fr"]["next_steps"]["9"] = "Non."; },
     "pillars[0].questions[0].translations.fr.next_steps.9: not a next-step key"},
};

BOOST_AUTO_TEST_CASE(format_2_is_valid_without_the_old_recommendation) {
    const auto problems = q::ValidateInstrument(MinimalV2Json());
    BOOST_TEST(problems.empty(), (problems.empty() ? "" : problems.front()));
    const q::Instrument instrument = q::ParseInstrument(MinimalV2Json());
    BOOST_TEST(instrument.format_version == 2);
    const q::Question& first = *instrument.FindQuestion("P1.Q1");
    BOOST_TEST(first.recommendation.empty());
    BOOST_TEST(first.lead_group == "government");
    BOOST_TEST(first.next_steps.size() == 4u);
    BOOST_TEST(first.translations.at("fr").next_steps.at("0") == "Réunir la première séance.");
    BOOST_TEST(q::ParseInstrument(c5::test::MinimalInstrumentJson()).format_version == 1);
}

BOOST_DATA_TEST_CASE(format_2_requires_every_next_step, bdata::make(kBrokenV2), broken) {
    Json root = Json::parse(MinimalV2Json());
    broken.mutate(root);
    const auto problems = q::ValidateInstrument(root.dump());
    BOOST_REQUIRE(!problems.empty());
    BOOST_TEST_CONTEXT("problems[0] = " << problems.front()) {
        BOOST_TEST(problems.front().rfind(broken.expected, 0) == 0);
    }
}

BOOST_AUTO_TEST_CASE(format_1_still_requires_its_recommendation) {
    Json root = Json::parse(c5::test::MinimalInstrumentJson());
    Question(root, 0, 0).erase("recommendation");
    const auto problems = q::ValidateInstrument(root.dump());
    BOOST_REQUIRE_EQUAL(problems.size(), 1u);
    BOOST_TEST(problems[0] == "pillars[0].questions[0].recommendation: required field is missing");
}

BOOST_AUTO_TEST_CASE(every_problem_is_reported_at_once) {
    Json root = Json::parse(c5::test::MinimalInstrumentJson());
    Question(root, 0, 0)["weight"] = 0;
    Question(root, 1, 1)["exposure"] = -0.5;
    Question(root, 1, 2)["guidance"] = "";
    const auto problems = q::ValidateInstrument(root.dump());
    BOOST_TEST(problems.size() == 3u);
}

BOOST_AUTO_TEST_CASE(json_syntax_error_names_line_and_column) {
    const auto problems = q::ValidateInstrument("{\n  \"format\": \"c5kit-instrument\",\n  \"id\" \"c5\"\n}");
    BOOST_REQUIRE_EQUAL(problems.size(), 1u);
    BOOST_TEST(problems[0].find("(top level): not valid JSON: parse error at line 3, column") == 0);
}

BOOST_AUTO_TEST_CASE(duplicate_json_key_is_an_error) {
    std::string text = c5::test::MinimalInstrumentJson();
    text.replace(text.find("\"title\": \"Cooperation\""), 22, "\"title\": \"A\", \"title\": \"B\"");
    const auto problems = q::ValidateInstrument(text);
    BOOST_REQUIRE(!problems.empty());
    BOOST_TEST(problems[0] == "pillars[0].title: duplicate key (each field may appear once per object)");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_an_error) {
    // The JSON parser must turn down every one of these, inside a string or outside: the text is
    // only scanned for its encoding when parsing fails.
    const std::string cases[] = {
        std::string("\xC3\x28"),          // a lead byte without its continuation
        std::string("\xC0\xAF"),          // an overlong '/'
        std::string("\xED\xA0\x80"),      // a UTF-16 surrogate
        std::string("\xF4\x90\x80\x80"),  // past U+10FFFF
        std::string("\xFF"),              // never in UTF-8
        std::string("A\0B", 3),           // a NUL byte
    };
    for (const auto& bad : cases) {
        std::string text = c5::test::MinimalInstrumentJson();
        text.replace(text.find("Cooperation"), 1, bad);
        auto problems = q::ValidateInstrument(text);
        BOOST_REQUIRE_EQUAL(problems.size(), 1u);
        BOOST_TEST(problems[0] == "(top level): the file is not valid UTF-8 text (save it as UTF-8)");
        text = c5::test::MinimalInstrumentJson() + bad;  // after the document, outside any string
        problems = q::ValidateInstrument(text);
        BOOST_REQUIRE_EQUAL(problems.size(), 1u);
        BOOST_TEST(problems[0] == "(top level): the file is not valid UTF-8 text (save it as UTF-8)");
    }
}

BOOST_AUTO_TEST_CASE(non_object_top_level) {
    const auto problems = q::ValidateInstrument("[1, 2]");
    BOOST_REQUIRE_EQUAL(problems.size(), 1u);
    BOOST_TEST(problems[0] == "(top level): must be an object (is an array)");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(BundledInstrument)

const q::Instrument& C5() {
    static const q::Instrument instrument = q::ParseInstrument(q::BundledInstrumentJson(), "c5.json");
    return instrument;
}

BOOST_AUTO_TEST_CASE(is_valid_and_large_enough) {
    BOOST_TEST(q::ValidateInstrument(q::BundledInstrumentJson()).empty());
    BOOST_TEST(C5().id == "c5");
    BOOST_TEST(C5().pillars.size() == 12u);
    BOOST_TEST(C5().QuestionCount() >= 60u);
    for (const auto& pillar : C5().pillars) {
        BOOST_TEST_CONTEXT(pillar.id) { BOOST_TEST(pillar.questions.size() >= 5u); }
    }
}

struct PillarMapping {
    const char* id;
    const char* letter_000;  // nullptr: absent from the earlier draft
    const char* letter_v2;
    bool optional;
    q::Brackets brackets;
};
std::ostream& operator<<(std::ostream& out, const PillarMapping& m) { return out << m.id; }

// BRIEF §2's table, row by row.
const PillarMapping kMapping[] = {
    {"P1", "a", "a", false, q::Brackets::None},        {"P2", "b", "b", false, q::Brackets::Parts},
    {"P3", "c", "d", false, q::Brackets::None},        {"P4", "d", "e", false, q::Brackets::Parts},
    {"P5", "e", "f", false, q::Brackets::Parts},       {"P6", "g", "g", false, q::Brackets::Parts},
    {"P7", "f", "h", false, q::Brackets::Parts},       {"P8", "g", "i", false, q::Brackets::Parts},
    {"P9", nullptr, "j", true, q::Brackets::Whole},    {"P10", "h", "k", false, q::Brackets::None},
    {"P11", nullptr, "l, k bis", true, q::Brackets::Whole}, {"P12", "m", "m", true, q::Brackets::Whole},
};

BOOST_DATA_TEST_CASE(pillars_follow_both_drafts, bdata::make(kMapping), mapping) {
    const q::Pillar* pillar = C5().FindPillar(mapping.id);
    BOOST_REQUIRE(pillar);
    BOOST_TEST(pillar->optional == mapping.optional);
    BOOST_TEST(pillar->brackets == mapping.brackets);
    const auto& letters = pillar->draft_letters;
    BOOST_REQUIRE(letters.contains("000"));
    BOOST_REQUIRE(letters.contains("V2"));
    BOOST_TEST(letters.at("000").has_value() == (mapping.letter_000 != nullptr));
    if (mapping.letter_000) BOOST_TEST(*letters.at("000") == mapping.letter_000);
    BOOST_TEST(*letters.at("V2") == mapping.letter_v2);
}

BOOST_AUTO_TEST_CASE(is_version_1_1_0_with_its_change_notes) {
    BOOST_TEST(C5().format_version == 2);
    BOOST_TEST(C5().version == "1.1.0");
    BOOST_REQUIRE(!C5().changes.empty());
    BOOST_TEST(C5().changes.back().version == C5().version);
}

BOOST_AUTO_TEST_CASE(every_question_is_complete) {
    for (const q::Question* question : C5().Questions()) {
        BOOST_TEST_CONTEXT(question->id) {
            BOOST_TEST(!question->guidance.empty());
            BOOST_TEST(!question->evidence_prompt.empty());
            if (question->Scored()) {
                // 1.0.0's one text stays, the fallback of assessments made with it.
                BOOST_TEST(!question->recommendation.empty());
                BOOST_TEST(!question->exposure_note.empty());
                BOOST_TEST(question->next_steps.size() == q::NextStepKeys(*question).size());
                BOOST_TEST(q::IsKnownStakeholderGroup(question->lead_group));
            }
            if (question->type == q::QuestionType::Maturity) BOOST_TEST(question->levels.size() == 5u);
        }
    }
}

BOOST_AUTO_TEST_CASE(targets_and_their_tags) {
    BOOST_REQUIRE(C5().targets.size() == 3u);
    BOOST_TEST(C5().FindTarget("a")->kind == q::TargetKind::Overall);
    BOOST_TEST(C5().FindTarget("b")->tag == "transborder");
    BOOST_TEST(C5().FindTarget("c")->tag == "cop_mandatory");
    int transborder = 0;
    int child_protection = 0;
    for (const q::Question* question : C5().Questions()) {
        transborder += question->HasTag("transborder");
        if (question->HasTag("cop_mandatory")) {
            ++child_protection;
            BOOST_TEST(question->pillar_id == "P7");
        }
    }
    BOOST_TEST(transborder >= 8);
    BOOST_TEST(child_protection >= 3);
}

BOOST_AUTO_TEST_CASE(exposure_varies_between_foundations_and_mass_measures) {
    double lowest = 1;
    double highest = 0;
    for (const q::Question* question : C5().Questions()) {
        if (!question->Scored()) continue;
        lowest = std::min(lowest, question->exposure);
        highest = std::max(highest, question->exposure);
    }
    BOOST_TEST(lowest == 0.0);
    BOOST_TEST(highest == 1.0);
}

BOOST_AUTO_TEST_SUITE_END()
