#include "c5/reports/report_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/error.h"

namespace c5::embedded {
extern const std::string_view kReportStringsEN;
extern const std::string_view kReportStringsAR;
extern const std::string_view kReportStringsES;
extern const std::string_view kReportStringsFR;
extern const std::string_view kReportStringsRU;
extern const std::string_view kReportStringsZH;
}  // namespace c5::embedded

namespace c5::reports {
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

}  // namespace

ReportText::ReportText(std::string_view language) : m_language(language) {
    m_english = Load(embedded::kReportStringsEN);
    for (const auto& table : kTables)
        if (language == table.code) {
            m_strings = Load(*table.json);
            return;
        }
    std::string known;
    for (const auto& table : kTables) known += (known.empty() ? "" : ", ") + std::string(table.code);
    throw ReportError(fmt::format("no report text for the language \"{}\" (available: {})", language, known));
}

std::string Shown(const questionnaire::LocalizedText& text) {
    return text.fallback && !text.text.empty() ? "[EN] " + text.text : text.text;
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

std::string ReportText::Number(double value, int decimals) const {
    if (std::isnan(value)) return "—";
    std::string text = fmt::format("{:.{}f}", value, decimals);
    if (text == "-0.0" || text == "-0") text.erase(0, 1);
    const std::string& separator = Get("decimal_separator");
    if (separator != ".")
        if (const auto dot = text.find('.'); dot != std::string::npos) text.replace(dot, 1, separator);
    return text;
}

std::string ReportText::Date(std::string_view iso) const {
    const bool is_date = iso.size() >= 10 && iso[4] == '-' && iso[7] == '-' &&
                         std::all_of(iso.begin(), iso.begin() + 10, [](char c) { return c == '-' || std::isdigit(static_cast<unsigned char>(c)); });
    if (!is_date) return std::string(iso);
    return Format("date_format", {{"year", std::string(iso.substr(0, 4))},
                                  {"month", std::string(iso.substr(5, 2))},
                                  {"day", std::string(iso.substr(8, 2))}});
}

std::vector<std::string> ReportText::Languages() {
    std::vector<std::string> languages;
    for (const auto& table : kTables) languages.emplace_back(table.code);
    return languages;
}

}  // namespace c5::reports
