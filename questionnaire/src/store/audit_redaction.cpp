// Redacting audit entries (docs/facilitator-guide.md, "A secret pasted by accident"): the log
// keeps every change, so a password pasted into evidence and removed again would stay in it.
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "store/store_impl.h"

namespace c5::questionnaire {
using Json = nlohmann::json;
using namespace detail;

int AssessmentStore::RedactAuditEntries(const std::vector<long long>& entry_ids, std::string_view reason) {
    m_impl->RequireWritable();
    const std::string why = CheckedText(Trim(reason), "reason", 1000);
    if (why.empty()) throw QuestionnaireError("give the reason for the redaction; it is kept in the audit log");
    if (entry_ids.empty()) throw QuestionnaireError("give the audit entries to redact");
    try {
        SQLite::Transaction transaction(*m_impl->db);
        const std::string now = NowUtc();
        const std::string blank = Json{{"redacted", now}}.dump();
        int changed = 0;
        Json redacted = Json::array();
        for (const long long id : entry_ids) {
            SQLite::Statement entry(*m_impl->db, "SELECT action, subject, old_value, new_value FROM audit_log WHERE id = ?");
            entry.bind(1, static_cast<int64_t>(id));
            if (!entry.executeStep())
                throw QuestionnaireError(fmt::format("{}: the audit log has no entry {} (nothing was redacted)",
                                                     m_impl->path.string(), id));
            if (entry.getColumn(0).getString() == "audit.redact")
                throw QuestionnaireError(fmt::format("{}: entry {} records a redaction, which stays (nothing was "
                                                     "redacted)",
                                                     m_impl->path.string(), id));
            const bool had_values = !entry.getColumn(2).isNull() || !entry.getColumn(3).isNull();
            redacted.push_back({{"entry", id}, {"action", entry.getColumn(0).getString()},
                                {"subject", entry.getColumn(1).getString()}});
            // secure_delete (ConfigureConnection) overwrites the old text in the file's pages.
            SQLite::Statement blank_out(*m_impl->db, "UPDATE audit_log SET old_value = CASE WHEN old_value IS NULL "
                                                     "THEN NULL ELSE ? END, new_value = CASE WHEN new_value IS NULL "
                                                     "THEN NULL ELSE ? END WHERE id = ?");
            blank_out.bind(1, blank);
            blank_out.bind(2, blank);
            blank_out.bind(3, static_cast<int64_t>(id));
            blank_out.exec();
            changed += had_values ? 1 : 0;
        }
        m_impl->Audit("audit.redact", fmt::format("{} entr{}", entry_ids.size(), entry_ids.size() == 1 ? "y" : "ies"),
                      std::nullopt, Json{{"entries", redacted}, {"reason", why}}, now);
        transaction.commit();
        return changed;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "redact the audit entries");
    }
}

}  // namespace c5::questionnaire
