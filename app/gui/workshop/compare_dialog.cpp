#include "workshop/compare_dialog.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/display.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "c5/questionnaire/assessment_store.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/charts.h"
#include "c5/reports/report_text.h"
#include "dialogs/report_dialog.h"
#include "chart_window.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "list_columns.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {
namespace s = c5::scoring;

namespace {

wxString Score(double value) { return s::HasScore(value) ? wxString::Format(wxS("%.1f"), value) : U("—"); }
wxString Change(double value) { return s::HasScore(value) ? wxString::Format(wxS("%+.1f"), value) : U("—"); }

// A target's trajectory with the follow-up on it, as in the report. Drawn 440 chart points wide: at
// this size the legend's text, kept readable, fits.
class TrajectoryPanel : public ChartWindow {
public:
    TrajectoryPanel(wxWindow* parent, reports::TrajectoryChart chart)
        : ChartWindow(parent, wxSize(520, 140), 440), m_chart(std::move(chart)) {}

private:
    void DrawChart(WxChartCanvas& canvas, double width, double height) override {
        reports::DrawTrajectory(canvas, width, height, m_chart);
    }

    reports::TrajectoryChart m_chart;
};

// Each line starts with "a)" or a title in Latin letters: the direction mark keeps an Arabic line
// reading from the right.
wxString TargetText(const s::TargetProgress& target, const wxString& name) {
    if (!s::HasScore(target.expected) || !s::HasScore(target.value))
        return DirectionMark() + name + wxS(": ") + U(target.note);
    wxString text = DirectionMark() + name + wxS(": ") +
                    wxString::Format(_("baseline %s, target %s in %d; the trajectory asks for %s in %d, the follow-up "
                                       "has %s"),
                                     Score(target.baseline), Score(target.target), target.target_year,
                                     Score(target.expected), target.year, Score(target.value));
    text += wxS(" - ") + (target.on_track ? _("ON TRACK") : _("BEHIND the trajectory"));
    if (s::HasScore(target.probability_on_track))
        text += wxString::Format(_(" (probability %.0f %%)"), 100 * target.probability_on_track);
    return text;
}

}  // namespace

CompareDialog::CompareDialog(wxWindow* parent, std::shared_ptr<const questionnaire::AssessmentData> followup,
                             const std::filesystem::path& followup_path, const std::filesystem::path& baseline)
    : wxDialog(parent, wxID_ANY, _("Compare with the baseline"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX),
      m_followup(std::move(followup)) {
    {
        wxBusyCursor busy;
        const auto earlier = questionnaire::AssessmentStore::Open(baseline, questionnaire::OpenMode::ReadOnly,
                                                                  questionnaire::Actor::Current("c5kit"));
        m_comparison = s::CompareAssessments(earlier.Snapshot(), *m_followup, {});
    }
    const int gap = FromDIP(8);
    auto* heading = new wxStaticText(
        this, wxID_ANY,
        DirectionMark() +
            wxString::Format(_("%s (%d) against the baseline %s (%d). The targets are those set at the baseline."),
                             Isolated(U(m_comparison.followup.title)), m_comparison.followup.year,
                             Isolated(U(m_comparison.baseline.title)), m_comparison.baseline.year),
        wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    heading->Wrap(FromDIP(900));
    auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(420, 300)), wxLC_REPORT);
    list->AppendColumn(_("Pillar"), wxLIST_FORMAT_LEFT, FromDIP(190));
    list->AppendColumn(wxString::Format(_("Baseline %d"), m_comparison.baseline.year), wxLIST_FORMAT_RIGHT);
    list->AppendColumn(wxString::Format(_("Follow-up %d"), m_comparison.followup.year), wxLIST_FORMAT_RIGHT);
    list->AppendColumn(_("Change"), wxLIST_FORMAT_RIGHT);
    const auto add = [&](const wxString& name, double before, double after, double change, bool clear) {
        const long row = list->InsertItem(list->GetItemCount(), name);
        list->SetItem(row, 1, Score(before));
        list->SetItem(row, 2, Score(after));
        list->SetItem(row, 3, Change(change) + (clear ? wxS(" *") : wxString()));
        return row;
    };
    // Pillar titles in the questionnaire's language, as the question tree shows them.
    for (const auto& pillar : m_comparison.pillars) {
        const questionnaire::Pillar* own = m_followup->instrument.FindPillar(pillar.id);
        const std::string title =
            own ? reports::Shown(questionnaire::PillarText(*own, "title", QuestionnaireLanguage())) : pillar.title;
        add(DirectionMark() + Ltr(U(pillar.id)) + wxS(" ") + U(title), pillar.baseline, pillar.followup, pillar.change,
            pillar.clear);
    }
    // TRANSLATORS: "S" is the symbol of the overall score in docs/methodology.md; keep the letter S
    const long overall = add(_("Overall readiness S"), m_comparison.overall_baseline, m_comparison.overall_followup,
                             m_comparison.overall_change, m_comparison.overall_clear);
    list->SetItemFont(overall, list->GetFont().Bold());
    if (s::HasScore(m_comparison.adjusted_baseline) || s::HasScore(m_comparison.adjusted_followup))
        list->SetItemFont(add(_("Penetration-adjusted S_adj"), m_comparison.adjusted_baseline,
                              m_comparison.adjusted_followup, m_comparison.adjusted_change,
                              m_comparison.adjusted_clear),
                          list->GetFont().Bold());
    // Every number column whole; the pillar column takes what the screen leaves beside the target
    // charts (520 points), its titles shortened on a small screen rather than the change hidden.
    const int numbers_width = FitListColumns(list, 1, 3) - list->GetColumnWidth(0);
    const wxRect screen = wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromWindow(parent)))).GetClientArea();
    const int room = screen.width - FromDIP(520 + 5 * 8) - numbers_width - FromDIP(24);
    list->SetColumnWidth(0, std::clamp(room, FromDIP(110), FromDIP(190)));
    list->SetMinSize(wxSize(list->GetColumnWidth(0) + numbers_width + FromDIP(24), FromDIP(300)));

    auto* targets = new wxBoxSizer(wxVERTICAL);
    const reports::ReportText text(UiLanguage());
    for (const auto* target : {&m_comparison.target_a, &m_comparison.target_b}) {
        auto* line = new wxStaticText(this, wxID_ANY, TargetText(*target, target->id == "a" ? _("a) readiness +40%")
                                                                                            : _("b) transborder")), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
        line->Wrap(FromDIP(520));
        targets->Add(line, wxSizerFlags().Expand().Border(wxBOTTOM, gap / 2));
        const auto chart = reports::MakeFollowUpChart(*target, text);
        if (chart.trajectory.size() >= 2) targets->Add(new TrajectoryPanel(this, chart), wxSizerFlags().Expand().Border(wxBOTTOM, gap));
    }
    const auto& child = m_comparison.target_c;
    wxString child_text = wxString::Format(_("c) child online protection: %s at the baseline, %s now"),
                                           child.baseline_met ? _("met") : _("not met"),
                                           child.followup_met ? _("met") : _("not met"));
    const auto ids = [](const std::vector<std::string>& list_of) {
        wxString joined;
        for (const auto& id : list_of) joined += (joined.empty() ? wxString() : wxS(", ")) + U(id);
        return joined;
    };
    if (!child.closed.empty()) child_text += wxS("; ") + _("gaps closed: ") + ids(child.closed);
    if (!child.opened.empty()) child_text += wxS("; ") + _("new gaps: ") + ids(child.opened);
    auto* child_line =
        new wxStaticText(this, wxID_ANY, DirectionMark() + child_text, wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    child_line->Wrap(FromDIP(520));
    targets->Add(child_line, wxSizerFlags().Expand());

    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(list, wxSizerFlags(1).Expand());
    body->Add(targets, wxSizerFlags().Expand().Border(wxLEFT, gap));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* report = new wxButton(this, wxID_ANY, _("Export the follow-up &report..."));
    buttons->Add(report);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(heading, wxSizerFlags().Expand().Border(wxALL, gap));
    column->Add(body, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    bool any_clear = false;
    for (const auto& pillar : m_comparison.pillars) any_clear = any_clear || pillar.clear;
    std::vector<wxString> notes;
    if (any_clear) notes.push_back(_("* a clear change: its paired 90% range lies wholly above or below zero."));
    for (const auto& note : m_comparison.notes) notes.push_back(U(note));
    for (const auto& note : notes) {
        auto* note_text = new wxStaticText(this, wxID_ANY, DirectionMark() + note, wxDefaultPosition, wxDefaultSize,
                                           ParagraphStyle());
        note_text->Wrap(FromDIP(900));
        column->Add(note_text, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    }
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
    // Never larger than the screen (a 1024×600 netbook): the list gives way, the notes stay whole.
    FitOnScreen(*this);
    SetEscapeId(wxID_CLOSE);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
    report->Bind(wxEVT_BUTTON, [this, followup_path, baseline](wxCommandEvent&) {
        ReportDialog dialog(this, m_followup, followup_path, baseline);
        dialog.ShowModal();
    });
    Journal("screen compare");
}

}  // namespace c5::gui
