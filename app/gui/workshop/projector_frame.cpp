#include "workshop/projector_frame.h"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/sizer.h>

#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/text_wrap.h"
#include "c5kit_app.h"
#include "dashboard_panel.h"
#include "chart_window.h"
#include "graphics_font_cache.h"
#include "screen_colours.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {
namespace q = c5::questionnaire;

// The disagreements in large type: question, spread, who said what, settled or not.
class DisagreementBoard : public wxWindow {
public:
    explicit DisagreementBoard(wxWindow* parent) : wxWindow(parent, wxID_ANY), m_fonts(*this) {
        SetBackgroundStyle(wxBG_STYLE_PAINT);
        KeepLeftToRight(*this);
        Bind(wxEVT_PAINT, [this](wxPaintEvent&) { Paint(); });
        Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
            Refresh();
            event.Skip();
        });
    }
    void SetItems(std::vector<scoring::Disagreement> items, const q::AssessmentData& data) {
        m_items = std::move(items);
        m_texts.clear();
        for (const auto& item : m_items)
            m_texts.push_back(q::QuestionText(*data.instrument.FindQuestion(item.question_id), "text", UiLanguage()).text);
        m_single = data.respondents.size() < 2;
        Refresh();
    }

private:
    void Paint() {
        wxAutoBufferedPaintDC dc(this);
        const CanvasColours& colours = CanvasPalette();
        dc.SetBackground(wxBrush(colours.background));
        dc.Clear();
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
        if (!gc) return;
        const double margin = FromDIP(24);
        const double width = GetClientSize().x - 2 * margin;
        const double bottom = GetClientSize().y - margin;
        double y = margin;
        const wxColour &navy = colours.accent, &muted = colours.muted, &good = colours.good;
        // `text` broken into lines no wider than the board, in the font set last, where the language
        // allows (between Chinese characters too).
        const auto wrap = [&](const wxString& text) {
            const auto measure = [&](std::string_view piece) { return m_fonts.TextWidth(*gc, U(piece)); };
            std::vector<wxString> lines;
            for (const std::string& part : reports::WrapText(S(text), width, measure, UiLanguage())) lines.push_back(U(part));
            if (lines.empty()) lines.emplace_back();
            return lines;
        };
        const auto line_height = [&](double points, bool bold) {
            gc->SetFont(m_fonts.Points(*gc, points, bold, colours.text));
            return m_fonts.LineHeight(*gc) * 1.15;
        };
        const auto height_of = [&](const wxString& text, double points, bool bold) {
            const double h = line_height(points, bold);
            return h * static_cast<double>(wrap(text).size());
        };
        const auto line = [&](const wxString& text, double points, bool bold, const wxColour& colour) {
            gc->SetFont(m_fonts.Points(*gc, points, bold, colour));
            const double h = m_fonts.LineHeight(*gc) * 1.15;
            for (const wxString& part : wrap(text)) {
                // The board stays left to right for its geometry; Arabic lines keep to the right.
                const double x = UiRightToLeft() ? margin + width - m_fonts.TextWidth(*gc, part) : margin;
                gc->DrawText(UiRightToLeft() ? DirectionMark() + part : part, x, y);
                y += h;
            }
        };
        line(_("To discuss"), 26, true, navy);
        if (m_items.empty()) {
            line(m_single ? _("One respondent only: nothing to compare yet.")
                          : _("No question where the respondents' answers span two levels or more."),
                 18, false, muted);
            return;
        }
        const auto heading_of = [&](const scoring::Disagreement& item) {
            return DirectionMark() + Ltr(U(item.question_id)) + wxS("   ") + wxString::Format(_("%d levels apart"), item.levels) +
                   (item.settled ? wxS("   ") + _("settled") : wxString());
        };
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            const auto& item = m_items[i];
            // Whole items only: one that would be cut at the bottom gives way to a line saying how
            // many more there are.
            const double needed = height_of(heading_of(item), 20, true) + height_of(U(m_texts[i]), 16, false);
            const bool last = i + 1 == m_items.size();
            const double more_line = last ? 0.0 : line_height(16, true);
            if (y + needed + more_line > bottom) {
                line(wxString::Format(_("... and %zu more (Ctrl+D on the laptop lists them all)"), m_items.size() - i),
                     16, true, muted);
                return;
            }
            line(heading_of(item), 20, true, item.settled ? good : navy);
            line(U(m_texts[i]), 16, false, item.settled ? muted : colours.text);
            y += FromDIP(8);
        }
    }

    std::vector<scoring::Disagreement> m_items;
    std::vector<std::string> m_texts;
    bool m_single = false;
    GraphicsFontCache m_fonts;
};

ProjectorFrame::ProjectorFrame(wxWindow* owner)
    : wxFrame(owner, wxID_ANY, _("C5 Readiness Kit - projector"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE | wxFRAME_FLOAT_ON_PARENT) {
    SetIcons(AppIcons());
    SetBackgroundColour(CanvasPalette().background);
    m_dashboard = new DashboardPanel(this);
    m_dashboard->SetLarge(true);
    m_board = new DisagreementBoard(this);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m_dashboard, wxSizerFlags(5).Expand());
    row->Add(m_board, wxSizerFlags(4).Expand());
    SetSizer(row);
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE || event.GetKeyCode() == WXK_F11) Close();
        else event.Skip();
    });
}

void ProjectorFrame::Update(std::shared_ptr<const scoring::ScoreResult> result, reports::ChartData chart, bool final,
                            double completion, const questionnaire::AssessmentData& data) {
    m_dashboard->SetScores(std::move(result), std::move(chart), final, completion);
    m_board->SetItems(scoring::FindDisagreements(data), data);
}

}  // namespace c5::gui
