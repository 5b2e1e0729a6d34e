#pragma once
// What the parts of the .c5a store share: connection settings, checks on text, answer rows, and
// the store's private state. The store is split by concern: opening and reading
// (assessment_store.cpp), consensus, respondent kits and merges (store_*.cpp).
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/file_lock.h"

namespace c5::questionnaire::detail {

inline constexpr int kBusyTimeoutMs = 5000;
inline constexpr unsigned kAssessmentFileMode = 0600;  // answers are sensitive national information
inline constexpr const char* kAnswerColumns =
    "value, not_applicable, confidence, evidence, links, needs_review, answered_at, updated_at";

/// Settings that make a hostile file harmless: no triggers or views run, no schema tricks.
void ConfigureConnection(SQLite::Database& db);
/// `text` when it is valid UTF-8 of at most `max_bytes`; otherwise a QuestionnaireError naming `what`.
std::string CheckedText(std::string_view text, std::string_view what, std::size_t max_bytes);
/// A trimmed, non-empty name in normalisation form C, without control or invisible characters.
std::string CheckedName(std::string_view raw, std::string_view what);
/// The one of `names` that looks like `name` without being it (NameComparisonKey), if any.
std::optional<std::string> LookAlikeName(std::string_view name, const std::vector<std::string>& names);
/// An answer's content as JSON, for the audit log.
nlohmann::json AnswerState(const Answer& answer);
/// Same value, confidence, evidence, links and review flag (timestamps aside).
bool SameContent(const Answer& a, const Answer& b);
/// An answer from the columns kAnswerColumns, starting at `first_column`.
Answer ReadAnswerRow(SQLite::Statement& row, int first_column);
/// Tells "not a database at all" from "a damaged one" by the file's first bytes.
void CheckLooksLikeSqlite(const std::filesystem::path& path);
/// The first text value in any table that is not valid UTF-8, described for the user; empty if none.
std::string FindInvalidText(SQLite::Database& db);
/// Whether `json` is the text whose SHA-256 (hex) is `sha256`.
bool MatchesItsHash(const std::string& json, const std::string& sha256);
/// Gives a full assessment its own random key (table assessment_key), inside the caller's transaction.
void InsertAssessmentKey(SQLite::Database& db);
/// How far the clocks of two laptops may differ before a merge calls a time impossible.
inline constexpr std::chrono::minutes kClockSkew{10};
/// True when no one has write permission on the file (it was marked read-only on purpose).
bool MarkedReadOnly(const std::filesystem::path& path);
/// Rolls back a save a crash interrupted (a "hot" journal), which a read-only connection cannot.
void RecoverInterruptedSave(const std::filesystem::path& path);
/// The assessment's details checked and with their defaults filled in, as Create and SetDetails
/// store them (store_edit.cpp).
AssessmentInfo CheckedDetails(const AssessmentDetails& details);
/// A respondent's content as JSON, for the audit log.
nlohmann::json RespondentState(const Respondent& respondent);
/// An attachment's name, kind, size and SHA-256 as JSON, for the audit log (store_attachments.cpp).
nlohmann::json AttachmentState(const Attachment& attachment);
/// Inserts an attachment row with `content` (no audit row); returns its id.
long long InsertAttachment(SQLite::Database& db, const Attachment& attachment, std::string_view content);
/// Why an attachment read from another file cannot be taken (kind, size, SHA-256); empty when it can.
std::string CheckAttachment(const Attachment& attachment, std::string_view content);
/// A consensus's content as JSON, for the audit log (store_consensus.cpp).
nlohmann::json ConsensusState(const ConsensusAnswer& answer);
/// The consensus recorded for a question, if any.
std::optional<ConsensusAnswer> SelectConsensus(SQLite::Database& db, std::string_view question_id);
/// Records `settled` as the question's consensus, decided at `decided_at`, over any earlier one.
void UpsertConsensus(SQLite::Database& db, const ConsensusAnswer& settled, const std::string& decided_at);

}  // namespace c5::questionnaire::detail

namespace c5::questionnaire {

struct AssessmentStore::Impl {
    std::filesystem::path path;
    Actor actor;
    OpenMode mode = OpenMode::ReadOnly;
    bool in_memory = false;  // read from bytes (an unsealed file), not from a file on disk
    int file_version = 0;
    std::optional<FileLock> lock;  // declared before db: released only after SQLite closed the file
    std::unique_ptr<SQLite::Database> db;
    Instrument instrument;
    std::string instrument_json;
    std::string instrument_sha256;
    std::optional<std::string> kit_respondent_uuid;  // set in a respondent kit: the one writable respondent
    std::optional<std::string> kit_id;              // a kit's identity; none in kits of format 2
    std::string kit_key;                            // a kit's key, which renews its MAC at every save
    std::string kit_made_at;                        // when the kit was issued (UTC)
    std::string trusted_instrument_sha256;  // an instrument with this hash is known good: not parsed again
    // Kept and reused: saving an answer is the hot path.
    std::unique_ptr<SQLite::Statement> select_answer;
    std::unique_ptr<SQLite::Statement> upsert_answer;
    std::unique_ptr<SQLite::Statement> insert_audit;

    [[noreturn]] void Fail(const SQLite::Exception& error, std::string_view doing) const;
    void RequireWritable() const;
    /// In a respondent kit, only the kit's respondent's answers may change: throws for anything else
    /// (`what`: "add respondents", "change the scoring options", ...).
    void RequireFullAssessment(std::string_view what) const;
    void RequireKitRespondent(long long respondent_id) const;

    /// Commits a change; in a kit, renews the kit's MAC over its answers first, in the same
    /// transaction — the one place every save in a kit passes through.
    void Commit(SQLite::Transaction& transaction);
    /// In a kit, refuses to save while the computer's clock is before the kit's issue: a merge
    /// would refuse the answers as dated before the kit existed.
    void RequireKitClock(const std::string& now) const;
    /// A full assessment's own key (empty when it has none: a kit, or a file of format 2 opened read-only).
    std::string AssessmentKey() const;

    void Audit(std::string_view action, std::string_view subject, const std::optional<nlohmann::json>& old_value,
               const std::optional<nlohmann::json>& new_value, const std::string& at);
    std::optional<Answer> SelectAnswer(long long respondent_id, std::string_view question_id);
    void UpsertAnswer(const Answer& answer);
    std::string RespondentName(long long respondent_id) const;
    /// Stores one validated answer; returns false when nothing changed. Inside a transaction.
    bool StoreAnswer(const AnswerInput& input, std::string_view action, const std::string& now);
    /// Throws when `name` looks like another respondent's name without being it (a Cyrillic "у" for
    /// a Latin "y", an invisible character): two respondents nobody could tell apart.
    void RequireDistinctName(std::string_view name) const;
    /// Adds a respondent with a new identity (`uuid` empty) or a known one (merges, kits).
    Respondent InsertRespondent(const RespondentInput& input, const std::string& now, const std::string& uuid = {});
    /// Checks a freshly opened database (file type, version, integrity, schema), migrates an older
    /// one (in memory when read-only), and loads the instrument and the kit marker.
    void CheckAndPrepare();
    /// A consensus from a merge source: the newer is kept, the older logged once (store_merge.cpp).
    void MergeConsensus(const ConsensusAnswer& settled, MergeFileReport& file,
                        std::set<std::pair<std::string, std::string>>& logged, const std::string& now);
    void LoadInstrument();
    void LoadKit();
    std::string KitRespondentName() const;
};

}  // namespace c5::questionnaire
