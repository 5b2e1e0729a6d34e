// Row score: the full instrument answered by 20 respondents, scored with 10,000 Monte Carlo draws
// (point estimate, intervals, targets, recommendations). Budget: ≤ 100 ms on the 2-core machine.
#include <random>

#include "bench_rows.h"
#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/scoring/score.h"

namespace c5::bench {
namespace {

using Clock = std::chrono::steady_clock;
namespace q = c5::questionnaire;

q::AssessmentData TwentyRespondents() {
    std::mt19937 random(2026);
    q::AssessmentData data;
    data.instrument = q::ParseInstrument(q::BundledInstrumentJson());
    data.info.year = 2026;
    for (int r = 1; r <= 20; ++r) data.respondents.push_back({r, "u", "Respondent " + std::to_string(r), "", "", ""});
    for (int r = 1; r <= 20; ++r) {
        for (const q::Question* question : data.instrument.Questions()) {
            q::Answer answer;
            answer.respondent_id = r;
            answer.question_id = question->id;
            answer.confidence = static_cast<q::Confidence>(random() % 3);
            std::string value;
            switch (question->type) {
                case q::QuestionType::Maturity: value = std::to_string(random() % 5); break;
                case q::QuestionType::YesPartialNo: value = random() % 2 ? "yes" : "partial"; break;
                case q::QuestionType::SingleChoice:
                case q::QuestionType::MultipleChoice: value = question->choices[random() % question->choices.size()].id; break;
                case q::QuestionType::Number:
                case q::QuestionType::Percent: value = std::to_string(question->goalposts->low); break;
                case q::QuestionType::Text: value = "Ministry; CIRT"; break;
            }
            answer.value = q::NormalizeAnswerValue(*question, value);
            data.answers.push_back(answer);
        }
    }
    data.penetration.push_back({q::Indicator::InternetUsers, 45, 2025, "bench", ""});
    return data;
}

std::vector<RowResult> RunScore(const std::filesystem::path&) {
    const q::AssessmentData data = TwentyRespondents();
    scoring::ScoreRequest request;  // 10,000 draws by default
    std::vector<std::chrono::nanoseconds> samples;
    for (int run = 0; run < 7; ++run) {
        const auto start = Clock::now();
        const auto result = scoring::ScoreAssessment(data, request);
        samples.push_back(Clock::now() - start);
        if (!scoring::HasScore(result.overall.score)) throw std::runtime_error("bench assessment has no score");
    }
    RowResult result;
    result.measured = "score: 20 respondents × 79 questions × 10,000 draws";
    result.unit = "ms";
    result.value = MedianMs(samples);
    result.budget = 100;
    return {result};
}

const RegisterRow kRow{"score", RunScore};

}  // namespace
}  // namespace c5::bench
