// Merging respondent kits and copies of an assessment into it (docs/facilitator-guide.md).
// Every source is checked before anything is written; the accepted ones go in one transaction.
#include <map>
#include <set>

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "store/sqlite_errors.h"
#include "store/store_impl.h"

namespace c5::questionnaire {
namespace fs = std::filesystem;
using Json = nlohmann::json;
using namespace detail;

namespace {

// An answer's content with its time, as the audit log keeps versions met in a merge.
Json VersionState(const Answer& answer) {
    Json state = AnswerState(answer);
    state["updated_at"] = answer.updated_at;
    return state;
}

// A consensus with its time, as the audit log keeps versions met in a merge.
Json ConsensusVersion(const ConsensusAnswer& answer) {
    Json state = ConsensusState(answer);
    state["decided_at"] = answer.decided_at;
    return state;
}

std::string ShortHash(const std::string& sha256) { return sha256.substr(0, 12); }

// What a merge takes from a source.
struct SourceData {
    std::vector<Respondent> respondents;
    std::vector<Answer> answers;
    std::vector<ConsensusAnswer> consensus;
    const Respondent* FindRespondent(long long id) const {
        for (const auto& respondent : respondents)
            if (respondent.id == id) return &respondent;
        return nullptr;
    }
};

// Why `source` cannot be merged into an assessment with `info` and `sha256`; empty when it can.
// Reads the source's data into `data` on the way; answers are checked against `instrument`, which
// the source shares once the hashes match.
std::string Refusal(const AssessmentStore& source, const AssessmentInfo& info, const std::string& sha256,
                    const fs::path& target_path, const Instrument& instrument, SourceData& data) {
    std::error_code error;
    if (!source.Path().empty() && fs::exists(source.Path(), error) && fs::equivalent(source.Path(), target_path, error))
        return "it is the assessment itself";
    const AssessmentInfo from = source.Info();
    if (from.uuid != info.uuid)
        return fmt::format("it belongs to another assessment (\"{}\", id {}), not to \"{}\" (id {})", from.title,
                           from.uuid, info.title, info.uuid);
    if (source.InstrumentSha256() != sha256)
        return fmt::format("it was made with another version of the questionnaire ({} {}, SHA-256 {}…) than this "
                           "assessment ({}…)",
                           source.GetInstrument().id, source.GetInstrument().version,
                           ShortHash(source.InstrumentSha256()), ShortHash(sha256));
    data.respondents = source.Respondents();
    data.answers = source.Answers();
    data.consensus = source.Consensus();
    for (const auto& respondent : data.respondents) {
        CheckedName(respondent.name, "respondent name");
        if (respondent.uuid.size() != 36) return fmt::format("the respondent {} has no valid identity", Quote(respondent.name));
    }
    // A file is ours by its schema, but its values could have been edited by hand.
    for (const auto& answer : data.answers) {
        AnswerInput input;
        input.question_id = answer.question_id;
        input.not_applicable = answer.NotApplicable();
        input.value = answer.value.value_or("");
        input.evidence = answer.evidence;
        input.links = answer.links;
        try {
            const AnswerInput valid = ValidateAnswer(instrument, input);
            if (!answer.NotApplicable() && valid.value != *answer.value)
                throw QuestionnaireError(fmt::format("the value {} is not in the kit's own form", Quote(*answer.value)));
        } catch (const QuestionnaireError& problem) {
            const Respondent* who = data.FindRespondent(answer.respondent_id);
            return fmt::format("the answer of {} to {}: {}", who ? Quote(who->name) : "?", answer.question_id,
                               problem.what());
        }
        if (answer.updated_at.size() < 20) return fmt::format("the answer to {} has no valid time", answer.question_id);
    }
    for (const auto& settled : data.consensus) {
        AnswerInput input;
        input.question_id = settled.question_id;
        input.not_applicable = !settled.value;
        input.value = settled.value.value_or("");
        try {
            ValidateAnswer(instrument, input);
        } catch (const QuestionnaireError& problem) {
            return fmt::format("the consensus on {}: {}", settled.question_id, problem.what());
        }
    }
    return {};
}

}  // namespace

// A consensus from a source: the newer one is kept, the older one logged once.
void AssessmentStore::Impl::MergeConsensus(const ConsensusAnswer& settled, MergeFileReport& file,
                                           std::set<std::pair<std::string, std::string>>& logged,
                                           const std::string& now) {
    Impl& impl = *this;
    const std::optional<ConsensusAnswer> here = SelectConsensus(*impl.db, settled.question_id);
    if (here && here->value == settled.value && here->note == settled.note) return;
    if (!here || settled.decided_at > here->decided_at) {
        UpsertConsensus(*impl.db, settled, settled.decided_at);
        Json incoming = ConsensusVersion(settled);
        incoming["from"] = file.label;
        impl.Audit("consensus.merge", settled.question_id, here ? std::optional<Json>(ConsensusVersion(*here)) : std::nullopt,
                   incoming, now);
        ++(here ? file.consensus_updated : file.consensus_added);
    } else if (const std::string version = ConsensusVersion(settled).dump(); logged.emplace(settled.question_id, version).second) {
        impl.Audit("consensus.merge.older", settled.question_id, Json::parse(version),
                   Json{{"kept", ConsensusVersion(*here)}, {"from", file.label}}, now);
        ++file.older_versions_logged;
    }
}

int AssessmentStore::MergeReport::Refused() const {
    int refused = 0;
    for (const auto& file : files) refused += file.refused.empty() ? 0 : 1;
    return refused;
}

AssessmentStore::MergeReport AssessmentStore::Merge(const std::vector<MergeSource>& sources) {
    m_impl->RequireWritable();
    m_impl->RequireFullAssessment("take merges");
    MergeReport report;
    const AssessmentInfo info = Info();
    auto& db = *m_impl->db;
    report.files.reserve(sources.size());
    try {
        // Begun with the first accepted source, committed once at the end when anything changed.
        std::optional<SQLite::Transaction> transaction;
        const std::string now = NowUtc();
        struct Known {
            long long id;
            std::string name;
        };
        std::map<std::string, Known> by_uuid;
        std::set<std::string> names;
        // Older versions already recorded by an earlier merge: recording them again would change the file.
        std::set<std::pair<std::string, std::string>> logged;
        const auto begin = [&] {
            transaction.emplace(db);
            for (const auto& respondent : Respondents()) {
                by_uuid[respondent.uuid] = {respondent.id, respondent.name};
                names.insert(respondent.name);
            }
            SQLite::Statement older(db, "SELECT subject, old_value FROM audit_log WHERE action IN "
                                        "('answer.merge.older', 'consensus.merge.older')");
            while (older.executeStep()) logged.emplace(older.getColumn(0).getString(), older.getColumn(1).getString());
        };

        for (const auto& source : sources) {
            report.files.push_back({});
            MergeFileReport* file = &report.files.back();
            file->label = source.label;
            SourceData data;
            try {
                // Files are opened one at a time: hundreds of kits never sit in memory together.
                std::optional<AssessmentStore> opened;
                const AssessmentStore* store = source.store;
                if (!store) {
                    opened.emplace(OpenMergeSource(source.path, m_impl->actor, m_impl->instrument_sha256));
                    store = &*opened;
                }
                file->refused = Refusal(*store, info, m_impl->instrument_sha256, m_impl->path, m_impl->instrument, data);
            } catch (const QuestionnaireError& error) {
                file->refused = error.what();
                // The message names the file already; the report does too.
                const std::string prefix = source.path.string() + ": ";
                if (!source.path.empty() && file->refused.rfind(prefix, 0) == 0) file->refused.erase(0, prefix.size());
            }
            if (!file->refused.empty()) continue;
            if (!transaction) begin();

            std::map<long long, const Known*> target_of;  // the source's respondent id → here
            for (const auto& respondent : data.respondents) {
                auto known = by_uuid.find(respondent.uuid);
                if (known == by_uuid.end()) {
                    std::string name = respondent.name;
                    for (int n = 2; names.contains(name); ++n) name = fmt::format("{} ({})", respondent.name, n);
                    if (name != respondent.name) file->renamed.push_back(respondent.name + " → " + name);
                    const Respondent added = m_impl->InsertRespondent(
                        {name, respondent.role, respondent.stakeholder_group}, now, respondent.uuid);
                    known = by_uuid.emplace(respondent.uuid, Known{added.id, added.name}).first;
                    names.insert(name);
                    ++file->respondents_added;
                }
                target_of[respondent.id] = &known->second;
            }
            for (Answer answer : data.answers) {
                const Known& who = *target_of.at(answer.respondent_id);
                answer.respondent_id = who.id;
                const std::string subject = fmt::format("{} / {}", who.name, answer.question_id);
                const auto here = m_impl->SelectAnswer(who.id, answer.question_id);
                if (here && SameContent(*here, answer)) {
                    ++file->duplicates;
                } else if (!here || answer.updated_at > here->updated_at) {
                    m_impl->UpsertAnswer(answer);
                    Json incoming = VersionState(answer);
                    incoming["from"] = file->label;
                    m_impl->Audit("answer.merge", subject, here ? std::optional<Json>(VersionState(*here)) : std::nullopt,
                                  incoming, now);
                    ++(here ? file->answers_updated : file->answers_added);
                } else {
                    const std::string version = VersionState(answer).dump();
                    if (logged.emplace(subject, version).second) {
                        m_impl->Audit("answer.merge.older", subject, Json::parse(version),
                                      Json{{"kept", VersionState(*here)}, {"from", file->label}}, now);
                        ++file->older_versions_logged;
                    } else {
                        ++file->duplicates;
                    }
                }
            }
            for (const auto& settled : data.consensus) m_impl->MergeConsensus(settled, *file, logged, now);
            const bool changed = file->respondents_added + file->answers_added + file->answers_updated +
                                     file->older_versions_logged + file->consensus_added + file->consensus_updated >
                                 0;
            if (!changed) continue;
            report.changed = true;
            m_impl->Audit("merge", file->label, std::nullopt,
                          Json{{"respondents_added", file->respondents_added},
                               {"answers_added", file->answers_added},
                               {"answers_updated", file->answers_updated},
                               {"older_versions_logged", file->older_versions_logged},
                               {"duplicates", file->duplicates},
                               {"consensus_added", file->consensus_added},
                               {"consensus_updated", file->consensus_updated}},
                          now);
        }
        if (report.changed) transaction->commit();
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "merge the files");
    }
    return report;
}

}  // namespace c5::questionnaire
