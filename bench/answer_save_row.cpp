// Row answer_save: one answer saved through the store (validation, old value read, upsert, audit
// row, commit) against a bare SQLiteCpp insert + commit on the same disk with the same durability
// setting (synchronous = EXTRA). Budget: ≤ 2×.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "bench_rows.h"
#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/instrument_loader.h"

namespace c5::bench {
namespace {

using Clock = std::chrono::steady_clock;
namespace q = c5::questionnaire;

std::vector<RowResult> RunAnswerSave(const std::filesystem::path& scratch) {
    constexpr int kRounds = 10;
    constexpr int kPerRound = 20;
    auto store = q::AssessmentStore::Create(scratch / "bench.c5a", {"XAU", "Benchland", std::nullopt, 2026, ""},
                                            q::BundledInstrumentJson(), {"bench", "c5bench"});
    const long long respondent = store.AddRespondent({"Bench", "", ""}).id;
    std::vector<const q::Question*> maturity;
    for (const q::Question* question : store.GetInstrument().Questions())
        if (question->type == q::QuestionType::Maturity) maturity.push_back(question);

    SQLite::Database bare((scratch / "bare.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // The same durability as the store's (docs/reliability.md): the ratio measures the store's own work.
    bare.exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = EXTRA");
    bare.exec("CREATE TABLE answer(respondent_id INTEGER, question_id TEXT, value TEXT, evidence TEXT)");
    SQLite::Statement insert(bare, "INSERT INTO answer VALUES (?, ?, ?, ?)");

    std::vector<Clock::duration> store_samples;
    std::vector<Clock::duration> bare_samples;
    int sequence = 0;
    // Alternate the two in rounds so both see the same disk and machine load.
    for (int round = 0; round < kRounds; ++round) {
        for (int i = 0; i < kPerRound; ++i, ++sequence) {
            q::AnswerInput input;
            input.respondent_id = respondent;
            input.question_id = maturity[static_cast<std::size_t>(sequence) % maturity.size()]->id;
            input.value = std::to_string(sequence % 5);
            input.evidence = "Evidence note " + std::to_string(sequence);
            const auto start = Clock::now();
            store.SaveAnswer(input);
            store_samples.push_back(Clock::now() - start);
        }
        for (int i = 0; i < kPerRound; ++i, ++sequence) {
            const auto start = Clock::now();
            SQLite::Transaction transaction(bare);
            insert.reset();
            insert.bind(1, 1);
            insert.bind(2, "P1.Q1");
            insert.bind(3, std::to_string(sequence % 5));
            insert.bind(4, "Evidence note " + std::to_string(sequence));
            insert.exec();
            transaction.commit();
            bare_samples.push_back(Clock::now() - start);
        }
    }
    RowResult result;
    result.measured = "one answer saved (store)";
    result.baseline = "bare SQLiteCpp insert+commit";
    result.unit = "ms";
    result.value = MedianMs({store_samples.begin(), store_samples.end()});
    result.baseline_value = MedianMs({bare_samples.begin(), bare_samples.end()});
    result.budget = 2.0;
    return {result};
}

const RegisterRow kRow{"answer_save", RunAnswerSave};

}  // namespace
}  // namespace c5::bench
