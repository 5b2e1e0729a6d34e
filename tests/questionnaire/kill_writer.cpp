// Crash-test writer: saves answers one by one into FILE, printing "<sequence> <question>" only
// after each save has been committed. The kill test SIGKILLs it at random moments.
#include <cstdio>
#include <string>
#include <vector>

#include "c5/questionnaire/assessment_store.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: c5_kill_writer FILE FIRST_SEQUENCE\n");
        return 2;
    }
    namespace q = c5::questionnaire;
    auto store = q::AssessmentStore::Open(argv[1], q::OpenMode::ReadWrite, {"kill-test", "c5_kill_writer"});
    const long long respondent = store.FindRespondent("Writer")->id;
    const std::vector<std::pair<std::string, std::string>> questions = {
        {"P1.Q1", "maturity"}, {"P1.Q2", "ypn"}, {"P2.Q3", "number"}, {"P2.Q4", "text"}};
    for (long long sequence = std::stoll(argv[2]);; ++sequence) {
        const auto& [question, kind] = questions[static_cast<std::size_t>(sequence) % questions.size()];
        q::AnswerInput input;
        input.respondent_id = respondent;
        input.question_id = question;
        input.value = kind == "maturity" ? std::to_string(sequence % 5)
                      : kind == "ypn"    ? (sequence % 2 ? "yes" : "partial")
                      : kind == "number" ? std::to_string(sequence)
                                         : "Bodies listed in save " + std::to_string(sequence);
        input.evidence = "save #" + std::to_string(sequence);
        store.SaveAnswer(input);
        std::printf("%lld %s\n", sequence, question.c_str());
        std::fflush(stdout);
    }
}
