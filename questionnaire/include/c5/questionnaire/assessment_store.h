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

struct NewAssessment {
    std::string country;  // ISO 3166-1 alpha-3 (checked and upper-cased)
    std::string country_name;  // default: the ISO name; needed for fictional (X..) codes
    std::optional<CountryGroup> country_group;  // default: DefaultCountryGroup(country)
    int year = 0;
    std::string title;    // default: "C5 readiness self-assessment — <country name> <year>"
};

enum class OpenMode { ReadOnly, ReadWrite };

enum class SaveOutcome { Saved, Unchanged };
struct SaveResult {
    SaveOutcome outcome = SaveOutcome::Saved;
    std::string saved_at;  // UTC time of the commit
};

/// Longest evidence or links text one answer keeps (longer texts belong in a linked document).
inline constexpr std::size_t kMaxEvidenceBytes = 100'000;

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

    /// Validates and stores one answer in one transaction (with its audit row).
    SaveResult SaveAnswer(const AnswerInput& input);
    /// Stores many answers (and new respondents) all-or-nothing in one transaction.
    struct BatchEntry {
        RespondentInput respondent;  // created when no respondent has this name
        AnswerInput answer;          // respondent_id is filled in by the store
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

    std::vector<ConsensusAnswer> Consensus() const;
    /// Records (or replaces) the answer a workshop settled on for a question, with a note.
    SaveResult SetConsensus(const ConsensusInput& input);
    /// Removes a recorded consensus; false when there was none.
    bool ClearConsensus(std::string_view question_id);
    std::vector<AuditEntry> AuditLog() const;

    /// Everything at once, for scoring, reports and exports.
    AssessmentData Snapshot() const;

    /// Writes a complete, compacted copy to `target` atomically (replacing it if it exists).
    void SaveCopyAs(const std::filesystem::path& target) const;
    /// The whole assessment as the bytes of a .c5a file (a consistent copy), e.g. to seal it.
    std::string Bytes() const;

    // Workshops (docs/facilitator-guide.md).

    /// In a respondent kit: the uuid of the one respondent whose answers may change there.
    std::optional<std::string> KitRespondentUuid() const;
    struct KitFile {
        std::filesystem::path path;
        Respondent respondent;
        int answers = 0;  // the respondent's answers already in the kit
    };
    /// Writes a respondent kit to `target` (never replacing a file): the same assessment (uuid,
    /// instrument, settings, penetration figures) with only `respondent` and their answers, in which
    /// only that respondent's answers can change. A name not yet in the assessment gets a new
    /// respondent identity, which a merge later adds.
    KitFile WriteRespondentKit(const RespondentInput& respondent, const std::filesystem::path& target) const;
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
    struct MergeFileReport {
        std::string label;
        std::string refused;  // why the file was refused as a whole; empty when merged
        int respondents_added = 0;
        int answers_added = 0;
        int answers_updated = 0;     // a newer version replaced the one here (the older is in the audit log)
        int older_versions_logged = 0;  // the file's version was older: kept in the audit log only
        int duplicates = 0;          // the same answer was here already
        int consensus_added = 0;
        int consensus_updated = 0;
        std::vector<std::string> renamed;  // "Name → Name (2)": another respondent had the name here
    };
    struct MergeReport {
        std::vector<MergeFileReport> files;
        bool changed = false;  // false: the file was left byte for byte as it was
        int Refused() const;
    };
    /// Merges respondents, answers and consensus from `sources` (respondent kits or full copies of
    /// this assessment) in one transaction. A source of another assessment (uuid) or another
    /// questionnaire (instrument SHA-256), or with an answer the questionnaire does not accept, is
    /// refused as a whole with the reason; the others are merged. Respondents match by identity,
    /// never by name alone; of two versions of an answer the newer is kept and the older goes to the
    /// audit log. Merging the same source again changes nothing.
    MergeReport Merge(const std::vector<MergeSource>& sources);

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
