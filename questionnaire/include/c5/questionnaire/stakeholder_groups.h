#pragma once
// The stakeholder groups of a national team (BRIEF §1). A respondent's `stakeholder_group` is stored
// as one of these ids when it is one of them, so that every interface and report language can name
// it; any other text is a group the team named itself and is shown as typed.
#include <array>
#include <string_view>

namespace c5::questionnaire {

inline constexpr std::array<std::string_view, 10> kStakeholderGroups = {
    "government",            // a ministry or other government body (e.g. the ministry of ICT)
    "regulator",             // telecommunications / ICT regulator
    "national CIRT",         // the national computer incident response team
    "data-protection authority",
    "child protection",      // child-protection agency, helpline, hotline
    "private sector",
    "civil society",
    "academia",
    "technical community",   // operators of internet infrastructure, registries, IXPs, CIRTs other than the national one
    "international partner",
};

/// True when `group` is one of the ids above (exactly, as stored).
constexpr bool IsKnownStakeholderGroup(std::string_view group) {
    for (const auto known : kStakeholderGroups)
        if (known == group) return true;
    return false;
}

}  // namespace c5::questionnaire
