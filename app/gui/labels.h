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
/// The stakeholder groups of BRIEF §1 (questionnaire/stakeholder_groups.h) in the interface's
/// language, in their order: the list a group field offers.
wxArrayString StakeholderGroups();
/// A stored stakeholder group as the interface shows it: one of the ids translated, anything
/// else (a group the team named itself) as typed.
wxString StakeholderGroupLabel(const std::string& stored);
/// What a group field holds, as it is stored: the id when it names one of the groups (in this
/// language, or the id itself, in any case), otherwise the text as typed, trimmed.
std::string StakeholderGroupToStore(const wxString& typed);
/// "Name (group)" for lists of respondents.
wxString RespondentLabel(const questionnaire::Respondent& respondent);

}  // namespace c5::gui
