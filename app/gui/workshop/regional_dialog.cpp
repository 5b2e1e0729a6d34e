#include "workshop/regional_dialog.h"

#include <algorithm>

#include <wx/display.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "c5/reports/charts.h"
#include "c5/scoring/reference_fit.h"
#include "chart_window.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "list_columns.h"
#include "labels.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {
namespace s = c5::scoring;

namespace {

wxString Score(double value) { return s::HasScore(value) ? wxString::Format(wxS("%.1f"), value) : U("—"); }

class ScatterPanel : public ChartWindow {
public:
    ScatterPanel(wxWindow* parent, std::vector<reports::RegionalPoint> points,
                 std::optional<std::pair<double, double>> fit)
        : ChartWindow(parent, wxSize(380, 320), 380, 1.2), m_points(std::move(points)), m_fit(fit) {}

private:
    void DrawChart(WxChartCanvas& canvas, double width, double height) override {
        reports::DrawRegionalScatter(canvas, width, height, m_points, m_fit, S(_("ICT penetration P")),
                                     S(_("readiness S")));
    }

    std::vector<reports::RegionalPoint> m_points;
    std::optional<std::pair<double, double>> m_fit;
};

}  // namespace

RegionalDialog::RegionalDialog(wxWindow* parent, const std::filesystem::path& folder)
    : wxDialog(parent, wxID_ANY, _("Regional view"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX) {
    {
        wxBusyCursor busy;
        m_view = app::BuildRegionalView(folder, 0, questionnaire::Actor::Current("c5kit"));
    }
    const int gap = FromDIP(8);
    auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 320)), wxLC_REPORT);
    // Plain words, with the symbols of the methodology beside them.
    // TRANSLATORS: column headers of the regional view; keep the symbols S, S_adj and P
    const wxString headers[] = {_("Country"), _("Group"), _("Year"), _("Respondents"), _("Readiness S"),
                                _("Adjusted S_adj"), _("Penetration P"), _("Gap S - P"), _("Pillars scored"),
                                _("Target c")};
    for (int c = 0; c < 10; ++c) list->AppendColumn(headers[c], c >= 2 && c <= 8 ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT);
    list->SetName(_("Regional view"));
    std::vector<reports::RegionalPoint> points;
    for (const auto& entry : m_view.entries) {
        const long row = list->InsertItem(list->GetItemCount(), U(entry.info.country + "  " + entry.info.country_name));
        list->SetItem(row, 1, CountryGroupName(entry.info.country_group));
        list->SetItem(row, 2, wxString::Format(wxS("%d"), entry.info.year));
        list->SetItem(row, 3, wxString::Format(wxS("%d"), entry.respondents));
        list->SetItem(row, 4, Score(entry.score));
        list->SetItem(row, 5, Score(entry.adjusted));
        list->SetItem(row, 6, Score(entry.penetration));
        list->SetItem(row, 7, s::HasScore(entry.gap) ? wxString::Format(wxS("%+.1f"), entry.gap) : U("—"));
        list->SetItem(row, 8, wxString::Format(wxS("%d/%d"), entry.pillars_scored, entry.pillars_included));
        list->SetItem(row, 9, entry.child_protection_met ? _("met") : _("not met"));
        if (s::HasScore(entry.score) && s::HasScore(entry.penetration))
            points.push_back({entry.info.country + " " + std::to_string(entry.info.year), entry.penetration, entry.score});
    }
    // Each column as wide as its header or its widest value, whichever is wider.
    // As wide as its columns when the screen has room beside the chart (380 points), else what is left.
    const wxRect area = wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromWindow(parent)))).GetClientArea();
    const int room = std::max(FromDIP(400), area.width - FromDIP(380 + 4 * 8));
    list->SetMinSize(wxSize(std::min(FitListColumns(list, 0, 9) + FromDIP(24), room), FromDIP(320)));
    // The penetration-expected curve, when the reference set is large enough to fit it.
    const auto reference = s::ReferenceSet(m_view.entries);
    std::optional<std::pair<double, double>> fit;
    if (const auto expected = s::ExpectedFromReference(reference, 50, 50)) fit = {{expected->intercept, expected->slope}};
    // Paths and file names keep their left-to-right order inside an Arabic line, and each line starts
    // with the direction mark so that it reads, and aligns, from the right.
    wxString summary = DirectionMark() + wxString::Format(_("%zu assessment(s) in %s."), m_view.entries.size(), Ltr(U(folder)));
    for (const auto& [file, why] : m_view.skipped)
        summary += wxS("\n") + DirectionMark() + wxString::Format(_("Skipped %s: %s"), Ltr(U(file.filename())), U(why));
    for (const auto& files : m_view.copies) {
        wxString names;
        for (const auto& file : files) names += (names.empty() ? wxString() : wxS(", ")) + Ltr(U(file));
        summary += wxS("\n") + DirectionMark() +
                   wxString::Format(_("Warning: %s are copies of one assessment, listed once each; keep "
                                      "one of them in the folder."),
                                    names);
    }
    summary += wxS("\n") + DirectionMark() + (fit ? wxString::Format(_("The dashed curve is the score expected at each penetration, "
                                                     "fitted on %zu countries."),
                                                   reference.size())
                                : wxString::Format(_("Countries with a score and penetration figures: %zu. The "
                                                     "expected-score curve needs at least %d."),
                                                   reference.size(), s::kMinimumReferencePoints));
    auto* text = new wxStaticText(this, wxID_ANY, summary, wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(list, wxSizerFlags(1).Expand());
    body->Add(new ScatterPanel(this, points, fit), wxSizerFlags().Expand().Border(wxLEFT, gap));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(body, wxSizerFlags(1).Expand().Border(wxALL, gap));
    column->Add(text, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    column->Add(CreateStdDialogButtonSizer(wxOK), wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
    FitOnScreen(*this);
    Journal("screen regional");
}

}  // namespace c5::gui
