#include "c5/reports/report_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/next_steps.h"
#include "c5/questionnaire/stakeholder_groups.h"
#include "c5/reports/error.h"
#include "bidi_text.h"

namespace c5::embedded {
extern const std::string_view kReportStringsEN;
extern const std::string_view kReportStringsAR;
extern const std::string_view kReportStringsES;
extern const std::string_view kReportStringsFR;
extern const std::string_view kReportStringsRU;
extern const std::string_view kReportStringsZH;
}  // namespace c5::embedded

namespace c5::reports {
namespace q = c5::questionnaire;
namespace {

struct LanguageTable {
    const char* code;
    const std::string_view* json;
};
const LanguageTable kTables[] = {
    {"en", &embedded::kReportStringsEN}, {"ar", &embedded::kReportStringsAR}, {"es", &embedded::kReportStringsES},
    {"fr", &embedded::kReportStringsFR}, {"ru", &embedded::kReportStringsRU}, {"zh", &embedded::kReportStringsZH},
};

std::map<std::string, std::string, std::less<>> Load(std::string_view json) {
    std::map<std::string, std::string, std::less<>> strings;
    const auto parsed = nlohmann::json::parse(json);  // kept alive for the loop
    for (const auto& [key, value] : parsed.items()) strings[key] = value.get<std::string>();
    return strings;
}

const LanguageTable* FindTable(std::string_view language) {
    for (const auto& table : kTables)
        if (language == table.code) return &table;
    return nullptr;
}

// Settings rather than words: never marked [EN], and for a new language found another way.
bool IsFormatKey(std::string_view key) {
    return key == "language_name" || key == "direction" || key == "decimal_separator" || key == "date_format";
}

// Whether an English text standing in for a language's own is marked [EN]: words and sentences
// are; separators, brackets, templates that are only punctuation around their {fields}, and the
// default marking (RESTRICTED, a stamp rather than a sentence) are not, so that a mostly
// untranslated report is not strewn with markers.
bool MarkedAsEnglish(std::string_view key, std::string_view english) {
    if (key.ends_with("_separator") || key.starts_with("bracket_") || key == "marking_default") return false;
    bool in_field = false;
    for (char c : english) {
        if (c == '{') in_field = true;
        else if (c == '}') in_field = false;
        else if (!in_field && std::isalpha(static_cast<unsigned char>(c))) return true;
    }
    return false;
}

}  // namespace

void ReportText::LoadKitTable(std::string_view language) {
    m_english = Load(embedded::kReportStringsEN);
    if (const LanguageTable* table = FindTable(language)) m_strings = Load(*table->json);
}

ReportText::ReportText(std::string_view language) : m_language(language) {
    LoadKitTable(language);
    if (FindTable(language)) return;
    throw ReportError(fmt::format("no report text for the language \"{}\" (available: {})", language,
                                  fmt::join(Languages(), ", ")));
}

ReportText::ReportText(std::string_view language, const q::Instrument& instrument) : m_language(language) {
    LoadKitTable(language);
    const auto languages = Languages(instrument);
    if (std::find(languages.begin(), languages.end(), language) == languages.end())
        throw ReportError(fmt::format("no report text for the language \"{}\" (available: {})", language,
                                      fmt::join(languages, ", ")));
    if (const auto own = instrument.report_texts.find(std::string(language)); own != instrument.report_texts.end())
        for (const auto& [key, text] : own->second) m_strings[key] = text;
    if (FindTable(language)) return;
    for (const auto& [key, english] : m_english)
        if (!IsFormatKey(key) && !m_strings.contains(key))
            m_strings[key] = MarkedAsEnglish(key, english) ? "[EN] " + english : english;
    if (!m_strings.contains("language_name")) m_strings["language_name"] = std::string(language);
    if (!m_strings.contains("direction")) {
        // Persian, Urdu, Hebrew …: right to left when the language's own texts are written so.
        std::string sample = q::InstrumentText(instrument, "title", language).text;
        if (const auto own = instrument.report_texts.find(std::string(language)); own != instrument.report_texts.end())
            for (const auto& [key, text] : own->second)
                if (!IsFormatKey(key)) sample += text;
        m_strings["direction"] = detail::HasRightToLeft(sample) ? "rtl" : "ltr";
    }
}

std::string StakeholderGroupName(const ReportText& text, std::string_view group) {
    if (group.empty()) return text.Get("stakeholder_none");
    if (!questionnaire::IsKnownStakeholderGroup(group)) return std::string(group);
    std::string key = "stakeholder_";
    for (char c : group) key += c == ' ' || c == '-' ? '_' : c;
    return text.Get(key);
}

std::string Shown(const questionnaire::LocalizedText& text) {
    return text.fallback && !text.text.empty() ? "[EN] " + text.text : text.text;
}

std::string NextStepText(const questionnaire::Question& question, double score, std::string_view language) {
    const auto step = questionnaire::NextStepFor(question, score, language);
    return step ? Shown(step->text) : std::string();
}

const std::string& ReportText::Get(std::string_view key) const {
    if (const auto found = m_strings.find(key); found != m_strings.end()) return found->second;
    if (const auto found = m_english.find(key); found != m_english.end()) return found->second;
    static const std::string missing = "?";
    return missing;
}

std::string ReportText::Format(std::string_view key, const std::map<std::string, std::string>& values) const {
    std::string text = Get(key);
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + name + "}";
        for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

std::string ReportText::Bracketed(std::string_view inner) const {
    return Get("bracket_open") + std::string(inner) + Get("bracket_close");
}

std::string ReportText::Number(double value, int decimals) const {
    if (std::isnan(value)) return "—";
    std::string text = fmt::format("{:.{}f}", value, decimals);
    if (text == "-0.0" || text == "-0") text.erase(0, 1);
    // A typeset minus sign, as Signed() prints it: a hyphen reads as a dash in "-1 %".
    if (text.starts_with('-')) text.replace(0, 1, "−");
    const std::string& separator = Get("decimal_separator");
    if (separator != ".")
        if (const auto dot = text.find('.'); dot != std::string::npos) text.replace(dot, 1, separator);
    return text;
}

std::string ReportText::Date(std::string_view iso) const {
    const bool is_date = iso.size() >= 10 && iso[4] == '-' && iso[7] == '-' &&
                         std::all_of(iso.begin(), iso.begin() + 10, [](char c) { return c == '-' || std::isdigit(static_cast<unsigned char>(c)); });
    if (!is_date) return std::string(iso);
    // {month} and {day} are zero-padded (05/03/2026); {m} and {d} are not, as Chinese writes 2026年3月5日.
    const auto unpadded = [](std::string_view two) { return std::string(two.front() == '0' ? two.substr(1) : two); };
    return Format("date_format", {{"year", std::string(iso.substr(0, 4))},
                                  {"month", std::string(iso.substr(5, 2))},
                                  {"day", std::string(iso.substr(8, 2))},
                                  {"m", unpadded(iso.substr(5, 2))},
                                  {"d", unpadded(iso.substr(8, 2))}});
}

std::vector<std::string> ReportText::Languages() {
    std::vector<std::string> languages;
    for (const auto& table : kTables) languages.emplace_back(table.code);
    return languages;
}

std::vector<std::string> ReportText::Languages(const q::Instrument& instrument) {
    std::vector<std::string> languages = Languages();
    const auto add = [&](const std::string& language) {
        if (std::find(languages.begin(), languages.end(), language) == languages.end()) languages.push_back(language);
    };
    for (const auto& language : q::InstrumentLanguages(instrument)) add(language);
    return languages;
}

q::ReportTextTables KitReportTexts() {
    q::ReportTextTables tables;
    // The English table's order, which groups the texts by report section.
    const auto english = nlohmann::ordered_json::parse(embedded::kReportStringsEN);
    for (const auto& [key, value] : english.items()) tables.keys.push_back(key);
    for (const auto& table : kTables) tables.languages[table.code] = {};
    for (const auto& table : kTables)
        for (const auto& [key, value] : Load(*table.json)) tables.languages[table.code][key] = value;
    // Then the few a language has and English does without (a note only some languages need).
    for (const auto& [language, table] : tables.languages)
        for (const auto& [key, value] : table)
            if (std::find(tables.keys.begin(), tables.keys.end(), key) == tables.keys.end()) tables.keys.push_back(key);
    return tables;
}

}  // namespace c5::reports
