// No English in a report in another language (BRIEF §6, issue 14): every word of the English
// report that is not the team's own (names, evidence, sources they typed) nor a proper name of the
// kit must be absent from the report in each other language — unless that language uses the word
// itself, in its report strings or its translation of the instrument ("Description" is French too).
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/demo_assessment.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/version.h"
#include "c5/reports/report_pdf.h"
#include "c5/scoring/compare.h"
#include "c5/scoring/score.h"
#include "pdf_tools.h"
#include "temp_dir.h"
#include "test_actor.h"

namespace bdata = boost::unit_test::data;
namespace q = c5::questionnaire;
namespace r = c5::reports;
namespace s = c5::scoring;
using c5::test::TestActor;

namespace {

using Words = std::set<std::string>;

// Runs of three or more Latin letters, lower-cased; with the parts of a hyphenated word also
// joined in twos, as pdftotext joins a word broken at its hyphen ("ict-household-" + "survey").
void AddWords(Words& words, const std::string& text, bool join_hyphenated = true) {
    std::string word;
    std::string before_hyphen;  // the part before a hyphen that `word` follows
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            continue;
        }
        if (word.size() >= 3) words.insert(word);
        if (join_hyphenated && !before_hyphen.empty() && !word.empty()) words.insert(before_hyphen + word);
        before_hyphen = c == '-' ? word : std::string();
        word.clear();
    }
}

Words WordsOf(const std::string& text) {
    Words words;
    AddWords(words, text, false);
    return words;
}

// Everything the team typed, and the kit's own proper names.
Words TeamWords(const q::AssessmentData& data) {
    Words words;
    for (const auto& text : {data.info.title, data.info.country_name, data.info.uuid, data.instrument.id,
                             data.instrument_sha256})
        AddWords(words, text);
    for (const auto& respondent : data.respondents) {
        AddWords(words, respondent.name);
        AddWords(words, respondent.role);
    }
    for (const auto& answer : data.answers) {
        AddWords(words, answer.evidence);
        AddWords(words, answer.links);
        const q::Question* question = data.instrument.FindQuestion(answer.question_id);
        if (question && question->type == q::QuestionType::Text) AddWords(words, answer.value.value_or(""));
    }
    for (const auto& settled : data.consensus) AddWords(words, settled.note);
    for (const auto& figure : data.penetration) AddWords(words, figure.source);
    AddWords(words, std::string(q::KitVersionString()));  // "C5 Readiness Kit 0.1.0"
    return words;
}

// The words a language uses itself: its report strings and its translation of the instrument.
Words LanguageWords(const std::string& language, const q::Instrument& instrument) {
    Words words;
    std::ifstream file(std::string(C5_REPORT_STRINGS_DIR) + "/" + language + ".json");
    std::stringstream json;
    json << file.rdbuf();
    for (const auto& [key, value] : nlohmann::json::parse(json.str()).get<std::map<std::string, std::string>>())
        AddWords(words, value);
    const auto add = [&](const q::LocalizedText& text) {
        if (!text.fallback) AddWords(words, text.text);
    };
    add(q::InstrumentText(instrument, "title", language));
    for (const auto& target : instrument.targets) add(q::TargetText(target, "text", language));
    for (const auto& pillar : instrument.pillars) {
        for (const char* field : {"title", "c5_text"}) add(q::PillarText(pillar, field, language));
        for (const auto& question : pillar.questions) {
            for (const char* field : {"text", "guidance", "recommendation", "evidence_prompt", "unit", "exposure_note"})
                add(q::QuestionText(question, field, language));
            // The next steps in this language (French "relations", Spanish "actor" are words of both).
            if (const auto found = question.translations.find(language); found != question.translations.end())
                for (const auto& [key, step] : found->second.next_steps) AddWords(words, step);
            for (int level = 0; level < static_cast<int>(question.levels.size()); ++level)
                add(q::LevelText(question, level, language));
            for (const auto& choice : question.choices) add(q::ChoiceLabel(question, choice, language));
        }
    }
    return words;
}

// A report of `data` in `language`, as text.
std::string ReportText(const q::AssessmentData& data, const s::ScoreResult& score, const std::string& language,
                       const std::filesystem::path& pdf, const s::Comparison* comparison = nullptr) {
    r::ReportOptions options;
    options.language = language;
    r::WriteReport(data, score, options, pdf, comparison);
    return c5::test::PdfText(pdf);
}

// The demo, an assessment of Kenya nobody has answered yet ("no baseline" reasons, a country name
// from ISO), and a follow-up of the demo (the comparison's notes).
struct ThreeReports {
    c5::test::TempDir dir;
    q::AssessmentData demo;
    q::AssessmentData empty;
    q::AssessmentData later;
    s::ScoreResult demo_score;
    s::ScoreResult empty_score;
    s::Comparison comparison;
    ThreeReports() {
        auto store = q::CreateDemoAssessment(dir / "demo.c5a", TestActor());
        demo = store.Snapshot();
        demo_score = s::ScoreAssessment(demo, {});
        empty = q::AssessmentStore::Create(dir / "ken.c5a", {"KEN", "", std::nullopt, 2026, "Kenya 2026"},
                                           q::BundledInstrumentJson(), TestActor())
                    .Snapshot();
        empty_score = s::ScoreAssessment(empty, {});
        auto follow = q::AssessmentStore::Create(dir / "later.c5a", {"XKL", "Kelora", q::CountryGroup::SIDS, 2027, ""},
                                                 store.InstrumentJson(), TestActor());
        std::vector<q::AssessmentStore::BatchEntry> entries;
        for (const auto& answer : demo.answers) {
            const q::Respondent& who = *demo.FindRespondent(answer.respondent_id);
            q::AssessmentStore::BatchEntry entry;
            entry.respondent = {who.name, who.role, who.stakeholder_group};
            entry.answer.question_id = answer.question_id;
            entry.answer.not_applicable = answer.NotApplicable();
            entry.answer.value = answer.value.value_or("");
            entry.answer.confidence = answer.confidence;
            entries.push_back(entry);
        }
        follow.SaveAnswers(entries, "test");  // no penetration figures: the comparison says so
        later = follow.Snapshot();
        s::ScoreRequest request;
        request.parameters.samples = 500;
        comparison = s::CompareAssessments(demo, later, request);
    }

    std::string Texts(const std::string& language) const {
        return ReportText(demo, demo_score, language, dir / ("demo-" + language + ".pdf")) + "\n" +
               ReportText(empty, empty_score, language, dir / ("empty-" + language + ".pdf")) + "\n" +
               ReportText(later, comparison.followup_score, language, dir / ("later-" + language + ".pdf"),
                          &comparison);
    }
};

const char* kOtherLanguages[] = {"ar", "zh", "fr", "ru", "es"};

}  // namespace

BOOST_AUTO_TEST_SUITE(NoEnglish)

BOOST_AUTO_TEST_CASE(no_english_word_of_the_kit_in_a_report_in_another_language) {
    const ThreeReports reports;
    Words english = WordsOf(reports.Texts("en"));
    Words team = TeamWords(reports.demo);
    for (const auto& word : TeamWords(reports.empty)) team.insert(word);
    for (const auto& word : TeamWords(reports.later)) team.insert(word);
    // The fingerprints printed in every language (hexadecimal: "afd", "fce" are no English).
    for (const auto* score : {&reports.demo_score, &reports.empty_score, &reports.comparison.followup_score,
                              &reports.comparison.baseline_score})
        AddWords(team, score->fingerprint);
    for (const auto& word : team) english.erase(word);
    BOOST_TEST_REQUIRE(english.size() > 300u);  // the kit's own English is there to be found
    BOOST_TEST(english.count("restricted") == 1u);
    for (const std::string language : kOtherLanguages) {
        const Words own = LanguageWords(language, reports.demo.instrument);
        std::string leaked;
        for (const auto& word : WordsOf(reports.Texts(language)))
            if (english.count(word) && !own.count(word)) leaked += " " + word;
        BOOST_TEST(leaked.empty(), language << ": English left in the report:" << leaked);
    }
}

BOOST_AUTO_TEST_CASE(the_country_is_named_in_the_language_unless_the_team_spelled_it) {
    const ThreeReports reports;
    const auto text = [&](const q::AssessmentData& data, const std::string& language) {
        return ReportText(data, s::ScoreAssessment(data, {}), language,
                          reports.dir / ("country-" + language + ".pdf"));
    };
    BOOST_TEST(text(reports.empty, "fr").find("Kenya") != std::string::npos);
    BOOST_TEST(text(reports.empty, "ru").find("Кения") != std::string::npos);
    BOOST_TEST(text(reports.empty, "zh").find("肯尼亚") != std::string::npos);
    BOOST_TEST(text(reports.empty, "ar").find("كينيا") != std::string::npos);
    BOOST_TEST(text(reports.empty, "es").find("Kenia") != std::string::npos);
    // The team's own spelling wins.
    q::AssessmentData spelled = reports.empty;
    spelled.info.country_name = "Republic of Kenya";
    BOOST_TEST(text(spelled, "ru").find("Republic of Kenya") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
