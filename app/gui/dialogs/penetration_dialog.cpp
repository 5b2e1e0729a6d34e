#include "penetration_dialog.h"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/text_util.h"
#include "accessibility.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "labels.h"
#include "ui_language.h"
#include "wx_text.h"
#include "year_field.h"

namespace c5::gui {
namespace q = c5::questionnaire;


PenetrationDialog::PenetrationDialog(wxWindow* parent, const std::vector<q::PenetrationInput>& current)
    : wxDialog(parent, wxID_ANY, _("ICT penetration figures")) {
    auto* grid = new wxFlexGridSizer(4, FromDIP(wxSize(6, 6)));
    grid->AddGrowableCol(3);
    for (const wxString& header : {_("Indicator"), _("Value"), _("Year"), _("Source")}) {
        auto* label = new wxStaticText(this, wxID_ANY, header);
        label->SetFont(label->GetFont().Bold());
        grid->Add(label);
    }
    for (auto indicator : {q::Indicator::InternetUsers, q::Indicator::HouseholdsInternet, q::Indicator::MobileBroadband,
                           q::Indicator::FixedBroadband}) {
        const q::PenetrationInput* existing = nullptr;
        for (const auto& input : current)
            if (input.indicator == indicator) existing = &input;
        grid->Add(new wxStaticText(this, wxID_ANY, IndicatorName(indicator)), wxSizerFlags().CentreVertical());
        auto* value = new wxTextCtrl(this, wxID_ANY, existing ? U(q::FormatNumber(existing->value)) : wxString(),
                                     wxDefaultPosition, FromDIP(wxSize(70, -1)));
        value->SetName(IndicatorName(indicator));
        auto* year = NewYearField(this, existing ? existing->year : q::CurrentYear() - 1,
                                  IndicatorName(indicator) + wxS(": ") + _("Year"));
        auto* source = new wxTextCtrl(this, wxID_ANY, existing ? U(existing->source) : wxString(), wxDefaultPosition,
                                      FromDIP(wxSize(240, -1)));
        SetAccessibleName(*source, IndicatorName(indicator) + wxS(": ") + _("Source"));
        grid->Add(value, wxSizerFlags().CentreVertical());
        grid->Add(year, wxSizerFlags().CentreVertical());
        grid->Add(source, wxSizerFlags().Expand().CentreVertical());
        m_rows.push_back({indicator, value, year, source});
    }
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* note = new wxStaticText(this, wxID_ANY, _("ITU indicators for the penetration index P. Each change is saved "
                                                    "and recorded in the assessment's audit log."), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    note->Wrap(FromDIP(560));
    column->Add(note, wxSizerFlags().Border(wxALL, FromDIP(12)));
    column->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    SetSizerAndFit(column);
    FitOnScreen(*this);
    Journal("screen penetration");
    Bind(wxEVT_BUTTON, [this](wxCommandEvent& event) {
        for (const auto& row : m_rows) {
            if (row.value->IsEmpty()) continue;
            if (!CheckYearField(this, row.year, q::IndicatorYears(), IndicatorName(row.indicator))) return;
            const auto value = q::ParseNumber(S(row.value->GetValue()));
            if (!value || *value < 0 || *value > q::IndicatorMaximum(row.indicator)) {
                wxMessageBox(wxString::Format(_("%s: enter a number from 0 to %g, or leave it empty."),
                                              IndicatorName(row.indicator), q::IndicatorMaximum(row.indicator)),
                             _("ICT penetration figures"), wxOK | wxICON_WARNING, this);
                row.value->SetFocus();
                return;
            }
        }
        event.Skip();
    }, wxID_OK);
}

std::vector<q::PenetrationInput> PenetrationDialog::Inputs() const {
    std::vector<q::PenetrationInput> inputs;
    for (const auto& row : m_rows)
        if (const auto value = q::ParseNumber(S(row.value->GetValue())))
            inputs.push_back({row.indicator, *value, row.year->GetValue(), S(row.source->GetValue()), {}});
    return inputs;
}

}  // namespace c5::gui
