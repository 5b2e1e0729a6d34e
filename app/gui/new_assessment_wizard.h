#pragma once
// New assessment, step by step: country (type to search; its UN group preselected), year and
// title; respondents and their stakeholder groups; ICT penetration figures (skippable); the file.
#include <memory>
#include <vector>

#include <wx/dialog.h>

#include "c5/app/assessment_session.h"

class wxChoice;
class wxFilePickerCtrl;
class wxListBox;
class wxListView;
class wxSpinCtrl;
class wxTextCtrl;
class wxComboBox;
class wxCheckBox;
class wxStaticText;
class wxSimplebook;
class wxButton;
class wxPanel;

namespace c5::gui {

class NewAssessmentWizard : public wxDialog {
public:
    explicit NewAssessmentWizard(wxWindow* parent);
    /// Shows the wizard; the new session when the file was created, nullptr when cancelled.
    std::unique_ptr<app::AssessmentSession> Run();

private:
    wxPanel* CountryPage();
    wxPanel* RespondentsPage();
    wxPanel* PenetrationPage();
    wxPanel* FilePage();
    void GoTo(std::size_t page);
    void FilterCountries();
    void OnCountryChosen();
    void AddRespondent();
    void UpdateSuggestedFile();
    bool ValidatePage(std::size_t page);
    bool CreateAssessment();
    std::string SelectedCountry() const;

    enum Page : std::size_t { kCountry, kRespondents, kPenetration, kFile, kPageCount };
    wxSimplebook* m_book = nullptr;
    wxStaticText* m_step = nullptr;
    wxButton* m_back = nullptr;
    wxButton* m_next = nullptr;
    wxTextCtrl* m_search = nullptr;
    wxListBox* m_countries = nullptr;
    std::vector<std::string> m_shown_codes;
    wxCheckBox* m_fictional = nullptr;
    wxTextCtrl* m_fictional_name = nullptr;
    wxChoice* m_group = nullptr;
    wxSpinCtrl* m_year = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_respondent_name = nullptr;
    wxTextCtrl* m_respondent_role = nullptr;
    wxComboBox* m_respondent_group = nullptr;
    wxListView* m_respondents = nullptr;
    std::vector<questionnaire::RespondentInput> m_respondent_inputs;
    struct PenetrationRow {
        questionnaire::Indicator indicator;
        wxTextCtrl* value;
        wxSpinCtrl* year;
        wxTextCtrl* source;
    };
    std::vector<PenetrationRow> m_penetration;
    wxFilePickerCtrl* m_file = nullptr;
    wxStaticText* m_summary = nullptr;
    std::unique_ptr<app::AssessmentSession> m_session;
};

}  // namespace c5::gui
