// Respondent kits and empty copies: files made from an assessment for a workshop
// (docs/facilitator-guide.md). Both start as a copy of the assessment made in memory, trimmed in
// one transaction and compacted, so nothing removed is left in the file and a kit that is sealed
// never touches the disk unsealed.
#include <cmath>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/digest.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/sealed_file.h"
#include "c5/questionnaire/text_util.h"
#include "exchange/kit_mac.h"
#include "store/settings_json.h"
#include "store/sqlite_errors.h"
#include "store/store_impl.h"

namespace c5::questionnaire {
namespace fs = std::filesystem;
using Json = nlohmann::json;
using namespace detail;

namespace {

// The name a kit shows for the one AHP matrix it carries.
constexpr const char* kCombinedMatrixName = "combined judgements";

void AuditRow(SQLite::Database& db, const Actor& actor, std::string_view action, std::string_view subject,
              const Json& new_value, const std::string& now) {
    SQLite::Statement audit(db, "INSERT INTO audit_log(at, actor, tool, action, subject, new_value) VALUES (?, ?, ?, "
                                "?, ?, ?)");
    audit.bind(1, now);
    audit.bind(2, actor.user);
    audit.bind(3, actor.tool);
    audit.bind(4, std::string(action));
    audit.bind(5, std::string(subject));
    audit.bind(6, new_value.dump());
    audit.exec();
}

// The bytes of a copy of `db` that `trim` changed in one transaction, compacted (no trace of what
// was removed). The copy lives in memory only.
template <typename Trim>
std::string TrimmedCopy(SQLite::Database& db, const fs::path& target, Trim&& trim) {
    try {
        SQLite::Database copy(":memory:", SQLite::OPEN_READWRITE);
        SQLite::Backup(copy, db).executeStep();
        ConfigureConnection(copy);
        {
            SQLite::Transaction transaction(copy);
            trim(copy);
            transaction.commit();
        }
        copy.exec("VACUUM");
        sqlite3_int64 size = 0;
        unsigned char* data = sqlite3_serialize(copy.getHandle(), "main", &size, 0);
        if (!data) throw QuestionnaireError(fmt::format("{}: not enough memory to make it", target.string()));
        std::string bytes(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
        sqlite3_free(data);
        return bytes;
    } catch (const SQLite::Exception& error) {
        ThrowStoreError(error, target, "write it");
    }
}

// The experts' pairwise matrices as the one matrix scoring uses: their element-wise geometric mean
// (docs/methodology.md, AHP). A kit needs the weights, not who judged what.
ScoringSettings WithoutNamedMatrices(ScoringSettings settings) {
    if (settings.ahp_matrices.empty()) return settings;
    const std::size_t n = settings.ahp_pillars.size();
    std::vector<std::vector<double>> combined(n, std::vector<double>(n, 0.0));
    for (const auto& [name, matrix] : settings.ahp_matrices)
        for (std::size_t i = 0; i < n && i < matrix.size(); ++i)
            for (std::size_t j = 0; j < n && j < matrix[i].size(); ++j) combined[i][j] += std::log(matrix[i][j]);
    for (auto& row : combined)
        for (double& value : row) value = std::exp(value / static_cast<double>(settings.ahp_matrices.size()));
    settings.ahp_matrices = {{kCombinedMatrixName, combined}};
    return settings;
}

}  // namespace

bool AssessmentStore::HasAssessmentKey() const { return !m_impl->AssessmentKey().empty(); }

std::vector<AssessmentStore::KitFile> AssessmentStore::IssueRespondentKits(
    const std::vector<RespondentInput>& respondents, const std::vector<fs::path>& targets,
    const std::optional<std::string>& seal_passphrase) {
    m_impl->RequireWritable();
    m_impl->RequireFullAssessment("make respondent kits");
    if (respondents.size() != targets.size())
        throw QuestionnaireError("internal error: one target per respondent kit is needed");
    if (seal_passphrase) CheckNewPassphrase(*seal_passphrase);
    // Everything is checked before anything is written: all kits, or none.
    std::vector<KitFile> kits;
    std::vector<std::string> names;
    for (const auto& respondent : Respondents()) names.push_back(respondent.name);
    for (std::size_t i = 0; i < respondents.size(); ++i) {
        KitFile kit;
        kit.path = targets[i];
        const std::string name = CheckedName(respondents[i].name, "respondent name");
        if (const auto known = FindRespondent(name)) {
            kit.respondent = *known;
        } else {
            if (const auto other = LookAlikeName(name, names))
                throw QuestionnaireError(fmt::format("the respondent name {} looks the same as {} (they differ only in "
                                                     "look-alike or invisible characters); no kit was written",
                                                     Quote(name), Quote(*other)));
            kit.respondent = {0, NewUuid(), name, CheckedText(Trim(respondents[i].role), "role", 200),
                              CheckedText(Trim(respondents[i].stakeholder_group), "stakeholder group", 200), NowUtc()};
            names.push_back(name);
        }
        std::error_code error;
        if (fs::exists(targets[i], error))
            throw QuestionnaireError(fmt::format("{}: exists already; choose another folder (no kit was written)",
                                                 targets[i].string()));
        kit.kit_id = NewUuid();
        kits.push_back(std::move(kit));
    }
    const std::string title = Info().title;
    const ScoringSettings kit_settings = WithoutNamedMatrices(GetScoringSettings());
    std::vector<fs::path> written;
    try {
        // Kits are cut from a snapshot taken before this assessment records them.
        SQLite::Database snapshot(":memory:", SQLite::OPEN_READWRITE);
        SQLite::Backup(snapshot, *m_impl->db).executeStep();
        SQLite::Transaction transaction(*m_impl->db);
        const std::string now = NowUtc();
        for (KitFile& kit : kits) {
            const std::string key = NewKey();
            Json carried = Json::object();
            for (const auto& answer : Answers())
                if (answer.respondent_id == kit.respondent.id && kit.respondent.id != 0) {
                    carried[answer.question_id] = answer.updated_at;
                    ++kit.answers;
                }
            std::string bytes = TrimmedCopy(snapshot, kit.path, [&](SQLite::Database& copy) {
                // The respondent's own documents travel with their answers; the others' stay behind.
                for (const char* table : {"answer", "attachment"}) {
                    SQLite::Statement others(copy, fmt::format("DELETE FROM {} WHERE respondent_id NOT IN (SELECT id "
                                                               "FROM respondent WHERE uuid = ?)",
                                                               table));
                    others.bind(1, kit.respondent.uuid);
                    others.exec();
                }
                SQLite::Statement other_respondents(copy, "DELETE FROM respondent WHERE uuid <> ?");
                other_respondents.bind(1, kit.respondent.uuid);
                other_respondents.exec();
                if (kit.respondent.id == 0) {
                    SQLite::Statement insert(copy, "INSERT INTO respondent(uuid, name, role, stakeholder_group, "
                                                   "created_at) VALUES (?, ?, ?, ?, ?)");
                    insert.bind(1, kit.respondent.uuid);
                    insert.bind(2, kit.respondent.name);
                    insert.bind(3, kit.respondent.role);
                    insert.bind(4, kit.respondent.stakeholder_group);
                    insert.bind(5, kit.respondent.created_at);
                    insert.exec();
                }
                // Other respondents' earlier answers live in the audit log: a kit starts its own. The
                // assessment's own key and the other kits' records and keys stay home.
                copy.exec("DELETE FROM consensus; DELETE FROM audit_log; DELETE FROM kit; DELETE FROM kit_issue; "
                          "DELETE FROM assessment_key;");
                for (const auto& [setting, value] : SettingsToRows(kit_settings)) {
                    SQLite::Statement upsert(copy, "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) "
                                                   "DO UPDATE SET value = excluded.value");
                    upsert.bind(1, setting);
                    upsert.bind(2, value);
                    upsert.exec();
                }
                SQLite::Statement marker(copy, "INSERT INTO kit(singleton, respondent_uuid, made_at, made_from, "
                                               "kit_id, key) VALUES (1, ?, ?, ?, ?, ?)");
                marker.bind(1, kit.respondent.uuid);
                marker.bind(2, now);
                marker.bind(3, title);
                marker.bind(4, kit.kit_id);
                marker.bind(5, key.data(), static_cast<int>(key.size()));
                marker.exec();
                AuditRow(copy, m_impl->actor, "kit.create", kit.respondent.name,
                         Json{{"made_from", title},
                              {"kit_id", kit.kit_id},
                              {"respondent_uuid", kit.respondent.uuid},
                              {"stakeholder_group", kit.respondent.stakeholder_group},
                              {"answers", kit.answers}},
                         now);
                const std::string mac = KitMac(copy, kit.kit_id, kit.respondent.uuid, key);
                SQLite::Statement seal(copy, "UPDATE kit SET mac = ? WHERE singleton = 1");
                seal.bind(1, mac.data(), static_cast<int>(mac.size()));
                seal.exec();
            });
            SQLite::Statement record(*m_impl->db, "INSERT INTO kit_issue(kit_id, respondent_uuid, respondent_name, "
                                                  "issued_at, carried, key) VALUES (?, ?, ?, ?, ?, ?)");
            record.bind(1, kit.kit_id);
            record.bind(2, kit.respondent.uuid);
            record.bind(3, kit.respondent.name);
            record.bind(4, now);
            record.bind(5, carried.dump());
            record.bind(6, key.data(), static_cast<int>(key.size()));
            record.exec();
            m_impl->Audit("kit.issue", kit.respondent.name, std::nullopt,
                          Json{{"kit_id", kit.kit_id}, {"respondent_uuid", kit.respondent.uuid},
                               {"file", kit.path.filename().string()}, {"sealed", seal_passphrase.has_value()}},
                          now);
            if (seal_passphrase)
                bytes = Seal(bytes, fs::path(kit.path).replace_extension(".c5a").filename().string(), *seal_passphrase);
            WriteFileAtomically(kit.path, bytes, Replace::Refused, kAssessmentFileMode);
            written.push_back(kit.path);
        }
        transaction.commit();
    } catch (...) {
        // A kit written before the failure is not recorded here: it must not stay behind either.
        for (const auto& path : written) {
            std::error_code ignored;
            fs::remove(path, ignored);
        }
        try {
            throw;
        } catch (const SQLite::Exception& error) {
            m_impl->Fail(error, "record the respondent kits");
        }
    }
    return kits;
}

AssessmentStore::KitFile AssessmentStore::WriteRespondentKit(const RespondentInput& respondent, const fs::path& target) {
    return IssueRespondentKits({respondent}, {target}).front();
}

void AssessmentStore::WriteEmptyCopy(const fs::path& target) const {
    CheckAssessmentFileName(target);
    const std::string title = Info().title;
    // The assessment's key and its kit records stay: the copy is the assessment's, kits merge into it.
    const std::string bytes = TrimmedCopy(*m_impl->db, target, [&](SQLite::Database& copy) {
        copy.exec("DELETE FROM attachment; DELETE FROM answer; DELETE FROM respondent; DELETE FROM consensus; "
                  "DELETE FROM audit_log; DELETE FROM kit;");
        AuditRow(copy, m_impl->actor, "assessment.copy", title,
                 Json{{"made_from", m_impl->path.filename().string()}, {"kept", "identity, instrument, settings, "
                                                                                "penetration figures"}},
                 NowUtc());
    });
    WriteFileAtomically(target, bytes, Replace::Refused, kAssessmentFileMode);
}

}  // namespace c5::questionnaire
