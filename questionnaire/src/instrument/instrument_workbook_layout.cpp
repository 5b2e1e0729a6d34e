#include "instrument/instrument_workbook_layout.h"

#include <set>

#include <fmt/format.h>

#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/text_util.h"

namespace c5::questionnaire::workbook {
namespace {

// The columns of a question, in the C5 questions sheet and (without `pillar`, nothing locked) in
// the national one. `weight` is column F of the questions sheet. The group to lead the next steps
// is not scored, so a country may name its own.
std::vector<FixedColumn> QuestionColumns(bool national) {
    const bool locked = !national;
    std::vector<FixedColumn> columns{{"id", locked, false, 10}};
    if (!national) columns.push_back({"pillar", true, false, 7});
    const std::vector<FixedColumn> rest{
        {"type", locked, false, 15},  {"tags", locked, false, 16},  {"na_allowed", locked, false, 10},
        {"weight", locked, true, 8},  {"exposure", locked, true, 9}, {"low", locked, true, 7},
        {"high", locked, true, 7},    {"min", locked, true, 7},     {"max", locked, true, 7},
        {"gci", locked, false, 14},   {"cmm", locked, false, 10},
        {"ncaf", locked, false, 8},   {"lead_group", false, false, 18}};
    columns.insert(columns.end(), rest.begin(), rest.end());
    return columns;
}

std::vector<std::string_view> QuestionTexts() {
    return {"text", "guidance", "evidence_prompt", "recommendation", "exposure_note", "unit"};
}

}  // namespace

std::vector<SheetSpec> Sheets(const std::vector<std::string>& drafts) {
    std::vector<FixedColumn> pillar_columns{{"id", true, false, 6}, {"optional", true, false, 9},
                                            {"brackets", true, false, 9}, {"targets", true, false, 8}};
    for (const auto& draft : drafts) pillar_columns.push_back({"letter::" + draft, true, false, 10});
    return {
        {kSettings,
         {{"id", true, false, 10}, {"version", false, false, 10}, {"format_version", false, true, 8},
          {"national_id", false, false, 12}},
         {"title", "description", "vision", "national_title"}, {}},
        {kChanges, {{"version", false, false, 10}, {"change_notes", false, false, 100}}, {}, {}},
        {kDrafts, {{"id", true, false, 8}}, {"title"}, {}},
        {kTargets, {{"id", true, false, 6}, {"kind", true, false, 15}, {"tag", true, false, 15}}, {"title", "text"}, {}},
        {kPillars, pillar_columns, {"title", "c5_text"}, {}},
        {kQuestions, QuestionColumns(false), QuestionTexts(), {}},
        {kNational, QuestionColumns(true), QuestionTexts(), {}, true},
        {kLevels, {{"question", true, false, 10}, {"level", true, true, 6}, {"stage", false, false, 11}}, {"text"}, {}},
        {kChoices, {{"question", true, false, 10}, {"choice", true, false, 14}, {"score", true, true, 7}}, {"label"}, {}},
        {kNextSteps, {{"question", true, false, 10}, {"from", true, false, 12}, {"meaning", false, false, 42}},
         {"text"}, {}},
        {kShowIf, {{"question", true, false, 10}, {"depends_on", true, false, 11}, {"values", true, false, 16}}, {}, {}},
        {kReportTexts, {{"key", true, false, 26}}, {"text"}, {}},
    };
}

std::pair<std::string, std::string> SplitColumn(std::string_view name) {
    const auto colons = name.find("::");
    if (colons == std::string_view::npos) return {std::string(name), {}};
    return {std::string(name.substr(0, colons)), std::string(name.substr(colons + 2))};
}

std::string CellKey(std::string_view where, std::string_view field, std::string_view language) {
    std::string key(where);
    key += '\x1f';
    key += field;
    key += '\x1f';
    key += language;
    return key;
}

std::string ChoicePlace(std::string_view question_id, std::string_view choice_id) {
    return std::string(question_id) + " choice " + std::string(choice_id);
}
std::string TargetPlace(std::string_view target_id) { return "target " + std::string(target_id); }
std::string DraftPlace(std::string_view draft_id) { return "draft " + std::string(draft_id); }

std::vector<std::string> TextLanguages(const Instrument& instrument) { return InstrumentLanguages(instrument); }

std::vector<std::string> ReportLanguages(const Instrument& instrument, const ReportTextTables& tables) {
    std::vector<std::string> languages = TextLanguages(instrument);
    std::set<std::string> more(languages.begin() + 1, languages.end());
    for (const auto& [language, unused] : tables.languages)
        if (language != "en") more.insert(language);
    std::vector<std::string> ordered{"en"};
    ordered.insert(ordered.end(), more.begin(), more.end());
    return ordered;
}

std::string NextStepMeaning(const Question& question, std::string_view key) {
    switch (question.type) {
        case QuestionType::Maturity: {
            const auto level = ParseInteger(key);
            if (!level || *level < 0 || *level + 1 >= kStageCount) break;
            const int from = static_cast<int>(*level);
            return fmt::format("from level {} ({}) to {} ({})", from, StageName(from), from + 1, StageName(from + 1));
        }
        case QuestionType::YesPartialNo: return fmt::format("from {}", key);
        case QuestionType::SingleChoice: return fmt::format("from the choice {}", key);
        case QuestionType::MultipleChoice:
        case QuestionType::Number:
        case QuestionType::Percent:
            if (key == "low") return "from the band low (item score below 1/3)";
            if (key == "medium") return "from the band medium (1/3 to 2/3)";
            if (key == "high") return "from the band high (2/3, not yet 1)";
            break;
        case QuestionType::Text: break;
    }
    return {};
}

std::string_view YesNo(bool value) { return value ? "yes" : "no"; }

std::vector<std::string> SplitList(std::string_view text) {
    std::vector<std::string> items;
    std::string current;
    const auto flush = [&] {
        if (!current.empty()) items.push_back(current);
        current.clear();
    };
    for (char c : text) {
        if (c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r') flush();
        else current.push_back(c);
    }
    flush();
    return items;
}

std::string JoinList(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

std::string EscapeCellText(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    const auto is_hex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool literal_escape = c == '_' && i + 7 <= text.size() && text[i + 1] == 'x' && text[i + 6] == '_' &&
                                    is_hex(text[i + 2]) && is_hex(text[i + 3]) && is_hex(text[i + 4]) &&
                                    is_hex(text[i + 5]);
        if (literal_escape) {
            escaped += "_x005F_";
        } else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            escaped += "_x00";
            escaped.push_back(kHex[c >> 4]);
            escaped.push_back(kHex[c & 0xF]);
            escaped.push_back('_');
        } else {
            escaped.push_back(static_cast<char>(c));
        }
    }
    return escaped;
}

}  // namespace c5::questionnaire::workbook
