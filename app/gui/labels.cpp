#include "labels.h"

#include <wx/intl.h>

#include "c5/questionnaire/stakeholder_groups.h"

namespace c5::gui {
namespace q = c5::questionnaire;

wxString IndicatorName(q::Indicator indicator) {
    switch (indicator) {
        case q::Indicator::InternetUsers: return _("Individuals using the Internet (%)");
        case q::Indicator::HouseholdsInternet: return _("Households with Internet access (%)");
        case q::Indicator::MobileBroadband: return _("Mobile-broadband subscriptions per 100 people");
        case q::Indicator::FixedBroadband: return _("Fixed-broadband subscriptions per 100 people");
    }
    return {};
}

wxString CountryGroupName(q::CountryGroup group) {
    switch (group) {
        case q::CountryGroup::LDC: return _("Least developed country (LDC)");
        case q::CountryGroup::SIDS: return _("Small island developing State (SIDS)");
        case q::CountryGroup::LLDC: return _("Landlocked developing country (LLDC)");
        case q::CountryGroup::Transition: return _("Economy in transition");
        case q::CountryGroup::Developing: return _("Developing country");
        case q::CountryGroup::Developed: return _("Developed economy");
    }
    return {};
}

wxString StageLabel(int stage) {
    switch (stage) {
        case 0: return _("start-up");
        case 1: return _("formative");
        case 2: return _("established");
        case 3: return _("strategic");
        default: return _("dynamic");
    }
}

wxString ConfidenceLabel(q::Confidence confidence) {
    switch (confidence) {
        case q::Confidence::Low: return _("low");
        case q::Confidence::Medium: return _("medium");
        case q::Confidence::High: return _("high");
    }
    return {};
}

namespace {

wxString StakeholderGroupName(std::string_view id) {
    if (id == "government") return _("government");
    if (id == "regulator") return _("regulator");
    if (id == "national CIRT") return _("national CIRT");
    if (id == "data-protection authority") return _("data-protection authority");
    if (id == "child protection") return _("child protection");
    if (id == "private sector") return _("private sector");
    if (id == "civil society") return _("civil society");
    if (id == "academia") return _("academia");
    if (id == "technical community") return _("technical community");
    if (id == "international partner") return _("international partner");
    return wxString::FromUTF8(id.data(), id.size());
}

}  // namespace

wxArrayString StakeholderGroups() {
    wxArrayString groups;
    for (const auto id : q::kStakeholderGroups) groups.Add(StakeholderGroupName(id));
    return groups;
}

wxString StakeholderGroupLabel(const std::string& stored) { return StakeholderGroupName(stored); }

std::string StakeholderGroupToStore(const wxString& typed) {
    const wxString text = wxString(typed).Trim(true).Trim(false);
    for (const auto id : q::kStakeholderGroups)
        if (text.IsSameAs(StakeholderGroupName(id), false) ||
            text.IsSameAs(wxString::FromUTF8(id.data(), id.size()), false))
            return std::string(id);
    return std::string(text.utf8_str());
}

wxString RespondentLabel(const q::Respondent& respondent) {
    const wxString name = wxString::FromUTF8(respondent.name);
    if (respondent.stakeholder_group.empty()) return name;
    return name + wxS(" (") + StakeholderGroupLabel(respondent.stakeholder_group) + wxS(")");
}

}  // namespace c5::gui
