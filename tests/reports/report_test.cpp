#include <chrono>
#include <fstream>

#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/demo_assessment.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/reports/blank_form.h"
#include "c5/reports/demo.h"
#include "c5/reports/report_pdf.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/compare.h"
#include "c5/scoring/score.h"
#include "pdf_tools.h"
#include "temp_dir.h"
#include "test_actor.h"

namespace q = c5::questionnaire;
using c5::test::TestActor;
namespace r = c5::reports;
namespace s = c5::scoring;
namespace fs = std::filesystem;
using c5::test::PdfText;
using c5::test::TempDir;
using c5::test::Tool;

namespace {

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct DemoReport {
    TempDir dir;
    r::DemoFiles files = r::WriteDemo(dir.Path(), {}, TestActor());
};

// Every rendered word lies on its page, inside the left and right margins.
void ExpectEverythingInsideThePage(const fs::path& pdf) {
    const auto words = c5::test::WordBoxes(pdf);
    BOOST_REQUIRE(!words.empty());
    int outside = 0;
    for (const auto& word : words) {
        const bool inside = word.x_min >= 49 && word.x_max <= word.page_width - 49 && word.y_min >= 8 &&
                            word.y_max <= word.page_height - 8;
        if (!inside && ++outside <= 5)
            BOOST_ERROR("page " << word.page << ": \"" << word.word << "\" at x " << word.x_min << "–" << word.x_max
                                << ", y " << word.y_min << "–" << word.y_max << " is outside the page's margins");
    }
    BOOST_TEST(outside == 0);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(DemoReportPdf)

BOOST_FIXTURE_TEST_CASE(is_a_valid_pdf_whose_every_page_renders, DemoReport) {
    const std::string bytes = c5::test::ReadFile(files.report.pdf);
    BOOST_TEST(bytes.rfind("%PDF-", 0) == 0u);
    const auto check = Tool({"qpdf", "--check", files.report.pdf.string()});
    BOOST_TEST(check.exit_code == 0, check.out + check.err);
    BOOST_TEST(c5::test::PageCount(files.report.pdf) == files.report.pages);
    BOOST_TEST(files.report.pages >= 20);
    const auto render = Tool({"pdftoppm", "-r", "12", "-png", files.report.pdf.string(), (dir / "page").string()});
    BOOST_TEST(render.exit_code == 0, render.err);
    int images = 0;
    for (const auto& entry : fs::directory_iterator(dir.Path())) images += entry.path().extension() == ".png";
    BOOST_TEST(images == files.report.pages);
    BOOST_TEST(files.report.pdf_bytes < 2u * 1024 * 1024);
}

BOOST_FIXTURE_TEST_CASE(holds_the_country_every_pillar_and_the_overall_score, DemoReport) {
    const std::string text = PdfText(files.report.pdf);
    BOOST_TEST(Contains(text, "Kelora"));
    BOOST_TEST(Contains(text, "Fictional country"));
    BOOST_TEST(Contains(text, "RESTRICTED"));
    const auto store = q::AssessmentStore::Open(files.assessment, q::OpenMode::ReadOnly, TestActor());
    const auto data = store.Snapshot();
    for (const auto& pillar : data.instrument.pillars)
        BOOST_TEST(Contains(text, pillar.id + " " + pillar.title), pillar.id + " " + pillar.title);
    const auto score = s::ScoreAssessment(data, {});
    const std::string overall = r::ReportText("en").Number(score.overall.score);
    BOOST_TEST(Contains(text, "Overall " + overall), overall);
    for (const char* section : {"Executive summary", "Readiness by pillar", "The C5 targets", "ICT penetration context",
                                "Where respondents disagree", "Recommendations", "Methodology",
                                "Annex A: every question and answer", "Sign-off"})
        BOOST_TEST(Contains(text, section), section);
    BOOST_TEST(Contains(text, data.instrument_sha256));
}

BOOST_FIXTURE_TEST_CASE(has_a_bookmark_per_section_and_document_information, DemoReport) {
    const auto outlines = Tool({"qpdf", "--json=2", "--json-key=outlines", files.report.pdf.string()});
    for (const char* title : {"Executive summary", "Readiness by pillar", "Recommendations", "Methodology", "Sign-off"})
        BOOST_TEST(Contains(outlines.out, std::string("\"title\": \"") + title + "\""), title);
    const auto info = Tool({"pdfinfo", files.report.pdf.string()});
    BOOST_TEST(Contains(info.out, " C5 Readiness Baseline Report — Kelora 2026\n"), info.out);
    BOOST_TEST(Contains(info.out, " 595.276 x 841.89 pts (A4)\n"), info.out);
}

BOOST_FIXTURE_TEST_CASE(scores_are_written_beside_the_pdf, DemoReport) {
    const std::string csv = c5::test::ReadFile(files.report.scores_csv);
    BOOST_TEST(csv.rfind("id,title,included,status,score,", 0) == 0u);
    BOOST_TEST(Contains(csv, "\r\nP12,"));
    BOOST_TEST(Contains(csv, "\r\noverall,"));
    BOOST_TEST(Contains(c5::test::ReadFile(files.report.scores_json), "\"overall\""));
}

BOOST_FIXTURE_TEST_CASE(demo_never_overwrites, DemoReport) {
    BOOST_CHECK_THROW(r::WriteDemo(dir.Path(), {}, TestActor()), std::exception);
}

BOOST_AUTO_TEST_CASE(a_failed_demo_leaves_no_assessment_behind) {
    // The report fails after the assessment was written: neither may stay, or the app would
    // later open a demo without its report.
    TempDir dir;
    r::ReportOptions options;
    options.language = "xx";
    BOOST_CHECK_THROW(r::WriteDemo(dir.Path(), options, TestActor()), r::ReportError);
    BOOST_TEST(!fs::exists(dir / "kelora-2026.c5a"));
    BOOST_TEST(!fs::exists(dir / "kelora-2026-report.pdf"));
    const auto files = r::WriteDemo(dir.Path(), {}, TestActor());  // and it can be written afterwards
    BOOST_TEST(fs::exists(files.report.pdf));
}

BOOST_FIXTURE_TEST_CASE(nothing_of_the_demo_report_runs_off_the_page, DemoReport) {
    ExpectEverythingInsideThePage(files.report.pdf);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(ReportLayout)

// 8 respondents × 75 scored questions = 600 answers, each with ~900 characters of evidence
// including an unbroken 150-character link, on A4 and on Letter.
BOOST_AUTO_TEST_CASE(six_hundred_long_answers_stay_inside_the_page) {
    q::AssessmentData data;
    data.instrument = q::ParseInstrument(q::BundledInstrumentJson());
    data.instrument_sha256 = "0";
    data.info = {"uuid", "XLA", "Longland", q::CountryGroup::LLDC, 2026, "Long answers", "", ""};
    const std::string link = "https://documents.example.org/" + std::string(120, 'x') + "/annex.pdf";
    std::string evidence;
    while (evidence.size() < 700) evidence += "The ministry's annual report describes the programme in detail. ";
    evidence += link + " and the gazette notice of the regulation adopting it, with its schedules.";
    for (int respondent = 1; respondent <= 8; ++respondent) {
        data.respondents.push_back({respondent, "u", "Stakeholder group number " + std::to_string(respondent),
                                    "Director", "government and public administration", ""});
        int answered = 0;
        for (const q::Question* question : data.instrument.Questions()) {
            if (!question->Scored() || answered == 75) continue;
            q::Answer answer;
            answer.respondent_id = respondent;
            answer.question_id = question->id;
            const std::string value = question->type == q::QuestionType::Maturity         ? std::to_string(respondent % 5)
                                      : question->type == q::QuestionType::YesPartialNo    ? "partial"
                                      : question->type == q::QuestionType::SingleChoice ||
                                                question->type == q::QuestionType::MultipleChoice
                                          ? question->choices.front().id
                                          : "10";
            answer.value = q::NormalizeAnswerValue(*question, value);
            answer.evidence = evidence;
            answer.links = link;
            data.answers.push_back(answer);
            ++answered;
        }
    }
    BOOST_REQUIRE_EQUAL(data.answers.size(), 600u);
    s::ScoreRequest request;
    request.parameters.samples = 200;
    const auto score = s::ScoreAssessment(data, request);
    TempDir dir;
    for (const auto paper : {r::PaperSize::A4, r::PaperSize::Letter}) {
        r::ReportOptions options;
        options.paper = paper;
        const auto start = std::chrono::steady_clock::now();
        const auto files = r::WriteReport(data, score, options, dir / "long.pdf");
        const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        BOOST_TEST_MESSAGE("600 long answers: " << files.pages << " pages, " << files.pdf_bytes / 1024 << " KB, "
                                                << seconds << " s");
        BOOST_TEST(Tool({"qpdf", "--check", files.pdf.string()}).exit_code == 0);
        BOOST_TEST(files.pages > 100);
        ExpectEverythingInsideThePage(files.pdf);
    }
}

BOOST_AUTO_TEST_CASE(non_ascii_text_round_trips) {
    TempDir dir;
    auto store = q::AssessmentStore::Create(dir / "civ.c5a", {"CIV", "", std::nullopt, 2026, ""},
                                            q::BundledInstrumentJson(), TestActor());
    const auto respondent = store.AddRespondent({"Autorité de régulation — ARTCI", "", "régulateur"});
    q::AnswerInput input;
    input.respondent_id = respondent.id;
    input.question_id = "P1.Q1";
    input.value = "2";
    input.evidence = "Décret n° 2023-45 «cybersécurité»; Ελληνικά; Русский текст";
    store.SaveAnswer(input);
    r::ReportOptions options;
    options.marking = "DIFFUSION RESTREINTE — ÉTAT";
    options.prepared_by = "Aïcha Öztürk-Ñúñez";
    options.paper = r::PaperSize::Letter;
    const auto data = store.Snapshot();
    const auto files = r::WriteReport(data, s::ScoreAssessment(data, {}), options, dir / "civ.pdf");
    const std::string text = PdfText(files.pdf);
    for (const char* expected : {"Côte d'Ivoire", "DIFFUSION RESTREINTE — ÉTAT", "Aïcha Öztürk-Ñúñez",
                                 "Autorité de régulation — ARTCI", "«cybersécurité»", "Ελληνικά", "Русский текст",
                                 "insufficient data"})
        BOOST_TEST(Contains(text, expected), expected);
    BOOST_TEST(Contains(Tool({"pdfinfo", files.pdf.string()}).out, "612 x 792 pts (letter)"));
}

BOOST_AUTO_TEST_CASE(an_assessment_without_answers_still_reports) {
    TempDir dir;
    const auto store = q::AssessmentStore::Create(dir / "empty.c5a", {"KEN", "", std::nullopt, 2026, ""},
                                                  q::BundledInstrumentJson(), TestActor());
    const auto data = store.Snapshot();
    const auto files = r::WriteReport(data, s::ScoreAssessment(data, {}), {}, dir / "empty.pdf");
    const std::string text = PdfText(files.pdf);
    BOOST_TEST(Contains(text, "Kenya"));
    BOOST_TEST(Contains(text, "insufficient data"));
    BOOST_TEST(Contains(text, "Only one respondent has answered, so there is nothing to compare"));
}

BOOST_AUTO_TEST_CASE(cancelling_writes_nothing) {
    TempDir dir;
    const auto store = q::CreateDemoAssessment(dir / "demo.c5a", TestActor());
    const auto data = store.Snapshot();
    r::ReportOptions options;
    options.progress = [](double fraction, std::string_view) { return fraction < 0.5; };
    BOOST_CHECK_THROW(r::WriteReport(data, s::ScoreAssessment(data, {}), options, dir / "cancelled.pdf"),
                      r::ReportCancelled);
    BOOST_TEST(!fs::exists(dir / "cancelled.pdf"));
}

BOOST_AUTO_TEST_CASE(unknown_language_and_missing_font_are_clear_errors) {
    BOOST_CHECK_EXCEPTION(r::ReportText("xx"), r::ReportError,
                          [](const auto& e) { return Contains(e.what(), "no report text for the language \"xx\""); });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(FollowUpReport)

// The demo (Kelora 2026) with a consensus on one disagreement, and a 2027 follow-up with the same
// answers except P4.Q1, raised to level 4 by everyone.
struct FollowUp {
    TempDir dir;
    q::AssessmentData baseline;
    q::AssessmentData followup;
    FollowUp() {
        auto demo = q::CreateDemoAssessment(dir / "kelora-2026.c5a", TestActor());
        demo.SetConsensus({"P2.Q7", "partial", false, "Court order required, but no time limit in the Act."});
        baseline = demo.Snapshot();
        auto later = q::AssessmentStore::Create(dir / "kelora-2027.c5a",
                                                {"XKL", "Kelora", q::CountryGroup::SIDS, 2027, ""},
                                                demo.InstrumentJson(), TestActor());
        std::vector<q::AssessmentStore::BatchEntry> entries;
        for (const auto& answer : baseline.answers) {
            const q::Respondent& who = *baseline.FindRespondent(answer.respondent_id);
            q::AssessmentStore::BatchEntry entry;
            entry.respondent = {who.name, who.role, who.stakeholder_group};
            entry.answer.question_id = answer.question_id;
            entry.answer.not_applicable = answer.NotApplicable();
            entry.answer.value = answer.question_id == "P4.Q1" ? "4" : answer.value.value_or("");
            entry.answer.confidence = answer.confidence;
            entries.push_back(entry);
        }
        later.SaveAnswers(entries, "test");
        for (const auto& figure : baseline.penetration) later.SetPenetration(figure);
        followup = later.Snapshot();
    }
};

BOOST_FIXTURE_TEST_CASE(shows_the_progress_and_the_targets_against_the_baselines_trajectory, FollowUp) {
    s::ScoreRequest request;
    request.parameters.samples = 1000;
    const s::Comparison comparison = s::CompareAssessments(baseline, followup, request);
    const auto files = r::WriteReport(followup, comparison.followup_score, {}, dir / "follow.pdf", &comparison);
    BOOST_TEST(Tool({"qpdf", "--check", files.pdf.string()}).exit_code == 0);
    const std::string text = PdfText(files.pdf);
    for (const char* expected : {"C5 Readiness Follow-up Report", "Progress since the baseline", "Baseline 2026",
                                 "Follow-up 2027", "On the trajectory in 2027", "This follow-up (2027)",
                                 "Probability of being on track", "Gaps closed since the baseline"})
        BOOST_TEST(Contains(text, expected), expected);
    const std::string p4 = "P4 CIRTs, incident handling and critical information infrastructure";
    BOOST_TEST(Contains(text, p4 + " " + r::ReportText("en").Number(comparison.pillars[3].baseline)), text.substr(0, 0));
    BOOST_TEST(Contains(c5::test::ReadFile(files.comparison_json), "\"probability_met\""));
    ExpectEverythingInsideThePage(files.pdf);
}

BOOST_FIXTURE_TEST_CASE(a_settled_disagreement_shows_the_consensus_and_its_note, FollowUp) {
    const auto files = r::WriteReport(baseline, s::ScoreAssessment(baseline, {}), {}, dir / "base.pdf");
    const std::string text = PdfText(files.pdf);
    BOOST_TEST(Contains(text, "Settled in the workshop: partial. Court order required, but no time limit in the Act."));
    BOOST_TEST(!Contains(text, "Progress since the baseline"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(EvidenceAnnex)

// A document attached to an answer is listed with that answer in the annex: its name, its size
// (2,500 bytes: "2.5 kB") and its SHA-256 (of 2,500 × "x", computed with sha256sum).
BOOST_AUTO_TEST_CASE(lists_an_attached_document_by_name_size_and_hash) {
    TempDir dir;
    auto store = q::CreateDemoAssessment(dir / "kelora-2026.c5a", TestActor());
    const auto ministry = store.Respondents().at(0);
    store.Attach(ministry.id, "P1.Q1", "strategy.pdf", std::string(2500, 'x'));
    const auto data = store.Snapshot();
    const auto model = r::BuildReportModel(data, s::ScoreAssessment(data, {}), {});
    const std::string expected =
        "Document: strategy.pdf, 2.5 kB, SHA-256 63939713c3d57421ab73577dd6d5cb07699deae2ee98de3ada79a5197aa6b915";
    int found = 0;
    for (const auto& pillar : model.annex)
        for (const auto& question : pillar.questions)
            for (const auto& answer : question.answers)
                if (Contains(answer.cells.back(), expected)) {
                    ++found;
                    BOOST_TEST(question.heading.rfind("P1.Q1", 0) == 0u, question.heading);
                    BOOST_TEST(Contains(answer.cells.front(), ministry.name));
                }
    BOOST_TEST(found == 1);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(BlankForm)

BOOST_AUTO_TEST_CASE(every_question_with_its_levels_and_boxes) {
    TempDir dir;
    const auto instrument = q::ParseInstrument(q::BundledInstrumentJson());
    r::ReportOptions options;
    const int pages = r::WriteBlankForm(instrument, options, dir / "form.pdf");
    BOOST_TEST(Tool({"qpdf", "--check", (dir / "form.pdf").string()}).exit_code == 0);
    BOOST_TEST(c5::test::PageCount(dir / "form.pdf") == pages);
    const std::string text = PdfText(dir / "form.pdf");
    for (const q::Question* question : instrument.Questions()) BOOST_TEST(Contains(text, question->id + " "), question->id);
    const q::Question& first = *instrument.FindQuestion("P1.Q1");
    BOOST_TEST(Contains(text, "0 · start-up — " + first.levels[0].substr(0, 30)));
    BOOST_TEST(Contains(text, "Only if P4.Q1 was answered"));
    ExpectEverythingInsideThePage(dir / "form.pdf");
}

BOOST_AUTO_TEST_CASE(a_dont_know_box_per_scored_question_and_the_respondent_on_every_page) {
    TempDir dir;
    const auto instrument = q::ParseInstrument(q::BundledInstrumentJson());
    const int pages = r::WriteBlankForm(instrument, {}, dir / "form.pdf");
    std::size_t scored = 0;
    for (const q::Question* question : instrument.Questions()) scored += question->Scored() ? 1 : 0;
    const std::string text = PdfText(dir / "form.pdf");
    std::size_t boxes = 0;
    for (auto at = text.find("Don't know"); at != std::string::npos; at = text.find("Don't know", at + 1)) ++boxes;
    BOOST_TEST(boxes == scored);
    // Pages come apart: each names the respondent's line.
    for (int page = 1; page <= pages; ++page) {
        const auto one = Tool({"pdftotext", "-f", std::to_string(page), "-l", std::to_string(page), "-enc", "UTF-8",
                               (dir / "form.pdf").string(), "-"});
        BOOST_TEST(Contains(one.out, "Respondent"), "page " << page);
    }
}

BOOST_AUTO_TEST_SUITE_END()
