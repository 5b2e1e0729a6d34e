#pragma once
// Value types of an assessment: what a .c5a file holds (docs/file-format.md).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "c5/questionnaire/instrument.h"

namespace c5::questionnaire {

enum class CountryGroup { LDC, SIDS, LLDC, Transition, Developing, Developed };
std::string_view ToString(CountryGroup group);
std::optional<CountryGroup> CountryGroupFromString(std::string_view text);

enum class Confidence { Low, Medium, High };
std::string_view ToString(Confidence confidence);
std::optional<Confidence> ConfidenceFromString(std::string_view text);

/// The four ITU indicators the ICT penetration index is built from.
enum class Indicator { InternetUsers, HouseholdsInternet, MobileBroadband, FixedBroadband };
inline constexpr int kIndicatorCount = 4;
std::string_view ToString(Indicator indicator);
std::optional<Indicator> IndicatorFromString(std::string_view text);
/// Human label, e.g. "Individuals using the Internet (%)".
std::string_view IndicatorLabel(Indicator indicator);
/// Largest plausible value: 100 for shares, 400 subscriptions per 100 inhabitants.
double IndicatorMaximum(Indicator indicator);

/// The years every tool accepts, checked in one place (the store) and shown in the windows' messages.
struct YearRange {
    int first = 0;
    int last = 0;
    bool Contains(int year) const { return year >= first && year <= last; }
};
/// An assessment describes a year from the WSIS Geneva Plan of Action (2003) to next year.
YearRange AssessmentYears();
/// An ICT indicator's year: from 1990 to next year.
YearRange IndicatorYears();
/// The year targets a and b are set for: 2000 to 2100.
YearRange TargetYears();
/// The target year a new assessment starts with: the WSIS+20 and SDG horizon (the C5 text says 2020,
/// which has passed; methodology §7).
inline constexpr int kDefaultTargetYear = 2030;

struct AssessmentInfo {
    std::string uuid;
    std::string country;  // ISO 3166-1 alpha-3
    std::string country_name;
    CountryGroup country_group = CountryGroup::Developing;
    int year = 0;
    std::string title;
    std::string created_at;
    std::string created_by;  // kit version that created the file
};

/// What a user submits to add a respondent (a person or a stakeholder group answering together).
struct RespondentInput {
    std::string name;
    std::string role;
    std::string stakeholder_group;
};

struct Respondent {
    long long id = 0;
    std::string uuid;
    std::string name;
    std::string role;
    std::string stakeholder_group;
    std::string created_at;
};

/// One respondent's answer to one question, as stored.
struct Answer {
    long long respondent_id = 0;
    std::string question_id;
    std::optional<std::string> value;  // canonical value; nullopt when not applicable
    Confidence confidence = Confidence::Medium;
    std::string evidence;
    std::string links;  // one link or document reference per line
    bool needs_review = false;
    std::string answered_at;
    std::string updated_at;

    bool NotApplicable() const { return !value.has_value(); }
};

/// What a user submits; the store validates it against the instrument.
struct AnswerInput {
    long long respondent_id = 0;
    std::string question_id;
    std::string value;       // as typed; ignored when not_applicable
    bool not_applicable = false;
    Confidence confidence = Confidence::Medium;
    std::string evidence;
    std::string links;
    bool needs_review = false;
};

/// A document attached to an answer as its evidence (a PDF, an image, an office document). Its
/// bytes stay in the file and are read on demand (AssessmentStore::AttachmentContent).
struct Attachment {
    long long id = 0;
    long long respondent_id = 0;
    std::string question_id;  // the answer it supports: the respondent's answer to this question
    std::string name;         // the file's name as attached, without folders
    std::string media_type;   // from the name's extension, e.g. "application/pdf"
    long long size = 0;       // bytes
    std::string sha256;       // of the bytes, lower-case hex
    std::string added_at;     // UTC
};

/// The answer a workshop settled on; replaces the respondents' median in scoring.
struct ConsensusAnswer {
    std::string question_id;
    std::optional<std::string> value;  // nullopt: settled as not applicable
    std::string note;
    std::string decided_at;
};

/// What a facilitator submits to record a consensus; validated like an answer.
struct ConsensusInput {
    std::string question_id;
    std::string value;  // as typed; ignored when not_applicable
    bool not_applicable = false;
    std::string note;   // how it was settled
};

struct PenetrationInput {
    Indicator indicator = Indicator::InternetUsers;
    double value = 0;
    int year = 0;
    std::string source;
    std::string updated_at;
};

/// How the team wants the assessment scored; stored in the file so every reader agrees.
struct ScoringSettings {
    enum class Weighting { Equal, Budget, Ahp };
    enum class Aggregation { Arithmetic, Geometric };
    std::vector<std::string> included_optional_pillars;
    int target_year = 2020;
    Weighting weighting = Weighting::Equal;
    Aggregation aggregation = Aggregation::Arithmetic;
    std::map<std::string, double> budget_points;  // pillar id → points
    // AHP: one pairwise matrix per expert or group, over `ahp_pillars` in that order.
    std::vector<std::string> ahp_pillars;
    std::map<std::string, std::vector<std::vector<double>>> ahp_matrices;  // name → matrix
};
std::string_view ToString(ScoringSettings::Weighting weighting);
std::string_view ToString(ScoringSettings::Aggregation aggregation);

struct AuditEntry {
    long long id = 0;
    std::string at;
    std::string actor;
    std::string tool;
    std::string action;
    std::string subject;
    std::optional<std::string> old_value;
    std::optional<std::string> new_value;
};

/// Everything in an assessment file, loaded at once: what scoring, reports and exports read.
struct AssessmentData {
    AssessmentInfo info;
    Instrument instrument;
    std::string instrument_sha256;
    std::vector<Respondent> respondents;
    std::vector<Answer> answers;
    std::vector<ConsensusAnswer> consensus;
    std::vector<PenetrationInput> penetration;
    ScoringSettings settings;
    std::vector<Attachment> attachments;  // without their bytes

    const Respondent* FindRespondent(long long id) const;
    const Respondent* FindRespondent(std::string_view name) const;
};

}  // namespace c5::questionnaire
