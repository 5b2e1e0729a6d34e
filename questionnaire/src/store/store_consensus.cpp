#include "c5/questionnaire/assessment_store.h"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/completion.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "store/sqlite_errors.h"
#include "store/store_impl.h"

// The consensus table: the answers a workshop settled on (docs/facilitator-guide.md).
namespace c5::questionnaire {
using Json = nlohmann::json;
using namespace detail;

namespace detail {

Json ConsensusState(const ConsensusAnswer& answer) {
    return Json{{"value", answer.value ? Json(*answer.value) : Json(nullptr)},
                {"not_applicable", !answer.value.has_value()},
                {"note", answer.note}};
}

std::optional<ConsensusAnswer> SelectConsensus(SQLite::Database& db, std::string_view question_id) {
    SQLite::Statement query(db, "SELECT value, note, decided_at FROM consensus WHERE question_id = ?");
    query.bind(1, std::string(question_id));
    if (!query.executeStep()) return std::nullopt;
    ConsensusAnswer answer;
    answer.question_id = std::string(question_id);
    if (!query.getColumn(0).isNull()) answer.value = query.getColumn(0).getString();
    answer.note = query.getColumn(1).getString();
    answer.decided_at = query.getColumn(2).getString();
    return answer;
}

void UpsertConsensus(SQLite::Database& db, const ConsensusAnswer& settled, const std::string& decided_at) {
    SQLite::Statement upsert(db,
                             "INSERT INTO consensus(question_id, value, not_applicable, note, decided_at) VALUES "
                             "(?, ?, ?, ?, ?) ON CONFLICT(question_id) DO UPDATE SET value = excluded.value, "
                             "not_applicable = excluded.not_applicable, note = excluded.note, decided_at = "
                             "excluded.decided_at");
    upsert.bind(1, settled.question_id);
    if (settled.value) upsert.bind(2, *settled.value);
    upsert.bind(3, settled.value ? 0 : 1);
    upsert.bind(4, settled.note);
    upsert.bind(5, decided_at);
    upsert.exec();
}

}  // namespace detail

std::vector<ConsensusAnswer> AssessmentStore::Consensus() const {
    try {
        std::vector<ConsensusAnswer> consensus;
        SQLite::Statement query(*m_impl->db, "SELECT question_id, value, note, decided_at FROM consensus ORDER BY "
                                             "question_id");
        while (query.executeStep()) {
            ConsensusAnswer answer;
            answer.question_id = query.getColumn(0).getString();
            if (!query.getColumn(1).isNull()) answer.value = query.getColumn(1).getString();
            answer.note = query.getColumn(2).getString();
            answer.decided_at = query.getColumn(3).getString();
            consensus.push_back(std::move(answer));
        }
        return consensus;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "read the consensus answers");
    }
}

SaveResult AssessmentStore::SetConsensus(const ConsensusInput& input) {
    m_impl->RequireWritable();
    m_impl->RequireFullAssessment("record a consensus");
    AnswerInput as_answer;
    as_answer.question_id = input.question_id;
    as_answer.value = input.value;
    as_answer.not_applicable = input.not_applicable;
    const AnswerInput valid = ValidateAnswer(m_impl->instrument, as_answer);
    ConsensusAnswer settled;
    settled.question_id = valid.question_id;
    if (!valid.not_applicable) settled.value = valid.value;
    settled.note = CheckedText(Trim(input.note), "consensus note", kMaxEvidenceBytes);
    // A question no one is asked is not scored (methodology §1): a consensus on it would count for
    // nothing, so it is refused rather than recorded in silence.
    const Question& question = *m_impl->instrument.FindQuestion(settled.question_id);
    if (const AssessmentData data = Snapshot(); !IsAskedOfAnyone(data, question)) {
        const auto& condition = *question.show_if;
        std::string values;
        for (std::size_t i = 0; i < condition.values.size(); ++i)
            values += (i == 0 ? "" : i + 1 == condition.values.size() ? " or " : ", ") + condition.values[i];
        throw QuestionnaireError(fmt::format("{} is not asked, so a consensus on it would not count: it is asked only "
                                             "when {} is answered {}, and no respondent's answer (nor a consensus) "
                                             "says so; settle {} first",
                                             question.id, condition.question_id, values, condition.question_id));
    }
    try {
        SQLite::Transaction transaction(*m_impl->db);
        const std::string now = NowUtc();
        const auto previous = SelectConsensus(*m_impl->db, settled.question_id);
        if (previous && previous->value == settled.value && previous->note == settled.note)
            return {SaveOutcome::Unchanged, now};
        UpsertConsensus(*m_impl->db, settled, now);
        m_impl->Audit("consensus.set", settled.question_id,
                      previous ? std::optional<Json>(ConsensusState(*previous)) : std::nullopt, ConsensusState(settled),
                      now);
        transaction.commit();
        return {SaveOutcome::Saved, now};
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "record the consensus");
    }
}

bool AssessmentStore::ClearConsensus(std::string_view question_id) {
    m_impl->RequireWritable();
    m_impl->RequireFullAssessment("change a consensus");
    try {
        SQLite::Transaction transaction(*m_impl->db);
        const auto previous = SelectConsensus(*m_impl->db, question_id);
        if (!previous) return false;
        SQLite::Statement remove(*m_impl->db, "DELETE FROM consensus WHERE question_id = ?");
        remove.bind(1, std::string(question_id));
        remove.exec();
        m_impl->Audit("consensus.clear", question_id, ConsensusState(*previous), std::nullopt, NowUtc());
        transaction.commit();
        return true;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "remove the consensus");
    }
}

}  // namespace c5::questionnaire
