#pragma once
// The words the windows use for the library's values, translatable in one place.
#include <wx/arrstr.h>
#include <wx/string.h>

#include "c5/questionnaire/assessment.h"

namespace c5::gui {

wxString IndicatorName(questionnaire::Indicator indicator);
wxString CountryGroupName(questionnaire::CountryGroup group);
wxString StageLabel(int stage);
wxString ConfidenceLabel(questionnaire::Confidence confidence);
/// Suggestions for a respondent's stakeholder group.
wxArrayString StakeholderGroups();

}  // namespace c5::gui
