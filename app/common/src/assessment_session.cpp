#include "c5/app/assessment_session.h"

#include "c5/questionnaire/assessment_export.h"
#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/respondent_kits.h"
#include "c5/questionnaire/sealed_file.h"

namespace c5::app {
namespace q = c5::questionnaire;

namespace {
constexpr std::size_t kUndoDepth = 50;
}

AssessmentSession::AssessmentSession(q::AssessmentStore store)
    : m_store(std::move(store)), m_instrument(std::make_shared<const q::Instrument>(m_store.GetInstrument())) {
    Refresh();
    if (!m_data->respondents.empty()) m_respondent = m_data->respondents.front().id;
}

std::unique_ptr<AssessmentSession> AssessmentSession::Open(const std::filesystem::path& path, q::Actor actor) {
    return std::unique_ptr<AssessmentSession>(
        new AssessmentSession(q::AssessmentStore::Open(path, q::OpenMode::ReadWrite, std::move(actor))));
}

std::unique_ptr<AssessmentSession> AssessmentSession::Create(const std::filesystem::path& path,
                                                             const q::NewAssessment& assessment,
                                                             const std::vector<q::RespondentInput>& respondents,
                                                             const std::vector<q::PenetrationInput>& penetration,
                                                             q::Actor actor, std::string_view instrument_json) {
    // Check everything the file will hold before it exists, so a bad entry leaves no file behind.
    for (const auto& respondent : respondents)
        if (respondent.name.find_first_not_of(" \t") == std::string::npos)
            throw q::QuestionnaireError("a respondent has no name");
    auto store = q::AssessmentStore::Create(path, assessment,
                                            instrument_json.empty() ? q::BundledInstrumentJson() : instrument_json,
                                            std::move(actor));
    for (const auto& respondent : respondents) store.AddRespondent(respondent);
    for (const auto& input : penetration) store.SetPenetration(input);
    return std::unique_ptr<AssessmentSession>(new AssessmentSession(std::move(store)));
}

void AssessmentSession::Refresh() { m_data = std::make_shared<const q::AssessmentData>(m_store.Snapshot()); }

void AssessmentSession::SetCurrentRespondent(long long respondent_id) {
    if (m_data->FindRespondent(respondent_id)) m_respondent = respondent_id;
}

q::Respondent AssessmentSession::AddRespondent(const q::RespondentInput& input) {
    q::Respondent added = m_store.AddRespondent(input);
    Refresh();
    if (m_respondent == 0) m_respondent = added.id;
    return added;
}

bool AssessmentSession::SetDetails(const q::AssessmentDetails& details) {
    const bool changed = m_store.SetDetails(details);
    Refresh();
    return changed;
}

q::Respondent AssessmentSession::EditRespondent(long long respondent_id, const q::RespondentInput& input) {
    q::Respondent edited = m_store.EditRespondent(respondent_id, input);
    Refresh();
    return edited;
}

int AssessmentSession::RemoveRespondent(long long respondent_id) {
    const int answers = m_store.RemoveRespondent(respondent_id);
    const auto of_removed = [respondent_id](const UndoStep& step) { return step.respondent_id == respondent_id; };
    std::erase_if(m_undo, of_removed);
    std::erase_if(m_redo, of_removed);
    Refresh();
    if (m_respondent == respondent_id) m_respondent = m_data->respondents.empty() ? 0 : m_data->respondents.front().id;
    return answers;
}

const q::Answer* AssessmentSession::CurrentAnswer(std::string_view question_id) const {
    for (const auto& answer : m_data->answers)
        if (answer.respondent_id == m_respondent && answer.question_id == question_id) return &answer;
    return nullptr;
}

bool AssessmentSession::IsShown(const q::Question& question) const {
    return q::IsQuestionShown(m_data->instrument, question, q::AnswersOf(*m_data, m_respondent));
}

q::Completion AssessmentSession::Progress(std::string_view pillar_id) const {
    return q::RespondentCompletion(*m_data, m_respondent, pillar_id);
}

q::SaveResult AssessmentSession::Save(q::AnswerInput input) {
    if (m_respondent == 0) throw q::QuestionnaireError("add a respondent before answering");
    input.respondent_id = m_respondent;
    const q::Answer* before = CurrentAnswer(input.question_id);
    UndoStep step{m_respondent, input.question_id, before ? std::optional(*before) : std::nullopt};
    const q::SaveResult result = m_store.SaveAnswer(input);
    if (result.outcome == q::SaveOutcome::Saved) {
        m_undo.push_back(std::move(step));
        if (m_undo.size() > kUndoDepth) m_undo.erase(m_undo.begin());
        m_redo.clear();  // a new change ends what could be made again
        Refresh();
    }
    return result;
}

void AssessmentSession::Clear(std::string_view question_id) {
    const q::Answer* before = CurrentAnswer(question_id);
    if (!before) return;
    UndoStep step{m_respondent, std::string(question_id), *before};
    if (m_store.ClearAnswer(m_respondent, question_id)) {
        m_undo.push_back(std::move(step));
        m_redo.clear();
        Refresh();
    }
}

std::string AssessmentSession::UndoQuestion() const { return m_undo.empty() ? std::string() : m_undo.back().question_id; }

AssessmentSession::UndoStep AssessmentSession::Restore(const UndoStep& step) {
    const q::Answer* now = nullptr;
    for (const auto& answer : m_data->answers)
        if (answer.respondent_id == step.respondent_id && answer.question_id == step.question_id) now = &answer;
    UndoStep reverse{step.respondent_id, step.question_id, now ? std::optional(*now) : std::nullopt};
    if (step.answer) {
        q::AnswerInput input;
        input.respondent_id = step.respondent_id;
        input.question_id = step.question_id;
        input.not_applicable = step.answer->NotApplicable();
        input.value = step.answer->value.value_or("");
        input.confidence = step.answer->confidence;
        input.evidence = step.answer->evidence;
        input.links = step.answer->links;
        input.needs_review = step.answer->needs_review;
        m_store.SaveAnswer(input);
    } else {
        m_store.ClearAnswer(step.respondent_id, step.question_id);
    }
    m_respondent = step.respondent_id;
    Refresh();
    return reverse;
}

std::string AssessmentSession::Undo() {
    if (m_undo.empty()) return {};
    const UndoStep step = m_undo.back();
    m_redo.push_back(Restore(step));
    m_undo.pop_back();
    return step.question_id;
}

std::string AssessmentSession::Redo() {
    if (m_redo.empty()) return {};
    const UndoStep step = m_redo.back();
    m_undo.push_back(Restore(step));
    m_redo.pop_back();
    return step.question_id;
}

std::vector<q::Attachment> AssessmentSession::CurrentAttachments(std::string_view question_id) const {
    std::vector<q::Attachment> found;
    for (const auto& attachment : m_data->attachments)
        if (attachment.respondent_id == m_respondent && attachment.question_id == question_id) found.push_back(attachment);
    return found;
}

q::Attachment AssessmentSession::Attach(std::string_view question_id, std::string_view name, std::string_view content) {
    if (m_respondent == 0) throw q::QuestionnaireError("add a respondent before attaching documents");
    q::Attachment attached = m_store.Attach(m_respondent, question_id, name, content);
    Refresh();
    return attached;
}

bool AssessmentSession::RemoveAttachment(long long attachment_id) {
    const bool removed = m_store.RemoveAttachment(attachment_id);
    Refresh();
    return removed;
}

std::string AssessmentSession::AttachmentContent(long long attachment_id) const {
    return m_store.AttachmentContent(attachment_id);
}

void AssessmentSession::SetPenetration(const q::PenetrationInput& input) {
    m_store.SetPenetration(input);
    Refresh();
}

void AssessmentSession::SetScoringSettings(const q::ScoringSettings& settings) {
    m_store.SetScoringSettings(settings);
    Refresh();
}

q::SaveResult AssessmentSession::SetConsensus(const q::ConsensusInput& input) {
    const auto result = m_store.SetConsensus(input);
    Refresh();
    return result;
}

bool AssessmentSession::ClearConsensus(std::string_view question_id) {
    const bool removed = m_store.ClearConsensus(question_id);
    Refresh();
    return removed;
}

std::vector<q::AssessmentStore::KitFile> AssessmentSession::WriteRespondentKits(
    const std::vector<q::RespondentInput>& respondents, const std::filesystem::path& folder,
    const std::optional<std::string>& seal_passphrase) {
    auto kits = q::WriteRespondentKits(m_store, respondents, folder, seal_passphrase, q::Actor::Current("c5kit"));
    Refresh();
    return kits;
}

q::AssessmentStore::MergeReport AssessmentSession::Merge(const std::vector<std::filesystem::path>& files,
                                                         const q::PassphraseSource& passphrase,
                                                         const q::MergeOptions& options) {
    auto report = q::MergeExchangeFiles(m_store, files, passphrase, q::Actor::Current("c5kit"), options);
    // Merged answers are not the user's own changes: Undo must not take them back one by one.
    if (report.changed) {
        m_undo.clear();
        m_redo.clear();
    }
    Refresh();
    if (m_respondent == 0 && !m_data->respondents.empty()) m_respondent = m_data->respondents.front().id;
    return report;
}

void AssessmentSession::SaveSealedCopy(const std::filesystem::path& target, std::string_view passphrase) const {
    // Never over an existing file, as the command line's `seal`: a sealed copy is an assessment too.
    q::WriteFileAtomically(target, q::Seal(m_store.Bytes(), Path().filename().string(), passphrase),
                           q::Replace::Refused);
}

void AssessmentSession::SaveAs(const std::filesystem::path& target) {
    m_store.SaveCopyAs(target);
    q::Actor actor = q::Actor::Current("c5kit");
    // Release the old file before taking the new one: a store locks the file it has open.
    m_store = q::AssessmentStore::Open(target, q::OpenMode::ReadWrite, std::move(actor));
    m_undo.clear();
    m_redo.clear();
    Refresh();
}

void AssessmentSession::ExportCsv(const std::filesystem::path& target) const {
    q::CheckOutputTarget(target, {Path()});
    q::WriteFileAtomically(target, q::ExportAnswersCsv(*m_data));
}

void AssessmentSession::ExportJson(const std::filesystem::path& target) const {
    q::CheckOutputTarget(target, {Path()});
    q::WriteFileAtomically(target, q::ExportAssessmentJson(*m_data));
}

}  // namespace c5::app
