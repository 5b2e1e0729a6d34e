#pragma once
// The report's words in one language (reports/strings/<language>.json), and its number format.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace c5::questionnaire {
struct LocalizedText;
}

namespace c5::reports {

/// An instrument text as the report prints it: a text the language lacks appears in English,
/// marked "[EN]" so that readers and translators see it (docs/instrument-format.md).
std::string Shown(const questionnaire::LocalizedText& text);

class ReportText {
public:
    /// Throws ReportError for a language the kit has no report strings for.
    explicit ReportText(std::string_view language);

    const std::string& Language() const { return m_language; }
    /// The string for `key`; a key missing in this language falls back to English.
    const std::string& Get(std::string_view key) const;
    /// `key`'s string with {name} placeholders replaced.
    std::string Format(std::string_view key, const std::map<std::string, std::string>& values) const;
    /// True for a language written right to left (Arabic): the PDF aligns its text to the right.
    bool RightToLeft() const { return Get("direction") == "rtl"; }
    /// A date given as YYYY-MM-DD (or a longer ISO 8601 time) in this language's format; other text
    /// is returned as it is.
    std::string Date(std::string_view iso) const;
    /// A number with `decimals` decimals in this language's format; "—" for NaN.
    std::string Number(double value, int decimals = 1) const;

    /// Languages the report can be written in.
    static std::vector<std::string> Languages();

private:
    std::string m_language;
    std::map<std::string, std::string, std::less<>> m_strings;
    std::map<std::string, std::string, std::less<>> m_english;
};

}  // namespace c5::reports
