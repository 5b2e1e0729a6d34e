// Merging respondent kits and copies of an assessment into it (docs/facilitator-guide.md, the
// trust model in docs/reliability.md). Every source is checked before anything is written; the
// accepted ones go in one transaction.
#include <algorithm>
#include <map>
#include <set>

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument_core.h"
#include "c5/questionnaire/text_util.h"
#include "c5/questionnaire/unicode_text.h"
#include "exchange/kit_mac.h"
#include "store/sqlite_errors.h"
#include "store/store_impl.h"

namespace c5::questionnaire {
namespace fs = std::filesystem;
using Json = nlohmann::json;
using namespace detail;
using Kind = AssessmentStore::MergeFileReport::Kind;
using Outcome = AssessmentStore::MergeRespondent::Outcome;

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

// The audit log names a merged file by its name only: a path as typed can hold a user's name.
std::string AuditName(const std::string& label) {
    const std::string name = fs::path(label).filename().string();
    return name.empty() ? label : name;
}

std::string BlobOf(const SQLite::Column& column) {
    return std::string(static_cast<const char*>(column.getBlob()), static_cast<std::size_t>(column.getBytes()));
}

// A kit as this assessment recorded it when it issued it.
struct IssueRecord {
    std::string respondent_uuid;
    std::string respondent_name;
    UtcTime issued_at;
    std::map<std::string, std::string> carried;  // question id → updated_at of the answers issued with it
    std::string key;
};

std::optional<IssueRecord> FindIssue(SQLite::Database& db, const std::string& kit_id) {
    SQLite::Statement query(db, "SELECT respondent_uuid, respondent_name, issued_at, carried, key FROM kit_issue WHERE "
                                "kit_id = ?");
    query.bind(1, kit_id);
    if (!query.executeStep()) return std::nullopt;
    IssueRecord record;
    record.respondent_uuid = query.getColumn(0).getString();
    record.respondent_name = query.getColumn(1).getString();
    record.issued_at = ParseUtcTime(query.getColumn(2).getString()).value_or(UtcTime{});
    try {
        const Json carried = Json::parse(query.getColumn(3).getString());
        for (const auto& [question, time] : carried.items())
            if (time.is_string()) record.carried[question] = time.get<std::string>();
    } catch (const Json::exception&) {
    }
    record.key = BlobOf(query.getColumn(4));
    return record;
}

// The kit this assessment issued, with a key, to the respondent `uuid`, if any.
std::optional<std::string> KeyedKitOf(SQLite::Database& db, const std::string& uuid) {
    SQLite::Statement query(db, "SELECT kit_id FROM kit_issue WHERE respondent_uuid = ? LIMIT 1");
    query.bind(1, uuid);
    if (!query.executeStep()) return std::nullopt;
    return query.getColumn(0).getString();
}

// What a merge takes from a source, each row checked as the app's save path checks it.
struct SourceData {
    Kind kind = Kind::Unknown;
    std::vector<Respondent> respondents;
    std::vector<Answer> answers;
    std::vector<ConsensusAnswer> consensus;
    std::vector<std::pair<Attachment, std::string>> attachments;  // with their bytes (50 MB at most)
    std::vector<std::pair<std::string, std::pair<IssueRecord, std::string>>> issues;  // a copy's kit records
    std::string kit_respondent_name;  // a kit's respondent, for the report even when refused
    std::string kit_respondent_uuid;
    std::string issued_kit_id;        // a kit this assessment's records know, bound to its respondent
    std::string unverified;           // why the source cannot be checked (accepted only on request)
    std::vector<std::string> not_here;  // national questions the assessment's questionnaire lacks
    const Respondent* FindRespondent(long long id) const {
        for (const auto& respondent : respondents)
            if (respondent.id == id) return &respondent;
        return nullptr;
    }
};

// Everything a merge compares a source against.
struct MergeTarget {
    AssessmentInfo info;
    std::string sha256;
    fs::path path;
    const Instrument* instrument;
    SQLite::Database* db;
    std::string key;  // the assessment's own key
    UtcTime now;
};

std::string TimeProblem(std::string_view what, const std::string& text) {
    return fmt::format("{} {} is not a valid time (ISO 8601 with its zone, e.g. 2026-11-22T10:42:13Z)", what,
                       Quote(text));
}

// The respondents of a source, each as the app would have stored them.
std::string ReadRespondents(SQLite::Database& db, SourceData& data) {
    SQLite::Statement query(db, "SELECT id, uuid, name, role, stakeholder_group, created_at FROM respondent ORDER BY id");
    while (query.executeStep()) {
        for (int column = 1; column < 6; ++column)
            if (!query.getColumn(column).isText()) return "a respondent's row holds something other than text";
        Respondent respondent{query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                              query.getColumn(2).getString(), query.getColumn(3).getString(),
                              query.getColumn(4).getString(), query.getColumn(5).getString()};
        try {
            // As AddRespondent takes a name (older files may hold one in another normalisation form).
            CheckedName(respondent.name, "respondent name");
            CheckedText(Trim(respondent.role), "role", 200);
            CheckedText(Trim(respondent.stakeholder_group), "stakeholder group", 200);
        } catch (const QuestionnaireError& problem) {
            return fmt::format("the respondent {}: {}", Quote(respondent.name), problem.what());
        }
        if (respondent.uuid.size() != 36)
            return fmt::format("the respondent {} has no valid identity", Quote(respondent.name));
        data.respondents.push_back(std::move(respondent));
    }
    return {};
}

// One answer row read with its SQL types and checked exactly as AssessmentStore::SaveAnswer checks
// what a user submits (ValidateAnswer): the stored form must be the form the app itself writes.
// Problems are worded to follow "the answer of NAME to QID: ".
std::string ReadAnswer(SQLite::Statement& row, const Instrument& instrument, Answer& answer) {
    const auto is_flag = [](const SQLite::Column& column) {
        return column.isInteger() && (column.getInt64() == 0 || column.getInt64() == 1);
    };
    const SQLite::Column value = row.getColumn(2);
    if (!value.isNull() && !value.isText()) return "its value is not text";
    if (!is_flag(row.getColumn(3)) || !is_flag(row.getColumn(7))) return "it has a flag that is neither 0 nor 1";
    const bool not_applicable = row.getColumn(3).getInt64() == 1;
    if (not_applicable != value.isNull()) return "it is \"not applicable\" and has a value, or neither";
    const auto confidence = row.getColumn(4).isText() ? ConfidenceFromString(row.getColumn(4).getString()) : std::nullopt;
    if (!confidence || ToString(*confidence) != row.getColumn(4).getString())
        return "its confidence is not low, medium or high";
    for (int column : {5, 6, 8, 9})
        if (!row.getColumn(column).isText()) return "it holds something other than text";
    AnswerInput input;
    input.question_id = answer.question_id;
    input.not_applicable = not_applicable;
    input.value = not_applicable ? std::string() : value.getString();
    input.confidence = *confidence;
    input.evidence = row.getColumn(5).getString();
    input.links = row.getColumn(6).getString();
    input.needs_review = row.getColumn(7).getInt64() == 1;
    try {
        const AnswerInput valid = ValidateAnswer(instrument, input);
        if (valid.question_id != input.question_id || valid.value != input.value || valid.evidence != input.evidence ||
            valid.links != input.links)
            throw QuestionnaireError(fmt::format("it is not in the form the app saves (value {})", Quote(input.value)));
    } catch (const QuestionnaireError& problem) {
        return problem.what();
    }
    if (!not_applicable) answer.value = input.value;
    answer.confidence = input.confidence;
    answer.evidence = input.evidence;
    answer.links = input.links;
    answer.needs_review = input.needs_review;
    const auto answered = ParseUtcTime(row.getColumn(8).getString());
    const auto updated = ParseUtcTime(row.getColumn(9).getString());
    if (!answered) return TimeProblem("it was first given at", row.getColumn(8).getString());
    if (!updated) return TimeProblem("it was changed at", row.getColumn(9).getString());
    if (*answered > *updated)
        return fmt::format("it was first given ({}) after it was last changed ({})", FormatUtcTime(*answered),
                           FormatUtcTime(*updated));
    // Times are compared as times: every one in the form the kit writes, in UTC.
    answer.answered_at = FormatUtcTime(*answered);
    answer.updated_at = FormatUtcTime(*updated);
    return {};
}

// A question of the source's questionnaire that the assessment's lacks (a national question of an
// adapted questionnaire): its answers stay in the source, and the report names it.
bool NotHere(const Instrument& instrument, const Instrument& theirs, const std::string& question_id, SourceData& data) {
    if (instrument.FindQuestion(question_id) || !theirs.FindQuestion(question_id)) return false;
    if (std::find(data.not_here.begin(), data.not_here.end(), question_id) == data.not_here.end())
        data.not_here.push_back(question_id);
    return true;
}

std::string ReadAnswers(SQLite::Database& db, const Instrument& instrument, const Instrument& theirs, SourceData& data) {
    SQLite::Statement query(db, "SELECT respondent_id, question_id, value, not_applicable, confidence, evidence, "
                                "links, needs_review, answered_at, updated_at FROM answer");
    while (query.executeStep()) {
        Answer answer;
        if (!query.getColumn(1).isText()) return "an answer's question id is not text";
        answer.question_id = query.getColumn(1).getString();
        if (NotHere(instrument, theirs, answer.question_id, data)) continue;
        const Respondent* who = query.getColumn(0).isInteger() ? data.FindRespondent(query.getColumn(0).getInt64()) : nullptr;
        if (!who) return fmt::format("an answer to {} belongs to no respondent in the file", answer.question_id);
        if (const std::string problem = ReadAnswer(query, instrument, answer); !problem.empty())
            return fmt::format("the answer of {} to {}: {}", Quote(who->name), answer.question_id, problem);
        answer.respondent_id = who->id;
        data.answers.push_back(std::move(answer));
    }
    return {};
}

std::string ReadConsensus(SQLite::Database& db, const Instrument& instrument, const Instrument& theirs,
                          SourceData& data) {
    SQLite::Statement query(db, "SELECT question_id, value, not_applicable, note, decided_at FROM consensus");
    while (query.executeStep()) {
        const SQLite::Column value = query.getColumn(1);
        if (!query.getColumn(0).isText() || !(value.isNull() || value.isText()) || !query.getColumn(2).isInteger() ||
            query.getColumn(2).getInt64() != (value.isNull() ? 1 : 0) || !query.getColumn(3).isText() ||
            !query.getColumn(4).isText())
            return "a consensus row is not as the app writes it";
        ConsensusAnswer settled;
        settled.question_id = query.getColumn(0).getString();
        if (NotHere(instrument, theirs, settled.question_id, data)) continue;
        AnswerInput input;
        input.question_id = settled.question_id;
        input.not_applicable = value.isNull();
        input.value = value.isNull() ? std::string() : value.getString();
        try {
            const AnswerInput valid = ValidateAnswer(instrument, input);
            if (valid.value != input.value || valid.question_id != input.question_id)
                throw QuestionnaireError(fmt::format("the value {} is not in the form the app saves", Quote(input.value)));
            settled.note = query.getColumn(3).getString();
            if (CheckedText(Trim(settled.note), "consensus note", kMaxEvidenceBytes) != settled.note)
                throw QuestionnaireError("the note is not as the app stores notes");
        } catch (const QuestionnaireError& problem) {
            return fmt::format("the consensus on {}: {}", settled.question_id, problem.what());
        }
        if (!value.isNull()) settled.value = input.value;
        const auto decided = ParseUtcTime(query.getColumn(4).getString());
        if (!decided)
            return TimeProblem(fmt::format("the consensus on {} was decided at", settled.question_id),
                               query.getColumn(4).getString());
        settled.decided_at = FormatUtcTime(*decided);
        data.consensus.push_back(std::move(settled));
    }
    return {};
}

// The documents attached to the source's answers, each whole (its SHA-256) and within the limits,
// on an answer of a respondent of the source.
std::string ReadAttachments(const AssessmentStore& source, const Instrument& instrument, const Instrument& theirs,
                            SourceData& data) {
    for (const Attachment& attachment : source.Attachments()) {
        if (NotHere(instrument, theirs, attachment.question_id, data)) continue;  // stays with its answer
        std::string content = source.AttachmentContent(attachment.id);
        if (const auto problem = CheckAttachment(attachment, content); !problem.empty()) return problem;
        if (!data.FindRespondent(attachment.respondent_id) || !instrument.FindQuestion(attachment.question_id))
            return fmt::format("the attached document {} belongs to no answer of the file", Quote(attachment.name));
        data.attachments.emplace_back(attachment, std::move(content));
    }
    return {};
}

// No time may lie in the future (beyond the clock skew): such a version would win every later merge.
std::string FutureProblem(const SourceData& data, UtcTime now) {
    const UtcTime latest = now + kClockSkew;
    const auto later = [&](const std::string& time) { return *ParseUtcTime(time) > latest; };
    for (const auto& answer : data.answers)
        if (later(answer.updated_at)) {
            const Respondent* who = data.FindRespondent(answer.respondent_id);
            return fmt::format("the answer of {} to {} is dated {}, later than now ({}) — the clock of the computer it "
                               "was saved on was wrong",
                               who ? Quote(who->name) : "?", answer.question_id, answer.updated_at, FormatUtcTime(now));
        }
    for (const auto& settled : data.consensus)
        if (later(settled.decided_at))
            return fmt::format("the consensus on {} is dated {}, later than now ({})", settled.question_id,
                               settled.decided_at, FormatUtcTime(now));
    return {};
}

// A kit, checked against the record this assessment made when it issued it.
std::string CheckKit(SQLite::Database& db, const MergeTarget& target, SourceData& data) {
    SQLite::Statement kit(db, "SELECT respondent_uuid, made_at, kit_id, mac FROM kit WHERE singleton = 1");
    if (!kit.executeStep()) return "its kit marker cannot be read";
    data.kit_respondent_uuid = kit.getColumn(0).getString();
    for (const auto& respondent : data.respondents)
        if (respondent.uuid == data.kit_respondent_uuid) data.kit_respondent_name = respondent.name;
    std::optional<IssueRecord> issue;
    if (!kit.getColumn(2).isText()) {
        data.unverified = "it was made by an older version of the kit, without a key, so its answers cannot be checked";
    } else if (issue = FindIssue(*target.db, kit.getColumn(2).getString()); !issue) {
        data.unverified = fmt::format("this assessment has no record of issuing it (kit {}): it was made from another "
                                      "copy of the assessment, or is not a kit of this workshop",
                                      kit.getColumn(2).getString());
    } else {
        data.kit_respondent_name = issue->respondent_name;
        // Bound to the respondent it was issued to, whatever the file now says.
        if (data.kit_respondent_uuid != issue->respondent_uuid)
            return fmt::format("it was issued to {} but now names another respondent; a kit brings back only the "
                               "answers of the respondent it was issued to",
                               Quote(issue->respondent_name));
        data.issued_kit_id = kit.getColumn(2).getString();
        const std::string mac = KitMac(db, kit.getColumn(2).getString(), issue->respondent_uuid, issue->key);
        if (!kit.getColumn(3).isBlob() || !SameSecret(mac, BlobOf(kit.getColumn(3))))
            data.unverified = "it was changed outside the kit: its answers or documents no longer match the kit's seal";
    }
    // What a kit may bring: its one respondent's answers, nothing else.
    if (data.respondents.size() != 1 || data.respondents[0].uuid != data.kit_respondent_uuid)
        return fmt::format("it holds {} respondent(s); a kit holds only the one it was issued to",
                           data.respondents.size());
    if (data.kit_respondent_name.empty()) data.kit_respondent_name = data.respondents[0].name;
    if (!data.consensus.empty())
        return fmt::format("it holds {} consensus answer(s), which only the facilitator records, never a kit",
                           data.consensus.size());
    // Answers dated before the kit's issue are only those it was issued with: a kit refuses to save
    // while its computer's clock is earlier.
    if (issue) {
        const UtcTime earliest = issue->issued_at - kClockSkew;
        for (const auto& answer : data.answers) {
            const auto carried = issue->carried.find(answer.question_id);
            const bool issued_with = carried != issue->carried.end() && ParseUtcTime(carried->second) &&
                                     FormatUtcTime(*ParseUtcTime(carried->second)) == answer.updated_at;
            if (*ParseUtcTime(answer.updated_at) < earliest && !issued_with)
                return fmt::format("the answer to {} is dated {}, before the kit was issued ({}) — the clock of the "
                                   "computer it was saved on was wrong",
                                   answer.question_id, answer.updated_at, FormatUtcTime(issue->issued_at));
        }
    }
    return {};
}

// A copy of this assessment, recognised by the assessment's own key; brings its kit records too.
std::string CheckCopy(SQLite::Database& db, const MergeTarget& target, SourceData& data) {
    std::string key;
    SQLite::Statement query(db, "SELECT key FROM assessment_key WHERE singleton = 1");
    if (query.executeStep() && query.getColumn(0).isBlob()) key = BlobOf(query.getColumn(0));
    if (key.empty() || target.key.empty() || !SameSecret(key, target.key)) {
        data.unverified = "it is not recognisable as a copy of this assessment: it lacks the assessment's key (a copy "
                          "made by an older version, or a kit whose kit marker was removed)";
        return {};
    }
    SQLite::Statement issues(db, "SELECT kit_id, respondent_uuid, respondent_name, issued_at, carried, key FROM kit_issue");
    while (issues.executeStep()) {
        bool text = true;
        for (int column = 0; column < 5; ++column) text = text && issues.getColumn(column).isText();
        if (!text || !issues.getColumn(5).isBlob() || issues.getColumn(5).getBytes() != static_cast<int>(kKitKeyBytes) ||
            !ParseUtcTime(issues.getColumn(3).getString()))
            return "one of its kit records is not as the kit writes them";
        IssueRecord record;
        record.respondent_uuid = issues.getColumn(1).getString();
        record.respondent_name = issues.getColumn(2).getString();
        record.issued_at = *ParseUtcTime(issues.getColumn(3).getString());
        record.key = BlobOf(issues.getColumn(5));
        data.issues.push_back({issues.getColumn(0).getString(), {record, issues.getColumn(4).getString()}});
    }
    return {};
}

// What a file that cannot be checked may never bring, even when the facilitator accepts unchecked
// files: such a file is taken as one respondent's kit (from an older version, or edited outside the
// kit), nothing more. Without these limits a kit with its marker or key removed could bring
// consensus, other respondents, or the answers of a respondent whose own kit carries a key
// (docs/reliability.md, "What a merge accepts").
std::string UncheckedProblem(const MergeTarget& target, const SourceData& data) {
    if (data.unverified.empty()) return {};
    if (!data.consensus.empty())
        return fmt::format("it cannot be checked ({}) and holds {} consensus answer(s): consensus comes only from the "
                           "facilitator's own copies of this assessment, never from a file that cannot be checked",
                           data.unverified, data.consensus.size());
    if (data.respondents.size() > 1)
        return fmt::format("it cannot be checked ({}) and holds {} respondents: a file that cannot be checked may bring "
                           "one respondent's answers only",
                           data.unverified, data.respondents.size());
    for (const auto& respondent : data.respondents)
        if (const auto kit = KeyedKitOf(*target.db, respondent.uuid); kit && data.issued_kit_id.empty())
            return fmt::format("it cannot be checked ({}) but names {}, whose kit ({}) was issued with a key: their "
                               "answers come back only through that kit",
                               data.unverified, Quote(respondent.name), *kit);
    return {};
}

// A kit refused for its questionnaire, before its data is read, still names its respondent in the
// import report (as one refused for tampering does).
void NameKitRespondent(const AssessmentStore& source, SQLite::Database& db, SourceData& data) {
    const auto uuid = source.KitRespondentUuid();
    if (!uuid) return;
    data.kind = Kind::Kit;
    data.kit_respondent_uuid = *uuid;
    SourceData read;
    if (!ReadRespondents(db, read).empty()) return;
    for (const auto& respondent : read.respondents)
        if (respondent.uuid == *uuid) data.kit_respondent_name = respondent.name;
}

// Why `source` cannot be merged; empty when it can. Reads and checks the source's data on the way.
std::string Refusal(const AssessmentStore& source, SQLite::Database& db, const MergeTarget& target, SourceData& data) {
    std::error_code error;
    if (!source.Path().empty() && fs::exists(source.Path(), error) && fs::equivalent(source.Path(), target.path, error))
        return "it is the assessment itself";
    const AssessmentInfo from = source.Info();
    if (from.uuid != target.info.uuid)
        return fmt::format("it belongs to another assessment (\"{}\", id {}), not to \"{}\" (id {})", from.title,
                           from.uuid, target.info.title, target.info.uuid);
    const Instrument& instrument = *target.instrument;
    const Instrument& theirs = source.GetInstrument();
    if (source.InstrumentSha256() != target.sha256) {
        // Another wording, translation or national module keeps the answers comparable; another
        // core does not (docs/instrument-format.md, "The locked core").
        if (theirs.id != instrument.id || MajorVersion(theirs.version) != MajorVersion(instrument.version)) {
            NameKitRespondent(source, db, data);
            return fmt::format("it was made with another questionnaire ({} {}, SHA-256 {}…) than this assessment "
                               "({} {}, {}…)",
                               theirs.id, theirs.version, ShortHash(source.InstrumentSha256()), instrument.id,
                               instrument.version, ShortHash(target.sha256));
        }
        if (const auto differences = CoreDifferences(instrument, theirs); !differences.empty()) {
            NameKitRespondent(source, db, data);
            return fmt::format("its questionnaire changes the core of this one ({}{}); only wording, translations and "
                               "the national module may differ",
                               Describe(differences.front()),
                               differences.size() > 1 ? fmt::format(", and {} more", differences.size() - 1) : "");
        }
    }
    data.kind = source.KitRespondentUuid() ? Kind::Kit : Kind::Copy;
    if (auto problem = ReadRespondents(db, data); !problem.empty()) return problem;
    if (data.kind == Kind::Kit)
        for (const auto& respondent : data.respondents) data.kit_respondent_name = respondent.name;
    if (auto problem = ReadAnswers(db, instrument, theirs, data); !problem.empty()) return problem;
    if (auto problem = ReadConsensus(db, instrument, theirs, data); !problem.empty()) return problem;
    if (auto problem = ReadAttachments(source, instrument, theirs, data); !problem.empty()) return problem;
    if (auto problem = FutureProblem(data, target.now); !problem.empty()) return problem;
    if (auto problem = data.kind == Kind::Kit ? CheckKit(db, target, data) : CheckCopy(db, target, data);
        !problem.empty())
        return problem;
    return UncheckedProblem(target, data);
}

// Names here, compared as people read them: a new respondent whose name looks like one here gets a suffix.
struct Names {
    std::set<std::string> keys;
    bool Taken(const std::string& name) const { return keys.contains(NameComparisonKey(name)); }
    void Add(const std::string& name) { keys.insert(NameComparisonKey(name)); }
};

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
        incoming["from"] = AuditName(file.label);
        impl.Audit("consensus.merge", settled.question_id, here ? std::optional<Json>(ConsensusVersion(*here)) : std::nullopt,
                   incoming, now);
        ++(here ? file.consensus_updated : file.consensus_added);
    } else if (const std::string version = ConsensusVersion(settled).dump(); logged.emplace(settled.question_id, version).second) {
        impl.Audit("consensus.merge.older", settled.question_id, Json::parse(version),
                   Json{{"kept", ConsensusVersion(*here)}, {"from", AuditName(file.label)}}, now);
        ++file.older_versions_logged;
    }
}

int AssessmentStore::MergeReport::Refused() const {
    int refused = 0;
    for (const auto& file : files) refused += file.refused.empty() ? 0 : 1;
    return refused;
}

AssessmentStore::MergeReport AssessmentStore::Merge(const std::vector<MergeSource>& sources, const MergeOptions& options) {
    m_impl->RequireWritable();
    m_impl->RequireFullAssessment("take merges");
    MergeReport report;
    auto& db = *m_impl->db;
    report.files.reserve(sources.size());
    try {
        const std::string now = NowUtc();
        const MergeTarget target{Info(), m_impl->instrument_sha256, m_impl->path, &m_impl->instrument, &db,
                            m_impl->AssessmentKey(), *ParseUtcTime(now)};
        // Begun with the first accepted source, committed once at the end when anything changed.
        std::optional<SQLite::Transaction> transaction;
        struct Known {
            long long id;
            std::string name;
        };
        std::map<std::string, Known> by_uuid;
        Names names;
        // Older versions already recorded by an earlier merge: recording them again would change the file.
        std::set<std::pair<std::string, std::string>> logged;
        const auto begin = [&] {
            transaction.emplace(db);
            for (const auto& respondent : Respondents()) {
                by_uuid[respondent.uuid] = {respondent.id, respondent.name};
                names.Add(respondent.name);
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
                file->refused = Refusal(*store, *store->m_impl->db, target, data);
                file->kind = data.kind;
            } catch (const QuestionnaireError& error) {
                file->refused = error.what();
                // The message names the file already; the report does too.
                const std::string prefix = source.path.string() + ": ";
                if (!source.path.empty() && file->refused.rfind(prefix, 0) == 0) file->refused.erase(0, prefix.size());
            }
            if (file->refused.empty() && !data.unverified.empty()) {
                if (options.accept_unverified) {
                    file->unverified = data.unverified;
                } else {
                    file->refused = data.unverified;
                    file->refused_unverified = true;
                }
            }
            if (!file->refused.empty()) {
                if (file->kind == Kind::Kit && !data.kit_respondent_name.empty())
                    file->respondents.push_back({data.kit_respondent_name, data.kit_respondent_uuid, Outcome::Refused});
                continue;
            }
            file->not_merged = data.not_here;
            if (!transaction) begin();
            for (const auto& [kit_id, issue] : data.issues) {
                SQLite::Statement record(db, "INSERT OR IGNORE INTO kit_issue(kit_id, respondent_uuid, respondent_name, "
                                             "issued_at, carried, key) VALUES (?, ?, ?, ?, ?, ?)");
                record.bind(1, kit_id);
                record.bind(2, issue.first.respondent_uuid);
                record.bind(3, issue.first.respondent_name);
                record.bind(4, FormatUtcTime(issue.first.issued_at));
                record.bind(5, issue.second);
                record.bind(6, issue.first.key.data(), static_cast<int>(issue.first.key.size()));
                file->kits_recorded += record.exec();
            }

            std::map<long long, const Known*> target_of;           // the source's respondent id → here
            std::map<long long, MergeRespondent*> outcome_of;      // the source's respondent id → its report line
            file->respondents.reserve(data.respondents.size());
            for (const auto& respondent : data.respondents) {
                auto known = by_uuid.find(respondent.uuid);
                file->respondents.push_back({respondent.name, respondent.uuid, Outcome::Unchanged});
                MergeRespondent& line = file->respondents.back();
                if (known == by_uuid.end()) {
                    std::string name = respondent.name;
                    for (int n = 2; names.Taken(name); ++n) name = fmt::format("{} ({})", respondent.name, n);
                    if (name != respondent.name) file->renamed.push_back(respondent.name + " → " + name);
                    const Respondent added = m_impl->InsertRespondent(
                        {name, respondent.role, respondent.stakeholder_group}, now, respondent.uuid);
                    known = by_uuid.emplace(respondent.uuid, Known{added.id, added.name}).first;
                    names.Add(name);
                    ++file->respondents_added;
                    line.outcome = Outcome::Added;
                }
                line.name = known->second.name;
                target_of[respondent.id] = &known->second;
                outcome_of[respondent.id] = &line;
            }
            for (Answer answer : data.answers) {
                const Known& who = *target_of.at(answer.respondent_id);
                MergeRespondent& line = *outcome_of.at(answer.respondent_id);
                answer.respondent_id = who.id;
                const std::string subject = fmt::format("{} / {}", who.name, answer.question_id);
                const auto here = m_impl->SelectAnswer(who.id, answer.question_id);
                if (here && SameContent(*here, answer)) {
                    ++file->duplicates;
                    ++line.duplicates;
                } else if (!here || answer.updated_at > here->updated_at) {
                    m_impl->UpsertAnswer(answer);
                    Json incoming = VersionState(answer);
                    incoming["from"] = AuditName(file->label);
                    m_impl->Audit("answer.merge", subject, here ? std::optional<Json>(VersionState(*here)) : std::nullopt,
                                  incoming, now);
                    ++(here ? file->answers_updated : file->answers_added);
                    ++(here ? line.answers_updated : line.answers_added);
                } else {
                    const std::string version = VersionState(answer).dump();
                    if (logged.emplace(subject, version).second) {
                        m_impl->Audit("answer.merge.older", subject, Json::parse(version),
                                      Json{{"kept", VersionState(*here)}, {"from", AuditName(file->label)}}, now);
                        ++file->older_versions_logged;
                        ++line.older_versions_logged;
                    } else {
                        ++file->duplicates;
                        ++line.duplicates;
                    }
                }
            }
            for (auto& line : file->respondents)
                if (line.outcome == Outcome::Unchanged && line.answers_added + line.answers_updated > 0)
                    line.outcome = Outcome::Updated;
            for (const auto& settled : data.consensus) m_impl->MergeConsensus(settled, *file, logged, now);
            // Documents come with their answers; one already here (same answer, same SHA-256) is not
            // taken twice, and the assessment's limit holds for the whole merge.
            for (auto& [attachment, content] : data.attachments) {
                Attachment incoming = attachment;
                const Known& who = *target_of.at(attachment.respondent_id);
                incoming.respondent_id = who.id;
                SQLite::Statement here(db, "SELECT count(*) FROM attachment WHERE respondent_id = ? AND question_id = ? "
                                           "AND sha256 = ?");
                here.bind(1, static_cast<int64_t>(who.id));
                here.bind(2, incoming.question_id);
                here.bind(3, incoming.sha256);
                if (here.executeStep() && here.getColumn(0).getInt() > 0) {
                    ++file->duplicates;
                    continue;
                }
                const auto total = static_cast<std::size_t>(
                    db.execAndGet("SELECT coalesce(sum(size), 0) FROM attachment").getInt64());
                if (total + content.size() > kMaxAttachmentsTotalBytes)
                    throw QuestionnaireError(fmt::format(
                        "{}: its attached document {} would take the assessment's documents past {} MiB; nothing was "
                        "merged — remove documents from the assessment or the kit first",
                        file->label, Quote(incoming.name), kMaxAttachmentsTotalBytes / (1024 * 1024)));
                InsertAttachment(db, incoming, content);
                Json state = AttachmentState(incoming);
                state["from"] = file->label;
                m_impl->Audit("attachment.merge", fmt::format("{} / {}", who.name, incoming.question_id), std::nullopt,
                              state, now);
                ++file->attachments_added;
            }
            const bool changed = file->respondents_added + file->answers_added + file->answers_updated +
                                     file->older_versions_logged + file->consensus_added + file->consensus_updated +
                                     file->kits_recorded + file->attachments_added >
                                 0;
            if (!changed) continue;
            report.changed = true;
            // The facilitator's decision to take a file that could not be checked, on the record.
            if (!file->unverified.empty())
                m_impl->Audit("merge.unverified", AuditName(file->label), std::nullopt,
                              Json{{"kind", file->kind == Kind::Kit ? "kit" : "copy"},
                                   {"why", file->unverified},
                                   {"respondents", data.respondents.size()},
                                   {"accepted_by", "the facilitator's explicit option"}},
                              now);
            m_impl->Audit("merge", AuditName(file->label), std::nullopt,
                          Json{{"kind", file->kind == Kind::Kit ? "kit" : "copy"},
                               {"respondents_added", file->respondents_added},
                               {"answers_added", file->answers_added},
                               {"answers_updated", file->answers_updated},
                               {"older_versions_logged", file->older_versions_logged},
                               {"duplicates", file->duplicates},
                               {"consensus_added", file->consensus_added},
                               {"consensus_updated", file->consensus_updated},
                               {"kits_recorded", file->kits_recorded},
                               {"attachments_added", file->attachments_added}},
                          now);
        }
        if (report.changed) transaction->commit();
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "merge the files");
    }
    return report;
}

}  // namespace c5::questionnaire
