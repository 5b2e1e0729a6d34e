// Corrections after creation: the assessment's details, a respondent's name, role and group, and
// removing a respondent. Each is one transaction with its audit rows, as every change to the file.
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "store/store_impl.h"

namespace c5::questionnaire {
using Json = nlohmann::json;
using namespace detail;

std::string DefaultAssessmentTitle(std::string_view country_name, int year) {
    return fmt::format("C5 readiness self-assessment — {} {}", country_name, year);
}

namespace detail {

AssessmentInfo CheckedDetails(const AssessmentDetails& details) {
    AssessmentInfo info;
    info.country = NormalizeCountryCode(details.country);
    if (const YearRange years = AssessmentYears(); !years.Contains(details.year))
        throw QuestionnaireError(fmt::format("the year {} is not possible: an assessment describes a year from {} "
                                             "(the WSIS Geneva Plan of Action) to {}",
                                             details.year, years.first, years.last));
    info.year = details.year;
    info.country_group = details.country_group.value_or(DefaultCountryGroup(info.country));
    info.country_name = Trim(details.country_name).empty() ? CountryName(info.country)
                                                           : CheckedName(details.country_name, "country name");
    info.title = Trim(details.title).empty() ? DefaultAssessmentTitle(info.country_name, info.year)
                                             : CheckedName(details.title, "title");
    return info;
}

Json RespondentState(const Respondent& respondent) {
    return Json{{"name", respondent.name},
                {"role", respondent.role},
                {"stakeholder_group", respondent.stakeholder_group},
                {"uuid", respondent.uuid}};
}

}  // namespace detail

namespace {

Json DetailsState(const AssessmentInfo& info) {
    return Json{{"country", info.country},
                {"country_name", info.country_name},
                {"country_group", ToString(info.country_group)},
                {"year", info.year},
                {"title", info.title}};
}

}  // namespace

bool AssessmentStore::SetDetails(const AssessmentDetails& details) {
    m_impl->RequireWritable();
    m_impl->RequireFullAssessment("change the assessment's details");
    const AssessmentInfo wanted = CheckedDetails(details);
    try {
        SQLite::Transaction transaction(*m_impl->db);
        const AssessmentInfo before = Info();
        const Json old_state = DetailsState(before);
        const Json new_state = DetailsState(wanted);
        if (old_state == new_state) return false;
        SQLite::Statement update(*m_impl->db, "UPDATE assessment SET country = ?, country_name = ?, country_group = ?, "
                                              "year = ?, title = ? WHERE singleton = 1");
        update.bind(1, wanted.country);
        update.bind(2, wanted.country_name);
        update.bind(3, std::string(ToString(wanted.country_group)));
        update.bind(4, wanted.year);
        update.bind(5, wanted.title);
        update.exec();
        m_impl->Audit("assessment.edit", wanted.title, old_state, new_state, NowUtc());
        transaction.commit();
        return true;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "change the assessment's details");
    }
}

Respondent AssessmentStore::EditRespondent(long long respondent_id, const RespondentInput& input) {
    m_impl->RequireWritable();
    m_impl->RequireFullAssessment("change respondents");
    const std::string name = CheckedName(input.name, "respondent name");
    const std::string role = CheckedText(Trim(input.role), "role", 200);
    const std::string group = CheckedText(Trim(input.stakeholder_group), "stakeholder group", 200);
    try {
        SQLite::Transaction transaction(*m_impl->db);
        std::optional<Respondent> before;
        for (auto& respondent : Respondents()) {
            if (respondent.id == respondent_id) before = respondent;
            else if (respondent.name == name)
                throw QuestionnaireError(fmt::format("{}: a respondent named {} already exists", m_impl->path.string(),
                                                     Quote(name)));
        }
        if (!before)
            throw QuestionnaireError(fmt::format("{}: no respondent with id {}", m_impl->path.string(), respondent_id));
        Respondent after = *before;
        after.name = name;
        after.role = role;
        after.stakeholder_group = group;
        if (after.name == before->name && after.role == before->role &&
            after.stakeholder_group == before->stakeholder_group)
            return after;
        SQLite::Statement update(*m_impl->db,
                                 "UPDATE respondent SET name = ?, role = ?, stakeholder_group = ? WHERE id = ?");
        update.bind(1, name);
        update.bind(2, role);
        update.bind(3, group);
        update.bind(4, static_cast<int64_t>(respondent_id));
        update.exec();
        m_impl->Audit("respondent.edit", before->name, RespondentState(*before), RespondentState(after), NowUtc());
        transaction.commit();
        return after;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "change the respondent");
    }
}

int AssessmentStore::RemoveRespondent(long long respondent_id) {
    m_impl->RequireWritable();
    m_impl->RequireFullAssessment("remove respondents");
    try {
        SQLite::Transaction transaction(*m_impl->db);
        std::optional<Respondent> removed;
        for (auto& respondent : Respondents())
            if (respondent.id == respondent_id) removed = respondent;
        if (!removed)
            throw QuestionnaireError(fmt::format("{}: no respondent with id {}", m_impl->path.string(), respondent_id));
        const std::string now = NowUtc();
        int answers = 0;
        for (const Answer& answer : Answers()) {
            if (answer.respondent_id != respondent_id) continue;
            m_impl->Audit("answer.remove", fmt::format("{} / {}", removed->name, answer.question_id),
                          AnswerState(answer), std::nullopt, now);
            ++answers;
        }
        for (const Attachment& attachment : Attachments()) {
            if (attachment.respondent_id != respondent_id) continue;
            m_impl->Audit("attachment.remove", fmt::format("{} / {}", removed->name, attachment.question_id),
                          AttachmentState(attachment), std::nullopt, now);
        }
        SQLite::Statement remove_attachments(*m_impl->db, "DELETE FROM attachment WHERE respondent_id = ?");
        remove_attachments.bind(1, static_cast<int64_t>(respondent_id));
        remove_attachments.exec();
        SQLite::Statement remove_answers(*m_impl->db, "DELETE FROM answer WHERE respondent_id = ?");
        remove_answers.bind(1, static_cast<int64_t>(respondent_id));
        remove_answers.exec();
        SQLite::Statement remove(*m_impl->db, "DELETE FROM respondent WHERE id = ?");
        remove.bind(1, static_cast<int64_t>(respondent_id));
        remove.exec();
        Json state = RespondentState(*removed);
        state["answers_removed"] = answers;
        m_impl->Audit("respondent.remove", removed->name, state, std::nullopt, now);
        transaction.commit();
        return answers;
    } catch (const SQLite::Exception& error) {
        m_impl->Fail(error, "remove the respondent");
    }
}

}  // namespace c5::questionnaire
