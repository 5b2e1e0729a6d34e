// A language the instrument adds (Portuguese, Persian …): the report's words come from the
// instrument's report_texts, what it lacks in English marked [EN], its direction from its script;
// the kit's tables reach the instrument workbook complete; and a national module's section and
// scoring annex, with the next step from the level each national question reached.
#include <algorithm>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/instrument_writer.h"
#include "c5/reports/error.h"
#include "c5/reports/font_coverage.h"
#include "c5/reports/report_pdf.h"
#include "c5/reports/report_model.h"
#include "c5/reports/report_text.h"
#include "c5/reports/results_workbook.h"
#include "c5/scoring/compare.h"
#include "c5/scoring/score.h"
#include "temp_dir.h"
#include "test_actor.h"

namespace q = c5::questionnaire;
namespace r = c5::reports;
namespace s = c5::scoring;

namespace {

q::Instrument WithReportTexts(const std::string& language, std::map<std::string, std::string> texts) {
    q::Instrument instrument = q::ParseInstrument(q::BundledInstrumentJson());
    instrument.report_texts[language] = std::move(texts);
    return instrument;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(InstrumentLanguages)

BOOST_AUTO_TEST_CASE(a_new_language_takes_its_words_from_the_instrument) {
    const auto instrument = WithReportTexts("pt", {{"report_title", "Relatório de referência"},
                                                   {"decimal_separator", ","},
                                                   {"language_name", "Português"}});
    const r::ReportText text("pt", instrument);
    BOOST_TEST(text.Get("report_title") == "Relatório de referência");
    BOOST_TEST(text.Get("section_summary") == "[EN] Executive summary");  // not given: English, marked
    BOOST_TEST(text.Number(12.5) == "12,5");
    BOOST_TEST(text.Get("date_format") == "{year}-{month}-{day}");  // a setting, never marked
    BOOST_TEST(!text.RightToLeft());
    const auto languages = r::ReportText::Languages(instrument);
    BOOST_TEST((languages == std::vector<std::string>{"en", "ar", "es", "fr", "ru", "zh", "pt"}));
    BOOST_CHECK_THROW(r::ReportText("sw", instrument), r::ReportError);
}

// Which English stand-ins are marked: words and sentences, once; not separators, brackets, the
// default marking, or templates that are only punctuation around their fields.
struct MarkCase {
    const char* key;
    const char* expected;
};
std::ostream& operator<<(std::ostream& out, const MarkCase& c) { return out << c.key; }
const MarkCase kMarks[] = {
    {"section_summary", "[EN] Executive summary"},
    {"summary_range", "[EN] range {low}–{high}"},
    {"list_separator", ", "},
    {"list_last_separator", " and "},
    {"sentence_separator", " "},
    {"bracket_open", " ("},
    {"bracket_close", ")"},
    {"marking_default", "RESTRICTED"},
    {"question_short", "{id} ({text})"},
    {"note_with_label", "{label}: {reason}"},
};

BOOST_DATA_TEST_CASE(english_words_are_marked_and_punctuation_is_not, boost::unit_test::data::make(kMarks), mark) {
    const r::ReportText text("pt", WithReportTexts("pt", {{"report_title", "Relatório de referência"}}));
    BOOST_TEST(text.Get(mark.key) == mark.expected);
}

BOOST_AUTO_TEST_CASE(an_id_in_brackets_in_a_new_language_has_no_marker) {
    const r::ReportText text("pt", WithReportTexts("pt", {{"report_title", "Relatório de referência"}}));
    BOOST_TEST(text.Bracketed("c5 1.1.0") == " (c5 1.1.0)");  // was " (c5 1.1.0[EN] )"
}

BOOST_AUTO_TEST_CASE(a_right_to_left_script_makes_a_right_to_left_report) {
    // Persian, without a direction row: its own words are in Arabic script.
    const auto persian = WithReportTexts("fa", {{"report_title", "گزارش پایه آمادگی C5"}});
    BOOST_TEST(r::ReportText("fa", persian).RightToLeft());
    // Said outright, the direction row wins.
    const auto told = WithReportTexts("fa", {{"report_title", "گزارش"}, {"direction", "ltr"}});
    BOOST_TEST(!r::ReportText("fa", told).RightToLeft());
}

BOOST_AUTO_TEST_CASE(an_instrument_may_reword_a_kit_language) {
    const auto instrument = WithReportTexts("fr", {{"report_title", "Rapport national de référence C5"}});
    const r::ReportText text("fr", instrument);
    BOOST_TEST(text.Get("report_title") == "Rapport national de référence C5");
    BOOST_TEST(text.Get("section_summary") == r::ReportText("fr").Get("section_summary"));
}

BOOST_AUTO_TEST_CASE(the_kit_tables_are_complete_for_the_workbook) {
    const q::ReportTextTables tables = r::KitReportTexts();
    BOOST_TEST(tables.keys.front() == "language_name");  // the English table's own order
    BOOST_TEST(tables.languages.size() == 6u);
    // Every language has every English key, except that only Arabic says its direction (the others
    // are left to right, the English default); a key some languages add (a note English does
    // without) is listed too, after English's.
    const auto& english = tables.languages.at("en");
    for (const auto& [language, table] : tables.languages)
        BOOST_TEST_CONTEXT(language) {
            for (const auto& [key, unused] : english)
                if (key != "direction") BOOST_TEST(table.contains(key), key);
            for (const auto& [key, unused] : table)
                BOOST_TEST((std::find(tables.keys.begin(), tables.keys.end(), key) != tables.keys.end()), key);
        }
    BOOST_TEST(!english.contains("methodology_groups_sources"));
    BOOST_TEST((std::find(tables.keys.begin(), tables.keys.end(), "methodology_groups_sources") != tables.keys.end()));
}

// The bundled instrument with two national questions: a yes/partial/no one with its next steps in
// English and Portuguese, and a maturity one.
q::Instrument WithNationalModule() {
    q::Instrument instrument = q::ParseInstrument(q::BundledInstrumentJson());
    q::Pillar module;
    module.id = "N";
    module.title = "National questions";
    module.national = true;
    q::Question drill;
    drill.id = "N.Q1";
    drill.pillar_id = "N";
    drill.type = q::QuestionType::YesPartialNo;
    drill.text = "Is the national cyber drill held every year?";
    drill.guidance = "g";
    drill.evidence_prompt = "e";
    drill.weight = 3;
    drill.lead_group = "national CIRT";
    drill.next_steps = {{"no", "Plan a first national drill."}, {"partial", "Hold the drill every year."}};
    drill.translations["pt"].next_steps["partial"] = "Realizar o exercício todos os anos.";
    module.questions.push_back(drill);
    q::Question week = drill;
    week.id = "N.Q2";
    week.type = q::QuestionType::Maturity;
    week.text = "A national cyber week?";
    week.weight = 1;
    week.levels = {"none", "once", "yearly", "planned", "national"};
    week.next_steps = {{"0", "Hold a first week."}, {"1", "Make it yearly."}, {"2", "Plan it with schools."},
                       {"3", "Make it national."}};
    week.translations.clear();
    module.questions.push_back(week);
    instrument.national_module = module;
    instrument.report_texts["pt"]["language_name"] = "Português";
    return instrument;
}

BOOST_AUTO_TEST_CASE(the_national_section_shows_the_next_step_from_the_level_reached) {
    c5::test::TempDir dir;
    q::AssessmentStore store = q::AssessmentStore::Create(dir / "moz.c5a", {"MOZ", "", std::nullopt, 2026, ""},
                                                          q::CanonicalInstrumentJson(WithNationalModule()),
                                                          c5::test::TestActor());
    const q::Respondent who = store.AddRespondent({"MITIC", "", "government"});
    for (const auto& [question, value] : {std::pair{"N.Q1", "partial"}, std::pair{"N.Q2", "2"}}) {
        q::AnswerInput input;
        input.respondent_id = who.id;
        input.question_id = question;
        input.value = value;
        store.SaveAnswer(input);
    }
    const q::AssessmentData data = store.Snapshot();
    s::ScoreRequest request;
    request.parameters.samples = 0;
    const s::ScoreResult score = s::ScoreAssessment(data, request);
    BOOST_REQUIRE(score.national);
    // Hand-computed: (3 · 0.5 + 1 · 0.5) / 4 = 0.5 → 50.
    BOOST_TEST(score.national->section.score == 50.0, boost::test_tools::tolerance(1e-9));
    BOOST_REQUIRE_EQUAL(score.national->steps.size(), 2u);
    BOOST_TEST(score.national->steps[0].question_id == "N.Q1");  // gain 100 · 3/4 · 0.5 = 37.5
    BOOST_TEST(score.national->steps[0].next_step == "partial");
    BOOST_TEST(score.national->steps[0].lead_group == "national CIRT");
    BOOST_TEST(score.national->steps[1].next_step == "2");  // level 2 reached: the step from 2 to 3

    r::ReportOptions options;
    const r::ReportModel model = r::BuildReportModel(data, score, options);
    BOOST_REQUIRE(model.national);
    BOOST_REQUIRE_EQUAL(model.national->rows.size(), 2u);
    BOOST_TEST(model.national->rows[0][1] == "50");  // item scores on the report's one scale, 0–100
    BOOST_TEST(model.national->rows[0][2] == "Hold the drill every year.");
    BOOST_TEST(model.national->rows[1][2] == "Plan it with schools.");
    // The scoring annex lists the national module last, outside the overall score.
    BOOST_REQUIRE(!model.scoring_annex.pillars.empty());
    const auto& last = model.scoring_annex.pillars.back();
    BOOST_TEST(last.heading.rfind("N National questions", 0) == 0, last.heading);
    BOOST_TEST(last.heading.find(r::ReportText("en").Get("scoring_pillar_not_counted")) != std::string::npos);
    BOOST_TEST(last.rows.size() == 2u);

    // In Portuguese: the step translated where the instrument has it, English marked [EN] where not.
    options.language = "pt";
    const r::ReportModel portuguese = r::BuildReportModel(data, score, options);
    BOOST_REQUIRE(portuguese.national);
    BOOST_TEST(portuguese.national->rows[0][2] == "Realizar o exercício todos os anos.");
    BOOST_TEST(portuguese.national->rows[1][2] == "[EN] Plan it with schools.");

    // The results workbook: the national module's row after the pillars, outside the overall score.
    const r::ResultsWorkbook workbook = r::BuildResultsWorkbook(data, score, r::ReportOptions{});
    const auto& rows = workbook.sheets.front().rows;
    const auto national = std::find_if(rows.begin(), rows.end(), [](const std::vector<r::WorkbookCell>& row) {
        return std::get<std::string>(row.front()) == "N";
    });
    BOOST_REQUIRE(national != rows.end());
    const auto position = static_cast<std::size_t>(national - rows.begin());
    BOOST_TEST(position == score.pillars.size());  // right after them
    BOOST_TEST(std::get<std::string>((*national)[2]) == r::ReportText("en").Get("no"));
    BOOST_TEST(std::get<double>((*national)[4]) == 50.0);
}

// A language in a script no embedded font has (Amharic, Ethiopic script): the characters are named,
// and the PDF report is refused rather than printed as boxes; evidence typed by a respondent is
// never looked at.
BOOST_AUTO_TEST_CASE(characters_no_embedded_font_has_are_named_and_the_pdf_refused) {
    q::Instrument instrument = q::ParseInstrument(q::BundledInstrumentJson());
    instrument.pillars[0].questions[0].translations["am"].fields["text"] = "ሰላም ሰላም";  // U+1230 U+120B U+121D
    instrument.report_texts["am"]["language_name"] = "አማርኛ";               // U+12A0 U+121B U+122D U+129B
    const std::vector<std::uint32_t> expected{0x1230, 0x120B, 0x121D, 0x12A0, 0x121B, 0x122D, 0x129B};
    const std::vector<char32_t> missing = r::CharactersWithoutFont(instrument, "am");
    BOOST_TEST(std::vector<std::uint32_t>(missing.begin(), missing.end()) == expected, boost::test_tools::per_element());
    BOOST_TEST(r::CharacterList(missing, 2) == "ሰ (U+1230), ላ (U+120B) and 5 more");
    // The kit's own languages, its tables and the bundled instrument's texts, are all drawable.
    for (const char* language : {"en", "fr", "ar", "zh", "ru", "es"})
        BOOST_TEST_CONTEXT(language) { BOOST_TEST(r::CharactersWithoutFont(instrument, language).empty()); }

    c5::test::TempDir dir;
    q::AssessmentStore store = q::AssessmentStore::Create(dir / "eth.c5a", {"ETH", "", std::nullopt, 2026, ""},
                                                          q::CanonicalInstrumentJson(instrument), c5::test::TestActor());
    q::AnswerInput input;
    input.respondent_id = store.AddRespondent({"MInT", "", "government"}).id;
    input.question_id = "P1.Q1";
    input.value = "2";
    input.evidence = "የብሔራዊ ስትራቴጂ ሰነድ";  // typed by the respondent, in Amharic
    store.SaveAnswer(input);
    const q::AssessmentData data = store.Snapshot();
    s::ScoreRequest request;
    request.parameters.samples = 0;
    const s::ScoreResult score = s::ScoreAssessment(data, request);
    r::ReportOptions options;
    options.language = "am";
    BOOST_CHECK_EXCEPTION(r::WriteReport(data, score, options, dir / "eth.pdf"), r::ReportError,
                          [](const r::ReportError& error) {
                              return std::string(error.what()) ==
                                     "the report in am cannot be written as PDF: no font the kit embeds has 7 of the "
                                     "characters of its texts (ሰ (U+1230), ላ (U+120B), ም (U+121D), አ (U+12A0), "
                                     "ማ (U+121B), ር (U+122D), ኛ (U+129B)), which would print as empty boxes; write it "
                                     "as DOCX (the reader's fonts draw it), or in another language";
                          });
    BOOST_TEST(!std::filesystem::exists(dir / "eth.pdf"));
    options.format = r::ReportFormat::Docx;
    BOOST_CHECK_NO_THROW(r::WriteReport(data, score, options, dir / "eth.docx"));
    // In English the Amharic evidence is the respondent's: the PDF is written.
    options = r::ReportOptions{};
    BOOST_CHECK_NO_THROW(r::WriteReport(data, score, options, dir / "eth.pdf"));
}

// A follow-up on an adapted questionnaire says what it compared: the wording that differs, the
// national module's own row when both ask the same module, and why it is left out when not.
BOOST_AUTO_TEST_CASE(a_follow_up_says_what_it_compared) {
    c5::test::TempDir dir;
    const auto assessment = [&](const q::Instrument& instrument, int year, const char* drill, const char* week) {
        q::AssessmentStore store =
            q::AssessmentStore::Create(dir / ("moz-" + std::to_string(year) + std::to_string(instrument.national_module->questions[0].weight) + ".c5a"),
                                       {"MOZ", "", std::nullopt, year, ""}, q::CanonicalInstrumentJson(instrument),
                                       c5::test::TestActor());
        const q::Respondent who = store.AddRespondent({"MITIC", "", "government"});
        for (const auto& [question, value] : {std::pair{"N.Q1", drill}, std::pair{"N.Q2", week}, std::pair{"P1.Q1", "2"}}) {
            q::AnswerInput input;
            input.respondent_id = who.id;
            input.question_id = question;
            input.value = value;
            store.SaveAnswer(input);
        }
        return store.Snapshot();
    };
    s::ScoreRequest request;
    request.parameters.samples = 0;
    const std::string wording = r::ReportText("en").Get("progress_wording_differs");
    const std::string differ = r::ReportText("en").Get("progress_national_differ");
    const auto notes_of = [](const r::ReportModel& model) {
        std::string notes;
        for (const auto& note : model.progress.notes) notes += note + "\n";
        return notes;
    };

    // Baseline: N.Q1 partial (0.5, w 3), N.Q2 level 2 (0.5, w 1) → 50. Follow-up: N.Q1 yes (1),
    // N.Q2 level 2 → (3 + 0.5) / 4 = 87.5, a change of +37.5; N.Q1 reworded.
    const q::AssessmentData baseline = assessment(WithNationalModule(), 2025, "partial", "2");
    q::Instrument reworded = WithNationalModule();
    reworded.national_module->questions[0].text = "Is a national cyber drill held each year?";
    const q::AssessmentData followup = assessment(reworded, 2027, "yes", "2");
    const s::Comparison comparison = s::CompareAssessments(baseline, followup, request);
    const r::ReportModel model = r::BuildReportModel(followup, comparison.followup_score, {}, &comparison);
    const auto row = std::find_if(model.progress.rows.begin(), model.progress.rows.end(),
                                  [](const std::vector<std::string>& cells) { return cells[0].rfind("N ", 0) == 0; });
    BOOST_REQUIRE(row != model.progress.rows.end());
    BOOST_TEST((*row)[0] == "N National questions (national module, outside the C5 overall score)");
    BOOST_TEST((*row)[1] == "50.0");
    BOOST_TEST((*row)[2] == "87.5");
    BOOST_TEST((*row)[3] == "+37.5");
    BOOST_TEST(notes_of(model).find(wording) != std::string::npos, notes_of(model));
    BOOST_TEST(notes_of(model).find(differ) == std::string::npos);

    // A follow-up whose national module weighs N.Q1 otherwise: no row, a note why.
    q::Instrument reweighted = WithNationalModule();
    reweighted.national_module->questions[0].weight = 2;
    const q::AssessmentData other = assessment(reweighted, 2027, "yes", "2");
    const s::Comparison not_compared = s::CompareAssessments(baseline, other, request);
    const r::ReportModel without = r::BuildReportModel(other, not_compared.followup_score, {}, &not_compared);
    BOOST_TEST(std::none_of(without.progress.rows.begin(), without.progress.rows.end(),
                            [](const std::vector<std::string>& cells) { return cells[0].rfind("N ", 0) == 0; }));
    BOOST_TEST(notes_of(without).find(differ) != std::string::npos, notes_of(without));
    // In French, in French.
    r::ReportOptions french;
    french.language = "fr";
    const r::ReportModel in_french = r::BuildReportModel(other, not_compared.followup_score, french, &not_compared);
    BOOST_TEST(notes_of(in_french).find(r::ReportText("fr").Get("progress_national_differ")) != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
