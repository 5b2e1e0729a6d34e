#include "dialogs/details_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "country_picker.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "ui_language.h"
#include "wx_text.h"
#include "year_field.h"

namespace c5::gui {
namespace q = c5::questionnaire;

DetailsDialog::DetailsDialog(wxWindow* parent, const q::AssessmentInfo& info)
    : wxDialog(parent, wxID_ANY, _("Assessment details"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const int gap = FromDIP(8);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* country_label = new wxStaticText(this, wxID_ANY, _("Country:"));
    country_label->SetFont(country_label->GetFont().Bold());
    column->Add(country_label, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 2 * gap));
    m_country = new CountryPicker(this);
    m_country->Select(info.country, info.country_name, info.country_group);
    column->Add(m_country, wxSizerFlags(1).Expand().Border(wxALL, 2 * gap));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1);
    auto* year_label = new wxStaticText(this, wxID_ANY, _("&Year assessed:"));
    grid->Add(year_label, wxSizerFlags().CentreVertical());
    m_year = NewYearField(this, info.year, year_label->GetLabelText());
    grid->Add(m_year);
    auto* title_label = new wxStaticText(this, wxID_ANY, _("T&itle:"));
    grid->Add(title_label, wxSizerFlags().CentreVertical());
    m_default_title = U(q::DefaultAssessmentTitle(info.country_name, info.year));
    m_title = new wxTextCtrl(this, wxID_ANY, U(info.title), wxDefaultPosition, FromDIP(wxSize(420, -1)));
    m_title->SetHint(_("C5 readiness self-assessment, country and year"));
    m_title->SetName(title_label->GetLabelText());
    grid->Add(m_title, wxSizerFlags().Expand());
    column->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 2 * gap));
    auto* note = new wxStaticText(this, wxID_ANY, _("The change is saved at once and recorded in the audit log. "
                                                    "Respondent kits made before keep the old details."), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    note->Wrap(FromDIP(520));
    column->Add(note, wxSizerFlags().Border(wxALL, 2 * gap));
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
    FitOnScreen(*this);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent& event) {
        if (!m_country->CheckChosen(this)) return;
        if (!CheckYearField(this, m_year, q::AssessmentYears(), _("The year assessed"))) return;
        event.Skip();
    }, wxID_OK);
    Journal("screen details");
}

q::AssessmentDetails DetailsDialog::Details() const {
    // A title the kit made from the country and year is made again from the new ones.
    const wxString title = m_title->GetValue() == m_default_title ? wxString() : m_title->GetValue();
    return {m_country->Code(), m_country->FictionalName(), m_country->Group(), m_year->GetValue(), S(title)};
}

}  // namespace c5::gui
