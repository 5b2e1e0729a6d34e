#include "dashboard_text.h"

#include <algorithm>

#include <wx/dataview.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "accessibility.h"
#include "c5/scoring/item_score.h"
#include "labels.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {
namespace s = c5::scoring;

namespace {

wxString Number(double value) { return s::HasScore(value) ? Ltr(wxString::Format(wxS("%.1f"), value)) : _("no score yet"); }
// TRANSLATORS: the comma between a score and its stage ("46.1, established"); Arabic "، ", Chinese "，"
wxString Comma() { return _(", "); }

wxString Stage(double value) { return s::HasScore(value) ? StageLabel(s::StageOf(value)) : wxString(); }

}  // namespace

DashboardText::DashboardText(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* heading = new wxStaticText(this, wxID_ANY, _("Scores in words"));
    heading->SetFont(GetFont().Bold().Scaled(0.9f));
    column->Add(heading, wxSizerFlags().Border(wxLEFT | wxTOP, FromDIP(4)));
    // Read-only but focusable: Tab reaches it and a screen reader reads it line by line.
    // Three lines and a header with four rows high, in the text's own size (200 % text makes them
    // taller); the lines wrap instead of running past the narrow pane.
    m_summary = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                               wxTE_MULTILINE | wxTE_READONLY);
    m_summary->SetFont(GetFont().Scaled(0.9f));
    m_summary->SetMinSize(wxSize(-1, 3 * m_summary->GetCharHeight() + FromDIP(8)));
    column->Add(m_summary, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(2)));
    m_pillars = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(-1, GetCharHeight() * 11 / 2 + FromDIP(2)),
                                       wxDV_SINGLE | wxDV_ROW_LINES);
    // Arabic names start at the cell's right edge and a long name ends in "…": clipped, an Arabic
    // name lost its start.
    wxDataViewColumn* names = m_pillars->AppendTextColumn(_("Pillar"), wxDATAVIEW_CELL_INERT, FromDIP(150),
                                                          UiRightToLeft() ? wxALIGN_RIGHT : wxALIGN_NOT,
                                                          wxDATAVIEW_COL_RESIZABLE);
    names->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);  // "P1 Cooperation among…", its start always shown
    // Wide enough for "100.0" and the longest stage in the text's own size.
    const int padding = FromDIP(16);
    int stage_width = GetTextExtent(_("Score")).x;
    for (int stage = 0; stage < 5; ++stage) stage_width = std::max(stage_width, GetTextExtent(StageLabel(stage)).x);
    m_pillars->AppendTextColumn(_("Score"), wxDATAVIEW_CELL_INERT,
                                std::max(FromDIP(50), GetTextExtent(wxS("100.0")).x + padding), wxALIGN_RIGHT);
    m_pillars->AppendTextColumn(_("Stage"), wxDATAVIEW_CELL_INERT, std::max(FromDIP(90), stage_width + padding));
    column->Add(m_pillars, wxSizerFlags().Expand().Border(wxALL, FromDIP(2)));
    SetSizer(column);
    SetAccessibleName(*m_summary, _("Scores in words"));
    SetLabelledBy(*m_summary, *heading);
    SetAccessibleName(*m_pillars, _("Pillar scores"));
    m_summary->SetName(_("Scores in words"));
    m_pillars->SetName(_("Pillar scores"));
}

wxString DashboardText::SetScores(const s::ScoreResult& result, const reports::ChartData& chart, bool final,
                                  double completion) {
    const auto& overall = result.overall;
    const bool adjusted = s::HasScore(overall.adjusted);
    const double headline = adjusted ? overall.adjusted : overall.score;
    // The same words as the painted dashboard (and so the same translations).
    const wxString headline_line = (adjusted ? _("Penetration-adjusted readiness S_adj") : _("Overall readiness S")) +
                                   wxS(": ") + Number(headline) +
                                   (s::HasScore(headline) ? Comma() + Stage(headline) : wxString());
    // Each line starts with the direction mark: in Arabic a line that starts with "a)" or "P1" would
    // otherwise be laid out left to right and its start cut off at the box's edge.
    const wxString line = wxS("\n") + DirectionMark();
    wxString text = DirectionMark() + headline_line;
    const s::Interval& interval = adjusted ? overall.adjusted_interval : overall.interval;
    if (!final) text += line + _("Computing the 90% range...");
    else if (interval.Valid())
        text += line + wxString::Format(_("90%% range %s to %s"), Number(interval.low), Number(interval.high));
    if (adjusted) text += line + wxString::Format(_("Overall S %s"), Number(overall.score));
    text += line + wxString::Format(_("This respondent: %s%% answered"), wxString::Format(wxS("%.0f"), 100 * completion));
    for (const s::ProgressTarget* target : {&result.target_a, &result.target_b}) {
        const wxString name = target->id == "a" ? _("a) readiness +40%") : _("b) transborder");
        if (!s::HasScore(target->baseline)) text += line + name + wxS(": ") + _("no baseline yet");
        else if (target->target_year_passed)
            text += line + wxString::Format(_("%s: %s now; the target year %s has passed (Scoring options)"), name,
                                                 Number(target->baseline), wxString::Format(wxS("%d"), target->target_year));
        else
            text += line + wxString::Format(_("%s: %s now, %s by %s"), name, Number(target->baseline),
                                                 Number(target->target), wxString::Format(wxS("%d"), target->target_year));
    }
    const auto& child = result.target_c;
    text += line;
    if (child.below_full > 0)
        text += wxString::Format(_("c) child online protection: not met, %zu gap(s)"), child.gaps.size());
    else if (child.Decided()) text += _("c) child online protection: met");
    else if (child.applicable > 0)
        text += wxString::Format(_("c) child online protection: not assessed yet (%d of %d essentials answered)"),
                                 child.answered, child.applicable);
    else text += _("c) child online protection: not assessed (no essential applies)");
    // Rows changed in place: a screen reader in the table keeps its cell when the scores change.
    const bool same_rows = m_pillars->GetItemCount() == static_cast<int>(chart.pillars.size());
    if (!same_rows) m_pillars->DeleteAllItems();
    for (std::size_t i = 0; i < chart.pillars.size(); ++i) {
        const auto& pillar = chart.pillars[i];
        const wxString title = DirectionMark() + Ltr(U(pillar.id)) + wxS(" ") + U(pillar.title);
        text += line + title + wxS(": ") + Number(pillar.score) +
                (s::HasScore(pillar.score) ? Comma() + Stage(pillar.score) : wxString());
        const wxString cells[] = {title, Number(pillar.score), Stage(pillar.score)};
        if (same_rows) {
            for (unsigned column = 0; column < 3; ++column)
                if (m_pillars->GetTextValue(static_cast<unsigned>(i), column) != cells[column])
                    m_pillars->SetTextValue(cells[column], static_cast<unsigned>(i), column);
        } else {
            wxVector<wxVariant> row;
            for (const wxString& cell : cells) row.push_back(wxVariant(cell));
            m_pillars->AppendItem(row);
        }
    }
    // Only a real change moves the caret back to the start (a screen reader would read it again).
    if (m_summary->GetValue() != text) m_summary->ChangeValue(text);
    if (headline_line == m_headline) return wxString();
    const bool first = m_headline.empty();
    m_headline = headline_line;
    return first ? wxString() : headline_line;
}

}  // namespace c5::gui
