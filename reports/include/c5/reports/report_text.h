#pragma once
// The report's words in one language (reports/strings/<language>.json), and its number format.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "c5/questionnaire/instrument.h"
#include "c5/questionnaire/instrument_workbook.h"

namespace c5::questionnaire {
struct LocalizedText;
}

namespace c5::reports {

/// An instrument text as the report prints it: a text the language lacks appears in English,
/// marked "[EN]" so that readers and translators see it (docs/instrument-format.md).
std::string Shown(const questionnaire::LocalizedText& text);

/// The next step for an item scoring `score` ∈ [0, 1], as every output prints it: the step from the
/// level reached (questionnaire/next_steps.h) in `language`; empty when the item is fully met.
std::string NextStepText(const questionnaire::Question& question, double score, std::string_view language);

class ReportText;
/// A stakeholder group id (questionnaire/stakeholder_groups.h) in the language of `text`; a group
/// the team named itself is returned as typed.
std::string StakeholderGroupName(const ReportText& text, std::string_view group);

class ReportText {
public:
    /// The kit's own words in `language`; throws ReportError for a language it has none for.
    explicit ReportText(std::string_view language = "en");
    /// The report's words for an assessment on `instrument`: the kit's table with the instrument's
    /// report_texts over it. A language the kit has no table for (one the instrument adds, such as
    /// Portuguese) takes its words from the instrument, each one it lacks in English marked "[EN]";
    /// its direction, unless the instrument says, follows the script of its texts. Throws
    /// ReportError when neither the kit nor the instrument has the language.
    ReportText(std::string_view language, const questionnaire::Instrument& instrument);

    const std::string& Language() const { return m_language; }
    /// The string for `key`; a key missing in this language falls back to English.
    const std::string& Get(std::string_view key) const;
    /// True when this language's table has `key` (no English fallback).
    bool Has(std::string_view key) const { return m_strings.find(key) != m_strings.end(); }
    /// `key`'s string with {name} placeholders replaced.
    std::string Format(std::string_view key, const std::map<std::string, std::string>& values) const;
    /// True for a language written right to left (Arabic): the PDF aligns its text to the right.
    bool RightToLeft() const { return Get("direction") == "rtl"; }
    /// A date given as YYYY-MM-DD (or a longer ISO 8601 time) in this language's format; other text
    /// is returned as it is.
    std::string Date(std::string_view iso) const;
    /// `inner` in brackets after a word, the language's way: " (2030)", Chinese "（2030）".
    std::string Bracketed(std::string_view inner) const;
    /// A number with `decimals` decimals in this language's format; "—" for NaN.
    std::string Number(double value, int decimals = 1) const;

    /// Languages the kit has report texts for.
    static std::vector<std::string> Languages();
    /// Those, and the languages `instrument` adds (its translations and report texts).
    static std::vector<std::string> Languages(const questionnaire::Instrument& instrument);

private:
    void LoadKitTable(std::string_view language);

    std::string m_language;
    std::map<std::string, std::string, std::less<>> m_strings;
    std::map<std::string, std::string, std::less<>> m_english;
};

/// The kit's report texts in every language it has them in, for the instrument workbook.
questionnaire::ReportTextTables KitReportTexts();

}  // namespace c5::reports
