#pragma once
// Words the report takes from elsewhere, in the report's language: the scoring library's notes
// (written in English, translated here through the report's string tables) and the country's name
// (ISO 3166-1, translated by Debian's iso-codes); stakeholder groups are report_text.h's. What the team
// typed itself is shown as typed.
#include <string>
#include <string_view>

#include "c5/questionnaire/assessment.h"
#include "c5/reports/report_text.h"

namespace c5::reports::detail {

/// A note of the scoring library ("not computed: …", "no baseline: …") in the report's language.
/// `with_label`: keep its "not computed"/"no baseline" label. A note the tables do not know is
/// returned as it is.
std::string TranslatedNote(const ReportText& text, std::string_view note, bool with_label = true);

/// The country's name in `language`; the English ISO name when there is no translation.
std::string CountryNameIn(std::string_view alpha3, std::string_view language);

/// The country's name as the report prints it: the team's own spelling when they typed one,
/// otherwise ISO's name in the report's language.
std::string ReportCountryName(const questionnaire::AssessmentInfo& info, std::string_view language);

}  // namespace c5::reports::detail
