// Respondent kits and empty copies: files made from an assessment for a workshop
// (docs/facilitator-guide.md). Both start as a compacted copy of the assessment, which is then
// trimmed inside one transaction before it appears under its name.
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include "c5/questionnaire/atomic_file.h"
#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/digest.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "store/sqlite_errors.h"
#include "store/store_impl.h"

namespace c5::questionnaire {
namespace fs = std::filesystem;
using Json = nlohmann::json;
using namespace detail;

namespace {

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

// Copies `db` to `target` (never replacing a file), lets `trim` change the copy in one
// transaction, compacts it (no trace of what was removed) and only then puts it in place.
template <typename Trim>
void WriteTrimmedCopy(SQLite::Database& db, const fs::path& target, Trim&& trim) {
    AtomicFile file(target, Replace::Refused, kAssessmentFileMode);
    file.ReleaseHandle();
    try {
        SQLite::Statement vacuum(db, "VACUUM INTO ?");
        vacuum.bind(1, file.TempPath().string());
        vacuum.exec();
        SQLite::Database copy(file.TempPath().string(), SQLite::OPEN_READWRITE, kBusyTimeoutMs);
        ConfigureConnection(copy);
        SQLite::Transaction transaction(copy);
        trim(copy);
        transaction.commit();
        copy.exec("VACUUM");
    } catch (const SQLite::Exception& error) {
        ThrowStoreError(error, target, "write it");
    }
    file.Commit();
}

}  // namespace

AssessmentStore::KitFile AssessmentStore::WriteRespondentKit(const RespondentInput& input,
                                                            const fs::path& target) const {
    m_impl->RequireFullAssessment("make respondent kits");
    const std::string name = CheckedName(input.name, "respondent name");
    KitFile kit;
    kit.path = target;
    if (const auto known = FindRespondent(name)) {
        kit.respondent = *known;
    } else {
        kit.respondent = {0, NewUuid(), name, CheckedText(Trim(input.role), "role", 200),
                          CheckedText(Trim(input.stakeholder_group), "stakeholder group", 200), NowUtc()};
    }
    for (const auto& answer : Answers()) kit.answers += answer.respondent_id == kit.respondent.id ? 1 : 0;
    const std::string title = Info().title;
    WriteTrimmedCopy(*m_impl->db, target, [&](SQLite::Database& copy) {
        const std::string now = NowUtc();
        SQLite::Statement others(copy, "DELETE FROM answer WHERE respondent_id NOT IN (SELECT id FROM respondent "
                                       "WHERE uuid = ?)");
        others.bind(1, kit.respondent.uuid);
        others.exec();
        SQLite::Statement respondents(copy, "DELETE FROM respondent WHERE uuid <> ?");
        respondents.bind(1, kit.respondent.uuid);
        respondents.exec();
        if (kit.respondent.id == 0) {
            SQLite::Statement insert(copy, "INSERT INTO respondent(uuid, name, role, stakeholder_group, created_at) "
                                           "VALUES (?, ?, ?, ?, ?)");
            insert.bind(1, kit.respondent.uuid);
            insert.bind(2, kit.respondent.name);
            insert.bind(3, kit.respondent.role);
            insert.bind(4, kit.respondent.stakeholder_group);
            insert.bind(5, kit.respondent.created_at);
            insert.exec();
        }
        // Other respondents' earlier answers live in the audit log: a kit starts its own.
        copy.exec("DELETE FROM consensus; DELETE FROM audit_log; DELETE FROM kit;");
        SQLite::Statement marker(copy, "INSERT INTO kit(singleton, respondent_uuid, made_at, made_from) VALUES (1, ?, "
                                       "?, ?)");
        marker.bind(1, kit.respondent.uuid);
        marker.bind(2, now);
        marker.bind(3, title);
        marker.exec();
        AuditRow(copy, m_impl->actor, "kit.create", kit.respondent.name,
                 Json{{"made_from", title},
                      {"respondent_uuid", kit.respondent.uuid},
                      {"stakeholder_group", kit.respondent.stakeholder_group},
                      {"answers", kit.answers}},
                 now);
    });
    return kit;
}

void AssessmentStore::WriteEmptyCopy(const fs::path& target) const {
    const std::string title = Info().title;
    WriteTrimmedCopy(*m_impl->db, target, [&](SQLite::Database& copy) {
        copy.exec("DELETE FROM answer; DELETE FROM respondent; DELETE FROM consensus; DELETE FROM audit_log; "
                  "DELETE FROM kit;");
        AuditRow(copy, m_impl->actor, "assessment.copy", title,
                 Json{{"made_from", m_impl->path.filename().string()}, {"kept", "identity, instrument, settings, "
                                                                                "penetration figures"}},
                 NowUtc());
    });
}

}  // namespace c5::questionnaire
