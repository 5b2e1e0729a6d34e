#include "c5/questionnaire/answer_import.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "c5/questionnaire/answer_value.h"
#include "c5/questionnaire/csv.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"
#include "c5/questionnaire/unicode_text.h"

namespace c5::questionnaire {
namespace {

// Columns the import understands; the export writes these and a few informational ones.
constexpr std::array<std::string_view, 10> kColumns{"respondent", "question",     "value",
                                                    "not_applicable", "confidence", "evidence",
                                                    "links",      "needs_review", "stakeholder_group", "role"};
// Written by the export for people to read; ignored on import.
constexpr std::array<std::string_view, 4> kInformational{"pillar", "question_text", "answered_at", "updated_at"};

bool ParseFlag(std::string_view raw, bool& flag) {
    const std::string text = ToLowerAscii(Trim(raw));
    if (text.empty() || text == "0" || text == "no" || text == "false") flag = false;
    else if (text == "1" || text == "yes" || text == "true") flag = true;
    else return false;
    return true;
}

}  // namespace

std::vector<AssessmentStore::BatchEntry> ReadAnswersCsv(std::string_view text, const Instrument& instrument,
                                                        std::string_view source, std::string* how_read) {
    const CsvTable table = ReadCsvTable(text, source);
    const auto& rows = table.rows;
    const std::string read_as = table.Describe();
    if (how_read) *how_read = read_as;
    if (rows.empty())
        throw QuestionnaireError(fmt::format("{}: the file is empty; it needs a header line "
                                             "respondent,question,value,confidence,evidence and one line per answer",
                                             source));
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < rows[0].fields.size(); ++i) {
        const std::string name = ToLowerAscii(Trim(rows[0].fields[i]));
        const bool known = std::find(kColumns.begin(), kColumns.end(), name) != kColumns.end();
        const bool informational =
            std::find(kInformational.begin(), kInformational.end(), name) != kInformational.end();
        if (!known && !informational)
            throw QuestionnaireError(fmt::format("{} line 1: unknown column {} (columns: respondent, question, value, "
                                                 "not_applicable, confidence, evidence, links, needs_review, "
                                                 "stakeholder_group, role; the file was read as {})",
                                                 source, Quote(rows[0].fields[i]), read_as));
        if (column.contains(name))
            throw QuestionnaireError(fmt::format("{} line 1: the column {} appears twice", source, Quote(name)));
        column[name] = i;
    }
    for (const char* required : {"respondent", "question", "value"})
        if (!column.contains(required))
            throw QuestionnaireError(fmt::format("{} line 1: the header lacks the column '{}' (needed: respondent, "
                                                 "question, value; optional: confidence, evidence; the file was read "
                                                 "as {})",
                                                 source, required, read_as));

    std::vector<AssessmentStore::BatchEntry> entries;
    std::optional<std::string> first_problem;
    std::size_t problems = 0;
    std::map<std::pair<std::string, std::string>, std::size_t> seen;  // (respondent, question) → line
    std::map<std::string, std::pair<std::string, std::size_t>> spellings;  // name as compared → (name, line)
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        std::string current_column;
        const auto cell = [&](const char* name) -> std::string {
            current_column = name;
            const auto found = column.find(name);
            if (found == column.end() || found->second >= row.fields.size()) return {};
            return UnguardCsvField(Trim(row.fields[found->second]));
        };
        try {
            if (row.fields.size() > rows[0].fields.size())
                throw QuestionnaireError(fmt::format("{} fields, but the header has {}", row.fields.size(),
                                                     rows[0].fields.size()));
            AssessmentStore::BatchEntry entry;
            entry.respondent.name = cell("respondent");
            if (entry.respondent.name.empty()) throw QuestionnaireError("the respondent is empty");
            entry.origin = fmt::format("{} line {}", source, row.line);
            // One person under two spellings that look the same would become two respondents.
            const auto [first, added] =
                spellings.emplace(NameComparisonKey(entry.respondent.name), std::pair{entry.respondent.name, row.line});
            if (!added && first->second.first != entry.respondent.name)
                throw QuestionnaireError(fmt::format("the respondent name {} looks the same as {} on line {} (they "
                                                     "differ only in look-alike or invisible characters); write the "
                                                     "name the same way on every line",
                                                     Quote(entry.respondent.name), Quote(first->second.first),
                                                     first->second.second));
            entry.respondent.stakeholder_group = cell("stakeholder_group");
            entry.respondent.role = cell("role");
            entry.answer.question_id = cell("question");
            std::string value = cell("value");
            if (const Question* question = instrument.FindQuestion(entry.answer.question_id);
                question && (question->type == QuestionType::Number || question->type == QuestionType::Percent))
                value = DecimalPointField(value, table.DecimalComma());
            // With a not_applicable column (as the export writes it) the value is taken as it is;
            // without one, NA or N/A in the value means "not applicable".
            if (column.contains("not_applicable")) {
                if (!ParseFlag(cell("not_applicable"), entry.answer.not_applicable))
                    throw QuestionnaireError("not_applicable must be yes or no");
            } else {
                entry.answer.not_applicable = IsNotApplicableToken(value);
            }
            current_column = "value";
            if (value.empty() && !entry.answer.not_applicable)
                throw QuestionnaireError("the value is empty (write NA for \"not applicable\")");
            entry.answer.value = value;
            if (const std::string confidence = ToLowerAscii(cell("confidence")); !confidence.empty()) {
                const auto parsed = ConfidenceFromString(confidence);
                if (!parsed) throw QuestionnaireError(fmt::format("{} is not low, medium or high", Quote(confidence)));
                entry.answer.confidence = *parsed;
            }
            entry.answer.evidence = cell("evidence");
            entry.answer.links = cell("links");
            if (!ParseFlag(cell("needs_review"), entry.answer.needs_review))
                throw QuestionnaireError("needs_review must be yes or no");
            current_column = "value";
            entry.answer = ValidateAnswer(instrument, entry.answer);
            const auto key = std::make_pair(entry.respondent.name, entry.answer.question_id);
            if (const auto [it, inserted] = seen.emplace(key, row.line); !inserted)
                throw QuestionnaireError(fmt::format("{} answers {} a second time (first on line {})",
                                                     Quote(entry.respondent.name), entry.answer.question_id,
                                                     it->second));
            entries.push_back(std::move(entry));
        } catch (const QuestionnaireError& error) {
            ++problems;
            if (!first_problem)
                first_problem = fmt::format("{} line {} ({}): {}", source, row.line, current_column, error.what());
        }
    }
    if (first_problem) {
        if (problems > 1)
            *first_problem += fmt::format("; {} more line(s) have problems", problems - 1);
        throw QuestionnaireError(*first_problem + fmt::format(" — nothing was imported (the file was read as {})", read_as));
    }
    return entries;
}

}  // namespace c5::questionnaire
