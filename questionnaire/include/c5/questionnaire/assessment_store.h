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
    std::vector<AuditEntry> AuditLog() const;

    /// Everything at once, for scoring, reports and exports.
    AssessmentData Snapshot() const;

    /// Writes a complete, compacted copy to `target` atomically (replacing it if it exists).
    void SaveCopyAs(const std::filesystem::path& target) const;

private:
    struct Impl;
    explicit AssessmentStore(std::unique_ptr<Impl> impl);
    static AssessmentStore OpenChecked(const std::filesystem::path& path, OpenMode mode, Actor actor);
    std::unique_ptr<Impl> m_impl;
};

/// Checks an answer against the instrument and returns it in canonical form; throws
/// QuestionnaireError naming the question and what it accepts.
AnswerInput ValidateAnswer(const Instrument& instrument, const AnswerInput& input);

}  // namespace c5::questionnaire
