#pragma once
// The .c5a assessment file: one SQLite database per assessment (docs/file-format.md).
// Every change is one transaction, committed before the call returns.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "c5/questionnaire/assessment.h"
#include "c5/questionnaire/instrument.h"

namespace c5::questionnaire {

/// Who makes changes, for the audit log.
struct Actor {
    std::string user;               // operating-system user
    std::string tool = "c5kit-cli";
    static Actor Current(std::string tool);  // the logged-in user
};
/// `raw` (a user name from the environment) as the audit log may hold it: printable, one line, at
/// most 64 bytes; "unknown" otherwise.
std::string AuditUserName(std::string_view raw);

struct NewAssessment {
    std::string country;  // ISO 3166-1 alpha-3 (checked and upper-cased)
    std::string country_name;  // default: the ISO name; needed for fictional (X..) codes
    std::optional<CountryGroup> country_group;  // default: DefaultCountryGroup(country)
    int year = 0;         // AssessmentYears()
    std::string title;    // default: "C5 readiness self-assessment — <country name> <year>"
    int target_year = kDefaultTargetYear;  // for targets a and b; TargetYears()
};

/// What describes an assessment, as the team can correct it after creation; empty fields and
/// nullopt take the same defaults as NewAssessment.
struct AssessmentDetails {
    std::string country;
    std::string country_name;
    std::optional<CountryGroup> country_group;
    int year = 0;
    std::string title;
};

/// The title an assessment gets when none is given: "C5 readiness self-assessment — Kenya 2026".
std::string DefaultAssessmentTitle(std::string_view country_name, int year);

enum class OpenMode { ReadOnly, ReadWrite };

enum class SaveOutcome { Saved, Unchanged };
struct SaveResult {
    SaveOutcome outcome = SaveOutcome::Saved;
    std::string saved_at;  // UTC time of the commit
};

/// Longest evidence or links text one answer keeps (longer texts belong in a linked document).
inline constexpr std::size_t kMaxEvidenceBytes = 100'000;
/// Largest document one answer can have attached, and all of an assessment's together: the file
/// must still travel on a USB stick, be sealed in memory and be opened on an old laptop.
inline constexpr std::size_t kMaxAttachmentBytes = 10 * 1024 * 1024;
inline constexpr std::size_t kMaxAttachmentsTotalBytes = 50 * 1024 * 1024;
/// The kinds of document that can be attached, by extension (lower case, with the dot): PDF,
/// images, office and OpenDocument files, plain text and CSV. Nothing a viewer would run.
const std::vector<std::string>& AttachableExtensions();

/// How a merge treats files that cannot be checked (AssessmentStore::Merge).
struct MergeOptions {
    /// Also accept files that cannot be checked: kits edited outside the kit (their MAC fails), kits
    /// made by a kit version without keys or not recorded here, and copies without the assessment's
    /// key. Every other check still applies; each such file is named in the report and logged in the
    /// audit log (action merge.unverified).
    bool accept_unverified = false;
};

class AssessmentStore {
public:
    /// Makes a new file (refusing to overwrite one); it appears complete or not at all.
    static AssessmentStore Create(const std::filesystem::path& path, const NewAssessment& assessment,
                                  std::string_view instrument_json, Actor actor);
    /// Opens an existing file. A file of an older format is migrated (read-write) or read through an
    /// in-memory copy (read-only, the file untouched); a newer or damaged file is refused, unchanged.
    static AssessmentStore Open(const std::filesystem::path& path, OpenMode mode, Actor actor);
    /// Opens an assessment held in memory (e.g. just unsealed), read-only, with the same checks as a
    /// file; `label` names it in messages and in Path().
    static AssessmentStore OpenBytes(std::string_view bytes, const std::filesystem::path& label, Actor actor);

    AssessmentStore(AssessmentStore&&) noexcept;
    AssessmentStore& operator=(AssessmentStore&&) noexcept;
    ~AssessmentStore();

    const std::filesystem::path& Path() const;
    /// The format version the file had when opened (before any migration).
    int FileFormatVersion() const;
    const Instrument& GetInstrument() const;
    const std::string& InstrumentJson() const;
    const std::string& InstrumentSha256() const;

    AssessmentInfo Info() const;
    std::vector<Respondent> Respondents() const;
    std::optional<Respondent> FindRespondent(std::string_view name) const;
    Respondent AddRespondent(const RespondentInput& input);

    // Corrections after creation (store_edit.cpp), each one transaction with its audit rows;
    // refused in a respondent kit.

    /// Changes the country, its name and group, the year or the title, checked as at creation.
    /// Returns false when nothing changed.
    bool SetDetails(const AssessmentDetails& details);
    /// Renames a respondent or changes their role or stakeholder group (their identity stays).
    Respondent EditRespondent(long long respondent_id, const RespondentInput& input);
    /// Removes a respondent: their answers and attached documents leave the file (each logged in
    /// the audit log, the answers with their content), then the respondent. Returns how many
    /// answers went.
    int RemoveRespondent(long long respondent_id);

    /// Validates and stores one answer in one transaction (with its audit row).
    SaveResult SaveAnswer(const AnswerInput& input);
    /// Stores many answers (and new respondents) all-or-nothing in one transaction.
    struct BatchEntry {
        RespondentInput respondent;  // created when no respondent has this name
        AnswerInput answer;          // respondent_id is filled in by the store
        std::string origin;          // where it was read ("answers.csv line 4"), for messages
    };
    struct BatchResult {
        int saved = 0;
        int unchanged = 0;
        int respondents_added = 0;
    };
    BatchResult SaveAnswers(const std::vector<BatchEntry>& entries, std::string_view batch_label);
    /// Removes an answer (undo of a first answer); false when there was none.
    bool ClearAnswer(long long respondent_id, std::string_view question_id);
    std::vector<Answer> Answers() const;
    std::optional<Answer> FindAnswer(long long respondent_id, std::string_view question_id) const;

    void SetPenetration(const PenetrationInput& input);
    std::vector<PenetrationInput> Penetration() const;

    ScoringSettings GetScoringSettings() const;
    void SetScoringSettings(const ScoringSettings& settings);

    // Evidence documents (store_attachments.cpp): each change one transaction with its audit row,
    // as answers are; in a respondent kit, only for the kit's respondent.

    /// Attaches `content` (a file's bytes) to the respondent's answer to `question_id` under `name`
    /// (folders are stripped). Refused with the reason: an empty file, one larger than
    /// kMaxAttachmentBytes, a total past kMaxAttachmentsTotalBytes, a kind not in
    /// AttachableExtensions(). The same document attached twice to one answer is kept once: the
    /// one already there is returned.
    Attachment Attach(long long respondent_id, std::string_view question_id, std::string_view name,
                      std::string_view content);
    /// Removes an attachment (its name, size and SHA-256 stay in the audit log); false when there was none.
    bool RemoveAttachment(long long attachment_id);
    /// Every attachment, without its bytes, by respondent and question.
    std::vector<Attachment> Attachments() const;
    /// The bytes of an attachment, checked against its SHA-256 (a mismatch is reported as damage).
    std::string AttachmentContent(long long attachment_id) const;

    std::vector<ConsensusAnswer> Consensus() const;
    /// Records (or replaces) the answer a workshop settled on for a question, with a note.
    SaveResult SetConsensus(const ConsensusInput& input);
    /// Removes a recorded consensus; false when there was none.
    bool ClearConsensus(std::string_view question_id);
    std::vector<AuditEntry> AuditLog() const;
    /// Blanks the old and new values of audit entries (a secret pasted by accident), in one
    /// transaction, and logs the redaction itself (action audit.redact: which entries, why, who).
    /// Works in kits too. The answer that still holds the text must be changed first. Throws for an
    /// unknown entry or a redaction entry; returns how many entries changed.
    int RedactAuditEntries(const std::vector<long long>& entry_ids, std::string_view reason);

    /// Everything at once, for scoring, reports and exports.
    AssessmentData Snapshot() const;

    /// Writes a complete, compacted copy to `target` atomically (replacing it if it exists).
    void SaveCopyAs(const std::filesystem::path& target) const;
    /// The whole assessment as the bytes of a .c5a file (a consistent copy), e.g. to seal it.
    std::string Bytes() const;

    // Workshops (docs/facilitator-guide.md).

    /// In a respondent kit: the uuid of the one respondent whose answers may change there.
    std::optional<std::string> KitRespondentUuid() const;
    /// A full assessment that holds its own key, by which merges recognise its copies (kits, and
    /// files of format 2 read without migrating them, have none).
    bool HasAssessmentKey() const;
    struct KitFile {
        std::filesystem::path path;
        Respondent respondent;
        int answers = 0;  // the respondent's answers already in the kit
        std::string kit_id;
    };
    /// Issues respondent kits, one per respondent, to `targets` (never replacing a file): the same
    /// assessment (uuid, instrument, settings, penetration figures; AHP matrices only combined,
    /// without the experts' names) with only that respondent and their answers, in which only those
    /// answers can change. Each kit gets its own id and key and is recorded in this assessment, which a
    /// merge later checks it against (docs/reliability.md). All kits and their records, or none.
    /// With `seal_passphrase` each kit is sealed (.c5s) and is never on the disk unsealed. A name not
    /// yet in the assessment gets a new respondent identity, which a merge later adds.
    std::vector<KitFile> IssueRespondentKits(const std::vector<RespondentInput>& respondents,
                                             const std::vector<std::filesystem::path>& targets,
                                             const std::optional<std::string>& seal_passphrase = std::nullopt);
    /// One plain kit (IssueRespondentKits).
    KitFile WriteRespondentKit(const RespondentInput& respondent, const std::filesystem::path& target);
    /// Writes a full assessment with this one's identity, instrument, settings and penetration
    /// figures but no respondents, answers or consensus: the start of a merge.
    void WriteEmptyCopy(const std::filesystem::path& target) const;

    struct MergeSource {
        std::string label;  // how the report names it, e.g. the file name
        /// An open store; or none, and the file at `path` is opened (read-only) when its turn comes
        /// and closed after it, so a merge of hundreds of files holds one at a time.
        const AssessmentStore* store = nullptr;
        std::filesystem::path path;
    };
    /// One respondent a merged (or refused) file touched.
    struct MergeRespondent {
        enum class Outcome { Added, Updated, Unchanged, Refused };
        std::string name;  // as in this assessment (after a rename), or as in the file when refused
        std::string uuid;
        Outcome outcome = Outcome::Unchanged;
        int answers_added = 0;
        int answers_updated = 0;
        int older_versions_logged = 0;
        int duplicates = 0;
    };
    struct MergeFileReport {
        enum class Kind { Unknown, Kit, Copy };
        std::string label;
        Kind kind = Kind::Unknown;   // a respondent kit, or a copy of the assessment
        std::string refused;         // why the file was refused as a whole; empty when merged
        bool refused_unverified = false;  // refused only because it cannot be checked (MergeOptions)
        std::string unverified;      // accepted although it cannot be checked: why it cannot be
        std::vector<MergeRespondent> respondents;  // every respondent in the file (the kit's, when refused)
        int respondents_added = 0;
        int answers_added = 0;
        int answers_updated = 0;     // a newer version replaced the one here (the older is in the audit log)
        int older_versions_logged = 0;  // the file's version was older: kept in the audit log only
        int duplicates = 0;          // the same answer was here already
        int consensus_added = 0;
        int consensus_updated = 0;
        int attachments_added = 0;   // documents attached to the answers, new here
        int kits_recorded = 0;       // kit records of a copy that this assessment did not have
        std::vector<std::string> renamed;  // "Name → Name (2)": another respondent had (or looked like) the name here
        /// National questions of the file's questionnaire that this assessment's lacks: their answers
        /// were not merged (they stay in the file).
        std::vector<std::string> not_merged;
    };
    struct MergeReport {
        std::vector<MergeFileReport> files;
        bool changed = false;  // false: the file was left byte for byte as it was
        int Refused() const;
    };
    /// Merges `sources` — respondent kits this assessment issued, and copies of this assessment — in
    /// one transaction. A kit brings only the answers of the respondent it was issued to, and only
    /// when it matches its record here (id, respondent, key: its MAC verifies) — no consensus, other
    /// respondents or settings; a copy is recognised by this assessment's key and brings respondents,
    /// answers, consensus and kit records. A source made with another questionnaire (instrument
    /// SHA-256) is refused, unless it differs only in wording, translations or the national module;
    /// answers to national questions this assessment lacks then stay in the source (not_merged).
    /// Every row must be one the app could have saved
    /// (ValidateAnswer), every time valid, in UTC after normalising, not later than now (+ clock
    /// skew), and a kit's not earlier than its issue unless the kit was issued with it. A source that
    /// fails any check is refused as a whole with the reason; the others are merged. Respondents
    /// match by identity, never by name alone; of two versions of an answer the newer is kept and the
    /// older goes to the audit log. Merging the same source again changes nothing.
    MergeReport Merge(const std::vector<MergeSource>& sources, const MergeOptions& options = {});

private:
    struct Impl;
    explicit AssessmentStore(std::unique_ptr<Impl> impl);
    /// `trusted_sha256`: an instrument with this hash is not parsed again (merge sources, whose
    /// instrument must be the target's anyway).
    static AssessmentStore OpenChecked(const std::filesystem::path& path, OpenMode mode, Actor actor,
                                       const std::string& trusted_sha256 = {});
    static AssessmentStore OpenMergeSource(const std::filesystem::path& path, Actor actor,
                                           const std::string& trusted_sha256);
    std::unique_ptr<Impl> m_impl;
};

/// Checks an answer against the instrument and returns it in canonical form; throws
/// QuestionnaireError naming the question and what it accepts.
AnswerInput ValidateAnswer(const Instrument& instrument, const AnswerInput& input);

}  // namespace c5::questionnaire
