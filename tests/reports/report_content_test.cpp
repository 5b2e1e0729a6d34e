// What the report says beyond the numbers (BRIEF §6, "A report a ministry can sign"): the next step
// from the level reached, the roadmap, findings, process, limitations, the draft marking, follow-up
// wording, one scale for item scores, the order of disagreements, the scoring annex and the stamp
// `verify` reads back.
#include <algorithm>
#include <cctype>
#include <regex>
#include <tuple>

#include <boost/test/unit_test.hpp>

#include "c5/questionnaire/demo_assessment.h"
#include "c5/questionnaire/fingerprint.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/next_steps.h"
#include "c5/reports/report_model.h"
#include "c5/reports/report_pdf.h"
#include "c5/reports/report_stamp.h"
#include "c5/reports/report_text.h"
#include "c5/scoring/compare.h"
#include "c5/scoring/score.h"
#include "pdf_tools.h"
#include "report_context.h"
#include "temp_dir.h"
#include "test_actor.h"

namespace q = c5::questionnaire;
namespace r = c5::reports;
namespace s = c5::scoring;
using c5::test::TempDir;
using c5::test::TestActor;

namespace {

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

q::AnswerInput Answer(long long respondent, const std::string& question, const std::string& value) {
    q::AnswerInput input;
    input.respondent_id = respondent;
    input.question_id = question;
    input.value = value;
    return input;
}

s::ScoreRequest Samples(int samples) {
    s::ScoreRequest request;
    request.parameters.samples = samples;
    return request;
}

// The demo assessment (Kelora 2026, three stakeholder groups, complete).
struct Demo {
    TempDir dir;
    q::AssessmentStore store = q::CreateDemoAssessment(dir / "kelora-2026.c5a", TestActor());
    q::AssessmentData data = store.Snapshot();
    s::ScoreResult score = s::ScoreAssessment(data, Samples(500));
};

// Three answers of 79: the overall score cannot be complete.
struct Sparse {
    TempDir dir;
    q::AssessmentStore store = q::AssessmentStore::Create(dir / "sparse.c5a", {"KEN", "", std::nullopt, 2026, ""},
                                                          q::BundledInstrumentJson(), TestActor());
    Sparse() {
        const q::Respondent who = store.AddRespondent({"Ministry of ICT", "", "government"});
        for (const char* id : {"P1.Q1", "P1.Q2", "P4.Q1"}) store.SaveAnswer(Answer(who.id, id, "2"));
    }
};

// The text of one page.
std::string PageText(const std::filesystem::path& pdf, int page) {
    const auto result = c5::test::Tool({"pdftotext", "-f", std::to_string(page), "-l", std::to_string(page), "-enc",
                                        "UTF-8", pdf.string(), "-"});
    return result.out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ReportRecommendations)

BOOST_FIXTURE_TEST_CASE(each_recommendation_is_the_next_step_from_the_level_reached, Demo) {
    const r::ReportModel model = r::BuildReportModel(data, score, {});
    BOOST_REQUIRE(!score.recommendations.empty());
    BOOST_REQUIRE_EQUAL(model.recommendations.size(), score.recommendations.size());
    for (std::size_t i = 0; i < score.recommendations.size(); ++i) {
        const auto& recommendation = score.recommendations[i];
        const q::Question& question = *data.instrument.FindQuestion(recommendation.question_id);
        const auto key = q::NextStepKey(question, recommendation.score);
        BOOST_REQUIRE(key);
        BOOST_TEST_CONTEXT(question.id << " at " << recommendation.score) {
            BOOST_TEST(recommendation.next_step == *key);
            BOOST_TEST(recommendation.recommendation == question.next_steps.at(*key));
            BOOST_TEST(model.recommendations[i][4] == question.next_steps.at(*key));
            BOOST_TEST(recommendation.lead_group == question.lead_group);
        }
    }
    // The demo's CIRT is established by everyone's account: no recommendation asks to create it.
    for (const auto& row : model.recommendations) BOOST_TEST(!Contains(row[4], "Designate the team that will become"));
}

BOOST_FIXTURE_TEST_CASE(the_roadmap_holds_the_first_ten_by_gain_grouped_by_pillar, Demo) {
    const r::ReportModel model = r::BuildReportModel(data, score, {});
    BOOST_REQUIRE(score.recommendations.size() > 10u);
    std::vector<int> ranks;
    std::vector<int> first_rank_of_pillar;
    for (const auto& pillar : model.roadmap.pillars) {
        BOOST_REQUIRE(!pillar.items.empty());
        first_rank_of_pillar.push_back(std::stoi(pillar.items.front().rank));
        int previous = 0;
        for (const auto& item : pillar.items) {
            const int rank = std::stoi(item.rank);
            BOOST_TEST(rank > previous);  // within a pillar by rank
            previous = rank;
            ranks.push_back(rank);
            const auto& recommendation = score.recommendations.at(static_cast<std::size_t>(rank - 1));
            BOOST_TEST(Contains(pillar.heading, recommendation.pillar_id + " "));
            BOOST_TEST(Contains(item.question, recommendation.question_id));
            BOOST_TEST(item.lead != "—");
        }
    }
    std::sort(ranks.begin(), ranks.end());
    BOOST_TEST(ranks.size() == 10u);
    for (int i = 0; i < static_cast<int>(ranks.size()); ++i) BOOST_TEST(ranks[static_cast<std::size_t>(i)] == i + 1);
    BOOST_TEST(std::is_sorted(first_rank_of_pillar.begin(), first_rank_of_pillar.end()));  // pillars by priority
}

BOOST_AUTO_TEST_CASE(a_snapshot_of_instrument_1_0_0_falls_back_to_its_one_recommendation) {
    TempDir dir;
    auto writable = q::AssessmentStore::Create(dir / "old.c5a", {"KEN", "", std::nullopt, 2026, ""},
                                               c5::test::ReadFile(std::string(C5_TEST_DATA_DIR) +
                                                                  "/instruments/minimal.json"),
                                               TestActor());
    const q::Respondent who = writable.AddRespondent({"Ministry", "", "government"});
    writable.SaveAnswer(Answer(who.id, "P1.Q1", "1"));
    writable.SaveAnswer(Answer(who.id, "P1.Q2", "partial"));
    const auto data = writable.Snapshot();
    const auto score = s::ScoreAssessment(data, Samples(0));
    BOOST_REQUIRE(!score.recommendations.empty());
    BOOST_TEST(score.recommendations.front().next_step.empty());
    const r::ReportModel model = r::BuildReportModel(data, score, {});
    BOOST_TEST(model.recommendations.front()[4] ==
               data.instrument.FindQuestion(score.recommendations.front().question_id)->recommendation);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(ReportNarrative)

BOOST_FIXTURE_TEST_CASE(findings_process_and_limitations_come_from_the_answers, Demo) {
    const r::ReportModel model = r::BuildReportModel(data, score, {});
    BOOST_TEST(model.findings.size() == data.instrument.pillars.size());
    const auto& p4 = model.findings[3];
    BOOST_TEST(Contains(p4.heading, "P4 "));
    BOOST_TEST(Contains(p4.paragraph, "P4 stands at"));
    BOOST_TEST(Contains(p4.paragraph, "Strongest: "));
    BOOST_TEST(Contains(p4.paragraph, "Weakest: "));
    BOOST_REQUIRE(!p4.quotes.empty());
    BOOST_TEST(Contains(p4.quotes.front(), "”"));  // a quotation, attributed
    // Process: one row per stakeholder group, the coverage each reached, the dates.
    BOOST_TEST(model.process.rows.size() == 3u);
    bool uneven = false;
    for (const auto& note : model.process.notes) uneven = uneven || Contains(note, "Coverage is uneven");
    BOOST_TEST(uneven);  // civil society answered fewer questions than the ministry
    BOOST_TEST(Contains(model.process.notes.back(), "Optional modules outside the overall score"));
    // Limitations: what the band is, and where the penetration figures come from.
    std::string limitations;
    for (const auto& line : model.limitations) limitations += line + "\n";
    BOOST_TEST(Contains(limitations, "sensitivity band"));
    BOOST_TEST(Contains(limitations, "not audited"));
    BOOST_TEST(Contains(limitations, "Kelora Bureau of Statistics"));
    BOOST_TEST(Contains(limitations, "2024"));
    BOOST_TEST(Contains(limitations, "P12 "));  // optional modules left out
    BOOST_TEST(!Contains(model.summary_intro, "with 90 % probability"));
}

BOOST_FIXTURE_TEST_CASE(item_scores_use_one_scale_and_disagreements_read_in_their_order, Demo) {
    const r::ReportModel model = r::BuildReportModel(data, score, {});
    static const std::regex fraction(R"((^|[^0-9])0\.[0-9]{2})");  // "0.50": the 0–1 scale
    for (const auto& pillar : model.annex)
        for (const auto& question : pillar.questions)
            BOOST_TEST(!std::regex_search(question.status, fraction), question.status);
    for (const auto& row : model.recommendations) BOOST_TEST(!std::regex_search(row[2], fraction), row[2]);
    BOOST_REQUIRE(model.disagreements.size() >= 2u);
    double previous = 1e9;
    for (const auto& block : model.disagreements) {
        const auto at = block.subtitle.find("priority ");
        BOOST_REQUIRE(at != std::string::npos);
        const double priority = std::stod(block.subtitle.substr(at + 9));
        BOOST_TEST(priority <= previous, block.subtitle);
        previous = priority;
    }
}

BOOST_FIXTURE_TEST_CASE(annex_b_lists_every_question_with_what_recomputes_it, Demo) {
    const r::ReportModel model = r::BuildReportModel(data, score, {});
    std::size_t rows = 0;
    for (const auto& pillar : model.scoring_annex.pillars) rows += pillar.rows.size();
    BOOST_TEST(rows == data.instrument.QuestionCount());
    const auto& p2 = model.scoring_annex.pillars[1];
    // P2.Q3: single choice none 0 · process 1 · party 3 · party_used 4.
    bool choices = false;
    for (const auto& row : p2.rows)
        if (row[0] == "P2.Q3") choices = Contains(row[3], " 3 · ") && Contains(row[3], "÷ 4");
    BOOST_TEST(choices);
    const auto& p4 = model.scoring_annex.pillars[3];
    // P4.Q3: number, goalposts 72 → 4 hours; weight 1, exposure 0.5 with its reason.
    for (const auto& row : p4.rows)
        if (row[0] == "P4.Q3") {
            BOOST_TEST(Contains(row[3], "72 hours (median) → 0"));
            BOOST_TEST(Contains(row[2], "0.5 — "));
            BOOST_TEST(Contains(row[1], "1 → "));  // the adjusted weight at the demo's P
        }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(DraftReport)

BOOST_FIXTURE_TEST_CASE(an_incomplete_assessment_is_a_draft_on_every_page_without_sign_off, Sparse) {
    const auto data = store.Snapshot();
    const auto score = s::ScoreAssessment(data, Samples(200));
    const r::ReportModel model = r::BuildReportModel(data, score, {});
    BOOST_TEST(model.draft.draft);
    BOOST_TEST(model.signoff_roles.empty());
    BOOST_TEST(!model.draft.missing.empty());
    BOOST_TEST(!Contains(model.summary_intro, "sets the baseline"));
    BOOST_TEST(Contains(model.summary_intro, "not yet a baseline"));
    BOOST_TEST(!model.charts_empty.empty());  // no pillar has a score: a sentence, not empty charts
    const auto files = r::WriteReport(data, score, {}, dir / "sparse.pdf");
    const int pages = c5::test::PageCount(files.pdf);
    BOOST_REQUIRE(pages > 5);
    for (int page = 1; page <= pages; ++page)
        BOOST_TEST(Contains(PageText(files.pdf, page), "DRAFT — NOT A VALID BASELINE"), "page " << page);
    // Page 1 says what is missing: P1 has 2 of its 6 scorable questions answered, 2 more needed.
    const std::string first = PageText(files.pdf, 1);
    BOOST_TEST(Contains(first, "Still missing:"));
    const std::string text = c5::test::PdfText(files.pdf);
    BOOST_TEST(Contains(text, "2 of 6 questions answered — 2 more needed"), first);
    BOOST_TEST(!Contains(text, "Approved by"));
    BOOST_TEST(Contains(text, "No sign-off: this draft is not a valid baseline"));
    BOOST_TEST(!Contains(text, "No baseline: no baseline:"));
    BOOST_TEST(Contains(text, "nothing to chart"));
    // Its answered items are below full (maturity 2, item score 50): no claim that everything is met, and no
    // empty table of recommendations.
    BOOST_TEST(model.recommendations.empty());
    BOOST_TEST(!Contains(text, "Every answered question is fully met"));
    BOOST_TEST(Contains(model.roadmap.intro, "No pillar has enough answers yet"));
    BOOST_TEST(model.recommendations_intro == model.roadmap.intro);
    // None of the six child-protection essentials is answered: target c is not assessed yet, not
    // "not met", and no probability of 0 % is printed.
    BOOST_TEST(!model.target_c.decided);
    BOOST_TEST(Contains(model.target_c.status, "Not assessed yet: 0 of 6 essential"), model.target_c.status);
    BOOST_TEST(model.target_c.figures.empty());
    BOOST_TEST(!Contains(text, "Not met."));
    // One respondent is "a single respondent", not "1 respondents from 1 stakeholder groups".
    BOOST_TEST(Contains(model.limitations.front(), "the answers of a single respondent,"), model.limitations.front());
    // Annex B: P2 counts once it has a score; the optional P12, left out, does not count at all.
    BOOST_REQUIRE(model.scoring_annex.pillars.size() == data.instrument.pillars.size());
    BOOST_TEST(Contains(model.scoring_annex.pillars[1].heading, "P2 "));
    BOOST_TEST(Contains(model.scoring_annex.pillars[1].heading, "in the overall score once it has a score"));
    BOOST_TEST(Contains(model.scoring_annex.pillars.back().heading, "not in the overall score"));
}

BOOST_AUTO_TEST_CASE(the_self_assessment_limitation_counts_respondents_and_groups_in_words_that_fit) {
    // respondents (group or none) → the sentence that reads right for their count.
    // The next limitation names the groups nobody answered for; a respondent without a recorded group
    // may speak for one of them, so the sentence then says the record is incomplete.
    struct Case {
        std::vector<std::string> groups;
        std::string expected;
        std::string expected_absent;
    };
    const std::vector<Case> cases = {
        {{"government"}, "the answers of a single respondent,", "No respondent answered for: regulator, national CIRT"},
        {{"government", "government"}, "the answers of 2 respondents from a single stakeholder group,",
         "No respondent answered for: regulator, national CIRT"},
        {{"", ""}, "the answers of 2 respondents whose stakeholder groups are not recorded,",
         "No respondent is recorded as answering for: government, regulator"},
        {{"government", "regulator", ""}, "the answers of 3 respondents from 2 stakeholder groups,",
         ". Respondents whose stakeholder group is not recorded: 1."},
        {{""}, "the answers of a single respondent,", ". Respondents whose stakeholder group is not recorded: 1."},
    };
    for (const auto& c : cases) {
        TempDir dir;
        auto store = q::AssessmentStore::Create(dir / "count.c5a", {"KEN", "", std::nullopt, 2026, ""},
                                                q::BundledInstrumentJson(), TestActor());
        for (std::size_t i = 0; i < c.groups.size(); ++i)
            store.AddRespondent({"Respondent " + std::to_string(i + 1), "", c.groups[i]});
        const auto data = store.Snapshot();
        const r::ReportModel model = r::BuildReportModel(data, s::ScoreAssessment(data, Samples(50)), {});
        BOOST_TEST(Contains(model.limitations.front(), c.expected), model.limitations.front());
        BOOST_REQUIRE(model.limitations.size() > 1u);
        BOOST_TEST(Contains(model.limitations[1], c.expected_absent), model.limitations[1]);
        // The process table lists a respondent without a group under "no group given", by name.
        for (std::size_t i = 0; i < c.groups.size(); ++i) {
            if (!c.groups[i].empty()) continue;
            const std::vector<std::string> row = {"no group given", "Respondent " + std::to_string(i + 1)};
            BOOST_TEST(std::any_of(model.process.rows.begin(), model.process.rows.end(), [&](const auto& cells) {
                return cells.size() > 1 && cells[0] == row[0] && cells[1] == row[1];
            }), row[1]);
        }
    }
}

BOOST_FIXTURE_TEST_CASE(a_complete_assessment_is_no_draft_and_has_its_sign_off, Demo) {
    const r::ReportModel model = r::BuildReportModel(data, score, {});
    BOOST_TEST(!model.draft.draft);
    BOOST_TEST(model.draft.marking.empty());
    BOOST_TEST(Contains(model.summary_intro, "sets the baseline"));
    BOOST_TEST(model.charts_empty.empty());
    BOOST_TEST(model.signoff_roles.size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(FollowUpWording)

BOOST_FIXTURE_TEST_CASE(a_follow_up_says_so_and_overlays_its_baseline, Demo) {
    // A 2027 follow-up with the same answers, P4.Q1 raised by everyone, and newer penetration figures.
    auto later = q::AssessmentStore::Create(dir / "kelora-2027.c5a", {"XKL", "Kelora", q::CountryGroup::SIDS, 2027, ""},
                                            store.InstrumentJson(), TestActor());
    std::vector<q::AssessmentStore::BatchEntry> entries;
    for (const auto& answer : data.answers) {
        const q::Respondent& who = *data.FindRespondent(answer.respondent_id);
        q::AssessmentStore::BatchEntry entry;
        entry.respondent = {who.name, who.role, who.stakeholder_group};
        entry.answer.question_id = answer.question_id;
        entry.answer.not_applicable = answer.NotApplicable();
        entry.answer.value = answer.question_id == "P4.Q1" ? "4" : answer.value.value_or("");
        entry.answer.confidence = answer.confidence;
        entries.push_back(entry);
    }
    later.SaveAnswers(entries, "test");
    for (auto figure : data.penetration) {
        figure.value *= 1.2;
        figure.year = 2027;
        later.SetPenetration(figure);
    }
    const auto followup = later.Snapshot();
    const s::Comparison comparison = s::CompareAssessments(data, followup, Samples(500));
    BOOST_TEST(comparison.penetration.differ);
    const r::ReportModel model = r::BuildReportModel(followup, comparison.followup_score, {}, &comparison);
    BOOST_TEST(!Contains(model.summary_intro, "sets the baseline"));
    BOOST_TEST(Contains(model.summary_intro, "follow-up report"));
    BOOST_TEST(model.title == r::ReportText("en").Get("follow_up_title"));
    for (const auto& pillar : model.chart.pillars) BOOST_TEST(s::HasScore(pillar.baseline), pillar.id);
    // The progress table: the change, its paired range and whether it is clear.
    BOOST_REQUIRE_EQUAL(model.progress.columns.size(), 6u);
    const auto& p4 = model.progress.rows[3];
    BOOST_TEST(Contains(p4[0], "P4 "));
    BOOST_TEST(p4[5] == "yes");  // every respondent raised P4.Q1: a clear change
    std::string notes;
    for (const auto& note : model.progress.notes) notes += note + "\n";
    BOOST_TEST(Contains(notes, "The ICT penetration index was"));
    BOOST_TEST(Contains(notes, "the new figures account for"));
    {
        // The parts add up as printed: effect + answers = change, to the tenth.
        std::smatch parts;
        const auto number = [](std::string text) {
            if (text.rfind("−", 0) == 0) text.replace(0, std::string("−").size(), "-");
            if (text.rfind("±", 0) == 0) text.erase(0, std::string("±").size());
            return std::stod(text);
        };
        const std::regex sentence("account for (\\S+) of the (\\S+) points, the answers for (\\S+)\\.");
        BOOST_REQUIRE(std::regex_search(notes, parts, sentence));
        BOOST_TEST(number(parts[1]) + number(parts[3]) == number(parts[2]), boost::test_tools::tolerance(1e-9));
    }
    // How respondents were paired: one plain sentence per kind that occurred. A new file gives its
    // three respondents new identities, so each pairs with the one of its stakeholder group.
    BOOST_TEST(comparison.pairing.by_identity == 0);
    BOOST_TEST(comparison.pairing.by_group == 3);
    BOOST_TEST(Contains(notes, "only the change remains. Pairs matched by stakeholder group: 3.\n"), notes);
    BOOST_TEST(!Contains(notes, "as the same person"));
    BOOST_TEST(!Contains(notes, "without a counterpart"));
    // The change is named by its label, with no bracket inside a bracket.
    bool change_named = false;
    for (const auto& figure : model.key_figures) {
        if (figure.label != "Change in penetration-adjusted readiness since the baseline of 2026") continue;
        change_named = true;
        BOOST_TEST(std::regex_match(figure.value, std::regex("(\\+|−)?[0-9]+\\.[0-9]")), figure.value);
    }
    BOOST_TEST(change_named);
    // Targets run from the baseline's year; the verify hint names the baseline a follow-up needs.
    std::string methodology;
    for (const auto& paragraph : model.methodology_paragraphs) methodology += paragraph + "\n";
    BOOST_TEST(Contains(methodology, "from the baseline year to the target year"));
    BOOST_TEST(!Contains(methodology, "from the assessment year"));
    BOOST_TEST(Contains(model.fingerprint_note, "verify REPORT.pdf ASSESSMENT.c5a --baseline BASELINE.c5a"));
    // In Arabic the targets are أ, ب and ج, not a, b and c.
    r::ReportOptions arabic;
    arabic.language = "ar";
    const r::ReportModel in_arabic = r::BuildReportModel(followup, comparison.followup_score, arabic, &comparison);
    BOOST_REQUIRE(!in_arabic.target_summary.empty());
    for (const auto& line : in_arabic.target_summary)
        BOOST_TEST((line.starts_with("الغاية أ:") || line.starts_with("الغاية ب:") || line.starts_with("الغاية ج ")), line);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(ReportStamp)

BOOST_FIXTURE_TEST_CASE(the_pdf_carries_the_state_it_was_made_from, Demo) {
    const auto files = r::WriteReport(data, score, {}, dir / "report.pdf");
    const r::ReportStamp stamp = r::ReadReportStamp(c5::test::ReadFile(files.pdf));
    const q::StateFingerprint fingerprint = q::FingerprintState(data);
    BOOST_TEST(stamp.fingerprint == fingerprint.sha256);
    BOOST_TEST(stamp.assessment == data.info.uuid);
    BOOST_TEST(stamp.questions == fingerprint.questions);
    BOOST_TEST(stamp.state_as_of == fingerprint.last_change);
    BOOST_TEST(Contains(c5::test::PdfText(files.pdf), fingerprint.sha256));  // printed, too
    BOOST_TEST(r::CheckStamp(stamp, data, store.AuditLog()).matches);

    // One changed answer: named, with what the audit log says happened after the report.
    const q::Respondent cirt = *store.FindRespondent("KeloraCIRT");
    store.SaveAnswer(Answer(cirt.id, "P4.Q1", "4"));
    const auto check = r::CheckStamp(stamp, store.Snapshot(), store.AuditLog());
    BOOST_TEST(!check.matches);
    BOOST_TEST(check.same_assessment);
    BOOST_TEST(check.parts_differ == std::vector<std::string>{"answers"}, boost::test_tools::per_element());
    BOOST_REQUIRE_EQUAL(check.questions_differ.size(), 1u);
    BOOST_TEST(check.questions_differ.front().question == "P4.Q1");
    BOOST_REQUIRE(!check.changed_after.empty());
    BOOST_TEST(check.changed_after.back().action == "answer.set");
}

BOOST_AUTO_TEST_CASE(a_stamp_is_read_back_through_pdf_string_escapes) {
    r::ReportStamp stamp;
    stamp.assessment = "a(b)c";
    stamp.fingerprint = std::string(64, 'f');
    stamp.parts = {{"answers", "1"}};
    stamp.questions = {{"Q1", "2"}};
    const std::string json = r::StampJson(stamp);
    std::string escaped;
    for (char c : json) {
        if (c == '(' || c == ')' || c == '\\') escaped += '\\';
        escaped += c;
    }
    const std::string pdf = "%PDF-1.4\n1 0 obj << /Title (x) /C5KitStamp (" + escaped + ") >> endobj\n";
    const r::ReportStamp back = r::ReadReportStamp(pdf);
    BOOST_TEST(back.assessment == "a(b)c");
    BOOST_TEST(back.fingerprint == stamp.fingerprint);
    BOOST_CHECK_THROW(r::ReadReportStamp("%PDF-1.4\n<< /Title (x) >>"), r::ReportError);
    BOOST_CHECK_THROW(r::ReadReportStamp("not a pdf"), r::ReportError);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(WordsOfEachLanguage)

BOOST_FIXTURE_TEST_CASE(both_annexes_are_lettered_in_the_language_s_own_script, Demo) {
    // "Annex A" and "Annex B" alike; a Latin "B" inside a Russian, Arabic or Chinese heading reads as a typo.
    const std::vector<std::pair<std::string, std::pair<std::string, std::string>>> expected = {
        {"en", {"Annex A:", "Annex B:"}},         {"fr", {"Annexe A :", "Annexe B :"}},
        {"es", {"Anexo A:", "Anexo B:"}},         {"ru", {"Приложение А:", "Приложение Б:"}},
        {"zh", {"附件一：", "附件二："}},         {"ar", {"المرفق ألف:", "المرفق باء:"}}};
    for (const auto& [language, titles] : expected) {
        r::ReportOptions options;
        options.language = language;
        const r::ReportModel model = r::BuildReportModel(data, score, options);
        const std::string& annex = model.section_titles.at(r::kSectionAnnex);
        const std::string& scoring_annex = model.section_titles.at(r::kSectionScoringAnnex);
        BOOST_TEST(annex.starts_with(titles.first), language << ": " << annex);
        BOOST_TEST(scoring_annex.starts_with(titles.second), language << ": " << scoring_annex);
        if (language == "ru" || language == "zh" || language == "ar")
            for (const std::string* title : {&annex, &scoring_annex})
                BOOST_TEST(std::none_of(title->begin(), title->end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }),
                           language << ": " << *title);
    }
}

BOOST_FIXTURE_TEST_CASE(a_spread_of_two_levels_is_counted_in_the_arabic_dual, Demo) {
    const auto subtitles = [&](const std::string& language) {
        r::ReportOptions options;
        options.language = language;
        std::string all;
        for (const auto& block : r::BuildReportModel(data, score, options).disagreements) all += block.subtitle + "\n";
        return all;
    };
    BOOST_TEST(Contains(subtitles("en"), "(2 levels)"));
    const std::string arabic = subtitles("ar");
    BOOST_TEST(Contains(arabic, "(مستويان)"), arabic);
    BOOST_TEST(!Contains(arabic, "2 مستويات"), arabic);
}

BOOST_FIXTURE_TEST_CASE(chinese_figures_take_full_width_brackets, Demo) {
    // "50.0（2030）", "…指标（c5 1.1.0）": half-width brackets beside Chinese text look foreign.
    r::ReportOptions options;
    options.language = "zh";
    const r::ReportModel model = r::BuildReportModel(data, score, options);
    std::vector<std::string> values;
    for (const auto& fact : model.cover_facts)
        if (fact.value != data.info.title) values.push_back(fact.value);  // the title as the team typed it
    for (const auto& figure : model.target_a.figures) values.push_back(figure.value);
    for (const auto& pillar : model.pillars) values.insert(values.end(), pillar.cells.begin(), pillar.cells.end());
    bool full_width = false;
    for (const auto& value : values) {
        BOOST_TEST(!Contains(value, "("), value);
        full_width = full_width || Contains(value, "（");
    }
    BOOST_TEST(full_width);
    options.language = "en";
    const r::ReportModel english = r::BuildReportModel(data, score, options);
    BOOST_TEST(Contains(english.target_a.figures.at(0).value, " ("), english.target_a.figures.at(0).value);
}

BOOST_AUTO_TEST_CASE(a_shortened_question_leaves_no_bracket_open) {
    // (text, bytes kept at most, expected): the cut falls at a word in the last third; a bracket the
    // cut leaves open is dropped whole when it opened in the second half of what is kept (its text
    // cut to a word or two, and "…))" beside the question's own bracket), else closed after the ellipsis.
    const std::vector<std::tuple<std::string, std::size_t, std::string>> cases = {
        {"Is there a national body (for example a council or agency) that coordinates cyber security?", 40,
         "Is there a national body…"},
        {"One (two) three four five six seven eight nine ten", 30, "One (two) three four five six…"},
        {"Short (text)", 40, "Short (text)"},
        {"是否有国家机构（例如理事会或机构）负责协调网络安全工作", 24, "是否有国家机构…"},
        {"A law (the Act [of 2022, as amended in 2024 and 2025]) is in force", 24, "A law (the Act [of 2022…])"},
    };
    for (const auto& [text, bytes, expected] : cases)
        BOOST_TEST(c5::reports::detail::Shorten(text, bytes) == expected, text);
}

BOOST_FIXTURE_TEST_CASE(arabic_names_the_targets_with_arabic_letters, Demo) {
    // UN Arabic letters its lists أ، ب، ج; a Latin "a" inside an Arabic heading reads as a typo.
    r::ReportOptions options;
    options.language = "ar";
    const r::ReportModel model = r::BuildReportModel(data, score, options);
    BOOST_TEST(model.target_a.title.starts_with("الغاية أ "), model.target_a.title);
    BOOST_TEST(model.target_b.title.starts_with("الغاية ب "), model.target_b.title);
    BOOST_TEST(Contains(model.target_c.title, "الغاية ج "), model.target_c.title);
}

BOOST_FIXTURE_TEST_CASE(annex_b_s_weight_change_arrow_points_the_way_the_language_reads, Demo) {
    // "1 → 0.96" in English; Arabic writes "1 ← 0.96", which the PDF and Word both draw as written.
    for (const auto& [language, arrow] : std::vector<std::pair<std::string, std::string>>{{"en", " → "}, {"ar", " ← "}}) {
        r::ReportOptions options;
        options.language = language;
        const r::ReportModel model = r::BuildReportModel(data, score, options);
        BOOST_REQUIRE(!model.scoring_annex.pillars.empty());
        BOOST_REQUIRE(!model.scoring_annex.pillars.front().rows.empty());
        const std::string& weight = model.scoring_annex.pillars.front().rows.front().at(1);
        BOOST_TEST(Contains(weight, arrow), language << ": " << weight);
    }
}

BOOST_AUTO_TEST_SUITE_END()
