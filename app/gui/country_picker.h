#pragma once
// Choosing the country: type a few letters of its name or ISO code, pick it in the list (its UN
// group is preselected), or name a fictional country for training. The new-assessment wizard and
// the assessment's details dialog both use it.
#include <string>
#include <vector>

#include <wx/panel.h>

#include "c5/questionnaire/assessment.h"

class wxCheckBox;
class wxChoice;
class wxListBox;
class wxTextCtrl;

namespace c5::gui {

class CountryPicker : public wxPanel {
public:
    explicit CountryPicker(wxWindow* parent);

    /// Shows an assessment's country: a real one selected in the list, a user-assigned code as a
    /// fictional country named `name`.
    void Select(const std::string& code, const std::string& name, questionnaire::CountryGroup group);
    /// The chosen ISO code ("XTR" or the code kept for a fictional country); empty when none.
    std::string Code() const;
    /// The fictional country's name; empty for a real country (its ISO name is used).
    std::string FictionalName() const;
    /// The name to show: the ISO name or the fictional one.
    std::string DisplayName() const;
    questionnaire::CountryGroup Group() const;
    /// True when a country is chosen; otherwise a message over `dialog` and the focus where it is missing.
    bool CheckChosen(wxWindow* dialog);
    void FocusSearch();
    /// The group choice, to line up other fields with it.
    wxChoice* GroupChoice() const { return m_group; }

private:
    void FilterCountries();
    void OnCountryChosen();
    std::string SelectedCountry() const;

    wxTextCtrl* m_search = nullptr;
    wxListBox* m_countries = nullptr;
    std::vector<std::string> m_shown_codes;
    wxCheckBox* m_fictional = nullptr;
    wxTextCtrl* m_fictional_name = nullptr;
    wxChoice* m_group = nullptr;
    std::string m_fictional_code = "XTR";
};

}  // namespace c5::gui
