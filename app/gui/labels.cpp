#include "labels.h"

#include <wx/intl.h>

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

wxArrayString StakeholderGroups() {
    wxArrayString groups;
    for (const wxString& group : {_("government"), _("regulator"), _("technical community"), _("private sector"),
                                  _("civil society"), _("academia"), _("international partner")})
        groups.Add(group);
    return groups;
}

}  // namespace c5::gui
