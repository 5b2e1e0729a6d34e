#pragma once
// One open assessment as the desktop app works with it: the store (locked while open), the
// respondent being answered for, every change saved at once with an undo of the last changes,
// and a snapshot of the whole assessment for the dashboard. No wx: the window calls it.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/completion.h"
#include "c5/questionnaire/exchange_file.h"

namespace c5::app {

class AssessmentSession {
public:
    static std::unique_ptr<AssessmentSession> Open(const std::filesystem::path& path, questionnaire::Actor actor);
    /// Creates the file (never overwriting), with its first respondents and ICT figures, on the
    /// kit's C5 instrument or, given its JSON, on an adapted one (which must keep the C5 core).
    static std::unique_ptr<AssessmentSession> Create(const std::filesystem::path& path,
                                                     const questionnaire::NewAssessment& assessment,
                                                     const std::vector<questionnaire::RespondentInput>& respondents,
                                                     const std::vector<questionnaire::PenetrationInput>& penetration,
                                                     questionnaire::Actor actor, std::string_view instrument_json = {});

    const std::filesystem::path& Path() const { return m_store.Path(); }
    const questionnaire::AssessmentData& Data() const { return *m_data; }
    /// The same snapshot, shareable with a background job.
    std::shared_ptr<const questionnaire::AssessmentData> SharedData() const { return m_data; }
    /// The instrument, stable for the session's whole life (windows keep pointers into it); the
    /// snapshots carry their own copy.
    const questionnaire::Instrument& Instrument() const { return *m_instrument; }

    /// The respondent being answered for (0 when the assessment has none yet).
    long long CurrentRespondent() const { return m_respondent; }
    void SetCurrentRespondent(long long respondent_id);
    questionnaire::Respondent AddRespondent(const questionnaire::RespondentInput& input);
    /// Corrections after creation (a respondent kit refuses them).
    bool SetDetails(const questionnaire::AssessmentDetails& details);
    questionnaire::Respondent EditRespondent(long long respondent_id, const questionnaire::RespondentInput& input);
    /// Removes a respondent and their answers (kept in the audit log); their changes leave the undo
    /// history. The next respondent becomes the current one. Returns how many answers went.
    int RemoveRespondent(long long respondent_id);

    const questionnaire::Answer* CurrentAnswer(std::string_view question_id) const;
    bool IsShown(const questionnaire::Question& question) const;
    questionnaire::Completion Progress(std::string_view pillar_id = {}) const;

    /// Saves one answer of the current respondent (committed before it returns).
    questionnaire::SaveResult Save(questionnaire::AnswerInput input);
    /// Removes the current respondent's answer to a question.
    void Clear(std::string_view question_id);
    bool CanUndo() const { return !m_undo.empty(); }
    /// The question whose change Undo would revert.
    std::string UndoQuestion() const;
    /// Puts back the answer as it was before the last change; returns the question id.
    std::string Undo();
    /// Undone changes can be made again until a new change is saved.
    bool CanRedo() const { return !m_redo.empty(); }
    /// Makes the last undone change again; returns the question id.
    std::string Redo();

    /// Documents attached to the current respondent's answer to a question.
    std::vector<questionnaire::Attachment> CurrentAttachments(std::string_view question_id) const;
    /// Attaches a document to the current respondent's answer (committed before it returns).
    questionnaire::Attachment Attach(std::string_view question_id, std::string_view name, std::string_view content);
    bool RemoveAttachment(long long attachment_id);
    std::string AttachmentContent(long long attachment_id) const;

    void SetPenetration(const questionnaire::PenetrationInput& input);
    void SetScoringSettings(const questionnaire::ScoringSettings& settings);

    /// In a respondent kit only the kit's respondent's answers can change.
    bool IsKit() const { return m_store.KitRespondentUuid().has_value(); }
    /// Workshop actions, each committed at once (docs/facilitator-guide.md).
    questionnaire::SaveResult SetConsensus(const questionnaire::ConsensusInput& input);
    bool ClearConsensus(std::string_view question_id);
    /// Issues kits and records them in the assessment (all or none).
    std::vector<questionnaire::AssessmentStore::KitFile> WriteRespondentKits(
        const std::vector<questionnaire::RespondentInput>& respondents, const std::filesystem::path& folder,
        const std::optional<std::string>& seal_passphrase);
    /// Merges kits and copies (plain or sealed) into this assessment.
    questionnaire::AssessmentStore::MergeReport Merge(const std::vector<std::filesystem::path>& files,
                                                      const questionnaire::PassphraseSource& passphrase,
                                                      const questionnaire::MergeOptions& options = {});
    /// Seals a copy of the assessment into `target` for the trip.
    void SaveSealedCopy(const std::filesystem::path& target, std::string_view passphrase) const;

    /// Copies the assessment to `target` and continues working on the copy.
    void SaveAs(const std::filesystem::path& target);
    void ExportCsv(const std::filesystem::path& target) const;
    void ExportJson(const std::filesystem::path& target) const;

private:
    explicit AssessmentSession(questionnaire::AssessmentStore store);
    void Refresh();

    struct UndoStep {
        long long respondent_id;
        std::string question_id;
        std::optional<questionnaire::Answer> answer;  // the state to put back; nullopt: no answer
    };
    /// Puts `step`'s answer back and returns the step that would revert that.
    UndoStep Restore(const UndoStep& step);

    questionnaire::AssessmentStore m_store;
    std::shared_ptr<const questionnaire::Instrument> m_instrument;
    std::shared_ptr<const questionnaire::AssessmentData> m_data;
    long long m_respondent = 0;
    std::vector<UndoStep> m_undo;
    std::vector<UndoStep> m_redo;
};

}  // namespace c5::app
