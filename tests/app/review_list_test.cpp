// The review list over two respondents of the C5 instrument, counted by hand.
#include <boost/test/unit_test.hpp>

#include "c5/app/assessment_session.h"
#include "c5/app/review_list.h"
#include "print_enums.h"
#include "temp_dir.h"
#include "test_actor.h"

namespace app = c5::app;
namespace q = c5::questionnaire;

namespace {

struct TwoRespondents {
    c5::test::TempDir dir;
    std::unique_ptr<app::AssessmentSession> session = app::AssessmentSession::Create(
        dir / "r.c5a", {"KEN", "", std::nullopt, 2026, ""}, {{"Ministry", "", "government"}, {"CIRT", "", ""}}, {},
        c5::test::TestActor());
    long long ministry = session->Data().respondents[0].id;
    long long cirt = session->Data().respondents[1].id;

    void Save(long long respondent, const char* question, const char* value, q::Confidence confidence,
              const char* evidence = "", bool review = false) {
        session->SetCurrentRespondent(respondent);
        q::AnswerInput input;
        input.question_id = question;
        input.value = value;
        input.confidence = confidence;
        input.evidence = evidence;
        input.needs_review = review;
        session->Save(input);
    }

    // Ministry: P1.Q1 = 1 (low, evidence), P1.Q2 = 4 (flagged, no evidence), P4.Q1 = 1 (P4.Q2 and
    // P4.Q3 are then not asked of it). CIRT: P1.Q1 = 4 (high, evidence) — three levels from the
    // Ministry's 1, a disagreement —, P1.Q3 = 2 (flagged, evidence).
    TwoRespondents() {
        Save(ministry, "P1.Q1", "1", q::Confidence::Low, "Decree 12");
        Save(ministry, "P1.Q2", "4", q::Confidence::Medium, "", true);
        Save(ministry, "P4.Q1", "1", q::Confidence::Medium, "Strategy draft");
        Save(cirt, "P1.Q1", "4", q::Confidence::High, "Annual report");
        Save(cirt, "P1.Q3", "2", q::Confidence::Medium, "MoU", true);
    }
    std::vector<std::string> Questions(std::optional<long long> respondent, app::ReviewFilter filter) {
        std::vector<std::string> ids;
        for (const auto& row : app::BuildReviewList(session->Data(), respondent, filter))
            ids.push_back(row.respondent + " " + row.question_id);
        return ids;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(ReviewList)

BOOST_FIXTURE_TEST_CASE(each_filter_keeps_what_it_says, TwoRespondents) {
    using F = app::ReviewFilter;
    const std::size_t questions = session->Instrument().QuestionCount();
    // Every question asked of the Ministry: all but three follow-ups, P4.Q2 and P4.Q3 (asked when
    // P4.Q1 is 2 or more) and P7.Q8 (asked when P7.Q2 is yes or partial).
    const auto all = app::BuildReviewList(session->Data(), ministry, F::All);
    BOOST_TEST(all.size() == questions - 3);
    BOOST_TEST(all.front().question_id == "P1.Q1");
    BOOST_TEST(*all.front().answer->value == "1");
    BOOST_TEST(all.front().disagreement_levels == 3);
    BOOST_TEST(app::BuildReviewList(session->Data(), ministry, F::Unanswered).size() == questions - 3 - 3);
    BOOST_TEST(Questions(ministry, F::Flagged) == (std::vector<std::string>{"Ministry P1.Q2"}));
    BOOST_TEST(Questions(ministry, F::LowConfidence) == (std::vector<std::string>{"Ministry P1.Q1"}));
    BOOST_TEST(Questions(ministry, F::NoEvidence) == (std::vector<std::string>{"Ministry P1.Q2"}));
    BOOST_TEST(Questions(std::nullopt, F::Flagged) == (std::vector<std::string>{"Ministry P1.Q2", "CIRT P1.Q3"}));
    BOOST_TEST(Questions(std::nullopt, F::Disagreement) ==
               (std::vector<std::string>{"Ministry P1.Q1", "CIRT P1.Q1"}));
    // All respondents: the CIRT is not asked the same three follow-ups either.
    BOOST_TEST(app::BuildReviewList(session->Data(), std::nullopt, F::All).size() == 2 * (questions - 3));
}

BOOST_FIXTURE_TEST_CASE(next_flagged_goes_round, TwoRespondents) {
    Save(ministry, "P4.Q1", "1", q::Confidence::Medium, "Strategy draft", true);
    BOOST_TEST(*app::NextFlagged(session->Data(), ministry, "P1.Q1") == "P1.Q2");
    BOOST_TEST(*app::NextFlagged(session->Data(), ministry, "P1.Q2") == "P4.Q1");
    BOOST_TEST(*app::NextFlagged(session->Data(), ministry, "P4.Q1") == "P1.Q2");  // round to the first
    BOOST_TEST(*app::NextFlagged(session->Data(), cirt, "P9.Q1") == "P1.Q3");
    Save(cirt, "P1.Q3", "2", q::Confidence::Medium, "MoU", false);
    BOOST_TEST(!app::NextFlagged(session->Data(), cirt, "P1.Q1"));
}

BOOST_AUTO_TEST_SUITE_END()
