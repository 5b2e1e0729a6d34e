#pragma once
// Scoring settings ↔ rows of the `setting` table (key → JSON text).
#include <filesystem>
#include <map>
#include <string>

#include "c5/questionnaire/assessment.h"
#include "c5/questionnaire/instrument.h"

namespace c5::questionnaire::detail {

std::map<std::string, std::string> SettingsToRows(const ScoringSettings& settings);
/// Missing keys take their defaults; a malformed value is reported as damage to `path`.
ScoringSettings SettingsFromRows(const std::map<std::string, std::string>& rows, const std::filesystem::path& path);
/// Throws QuestionnaireError when the settings do not fit the instrument.
void CheckSettings(const ScoringSettings& settings, const Instrument& instrument);

}  // namespace c5::questionnaire::detail
