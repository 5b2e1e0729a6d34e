#pragma once
// New assessment, step by step: country (type to search; its UN group preselected), year, target
// year and title; respondents and their stakeholder groups; ICT penetration figures (skippable); the file.
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

class CountryPicker;

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
    void AddRespondent();
    void UpdateSuggestedFile();
    bool ValidatePage(std::size_t page);
    bool CreateAssessment();
    /// Reads the chosen instrument file and says what it is; false (with the reason shown) when it
    /// cannot be used. No file chosen: the kit's C5 instrument.
    bool CheckInstrument();

    enum Page : std::size_t { kCountry, kRespondents, kPenetration, kFile, kPageCount };
    wxSimplebook* m_book = nullptr;
    wxStaticText* m_step = nullptr;
    wxButton* m_back = nullptr;
    wxButton* m_next = nullptr;
    CountryPicker* m_country = nullptr;
    wxSpinCtrl* m_year = nullptr;
    wxSpinCtrl* m_target_year = nullptr;
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
    wxFilePickerCtrl* m_instrument = nullptr;
    wxStaticText* m_instrument_note = nullptr;
    std::string m_instrument_json;  // the chosen instrument's text; empty: the kit's
    std::unique_ptr<app::AssessmentSession> m_session;
};

}  // namespace c5::gui
