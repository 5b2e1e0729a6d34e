#include "scoring_options_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/display.h>
#include <wx/grid.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "c5/questionnaire/text_util.h"
#include "c5/scoring/ahp.h"
#include "c5/scoring/error.h"
#include "c5/questionnaire/instrument_text.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "screen_colours.h"
#include "ui_language.h"
#include "wx_text.h"
#include "year_field.h"

namespace c5::gui {
namespace q = c5::questionnaire;

namespace {

constexpr const char* kTeamMatrix = "Team";

// "3", "0.5" or "1/3".
std::optional<double> Judgement(const wxString& text) {
    const std::string value(q::Trim(S(text)));
    if (const auto slash = value.find('/'); slash != std::string::npos) {
        const auto top = q::ParseNumber(value.substr(0, slash));
        const auto bottom = q::ParseNumber(value.substr(slash + 1));
        if (top && bottom && *bottom != 0) return *top / *bottom;
        return std::nullopt;
    }
    return q::ParseNumber(value);
}

wxString ShowJudgement(double value) {
    if (value >= 1) return U(q::FormatNumber(std::round(value * 100) / 100));
    return wxS("1/") + U(q::FormatNumber(std::round(100 / value) / 100));
}

wxStaticText* Bold(wxWindow* parent, const wxString& text) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    label->SetFont(label->GetFont().Bold());
    return label;
}

}  // namespace

ScoringOptionsDialog::ScoringOptionsDialog(wxWindow* parent, const q::Instrument& instrument,
                                           const q::ScoringSettings& settings)
    : wxDialog(parent, wxID_ANY, _("Scoring options"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_instrument(instrument), m_original(settings) {
    const int gap = FromDIP(8);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(Bold(this, _("Optional modules counted in the overall score")), wxSizerFlags().Border(wxALL, gap));
    for (const auto& pillar : instrument.pillars) {
        if (!pillar.optional) continue;
        auto* box = new wxCheckBox(this, wxID_ANY, U(pillar.id + " " + q::PillarText(pillar, "title", UiLanguage()).text));
        box->SetValue(std::find(settings.included_optional_pillars.begin(), settings.included_optional_pillars.end(),
                                pillar.id) != settings.included_optional_pillars.end());
        box->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { RebuildAhpGrid(); });
        column->Add(box, wxSizerFlags().Border(wxLEFT, 2 * gap));
        m_optional[pillar.id] = box;
    }
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(Bold(this, _("Target year for targets a and b:")), wxSizerFlags().CentreVertical());
    m_target_year = NewYearField(this, settings.target_year, _("Target year for targets a and b:"));
    row->Add(m_target_year, wxSizerFlags().Border(wxLEFT, gap));
    column->Add(row, wxSizerFlags().Border(wxALL, gap));
    // The choices go on to a second line where the dialog is too narrow for them (200 % text).
    auto* aggregation = new wxWrapSizer(wxHORIZONTAL);
    aggregation->Add(Bold(this, _("Aggregation:")), wxSizerFlags().CentreVertical());
    m_arithmetic = new wxRadioButton(this, wxID_ANY, _("arithmetic mean"), wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    m_geometric = new wxRadioButton(this, wxID_ANY, _("geometric mean (weak pillars weigh more)"));
    (settings.aggregation == q::ScoringSettings::Aggregation::Geometric ? m_geometric : m_arithmetic)->SetValue(true);
    aggregation->Add(m_arithmetic, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    aggregation->Add(m_geometric, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    column->Add(aggregation, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));

    auto* weighting = new wxWrapSizer(wxHORIZONTAL);
    weighting->Add(Bold(this, _("Pillar weights:")), wxSizerFlags().CentreVertical());
    m_equal = new wxRadioButton(this, wxID_ANY, _("equal"), wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    m_budget = new wxRadioButton(this, wxID_ANY, _("budget of points"));
    m_ahp = new wxRadioButton(this, wxID_ANY, _("pairwise comparisons (AHP)"));
    using Weighting = q::ScoringSettings::Weighting;
    (settings.weighting == Weighting::Budget ? m_budget : settings.weighting == Weighting::Ahp ? m_ahp : m_equal)
        ->SetValue(true);
    for (auto* radio : {m_equal, m_budget, m_ahp}) {
        weighting->Add(radio, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
        radio->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { ShowWeighting(); });
    }
    column->Add(weighting, wxSizerFlags().Border(wxALL, gap));

    m_budget_panel = new wxPanel(this);
    auto* points = new wxFlexGridSizer(4, FromDIP(wxSize(8, 4)));
    for (const auto& pillar : instrument.pillars) {
        points->Add(new wxStaticText(m_budget_panel, wxID_ANY, U(pillar.id)), wxSizerFlags().CentreVertical());
        const auto existing = settings.budget_points.find(pillar.id);
        auto* spin = new wxSpinCtrlDouble(m_budget_panel, wxID_ANY, wxEmptyString, wxDefaultPosition,
                                          FromDIP(wxSize(120, -1)), wxSP_ARROW_KEYS, 0, 1000,
                                          existing == settings.budget_points.end() ? 10 : existing->second, 1);
        points->Add(spin);
        m_points[pillar.id] = spin;
    }
    m_budget_panel->SetSizer(points);
    column->Add(m_budget_panel, wxSizerFlags().Border(wxLEFT | wxRIGHT, 2 * gap));

    m_ahp_panel = new wxPanel(this);
    auto* ahp = new wxBoxSizer(wxVERTICAL);
    auto* help = new wxStaticText(m_ahp_panel, wxID_ANY,
                                  _("How much more important is the row's pillar than the column's? 1 equal, 3 "
                                    "moderately, 5 strongly, 7 very strongly, 9 extremely; 1/3 etc. for less. Edit "
                                    "the cells right of the diagonal; the others follow."), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    help->Wrap(FromDIP(640));
    ahp->Add(help, wxSizerFlags().Border(wxBOTTOM, gap));
    m_grid = new wxGrid(m_ahp_panel, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(660, 150)));
    m_grid->CreateGrid(0, 0);
    m_grid->Bind(wxEVT_GRID_CELL_CHANGED, &ScoringOptionsDialog::OnAhpCellChanged, this);
    ahp->Add(m_grid, wxSizerFlags(1).Expand());
    m_consistency = new wxStaticText(m_ahp_panel, wxID_ANY, wxString());
    m_consistency->SetFont(m_consistency->GetFont().Bold());
    ahp->Add(m_consistency, wxSizerFlags().Border(wxTOP, gap));
    m_ahp_weights = new wxStaticText(m_ahp_panel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    ahp->Add(m_ahp_weights, wxSizerFlags().Expand().Border(wxTOP, gap / 2));
    m_ahp_panel->SetSizer(ahp);
    column->Add(m_ahp_panel, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 2 * gap));
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizer(column);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent& event) {
        if (CheckYearField(this, m_target_year, q::TargetYears(), _("The target year"))) event.Skip();
    }, wxID_OK);
    RebuildAhpGrid();
    ShowWeighting();
    Journal("screen scoring-options");
}

std::vector<std::string> ScoringOptionsDialog::IncludedPillars() const {
    std::vector<std::string> included;
    for (const auto& pillar : m_instrument.pillars)
        if (!pillar.optional || m_optional.at(pillar.id)->GetValue()) included.push_back(pillar.id);
    return included;
}

void ScoringOptionsDialog::ShowWeighting() {
    m_budget_panel->Show(m_budget->GetValue());
    m_ahp_panel->Show(m_ahp->GetValue());
    // wxGTK measures some controls before their final font: keep room to spare.
    SetMinClientSize(wxSize(FromDIP(700), -1));
    Layout();
    Fit();
    // Never taller than the screen: the grid scrolls instead.
    FitOnScreen(*this);
}

void ScoringOptionsDialog::RebuildAhpGrid() {
    const auto pillars = IncludedPillars();
    // Keep the judgements already entered for pillars still compared.
    std::map<std::pair<std::string, std::string>, double> known;
    const auto team = m_original.ahp_matrices.find(kTeamMatrix);
    if (m_grid_pillars.empty() && team != m_original.ahp_matrices.end())
        for (std::size_t i = 0; i < m_original.ahp_pillars.size(); ++i)
            for (std::size_t j = 0; j < m_original.ahp_pillars.size(); ++j)
                known[{m_original.ahp_pillars[i], m_original.ahp_pillars[j]}] = team->second[i][j];
    const auto current = AhpMatrix();
    for (std::size_t i = 0; i < m_grid_pillars.size(); ++i)
        for (std::size_t j = 0; j < m_grid_pillars.size(); ++j)
            known[{m_grid_pillars[i], m_grid_pillars[j]}] = current[i][j];
    m_grid_pillars = pillars;
    const int n = static_cast<int>(pillars.size());
    if (m_grid->GetNumberRows() > 0) m_grid->DeleteRows(0, m_grid->GetNumberRows());
    if (m_grid->GetNumberCols() > 0) m_grid->DeleteCols(0, m_grid->GetNumberCols());
    m_grid->AppendRows(n);
    m_grid->AppendCols(n);
    for (int i = 0; i < n; ++i) {
        m_grid->SetRowLabelValue(i, U(pillars[static_cast<std::size_t>(i)]));
        m_grid->SetColLabelValue(i, U(pillars[static_cast<std::size_t>(i)]));
        m_grid->SetColSize(i, FromDIP(46));
        for (int j = 0; j < n; ++j) {
            const auto found = known.find({pillars[static_cast<std::size_t>(i)], pillars[static_cast<std::size_t>(j)]});
            const double value = i == j ? 1.0 : found != known.end() ? found->second : 1.0;
            m_grid->SetCellValue(i, j, ShowJudgement(value));
            if (j <= i) {
                m_grid->SetReadOnly(i, j);
                m_grid->SetCellTextColour(i, j, TextColourIn(*m_grid, wxColour(120, 122, 128)));
            }
        }
    }
    UpdateConsistency();
}

void ScoringOptionsDialog::OnAhpCellChanged(wxGridEvent& event) {
    const int i = event.GetRow();
    const int j = event.GetCol();
    const auto value = Judgement(m_grid->GetCellValue(i, j));
    if (!value || *value <= 0) {
        m_grid->SetCellValue(i, j, wxS("1"));
        SetTextColour(*m_consistency, wxColour(178, 26, 26));
        m_consistency->SetLabel(_("Enter a positive number such as 3, 0.5 or 1/3."));
        return;
    }
    m_grid->SetCellValue(j, i, ShowJudgement(1.0 / *value));
    UpdateConsistency();
}

std::vector<std::vector<double>> ScoringOptionsDialog::AhpMatrix() const {
    const int n = m_grid->GetNumberRows();
    std::vector<std::vector<double>> matrix(static_cast<std::size_t>(n), std::vector<double>(static_cast<std::size_t>(n), 1.0));
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const double value = Judgement(m_grid->GetCellValue(i, j)).value_or(1.0);
            matrix[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] = value;
            matrix[static_cast<std::size_t>(j)][static_cast<std::size_t>(i)] = 1.0 / value;
        }
    return matrix;
}

void ScoringOptionsDialog::UpdateConsistency() {
    const auto rows = AhpMatrix();
    Eigen::MatrixXd matrix(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < rows.size(); ++j) matrix(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = rows[i][j];
    try {
        const auto ahp = scoring::ComputeAhp(matrix);
        SetTextColour(*m_consistency, ahp.Consistent() ? wxColour(26, 115, 51) : wxColour(178, 26, 26));
        m_consistency->SetLabel(ahp.Consistent()
                                    ? wxString::Format(_("Consistency ratio CR %.3f: consistent (below 0.10)"), ahp.cr)
                                    : wxString::Format(_("Consistency ratio CR %.3f: inconsistent (0.10 or more); "
                                                         "revisit the judgements"),
                                                       ahp.cr));
        wxString weights;
        for (std::size_t i = 0; i < m_grid_pillars.size(); ++i)
            weights += wxString::Format(wxS("%s %.1f%%   "), U(m_grid_pillars[i]), 100 * ahp.weights(static_cast<Eigen::Index>(i)));
        for (const auto& warning : ahp.warnings) weights += wxS("\n") + _("Warning: ") + U(warning);
        m_ahp_weights->SetLabel(weights);
        m_ahp_weights->Wrap(FromDIP(640));
    } catch (const scoring::ScoringError& error) {
        SetTextColour(*m_consistency, wxColour(178, 26, 26));
        m_consistency->SetLabel(U(error.what()));
    }
    m_ahp_panel->Layout();
}

q::ScoringSettings ScoringOptionsDialog::Settings() const {
    q::ScoringSettings settings = m_original;
    settings.included_optional_pillars.clear();
    for (const auto& [id, box] : m_optional)
        if (box->GetValue()) settings.included_optional_pillars.push_back(id);
    settings.target_year = m_target_year->GetValue();
    settings.aggregation = m_geometric->GetValue() ? q::ScoringSettings::Aggregation::Geometric
                                                   : q::ScoringSettings::Aggregation::Arithmetic;
    using Weighting = q::ScoringSettings::Weighting;
    settings.weighting = m_budget->GetValue() ? Weighting::Budget : m_ahp->GetValue() ? Weighting::Ahp : Weighting::Equal;
    settings.budget_points.clear();
    for (const auto& [id, spin] : m_points) settings.budget_points[id] = spin->GetValue();
    // Judgements entered elsewhere (c5kit-cli options --ahp-matrix) stay when they compare the same pillars.
    if (settings.ahp_pillars != m_grid_pillars) settings.ahp_matrices.clear();
    settings.ahp_pillars = m_grid_pillars;
    settings.ahp_matrices[kTeamMatrix] = AhpMatrix();
    return settings;
}

}  // namespace c5::gui
