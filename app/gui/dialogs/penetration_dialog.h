#pragma once
// The four ITU indicators of the ICT penetration index: value, year and source each.
#include <vector>

#include <wx/dialog.h>

#include "c5/questionnaire/assessment.h"

class wxSpinCtrl;
class wxTextCtrl;

namespace c5::gui {

class PenetrationDialog : public wxDialog {
public:
    PenetrationDialog(wxWindow* parent, const std::vector<questionnaire::PenetrationInput>& current);
    /// The rows with a value (an emptied row keeps its stored figure).
    std::vector<questionnaire::PenetrationInput> Inputs() const;

private:
    struct Row {
        questionnaire::Indicator indicator;
        wxTextCtrl* value;
        wxSpinCtrl* year;
        wxTextCtrl* source;
    };
    std::vector<Row> m_rows;
};

}  // namespace c5::gui
