#pragma once
// Builds AssessmentData in memory, answer by answer, for hand-computed scoring cases.
#include <string>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/assessment.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/scoring/score_result.h"
#include "print_enums.h"
#include "temp_dir.h"

namespace c5::test {

class AssessmentBuilder {
public:
    explicit AssessmentBuilder(const std::string& instrument_file, int year = 2026) {
        m_data.instrument = questionnaire::ParseInstrument(
            ReadFile(std::string(C5_TEST_DATA_DIR) + "/instruments/" + instrument_file));
        m_data.info.year = year;
        m_data.info.country = "XKA";
        m_data.info.country_name = "Testland";
    }
    /// Adds a respondent; returns its id.
    long long Respondent(const std::string& name, const std::string& stakeholder_group = "") {
        const long long id = static_cast<long long>(m_data.respondents.size()) + 1;
        m_data.respondents.push_back({id, "uuid-" + name, name, "", stakeholder_group, ""});
        return id;
    }
    /// value "NA" records not applicable.
    AssessmentBuilder& Answer(long long respondent, const std::string& question, const std::string& value,
                              questionnaire::Confidence confidence = questionnaire::Confidence::Medium) {
        questionnaire::Answer answer;
        answer.respondent_id = respondent;
        answer.question_id = question;
        if (value != "NA")
            answer.value = questionnaire::NormalizeAnswerValue(*m_data.instrument.FindQuestion(question), value);
        answer.confidence = confidence;
        m_data.answers.push_back(answer);
        return *this;
    }
    AssessmentBuilder& Consensus(const std::string& question, const std::string& value) {
        questionnaire::ConsensusAnswer settled;
        settled.question_id = question;
        if (value != "NA")
            settled.value = questionnaire::NormalizeAnswerValue(*m_data.instrument.FindQuestion(question), value);
        m_data.consensus.push_back(settled);
        return *this;
    }
    AssessmentBuilder& Penetration(questionnaire::Indicator indicator, double value) {
        m_data.penetration.push_back({indicator, value, 2025, "test", ""});
        return *this;
    }
    questionnaire::AssessmentData& Data() { return m_data; }

private:
    questionnaire::AssessmentData m_data;
};

}  // namespace c5::test

namespace c5::scoring {
inline std::ostream& operator<<(std::ostream& out, PillarStatus value) { return out << ToString(value); }
inline std::ostream& operator<<(std::ostream& out, ItemState value) { return out << ToString(value); }
}  // namespace c5::scoring
