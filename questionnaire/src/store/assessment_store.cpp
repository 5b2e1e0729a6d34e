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

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/digest.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/file_lock.h"
#include "c5/questionnaire/instrument_core.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/text_util.h"
#include "c5/questionnaire/unicode_text.h"
#include "c5/questionnaire/version.h"
#include "store/schema.h"
#include "store/settings_json.h"
#include "store/store_impl.h"
#include "store/sqlite_errors.h"
#include "user_name.h"

namespace c5::questionnaire {
namespace fs = std::filesystem;
using Json = nlohmann::json;
using namespace detail;

Actor Actor::Current(std::string tool) {
    const char* user = std::getenv("USER");
    if (!user || !*user) user = std::getenv("USERNAME");
    if (!user || !*user) user = std::getenv("LOGNAME");
    return Actor{AuditUserName(user && *user ? std::string(user) : detail::SystemUserName()), std::move(tool)};
}

std::string AuditUserName(std::string_view raw) {
    // The audit log's "who" comes from the environment, which anyone can set: one line of
    // printable text, of a sensible length, or "unknown".
    std::string name;
    if (IsValidUtf8(raw)) {
        name = TrimInvisible(raw);
        // A control character (a new line could fake a second entry in a listing) or an invisible one.
        if (!FindInvisibleCharacter(name).empty() || name.size() > 64) name.clear();
    }
    return name.empty() ? "unknown" : name;
}

AssessmentStore::AssessmentStore(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
AssessmentStore::AssessmentStore(AssessmentStore&&) noexcept = default;
AssessmentStore& AssessmentStore::operator=(AssessmentStore&&) noexcept = default;
AssessmentStore::~AssessmentStore() = default;

AssessmentStore AssessmentStore::Create(const fs::path& path, const NewAssessment& assessment,
                                        std::string_view instrument_json, Actor actor) {
    const AssessmentInfo details = CheckedDetails({assessment.country, assessment.country_name,
                                                   assessment.country_group, assessment.year, assessment.title});
    const std::string& country = details.country;
    const std::string& country_name = details.country_name;
    const CountryGroup group = details.country_group;
    const std::string& title = details.title;
    ScoringSettings settings;
    settings.target_year = assessment.target_year;
    detail::CheckSettings(settings, Instrument{});
    const Instrument instrument = ParseInstrument(instrument_json, "the instrument");
    // An adapted C5 instrument keeps the C5 core, so that its scores compare with other countries'.
    if (auto problems = CoreProblems(instrument); !problems.empty())
        throw InstrumentError(fmt::format("the instrument {} {} changes the C5 core", instrument.id, instrument.version),
                              std::move(problems));

    CheckAssessmentFileName(path);
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
                           {"year", assessment.year}, {"target_year", assessment.target_year},
                           {"instrument", instrument.id + " " + instrument.version}}
                          .dump());
        audit.exec();
        SQLite::Statement insert_setting(db, "INSERT INTO setting(key, value) VALUES (?, ?)");
        for (const auto& [key, value] : detail::SettingsToRows(settings)) {
            if (key != "target_year") continue;  // the others keep their defaults until changed
            insert_setting.bind(1, key);
            insert_setting.bind(2, value);
            insert_setting.exec();
        }
        InsertAssessmentKey(db);
        transaction.commit();
    } catch (const SQLite::Exception& error) {
        detail::ThrowStoreError(error, path, "create the file");
    }
    file.Commit();
    return Open(path, OpenMode::ReadWrite, std::move(actor));
}

AssessmentStore AssessmentStore::Open(const fs::path& path, OpenMode mode, Actor actor) {
    CheckLooksLikeSqlite(path);
    if (mode == OpenMode::ReadWrite) CheckAssessmentFileName(path);
    RemoveAbandonedTempFiles(path.parent_path());
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

AssessmentStore AssessmentStore::OpenMergeSource(const fs::path& path, Actor actor, const std::string& trusted_sha256) {
    CheckLooksLikeSqlite(path);
    try {
        return OpenChecked(path, OpenMode::ReadOnly, actor, trusted_sha256);
    } catch (const SQLite::Exception& error) {
        if (error.getExtendedErrorCode() != SQLITE_READONLY_ROLLBACK) detail::ThrowStoreError(error, path, "open the file");
    }
    RecoverInterruptedSave(path);
    try {
        return OpenChecked(path, OpenMode::ReadOnly, std::move(actor), trusted_sha256);
    } catch (const SQLite::Exception& error) {
        detail::ThrowStoreError(error, path, "open the file");
    }
}

AssessmentStore AssessmentStore::OpenChecked(const fs::path& path, OpenMode mode, Actor actor,
                                             const std::string& trusted_sha256) {
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->actor = std::move(actor);
    impl->mode = mode;
    impl->trusted_instrument_sha256 = trusted_sha256;
    const int flags = mode == OpenMode::ReadWrite ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY;
    const auto refuse_read_only = [&] {
        throw QuestionnaireError(fmt::format("{}: the file is read-only (write-protected disk or file "
                                             "permissions); copy it to a writable folder to change it",
                                             path.string()));
    };
    // A file marked read-only is respected even by an administrator, whom the system would let write.
    if (mode == OpenMode::ReadWrite && MarkedReadOnly(path)) refuse_read_only();
    if (mode == OpenMode::ReadWrite) impl->lock.emplace(path);
    impl->db = std::make_unique<SQLite::Database>(path.string(), flags, kBusyTimeoutMs);
    ConfigureConnection(*impl->db);
    if (mode == OpenMode::ReadWrite && sqlite3_db_readonly(impl->db->getHandle(), "main") == 1) refuse_read_only();
    impl->CheckAndPrepare();
    return AssessmentStore(std::move(impl));
}

AssessmentStore AssessmentStore::OpenBytes(std::string_view bytes, const fs::path& label, Actor actor) {
    constexpr std::string_view kMagic{"SQLite format 3\0", 16};
    if (bytes.size() < 100 || bytes.substr(0, 16) != kMagic)
        throw QuestionnaireError(fmt::format("{}: not a C5 assessment (a .c5a file is an SQLite database; this is "
                                             "something else)",
                                             label.string()));
    auto impl = std::make_unique<Impl>();
    impl->path = label;
    impl->actor = std::move(actor);
    impl->mode = OpenMode::ReadOnly;
    impl->in_memory = true;
    try {
        impl->db = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE);
        // SQLite owns (and frees) the copy it reads from.
        auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(bytes.size()));
        if (!copy) throw QuestionnaireError(fmt::format("{}: not enough memory to read it", label.string()));
        std::copy(bytes.begin(), bytes.end(), copy);
        const int status = sqlite3_deserialize(impl->db->getHandle(), "main", copy, static_cast<sqlite3_int64>(bytes.size()),
                                               static_cast<sqlite3_int64>(bytes.size()),
                                               SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
        if (status != SQLITE_OK)
            throw QuestionnaireError(fmt::format("{}: cannot be read as a database ({})", label.string(),
                                                 sqlite3_errstr(status)));
        ConfigureConnection(*impl->db);
        impl->CheckAndPrepare();
    } catch (const SQLite::Exception& error) {
        detail::ThrowStoreError(error, label, "read it");
    }
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
    if (!IsValidUtf8(name)) return std::nullopt;
    const std::string wanted = TrimInvisible(NormalizeNfc(name));  // as CheckedName stores names
    for (auto& respondent : Respondents())
        if (respondent.name == wanted) return respondent;
    return std::nullopt;
}

Respondent AssessmentStore::AddRespondent(const RespondentInput& input) {
    m_impl->RequireWritable();
    m_impl->RequireFullAssessment("add respondents");
    const std::string name = CheckedName(input.name, "respondent name");
    if (FindRespondent(name))
        throw QuestionnaireError(fmt::format("{}: a respondent named {} already exists", m_impl->path.string(),
                                             Quote(name)));
    m_impl->RequireDistinctName(name);
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
        m_impl->RequireKitRespondent(valid.respondent_id);
        SQLite::Transaction transaction(*m_impl->db);
        const std::string now = NowUtc();
        m_impl->RequireKitClock(now);
        const bool changed = m_impl->StoreAnswer(valid, "answer.set", now);
        if (!changed) return {SaveOutcome::Unchanged, now};
        m_impl->Commit(transaction);
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
        m_impl->RequireKitClock(now);
        std::map<std::string, long long> ids;
        for (const auto& respondent : Respondents()) ids[respondent.name] = respondent.id;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const std::string name = CheckedName(entries[i].respondent.name, "respondent name");
            auto found = ids.find(name);
            if (found == ids.end() && m_impl->kit_respondent_uuid)
                m_impl->RequireFullAssessment(fmt::format("take answers of {}", Quote(name)));
            if (found == ids.end()) {
                try {
                    m_impl->RequireDistinctName(name);
                } catch (const QuestionnaireError& error) {
                    if (entries[i].origin.empty()) throw;
                    throw QuestionnaireError(fmt::format("{}: {}", entries[i].origin, error.what()));
                }
                found = ids.emplace(name, m_impl->InsertRespondent(entries[i].respondent, now).id).first;
                ++result.respondents_added;
            }
            valid[i].respondent_id = found->second;
            m_impl->RequireKitRespondent(found->second);
            if (m_impl->StoreAnswer(valid[i], "answer.import", now)) ++result.saved;
            else ++result.unchanged;
        }
        m_impl->Audit("import", std::string(batch_label), std::nullopt,
                      Json{{"answers_saved", result.saved}, {"unchanged", result.unchanged},
                           {"respondents_added", result.respondents_added}},
                      now);
        m_impl->Commit(transaction);
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "import the answers");
    }
    return result;
}

bool AssessmentStore::ClearAnswer(long long respondent_id, std::string_view question_id) {
    m_impl->RequireWritable();
    try {
        m_impl->RequireKitRespondent(respondent_id);
        SQLite::Transaction transaction(*m_impl->db);
        const auto previous = m_impl->SelectAnswer(respondent_id, question_id);
        if (!previous) return false;
        SQLite::Statement remove(*m_impl->db, "DELETE FROM answer WHERE respondent_id = ? AND question_id = ?");
        remove.bind(1, static_cast<int64_t>(respondent_id));
        remove.bind(2, std::string(question_id));
        remove.exec();
        const std::string now = NowUtc();
        m_impl->RequireKitClock(now);
        m_impl->Audit("answer.clear", fmt::format("{} / {}", m_impl->RespondentName(respondent_id), question_id),
                      AnswerState(*previous), std::nullopt, now);
        m_impl->Commit(transaction);
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
    m_impl->RequireFullAssessment("change the ICT penetration figures");
    const double maximum = IndicatorMaximum(input.indicator);
    if (!(input.value >= 0 && input.value <= maximum))
        throw QuestionnaireError(fmt::format("{} must be between 0 and {} (is {})", ToString(input.indicator),
                                             FormatNumber(maximum), FormatNumber(input.value)));
    if (const YearRange years = IndicatorYears(); !years.Contains(input.year))
        throw QuestionnaireError(fmt::format("the year {} of {} is not possible ({}-{})", input.year,
                                             ToString(input.indicator), years.first, years.last));
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
    m_impl->RequireFullAssessment("change the scoring options");
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
    data.attachments = Attachments();
    return data;
}

std::optional<std::string> AssessmentStore::KitRespondentUuid() const { return m_impl->kit_respondent_uuid; }

std::string AssessmentStore::Bytes() const {
    sqlite3_int64 size = 0;
    unsigned char* data = sqlite3_serialize(m_impl->db->getHandle(), "main", &size, 0);
    if (!data) throw QuestionnaireError(fmt::format("{}: not enough memory to copy it", m_impl->path.string()));
    std::string bytes(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
    sqlite3_free(data);
    return bytes;
}

void AssessmentStore::SaveCopyAs(const fs::path& target) const {
    std::error_code error;
    if (fs::exists(target, error) && fs::equivalent(target, m_impl->path, error))
        throw QuestionnaireError(fmt::format("{}: is the file itself; choose another name for the copy",
                                             target.string()));
    CheckAssessmentFileName(target);
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
