// The startup benchmark's floor: the first screen's widgets as c5kit shows them (menus, the
// respondent bar, a 100-question tree, a question page, a painted dashboard, a status bar) with
// no file, scores or texts behind them, started and closed the way c5kit --exit-when-ready is.
// What it takes over a bare frame is what GTK needs for those widgets whatever the app does.
#include <memory>

#include <wx/dataview.h>
#include <wx/dcbuffer.h>
#include <wx/gauge.h>
#include <wx/graphics.h>
#include <wx/splitter.h>
#include <wx/wx.h>

#include "gtk_check_marks.h"

namespace {

// Headline, figures and one bar per pillar, in the dashboard's font sizes.
class DashboardStandIn : public wxWindow {
public:
    explicit DashboardStandIn(wxWindow* parent) : wxWindow(parent, wxID_ANY) {
        SetBackgroundStyle(wxBG_STYLE_PAINT);
        Bind(wxEVT_PAINT, [this](wxPaintEvent&) {
            wxAutoBufferedPaintDC dc(this);
            dc.SetBackground(*wxWHITE_BRUSH);
            dc.Clear();
            std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
            double y = 10;
            for (const int points : {10, 24, 9, 9, 10}) {
                gc->SetFont(wxFont(wxFontInfo(points).Family(wxFONTFAMILY_SWISS)), *wxBLACK);
                gc->DrawText(wxS("Overall readiness 62.3 Established"), 10, y);
                y += points * 2;
            }
            gc->SetFont(wxFont(wxFontInfo(8).Family(wxFONTFAMILY_SWISS)), *wxBLACK);
            for (int pillar = 1; pillar <= 8; ++pillar, y += 20) {
                gc->DrawText(wxString::Format(wxS("P%d pillar"), pillar), 10, y);
                gc->DrawRectangle(120, y, 10.0 * pillar, 10);
            }
        });
    }
};

wxWindow* QuestionPageStandIn(wxWindow* parent) {
    auto* page = new wxScrolledWindow(parent);
    auto* column = new wxBoxSizer(wxVERTICAL);
    for (int line = 0; line < 4; ++line)
        column->Add(new wxStaticText(page, wxID_ANY, wxS("A line of the question's texts")));
    auto* none = new wxRadioButton(page, wxID_ANY, wxS("no answer yet"), wxPoint(0, -10000), wxDefaultSize, wxRB_GROUP);
    none->Disable();
    for (int level = 0; level < 5; ++level) {
        column->Add(new wxRadioButton(page, wxID_ANY, wxString::Format(wxS("%d  Level"), level)));
        column->Add(new wxStaticText(page, wxID_ANY, wxS("What the level means, in a sentence")));
    }
    column->Add(new wxCheckBox(page, wxID_ANY, wxS("Not applicable")));
    for (int confidence = 0; confidence < 3; ++confidence)
        column->Add(new wxRadioButton(page, wxID_ANY, wxS("confidence"), wxDefaultPosition, wxDefaultSize,
                                      confidence == 0 ? wxRB_GROUP : 0));
    for (const int height : {70, 44}) {
        column->Add(new wxStaticText(page, wxID_ANY, wxS("Evidence")));
        column->Add(new wxTextCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, height), wxTE_MULTILINE),
                    wxSizerFlags().Expand());
    }
    column->Add(new wxCheckBox(page, wxID_ANY, wxS("Mark for review")));
    column->Add(new wxButton(page, wxID_BACKWARD, wxS("< Previous")));
    column->Add(new wxButton(page, wxID_FORWARD, wxS("Next >")));
    page->SetSizer(column);
    return page;
}

class WidgetsApp : public wxApp {
public:
    bool OnInit() override {
        c5::gui::PreferPngCheckMarks();  // as c5kit does
        auto* frame = new wxFrame(nullptr, wxID_ANY, wxS("widgets"));
        auto* bar = new wxMenuBar();
        for (const wxString& title :
             {wxS("&File"), wxS("&Edit"), wxS("&Go"), wxS("&Assessment"), wxS("&View"), wxS("&Help")}) {
            auto* menu = new wxMenu();
            for (int item = 0; item < 6; ++item) menu->Append(wxID_ANY, wxString::Format(wxS("Item %d"), item));
            bar->Append(menu, title);
        }
        frame->SetMenuBar(bar);
        auto* top = new wxPanel(frame);
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(new wxStaticText(top, wxID_ANY, wxS("Answering as:")));
        auto* respondent = new wxChoice(top, wxID_ANY);
        respondent->Append(wxS("Ministry"));
        respondent->SetSelection(0);
        row->Add(respondent);
        row->Add(new wxButton(top, wxID_ANY, wxS("Add...")));
        row->Add(new wxGauge(top, wxID_ANY, 100));
        top->SetSizer(row);
        auto* outer = new wxSplitterWindow(frame, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE);
        auto* inner = new wxSplitterWindow(outer, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE);
        auto* tree = new wxDataViewTreeCtrl(outer, wxID_ANY);
        for (int pillar = 1; pillar <= 8; ++pillar) {
            const auto container = tree->AppendContainer(wxDataViewItem(), wxString::Format(wxS("P%d pillar"), pillar));
            for (int question = 1; question <= 13; ++question)
                tree->AppendItem(container, wxString::Format(wxS("P%d.%d a question's title"), pillar, question));
            tree->Expand(container);
        }
        inner->SplitVertically(QuestionPageStandIn(inner), new DashboardStandIn(inner), 560);
        outer->SplitVertically(tree, inner, 280);
        auto* column = new wxBoxSizer(wxVERTICAL);
        column->Add(top, wxSizerFlags().Expand());
        column->Add(outer, wxSizerFlags(1).Expand());
        frame->SetSizer(column);
        frame->CreateStatusBar(2);
        frame->SetStatusText(wxS("Every answer is saved the moment you give it."));
        frame->SetClientSize(1280, 800);
        frame->Show();
        CallAfter([this] { CallAfter([this] { ExitMainLoop(); }); });
        return true;
    }
};

}  // namespace

wxIMPLEMENT_APP(WidgetsApp);
