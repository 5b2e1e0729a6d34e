#pragma once
// Scoring options: optional modules in the overall score, target year, aggregation, and pillar
// weights — equal, a budget of points, or AHP pairwise comparisons with live consistency feedback.
#include <map>
#include <vector>

#include <wx/dialog.h>

#include "c5/questionnaire/assessment.h"
#include "c5/questionnaire/instrument.h"

class wxCheckBox;
class wxGrid;
class wxGridEvent;
class wxPanel;
class wxRadioButton;
class wxSpinCtrl;
class wxSpinCtrlDouble;
class wxStaticText;

namespace c5::gui {

class ScoringOptionsDialog : public wxDialog {
public:
    ScoringOptionsDialog(wxWindow* parent, const questionnaire::Instrument& instrument,
                         const questionnaire::ScoringSettings& settings);
    questionnaire::ScoringSettings Settings() const;

private:
    std::vector<std::string> IncludedPillars() const;
    void ShowWeighting();
    void RebuildAhpGrid();
    void OnAhpCellChanged(wxGridEvent& event);
    void UpdateConsistency();
    std::vector<std::vector<double>> AhpMatrix() const;

    const questionnaire::Instrument& m_instrument;
    questionnaire::ScoringSettings m_original;
    std::map<std::string, wxCheckBox*> m_optional;
    wxSpinCtrl* m_target_year = nullptr;
    wxRadioButton* m_arithmetic = nullptr;
    wxRadioButton* m_geometric = nullptr;
    wxRadioButton* m_equal = nullptr;
    wxRadioButton* m_budget = nullptr;
    wxRadioButton* m_ahp = nullptr;
    wxPanel* m_budget_panel = nullptr;
    std::map<std::string, wxSpinCtrlDouble*> m_points;
    wxPanel* m_ahp_panel = nullptr;
    wxGrid* m_grid = nullptr;
    std::vector<std::string> m_grid_pillars;
    wxStaticText* m_consistency = nullptr;
    wxStaticText* m_ahp_weights = nullptr;
};

}  // namespace c5::gui
