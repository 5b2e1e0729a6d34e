#include "store/store_impl.h"

#include <array>
#include <mutex>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/digest.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/regular_file.h"
#include "c5/questionnaire/text_util.h"
#include "c5/questionnaire/unicode_text.h"
#include "c5/questionnaire/clock.h"
#include "exchange/kit_mac.h"
#include "store/schema.h"
#include "store/sqlite_errors.h"

namespace c5::questionnaire::detail {
namespace fs = std::filesystem;

void ConfigureConnection(SQLite::Database& db) {
    sqlite3* handle = db.getHandle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 64 << 20);
    // Durability (docs/reliability.md): a rollback journal deleted at each commit, and EXTRA, which
    // also flushes the folder after the journal's deletion. Under FULL a power cut right after
    // "Saved" could bring the journal back, and the next open would roll the answer back.
    db.exec("PRAGMA foreign_keys = ON; PRAGMA journal_mode = DELETE; PRAGMA synchronous = EXTRA; "
            "PRAGMA secure_delete = ON; PRAGMA cell_size_check = ON;");
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
    CheckedText(raw, what, 1000);
    // One form for one name: composed characters, no invisible characters at the ends.
    const std::string name = TrimInvisible(NormalizeNfc(raw));
    if (name.empty()) throw QuestionnaireError(fmt::format("the {} is empty", what));
    CheckedText(name, what, 200);
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7F) throw QuestionnaireError(fmt::format("the {} contains a control character", what));
    if (const std::string invisible = FindInvisibleCharacter(name); !invisible.empty())
        throw QuestionnaireError(fmt::format("the {} contains an invisible or direction-changing character ({}); type "
                                             "it again without it",
                                             what, invisible));
    return name;
}

std::optional<std::string> LookAlikeName(std::string_view name, const std::vector<std::string>& names) {
    const std::string key = NameComparisonKey(name);
    for (const auto& other : names)
        if (other != name && NameComparisonKey(other) == key) return other;
    return std::nullopt;
}

nlohmann::json AnswerState(const Answer& answer) {
    nlohmann::json state = {{"value", answer.value ? nlohmann::json(*answer.value) : nlohmann::json(nullptr)},
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

void CheckLooksLikeSqlite(const fs::path& path) {
    // A FIFO or a device would make SQLite block or read forever: ordinary files only.
    const std::string start = ReadFileStart(path, 100);
    const std::size_t got = start.size();
    const auto header = [&](std::size_t at) { return start[at]; };
    if (got == 0) throw QuestionnaireError(fmt::format("{}: the file is empty; it is not a C5 assessment", path.string()));
    constexpr std::string_view kMagic{"SQLite format 3\0", 16};
    if (got < 100 || std::string_view(start).substr(0, 16) != kMagic)
        throw QuestionnaireError(fmt::format("{}: not a C5 assessment file (a .c5a file is an SQLite database; this "
                                             "one is something else, perhaps renamed or truncated)",
                                             path.string()));
    if (header(18) == 2 || header(19) == 2)
        throw QuestionnaireError(fmt::format("{}: the database is in WAL mode, which the kit never uses; convert it "
                                             "with: sqlite3 FILE 'PRAGMA journal_mode=DELETE'",
                                             path.string()));
}

std::string FindInvalidText(SQLite::Database& db) {
    // Every text the kit reads must be UTF-8: the exports, the report and the app rely on it.
    std::vector<std::string> tables;
    SQLite::Statement list(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "ORDER BY name");
    while (list.executeStep()) tables.push_back(list.getColumn(0).getString());
    for (const auto& table : tables) {
        // The instrument's JSON is checked when it is parsed (and not read at all when a merge
        // trusts it): scanning it here would cost a megabyte per file opened.
        std::string columns;
        SQLite::Statement info(db, fmt::format("PRAGMA table_info(\"{}\")", table));
        while (info.executeStep()) {
            const std::string column = info.getColumn(1).getString();
            if (table == "instrument" && column == "json") continue;
            // Attached documents are bytes, not text (and checked by their SHA-256 when read).
            if (table == "attachment" && column == "content") continue;
            columns += (columns.empty() ? "\"" : ", \"") + column + "\"";
        }
        if (columns.empty()) continue;
        SQLite::Statement rows(db, fmt::format("SELECT {} FROM \"{}\"", columns, table));
        for (long long row = 1; rows.executeStep(); ++row)
            for (int column = 0; column < rows.getColumnCount(); ++column) {
                const SQLite::Column value = rows.getColumn(column);
                if (value.getType() != SQLITE_TEXT) continue;
                const std::string_view text(static_cast<const char*>(value.getBlob()),
                                            static_cast<std::size_t>(value.getBytes()));
                if (!IsValidUtf8(text))
                    return fmt::format("the {} in row {} of the table '{}' is not valid UTF-8 text",
                                       rows.getColumnName(column), row, table);
            }
    }
    return {};
}

bool MatchesItsHash(const std::string& json, const std::string& sha256) {
    // A merge opens hundreds of kits that hold the same megabyte of instrument: the text last
    // found to match its SHA-256 is kept, and the same text is not hashed again.
    static std::mutex mutex;
    static std::string known_json;
    static std::string known_sha256;
    {
        const std::lock_guard lock(mutex);
        if (sha256 == known_sha256 && json == known_json) return true;
    }
    if (Sha256Hex(json) != sha256) return false;
    const std::lock_guard lock(mutex);
    known_json = json;
    known_sha256 = sha256;
    return true;
}

void InsertAssessmentKey(SQLite::Database& db) {
    const std::string key = NewKey();
    SQLite::Statement insert(db, "INSERT INTO assessment_key(singleton, key) VALUES (1, ?)");
    insert.bind(1, key.data(), static_cast<int>(key.size()));
    insert.exec();
}

bool MarkedReadOnly(const fs::path& path) {
    std::error_code error;
    const auto permissions = fs::status(path, error).permissions();
    if (error) return false;  // the open that follows names the real problem
    constexpr auto kAnyWrite = fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
    return (permissions & kAnyWrite) == fs::perms::none;
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

}  // namespace c5::questionnaire::detail

namespace c5::questionnaire {
using Json = nlohmann::json;
using namespace detail;

void AssessmentStore::Impl::Fail(const SQLite::Exception& error, std::string_view doing) const {
    detail::ThrowStoreError(error, path, doing);
}

void AssessmentStore::Impl::RequireWritable() const {
    if (mode != OpenMode::ReadWrite)
        throw QuestionnaireError(fmt::format("{}: opened read-only; nothing was changed", path.string()));
}

void AssessmentStore::Impl::Audit(std::string_view action, std::string_view subject,
                                  const std::optional<Json>& old_value, const std::optional<Json>& new_value,
                                  const std::string& at) {
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

std::optional<Answer> AssessmentStore::Impl::SelectAnswer(long long respondent_id, std::string_view question_id) {
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

void AssessmentStore::Impl::UpsertAnswer(const Answer& answer) {
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

std::string AssessmentStore::Impl::RespondentName(long long respondent_id) const {
    SQLite::Statement query(*db, "SELECT name FROM respondent WHERE id = ?");
    query.bind(1, static_cast<int64_t>(respondent_id));
    if (!query.executeStep())
        throw QuestionnaireError(fmt::format("{}: no respondent with id {}", path.string(), respondent_id));
    return query.getColumn(0).getString();
}

bool AssessmentStore::Impl::StoreAnswer(const AnswerInput& input, std::string_view action, const std::string& now) {
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

Respondent AssessmentStore::Impl::InsertRespondent(const RespondentInput& input, const std::string& now,
                                                   const std::string& uuid) {
    Respondent respondent{0, uuid.empty() ? NewUuid() : uuid, CheckedName(input.name, "respondent name"),
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
    Audit("respondent.add", respondent.name, std::nullopt, RespondentState(respondent), now);
    return respondent;
}

void AssessmentStore::Impl::RequireDistinctName(std::string_view name) const {
    std::vector<std::string> names;
    SQLite::Statement query(*db, "SELECT name FROM respondent");
    while (query.executeStep()) names.push_back(query.getColumn(0).getString());
    if (const auto other = LookAlikeName(name, names))
        throw QuestionnaireError(fmt::format("{}: the respondent name {} looks the same as {}, who is already in the "
                                             "assessment (they differ only in look-alike or invisible characters); "
                                             "use that name to answer as them, or choose a clearly different name",
                                             path.string(), Quote(name), Quote(*other)));
}

void AssessmentStore::Impl::LoadInstrument() {
    SQLite::Statement query(*db, "SELECT sha256 FROM instrument WHERE singleton = 1");
    if (!query.executeStep())
        throw QuestionnaireError(fmt::format("{}: the file is damaged: its instrument is missing", path.string()));
    instrument_sha256 = query.getColumn(0).getString();
    instrument_json = db->execAndGet("SELECT json FROM instrument WHERE singleton = 1").getString();
    if (!MatchesItsHash(instrument_json, instrument_sha256))
        throw QuestionnaireError(fmt::format("{}: the file is damaged: its instrument does not match its SHA-256",
                                             path.string()));
    // A merge source with the target's instrument: only its answers are read, against the
    // target's instrument, so its copy (about 1 MB with translations) is not parsed again.
    if (!trusted_instrument_sha256.empty() && instrument_sha256 == trusted_instrument_sha256) {
        instrument_json.clear();
        return;
    }
    try {
        instrument = ParseInstrument(instrument_json, "the file's instrument");
    } catch (const InstrumentError& error) {
        throw QuestionnaireError(fmt::format("{}: the file is damaged: {}", path.string(), error.what()));
    }
}

void AssessmentStore::Impl::CheckAndPrepare() {
    const int application_id = db->execAndGet("PRAGMA application_id").getInt();
    const int version = db->execAndGet("PRAGMA user_version").getInt();
    if (application_id != kApplicationId)
        throw QuestionnaireError(fmt::format("{}: not a C5 assessment file (it is an SQLite database of another "
                                             "program)",
                                             path.string()));
    if (version > kSchemaVersion)
        throw QuestionnaireError(fmt::format("{}: written by a newer version of the C5 Readiness Kit (file format "
                                             "{}; this kit reads formats up to {}); open it with a newer kit — "
                                             "the file was not changed",
                                             path.string(), version, kSchemaVersion));
    if (version < 1)
        throw QuestionnaireError(fmt::format("{}: the file is damaged: it has no format version", path.string()));
    file_version = version;
    const std::string check = db->execAndGet("PRAGMA quick_check").getString();
    if (check != "ok")
        throw QuestionnaireError(fmt::format("{}: the file is damaged (integrity check: {}); it was not changed",
                                             path.string(), check));
    if (const auto problem = DescribeSchemaProblem(*db, version); !problem.empty())
        throw QuestionnaireError(
            fmt::format("{}: not a valid C5 assessment file: {}; it was not opened", path.string(), problem));
    if (const auto problem = FindInvalidText(*db); !problem.empty())
        throw QuestionnaireError(fmt::format("{}: the file is damaged: {}; it was not opened — see "
                                             "docs/reliability.md, \"Recovering a damaged file\"",
                                             path.string(), problem));
    if (version < kSchemaVersion) {
        if (mode == OpenMode::ReadOnly && !in_memory) {
            // Read an older file through a migrated in-memory copy: the file stays as it is.
            auto memory = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE);
            SQLite::Backup(*memory, *db).executeStep();
            db = std::move(memory);
            ConfigureConnection(*db);
        }
        SQLite::Transaction transaction(*db);
        Migrate(*db, version);
        if (mode == OpenMode::ReadWrite)
            Audit("file.migrate", path.filename().string(), Json{{"format", version}}, Json{{"format", kSchemaVersion}},
                  NowUtc());
        transaction.commit();
    }
    LoadInstrument();
    LoadKit();
    // A full assessment opened for writing holds its own key from now on (migrated files, and
    // files started from kits alone, have none yet).
    if (mode == OpenMode::ReadWrite && !kit_respondent_uuid && AssessmentKey().empty()) {
        SQLite::Transaction transaction(*db);
        InsertAssessmentKey(*db);
        transaction.commit();
    }
}

void AssessmentStore::Impl::LoadKit() {
    SQLite::Statement query(*db, "SELECT respondent_uuid, made_at, kit_id, key FROM kit WHERE singleton = 1");
    kit_respondent_uuid.reset();
    kit_id.reset();
    kit_key.clear();
    kit_made_at.clear();
    if (!query.executeStep()) return;
    kit_respondent_uuid = query.getColumn(0).getString();
    kit_made_at = query.getColumn(1).getString();
    if (query.getColumn(2).isText() && query.getColumn(3).isBlob()) {
        kit_id = query.getColumn(2).getString();
        kit_key.assign(static_cast<const char*>(query.getColumn(3).getBlob()),
                       static_cast<std::size_t>(query.getColumn(3).getBytes()));
    }
}

void AssessmentStore::Impl::Commit(SQLite::Transaction& transaction) {
    if (kit_id && kit_respondent_uuid && kit_key.size() == kKitKeyBytes) {
        const std::string mac = KitMac(*db, *kit_id, *kit_respondent_uuid, kit_key);
        SQLite::Statement update(*db, "UPDATE kit SET mac = ? WHERE singleton = 1");
        update.bind(1, mac.data(), static_cast<int>(mac.size()));
        update.exec();
    }
    transaction.commit();
}

void AssessmentStore::Impl::RequireKitClock(const std::string& now) const {
    if (!kit_respondent_uuid) return;
    const auto made = ParseUtcTime(kit_made_at);
    const auto current = ParseUtcTime(now);
    if (!made || !current || *current >= *made - kClockSkew) return;
    throw QuestionnaireError(fmt::format("{}: this computer's clock says {}, before this kit was made ({}); set the "
                                         "computer's date and time right, then answer again (nothing was saved)",
                                         path.string(), now, kit_made_at));
}

std::string AssessmentStore::Impl::AssessmentKey() const {
    if (kit_respondent_uuid) return {};
    SQLite::Statement query(*db, "SELECT key FROM assessment_key WHERE singleton = 1");
    if (!query.executeStep() || !query.getColumn(0).isBlob()) return {};
    return std::string(static_cast<const char*>(query.getColumn(0).getBlob()),
                       static_cast<std::size_t>(query.getColumn(0).getBytes()));
}

std::string AssessmentStore::Impl::KitRespondentName() const {
    SQLite::Statement query(*db, "SELECT name FROM respondent WHERE uuid = ?");
    query.bind(1, *kit_respondent_uuid);
    return query.executeStep() ? query.getColumn(0).getString() : *kit_respondent_uuid;
}

void AssessmentStore::Impl::RequireFullAssessment(std::string_view what) const {
    if (!kit_respondent_uuid) return;
    throw QuestionnaireError(fmt::format("{}: this is a respondent kit for {}: only its answers can be changed "
                                         "here, so it cannot {}; merge it into the full assessment first",
                                         path.string(), Quote(KitRespondentName()), what));
}

void AssessmentStore::Impl::RequireKitRespondent(long long respondent_id) const {
    if (!kit_respondent_uuid) return;
    SQLite::Statement query(*db, "SELECT uuid FROM respondent WHERE id = ?");
    query.bind(1, static_cast<int64_t>(respondent_id));
    if (query.executeStep() && query.getColumn(0).getString() == *kit_respondent_uuid) return;
    throw QuestionnaireError(fmt::format("{}: this is a respondent kit for {}: only {}'s answers can be changed here",
                                         path.string(), Quote(KitRespondentName()), KitRespondentName()));
}

}  // namespace c5::questionnaire
