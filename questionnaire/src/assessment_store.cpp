#include "c5/questionnaire/assessment_store.h"

#include <array>
#include <cstdlib>
#include <fstream>
#include <map>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#ifndef _WIN32
#include <pwd.h>
#include <unistd.h>
#endif

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/digest.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/file_lock.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/text_util.h"
#include "c5/questionnaire/version.h"
#include "schema.h"
#include "settings_json.h"
#include "sqlite_errors.h"

namespace c5::questionnaire {
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr unsigned kAssessmentFileMode = 0600;  // answers are sensitive national information

// Settings that make a hostile file harmless: no triggers or views run, no schema tricks.
void ConfigureConnection(SQLite::Database& db) {
    sqlite3* handle = db.getHandle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 64 << 20);
    db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;"
            "PRAGMA cell_size_check = ON;");
}

std::string CheckedText(std::string_view text, std::string_view what, std::size_t max_bytes) {
    if (!IsValidUtf8(text)) throw QuestionnaireError(fmt::format("the {} is not valid UTF-8 text", what));
    if (text.size() > max_bytes)
        throw QuestionnaireError(fmt::format("the {} is {} bytes long; the limit is {} — put long documents in a "
                                             "file and give its name or link instead",
                                             what, text.size(), max_bytes));
    return std::string(text);
}

std::string CheckedName(std::string_view raw, std::string_view what) {
    const std::string name(Trim(raw));
    if (name.empty()) throw QuestionnaireError(fmt::format("the {} is empty", what));
    CheckedText(name, what, 200);
    for (unsigned char c : name)
        if (c < 0x20) throw QuestionnaireError(fmt::format("the {} contains a control character", what));
    return name;
}

Json AnswerState(const Answer& answer) {
    Json state = {{"value", answer.value ? Json(*answer.value) : Json(nullptr)},
                  {"not_applicable", answer.NotApplicable()},
                  {"confidence", ToString(answer.confidence)}};
    if (!answer.evidence.empty()) state["evidence"] = answer.evidence;
    if (!answer.links.empty()) state["links"] = answer.links;
    if (answer.needs_review) state["needs_review"] = true;
    return state;
}

bool SameContent(const Answer& a, const Answer& b) {
    return a.value == b.value && a.confidence == b.confidence && a.evidence == b.evidence && a.links == b.links &&
           a.needs_review == b.needs_review;
}

Answer ReadAnswerRow(SQLite::Statement& row, int first_column) {
    Answer answer;
    const int c = first_column;
    if (!row.getColumn(c).isNull()) answer.value = row.getColumn(c).getString();
    answer.confidence = ConfidenceFromString(row.getColumn(c + 2).getString()).value_or(Confidence::Medium);
    answer.evidence = row.getColumn(c + 3).getString();
    answer.links = row.getColumn(c + 4).getString();
    answer.needs_review = row.getColumn(c + 5).getInt() != 0;
    answer.answered_at = row.getColumn(c + 6).getString();
    answer.updated_at = row.getColumn(c + 7).getString();
    return answer;
}

constexpr const char* kAnswerColumns =
    "value, not_applicable, confidence, evidence, links, needs_review, answered_at, updated_at";

// Reads the first bytes to tell "not a database at all" from "a damaged one".
void CheckLooksLikeSqlite(const fs::path& path) {
    std::error_code error;
    if (!fs::exists(path, error)) throw QuestionnaireError(fmt::format("{}: no such file", path.string()));
    if (fs::is_directory(path, error)) throw QuestionnaireError(fmt::format("{}: is a folder, not a file", path.string()));
    std::ifstream stream(path, std::ios::binary);
    if (!stream) throw QuestionnaireError(fmt::format("{}: cannot be opened for reading (permissions?)", path.string()));
    std::array<char, 100> header{};
    stream.read(header.data(), header.size());
    const auto got = stream.gcount();
    if (got == 0) throw QuestionnaireError(fmt::format("{}: the file is empty; it is not a C5 assessment", path.string()));
    constexpr std::string_view kMagic{"SQLite format 3\0", 16};
    if (got < 100 || std::string_view(header.data(), 16) != kMagic)
        throw QuestionnaireError(fmt::format("{}: not a C5 assessment file (a .c5a file is an SQLite database; this "
                                             "one is something else, perhaps renamed or truncated)",
                                             path.string()));
    if (header[18] == 2 || header[19] == 2)
        throw QuestionnaireError(fmt::format("{}: the database is in WAL mode, which the kit never uses; convert it "
                                             "with: sqlite3 FILE 'PRAGMA journal_mode=DELETE'",
                                             path.string()));
}

}  // namespace

Actor Actor::Current(std::string tool) {
    const char* user = std::getenv("USER");
    if (!user || !*user) user = std::getenv("USERNAME");
    if (!user || !*user) user = std::getenv("LOGNAME");
#ifndef _WIN32
    if (!user || !*user) {
        const passwd* entry = ::getpwuid(::getuid());
        user = entry ? entry->pw_name : nullptr;
    }
#endif
    return Actor{user && *user ? user : "unknown", std::move(tool)};
}

struct AssessmentStore::Impl {
    fs::path path;
    Actor actor;
    OpenMode mode = OpenMode::ReadOnly;
    int file_version = detail::kSchemaVersion;
    std::optional<FileLock> lock;  // declared before db: released only after SQLite closed the file
    std::unique_ptr<SQLite::Database> db;
    Instrument instrument;
    std::string instrument_json;
    std::string instrument_sha256;
    // Kept and reused: saving an answer is the hot path.
    std::unique_ptr<SQLite::Statement> select_answer;
    std::unique_ptr<SQLite::Statement> upsert_answer;
    std::unique_ptr<SQLite::Statement> insert_audit;

    [[noreturn]] void Fail(const SQLite::Exception& error, std::string_view doing) const {
        detail::ThrowStoreError(error, path, doing);
    }

    void RequireWritable() const {
        if (mode != OpenMode::ReadWrite)
            throw QuestionnaireError(fmt::format("{}: opened read-only; nothing was changed", path.string()));
    }

    void Audit(std::string_view action, std::string_view subject, const std::optional<Json>& old_value,
               const std::optional<Json>& new_value, const std::string& at) {
        if (!insert_audit)
            insert_audit = std::make_unique<SQLite::Statement>(
                *db, "INSERT INTO audit_log(at, actor, tool, action, subject, old_value, new_value) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)");
        auto& statement = *insert_audit;
        statement.reset();
        statement.clearBindings();
        statement.bind(1, at);
        statement.bind(2, actor.user);
        statement.bind(3, actor.tool);
        statement.bind(4, std::string(action));
        statement.bind(5, std::string(subject));
        if (old_value) statement.bind(6, old_value->dump());
        if (new_value) statement.bind(7, new_value->dump());
        statement.exec();
    }

    std::optional<Answer> SelectAnswer(long long respondent_id, std::string_view question_id) {
        if (!select_answer)
            select_answer = std::make_unique<SQLite::Statement>(
                *db, fmt::format("SELECT {} FROM answer WHERE respondent_id = ? AND question_id = ?", kAnswerColumns));
        auto& statement = *select_answer;
        statement.reset();
        statement.bind(1, static_cast<int64_t>(respondent_id));
        statement.bind(2, std::string(question_id));
        if (!statement.executeStep()) return std::nullopt;
        Answer answer = ReadAnswerRow(statement, 0);
        answer.respondent_id = respondent_id;
        answer.question_id = std::string(question_id);
        statement.reset();
        return answer;
    }

    void UpsertAnswer(const Answer& answer) {
        if (!upsert_answer)
            upsert_answer = std::make_unique<SQLite::Statement>(
                *db, "INSERT INTO answer(respondent_id, question_id, value, not_applicable, confidence, evidence, "
                     "links, needs_review, answered_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT(respondent_id, question_id) DO UPDATE SET value = excluded.value, "
                     "not_applicable = excluded.not_applicable, confidence = excluded.confidence, "
                     "evidence = excluded.evidence, links = excluded.links, needs_review = excluded.needs_review, "
                     "updated_at = excluded.updated_at");
        auto& statement = *upsert_answer;
        statement.reset();
        statement.clearBindings();
        statement.bind(1, static_cast<int64_t>(answer.respondent_id));
        statement.bind(2, answer.question_id);
        if (answer.value) statement.bind(3, *answer.value);
        statement.bind(4, answer.NotApplicable() ? 1 : 0);
        statement.bind(5, std::string(ToString(answer.confidence)));
        statement.bind(6, answer.evidence);
        statement.bind(7, answer.links);
        statement.bind(8, answer.needs_review ? 1 : 0);
        statement.bind(9, answer.answered_at);
        statement.bind(10, answer.updated_at);
        statement.exec();
    }

    std::string RespondentName(long long respondent_id) const {
        SQLite::Statement query(*db, "SELECT name FROM respondent WHERE id = ?");
        query.bind(1, static_cast<int64_t>(respondent_id));
        if (!query.executeStep())
            throw QuestionnaireError(fmt::format("{}: no respondent with id {}", path.string(), respondent_id));
        return query.getColumn(0).getString();
    }

    // Stores one validated answer; returns false when nothing changed. Inside a transaction.
    bool StoreAnswer(const AnswerInput& input, std::string_view action, const std::string& now) {
        Answer answer;
        answer.respondent_id = input.respondent_id;
        answer.question_id = input.question_id;
        if (!input.not_applicable) answer.value = input.value;
        answer.confidence = input.confidence;
        answer.evidence = input.evidence;
        answer.links = input.links;
        answer.needs_review = input.needs_review;
        answer.answered_at = now;
        answer.updated_at = now;
        const auto previous = SelectAnswer(input.respondent_id, input.question_id);
        if (previous && SameContent(*previous, answer)) return false;
        if (previous) answer.answered_at = previous->answered_at;
        UpsertAnswer(answer);
        Audit(action, fmt::format("{} / {}", RespondentName(input.respondent_id), input.question_id),
              previous ? std::optional<Json>(AnswerState(*previous)) : std::nullopt, AnswerState(answer), now);
        return true;
    }

    Respondent InsertRespondent(const RespondentInput& input, const std::string& now) {
        Respondent respondent{0, NewUuid(), CheckedName(input.name, "respondent name"),
                              CheckedText(Trim(input.role), "role", 200),
                              CheckedText(Trim(input.stakeholder_group), "stakeholder group", 200), now};
        SQLite::Statement insert(*db, "INSERT INTO respondent(uuid, name, role, stakeholder_group, created_at) "
                                      "VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, respondent.uuid);
        insert.bind(2, respondent.name);
        insert.bind(3, respondent.role);
        insert.bind(4, respondent.stakeholder_group);
        insert.bind(5, respondent.created_at);
        insert.exec();
        respondent.id = db->getLastInsertRowid();
        Audit("respondent.add", respondent.name, std::nullopt,
              Json{{"name", respondent.name}, {"role", respondent.role},
                   {"stakeholder_group", respondent.stakeholder_group}, {"uuid", respondent.uuid}},
              now);
        return respondent;
    }

    void LoadInstrument() {
        SQLite::Statement query(*db, "SELECT json, sha256 FROM instrument WHERE singleton = 1");
        if (!query.executeStep())
            throw QuestionnaireError(fmt::format("{}: the file is damaged: its instrument is missing", path.string()));
        instrument_json = query.getColumn(0).getString();
        instrument_sha256 = query.getColumn(1).getString();
        if (Sha256Hex(instrument_json) != instrument_sha256)
            throw QuestionnaireError(fmt::format("{}: the file is damaged: its instrument does not match its SHA-256",
                                                 path.string()));
        try {
            instrument = ParseInstrument(instrument_json, "the file's instrument");
        } catch (const InstrumentError& error) {
            throw QuestionnaireError(fmt::format("{}: the file is damaged: {}", path.string(), error.what()));
        }
    }
};

AssessmentStore::AssessmentStore(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
AssessmentStore::AssessmentStore(AssessmentStore&&) noexcept = default;
AssessmentStore& AssessmentStore::operator=(AssessmentStore&&) noexcept = default;
AssessmentStore::~AssessmentStore() = default;

AssessmentStore AssessmentStore::Create(const fs::path& path, const NewAssessment& assessment,
                                        std::string_view instrument_json, Actor actor) {
    const std::string country = NormalizeCountryCode(assessment.country);
    if (assessment.year < 1990 || assessment.year > 2100)
        throw QuestionnaireError(fmt::format("the year {} is not plausible; give the year the assessment describes "
                                             "(1990-2100)",
                                             assessment.year));
    const CountryGroup group = assessment.country_group.value_or(DefaultCountryGroup(country));
    const std::string country_name = Trim(assessment.country_name).empty()
                                         ? CountryName(country)
                                         : CheckedName(assessment.country_name, "country name");
    const std::string title =
        Trim(assessment.title).empty()
            ? fmt::format("C5 readiness self-assessment — {} {}", country_name, assessment.year)
            : CheckedName(assessment.title, "title");
    const Instrument instrument = ParseInstrument(instrument_json, "the instrument");

    AtomicFile file(path, Replace::Refused, kAssessmentFileMode);
    file.ReleaseHandle();
    try {
        SQLite::Database db(file.TempPath().string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, kBusyTimeoutMs);
        ConfigureConnection(db);
        SQLite::Transaction transaction(db);
        detail::CreateSchema(db);
        const std::string now = NowUtc();
        SQLite::Statement insert_assessment(db, "INSERT INTO assessment(singleton, uuid, country, country_name, "
                                                "country_group, year, title, created_at, created_by) "
                                                "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)");
        const std::string uuid = NewUuid();
        insert_assessment.bind(1, uuid);
        insert_assessment.bind(2, country);
        insert_assessment.bind(3, country_name);
        insert_assessment.bind(4, std::string(ToString(group)));
        insert_assessment.bind(5, assessment.year);
        insert_assessment.bind(6, title);
        insert_assessment.bind(7, now);
        insert_assessment.bind(8, std::string(KitVersionString()));
        insert_assessment.exec();
        SQLite::Statement insert_instrument(
            db, "INSERT INTO instrument(singleton, instrument_id, version, sha256, json) VALUES (1, ?, ?, ?, ?)");
        insert_instrument.bind(1, instrument.id);
        insert_instrument.bind(2, instrument.version);
        insert_instrument.bind(3, Sha256Hex(instrument_json));
        insert_instrument.bind(4, std::string(instrument_json));
        insert_instrument.exec();
        SQLite::Statement audit(db, "INSERT INTO audit_log(at, actor, tool, action, subject, new_value) "
                                    "VALUES (?, ?, ?, 'assessment.create', ?, ?)");
        audit.bind(1, now);
        audit.bind(2, actor.user);
        audit.bind(3, actor.tool);
        audit.bind(4, title);
        audit.bind(5, Json{{"uuid", uuid}, {"country", country}, {"country_name", country_name}, {"country_group", ToString(group)},
                           {"year", assessment.year}, {"instrument", instrument.id + " " + instrument.version}}
                          .dump());
        audit.exec();
        transaction.commit();
    } catch (const SQLite::Exception& error) {
        detail::ThrowStoreError(error, path, "create the file");
    }
    file.Commit();
    return Open(path, OpenMode::ReadWrite, std::move(actor));
}

// A save interrupted by a crash leaves a "hot" journal that a read-only connection cannot roll
// back. Rolling it back restores the last committed state, so readers may do it too.
void RecoverInterruptedSave(const fs::path& path) {
    try {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE, kBusyTimeoutMs);
        db.execAndGet("SELECT count(*) FROM sqlite_master");
    } catch (const SQLite::Exception& error) {
        detail::ThrowStoreError(error, path, "recover from an interrupted save (the file needs write access once)");
    }
}

AssessmentStore AssessmentStore::Open(const fs::path& path, OpenMode mode, Actor actor) {
    CheckLooksLikeSqlite(path);
    try {
        return OpenChecked(path, mode, actor);
    } catch (const SQLite::Exception& error) {
        if (error.getExtendedErrorCode() != SQLITE_READONLY_ROLLBACK) detail::ThrowStoreError(error, path, "open the file");
    }
    RecoverInterruptedSave(path);
    try {
        return OpenChecked(path, mode, std::move(actor));
    } catch (const SQLite::Exception& error) {
        detail::ThrowStoreError(error, path, "open the file");
    }
}

AssessmentStore AssessmentStore::OpenChecked(const fs::path& path, OpenMode mode, Actor actor) {
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->actor = std::move(actor);
    impl->mode = mode;
    const int flags = mode == OpenMode::ReadWrite ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY;
    if (mode == OpenMode::ReadWrite) impl->lock.emplace(path);
    impl->db = std::make_unique<SQLite::Database>(path.string(), flags, kBusyTimeoutMs);
    ConfigureConnection(*impl->db);
    if (mode == OpenMode::ReadWrite && sqlite3_db_readonly(impl->db->getHandle(), "main") == 1)
        throw QuestionnaireError(fmt::format("{}: the file is read-only (write-protected disk or file "
                                             "permissions); copy it to a writable folder to change it",
                                             path.string()));
    const int application_id = impl->db->execAndGet("PRAGMA application_id").getInt();
    const int version = impl->db->execAndGet("PRAGMA user_version").getInt();
    if (application_id != detail::kApplicationId)
        throw QuestionnaireError(fmt::format("{}: not a C5 assessment file (it is an SQLite database of another "
                                             "program)",
                                             path.string()));
    if (version > detail::kSchemaVersion)
        throw QuestionnaireError(fmt::format("{}: written by a newer version of the C5 Readiness Kit (file format "
                                             "{}; this kit reads formats up to {}); open it with a newer kit — "
                                             "the file was not changed",
                                             path.string(), version, detail::kSchemaVersion));
    if (version < 1)
        throw QuestionnaireError(fmt::format("{}: the file is damaged: it has no format version", path.string()));
    impl->file_version = version;
    const std::string check = impl->db->execAndGet("PRAGMA quick_check").getString();
    if (check != "ok")
        throw QuestionnaireError(fmt::format("{}: the file is damaged (integrity check: {}); it was not changed",
                                             path.string(), check));
    if (const auto problem = detail::DescribeSchemaProblem(*impl->db); !problem.empty())
        throw QuestionnaireError(
            fmt::format("{}: not a valid C5 assessment file: {}; it was not opened", path.string(), problem));
    if (version < detail::kSchemaVersion) {
        if (mode == OpenMode::ReadOnly) {
            // Read an older file through a migrated in-memory copy: the file stays as it is.
            auto memory = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE);
            SQLite::Backup(*memory, *impl->db).executeStep();
            impl->db = std::move(memory);
            ConfigureConnection(*impl->db);
        }
        SQLite::Transaction transaction(*impl->db);
        detail::Migrate(*impl->db, version);
        if (mode == OpenMode::ReadWrite)
            impl->Audit("file.migrate", path.filename().string(), Json{{"format", version}},
                        Json{{"format", detail::kSchemaVersion}}, NowUtc());
        transaction.commit();
    }
    impl->LoadInstrument();
    return AssessmentStore(std::move(impl));
}

const fs::path& AssessmentStore::Path() const { return m_impl->path; }
int AssessmentStore::FileFormatVersion() const { return m_impl->file_version; }
const Instrument& AssessmentStore::GetInstrument() const { return m_impl->instrument; }
const std::string& AssessmentStore::InstrumentJson() const { return m_impl->instrument_json; }
const std::string& AssessmentStore::InstrumentSha256() const { return m_impl->instrument_sha256; }

AssessmentInfo AssessmentStore::Info() const {
    try {
        SQLite::Statement query(*m_impl->db, "SELECT uuid, country, country_name, country_group, year, title, "
                                             "created_at, created_by FROM assessment WHERE singleton = 1");
        if (!query.executeStep())
            throw QuestionnaireError(fmt::format("{}: the file is damaged: its assessment row is missing",
                                                 m_impl->path.string()));
        AssessmentInfo info;
        info.uuid = query.getColumn(0).getString();
        info.country = query.getColumn(1).getString();
        info.country_name = query.getColumn(2).getString();
        info.country_group = CountryGroupFromString(query.getColumn(3).getString()).value_or(CountryGroup::Developing);
        info.year = query.getColumn(4).getInt();
        info.title = query.getColumn(5).getString();
        info.created_at = query.getColumn(6).getString();
        info.created_by = query.getColumn(7).getString();
        return info;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "read the assessment");
    }
}

std::vector<Respondent> AssessmentStore::Respondents() const {
    try {
        std::vector<Respondent> respondents;
        SQLite::Statement query(*m_impl->db, "SELECT id, uuid, name, role, stakeholder_group, created_at FROM "
                                             "respondent ORDER BY id");
        while (query.executeStep())
            respondents.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                                   query.getColumn(2).getString(), query.getColumn(3).getString(),
                                   query.getColumn(4).getString(), query.getColumn(5).getString()});
        return respondents;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "read the respondents");
    }
}

std::optional<Respondent> AssessmentStore::FindRespondent(std::string_view name) const {
    const std::string wanted(Trim(name));
    for (auto& respondent : Respondents())
        if (respondent.name == wanted) return respondent;
    return std::nullopt;
}

Respondent AssessmentStore::AddRespondent(const RespondentInput& input) {
    m_impl->RequireWritable();
    const std::string name = CheckedName(input.name, "respondent name");
    if (FindRespondent(name))
        throw QuestionnaireError(fmt::format("{}: a respondent named {} already exists", m_impl->path.string(),
                                             Quote(name)));
    try {
        SQLite::Transaction transaction(*m_impl->db);
        Respondent respondent = m_impl->InsertRespondent(input, NowUtc());
        transaction.commit();
        return respondent;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "add the respondent");
    }
}

AnswerInput ValidateAnswer(const Instrument& instrument, const AnswerInput& input) {
    const Question* question = instrument.FindQuestion(Trim(input.question_id));
    if (!question)
        throw QuestionnaireError(fmt::format("no question {} in the instrument (ids look like P4.Q2; 'c5kit-cli info "
                                             "FILE --questions' lists them)",
                                             Quote(input.question_id)));
    AnswerInput valid = input;
    valid.question_id = question->id;
    if (input.not_applicable) {
        if (!question->na_allowed)
            throw QuestionnaireError(fmt::format("{} cannot be answered \"not applicable\": it applies to every "
                                                 "country",
                                                 question->id));
        valid.value.clear();
    } else {
        valid.value = NormalizeAnswerValue(*question, input.value);
    }
    valid.evidence = CheckedText(Trim(input.evidence), "evidence text", kMaxEvidenceBytes);
    valid.links = CheckedText(Trim(input.links), "links text", kMaxEvidenceBytes);
    return valid;
}

SaveResult AssessmentStore::SaveAnswer(const AnswerInput& input) {
    m_impl->RequireWritable();
    const AnswerInput valid = ValidateAnswer(m_impl->instrument, input);
    try {
        SQLite::Transaction transaction(*m_impl->db);
        const std::string now = NowUtc();
        const bool changed = m_impl->StoreAnswer(valid, "answer.set", now);
        if (!changed) return {SaveOutcome::Unchanged, now};
        transaction.commit();
        return {SaveOutcome::Saved, now};
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "save the answer");
    }
}

AssessmentStore::BatchResult AssessmentStore::SaveAnswers(const std::vector<BatchEntry>& entries,
                                                          std::string_view batch_label) {
    m_impl->RequireWritable();
    // Validate everything first: a bad entry must leave the file untouched.
    std::vector<AnswerInput> valid;
    valid.reserve(entries.size());
    for (const auto& entry : entries) {
        CheckedName(entry.respondent.name, "respondent name");
        valid.push_back(ValidateAnswer(m_impl->instrument, entry.answer));
    }
    BatchResult result;
    try {
        SQLite::Transaction transaction(*m_impl->db);
        const std::string now = NowUtc();
        std::map<std::string, long long> ids;
        for (const auto& respondent : Respondents()) ids[respondent.name] = respondent.id;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const std::string name(Trim(entries[i].respondent.name));
            auto found = ids.find(name);
            if (found == ids.end()) {
                found = ids.emplace(name, m_impl->InsertRespondent(entries[i].respondent, now).id).first;
                ++result.respondents_added;
            }
            valid[i].respondent_id = found->second;
            if (m_impl->StoreAnswer(valid[i], "answer.import", now)) ++result.saved;
            else ++result.unchanged;
        }
        m_impl->Audit("import", std::string(batch_label), std::nullopt,
                      Json{{"answers_saved", result.saved}, {"unchanged", result.unchanged},
                           {"respondents_added", result.respondents_added}},
                      now);
        transaction.commit();
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "import the answers");
    }
    return result;
}

bool AssessmentStore::ClearAnswer(long long respondent_id, std::string_view question_id) {
    m_impl->RequireWritable();
    try {
        SQLite::Transaction transaction(*m_impl->db);
        const auto previous = m_impl->SelectAnswer(respondent_id, question_id);
        if (!previous) return false;
        SQLite::Statement remove(*m_impl->db, "DELETE FROM answer WHERE respondent_id = ? AND question_id = ?");
        remove.bind(1, static_cast<int64_t>(respondent_id));
        remove.bind(2, std::string(question_id));
        remove.exec();
        m_impl->Audit("answer.clear", fmt::format("{} / {}", m_impl->RespondentName(respondent_id), question_id),
                      AnswerState(*previous), std::nullopt, NowUtc());
        transaction.commit();
        return true;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "clear the answer");
    }
}

std::vector<Answer> AssessmentStore::Answers() const {
    try {
        std::vector<Answer> answers;
        SQLite::Statement query(*m_impl->db, fmt::format("SELECT respondent_id, question_id, {} FROM answer "
                                                         "ORDER BY respondent_id, question_id",
                                                         kAnswerColumns));
        while (query.executeStep()) {
            Answer answer = ReadAnswerRow(query, 2);
            answer.respondent_id = query.getColumn(0).getInt64();
            answer.question_id = query.getColumn(1).getString();
            answers.push_back(std::move(answer));
        }
        return answers;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "read the answers");
    }
}

std::optional<Answer> AssessmentStore::FindAnswer(long long respondent_id, std::string_view question_id) const {
    try {
        return m_impl->SelectAnswer(respondent_id, question_id);
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "read the answer");
    }
}

void AssessmentStore::SetPenetration(const PenetrationInput& input) {
    m_impl->RequireWritable();
    const double maximum = IndicatorMaximum(input.indicator);
    if (!(input.value >= 0 && input.value <= maximum))
        throw QuestionnaireError(fmt::format("{} must be between 0 and {} (is {})", ToString(input.indicator),
                                             FormatNumber(maximum), FormatNumber(input.value)));
    if (input.year < 1990 || input.year > CurrentYear() + 1)
        throw QuestionnaireError(fmt::format("the year {} of {} is not plausible (1990-{})", input.year,
                                             ToString(input.indicator), CurrentYear() + 1));
    const std::string source = CheckedText(Trim(input.source), "source", 1000);
    try {
        SQLite::Transaction transaction(*m_impl->db);
        const std::string now = NowUtc();
        std::optional<Json> previous;
        SQLite::Statement select(*m_impl->db, "SELECT value, year, source FROM penetration WHERE indicator = ?");
        select.bind(1, std::string(ToString(input.indicator)));
        if (select.executeStep())
            previous = Json{{"value", select.getColumn(0).getDouble()}, {"year", select.getColumn(1).getInt()},
                            {"source", select.getColumn(2).getString()}};
        SQLite::Statement upsert(*m_impl->db,
                                 "INSERT INTO penetration(indicator, value, year, source, updated_at) VALUES (?, ?, ?, "
                                 "?, ?) ON CONFLICT(indicator) DO UPDATE SET value = excluded.value, year = "
                                 "excluded.year, source = excluded.source, updated_at = excluded.updated_at");
        upsert.bind(1, std::string(ToString(input.indicator)));
        upsert.bind(2, input.value);
        upsert.bind(3, input.year);
        upsert.bind(4, source);
        upsert.bind(5, now);
        upsert.exec();
        m_impl->Audit("penetration.set", ToString(input.indicator), previous,
                      Json{{"value", input.value}, {"year", input.year}, {"source", source}}, now);
        transaction.commit();
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "save the penetration figure");
    }
}

std::vector<PenetrationInput> AssessmentStore::Penetration() const {
    try {
        std::vector<PenetrationInput> inputs;
        SQLite::Statement query(*m_impl->db, "SELECT indicator, value, year, source, updated_at FROM penetration");
        while (query.executeStep()) {
            const auto indicator = IndicatorFromString(query.getColumn(0).getString());
            if (!indicator) continue;  // the CHECK constraint makes this unreachable in a file of ours
            inputs.push_back({*indicator, query.getColumn(1).getDouble(), query.getColumn(2).getInt(),
                              query.getColumn(3).getString(), query.getColumn(4).getString()});
        }
        std::sort(inputs.begin(), inputs.end(),
                  [](const auto& a, const auto& b) { return a.indicator < b.indicator; });
        return inputs;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "read the penetration figures");
    }
}

ScoringSettings AssessmentStore::GetScoringSettings() const {
    try {
        std::map<std::string, std::string> rows;
        SQLite::Statement query(*m_impl->db, "SELECT key, value FROM setting");
        while (query.executeStep()) rows[query.getColumn(0).getString()] = query.getColumn(1).getString();
        return detail::SettingsFromRows(rows, m_impl->path);
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "read the scoring options");
    }
}

void AssessmentStore::SetScoringSettings(const ScoringSettings& settings) {
    m_impl->RequireWritable();
    detail::CheckSettings(settings, m_impl->instrument);
    try {
        SQLite::Transaction transaction(*m_impl->db);
        const std::string now = NowUtc();
        const auto old_rows = detail::SettingsToRows(GetScoringSettings());
        const auto new_rows = detail::SettingsToRows(settings);
        SQLite::Statement upsert(*m_impl->db, "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO "
                                              "UPDATE SET value = excluded.value");
        for (const auto& [key, value] : new_rows) {
            const auto old = old_rows.find(key);
            if (old != old_rows.end() && old->second == value) continue;
            upsert.reset();
            upsert.bind(1, key);
            upsert.bind(2, value);
            upsert.exec();
            m_impl->Audit("setting.set", key,
                          old == old_rows.end() ? std::nullopt : std::optional<Json>(Json::parse(old->second)),
                          Json::parse(value), now);
        }
        transaction.commit();
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "save the scoring options");
    }
}

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

std::vector<AuditEntry> AssessmentStore::AuditLog() const {
    try {
        std::vector<AuditEntry> entries;
        SQLite::Statement query(*m_impl->db, "SELECT id, at, actor, tool, action, subject, old_value, new_value FROM "
                                             "audit_log ORDER BY id");
        while (query.executeStep()) {
            AuditEntry entry{query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                             query.getColumn(2).getString(), query.getColumn(3).getString(),
                             query.getColumn(4).getString(), query.getColumn(5).getString(), std::nullopt,
                             std::nullopt};
            if (!query.getColumn(6).isNull()) entry.old_value = query.getColumn(6).getString();
            if (!query.getColumn(7).isNull()) entry.new_value = query.getColumn(7).getString();
            entries.push_back(std::move(entry));
        }
        return entries;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "read the audit log");
    }
}

AssessmentData AssessmentStore::Snapshot() const {
    AssessmentData data;
    data.info = Info();
    data.instrument = m_impl->instrument;
    data.instrument_sha256 = m_impl->instrument_sha256;
    data.respondents = Respondents();
    data.answers = Answers();
    data.consensus = Consensus();
    data.penetration = Penetration();
    data.settings = GetScoringSettings();
    return data;
}

void AssessmentStore::SaveCopyAs(const fs::path& target) const {
    std::error_code error;
    if (fs::exists(target, error) && fs::equivalent(target, m_impl->path, error))
        throw QuestionnaireError(fmt::format("{}: is the file itself; choose another name for the copy",
                                             target.string()));
    AtomicFile file(target, Replace::Allowed, kAssessmentFileMode);
    file.ReleaseHandle();
    try {
        SQLite::Statement vacuum(*m_impl->db, "VACUUM INTO ?");
        vacuum.bind(1, file.TempPath().string());
        vacuum.exec();
    } catch (const SQLite::Exception& sqlite_error) {
        detail::ThrowStoreError(sqlite_error, target, "write the copy");
    }
    file.Commit();
}

}  // namespace c5::questionnaire
