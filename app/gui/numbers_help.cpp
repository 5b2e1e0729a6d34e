#include "numbers_help.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "fit_on_screen.h"
#include "gui_journal.h"
#include "screen_colours.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {

wxString NumberTerm(NumberTopic topic) {
    switch (topic) {
        // TRANSLATORS: "S" is the symbol of the overall score in docs/methodology.md; keep the letter S
        case NumberTopic::Score: return _("S: overall readiness");
        // TRANSLATORS: "S_adj" is a symbol of docs/methodology.md; keep it as it is
        case NumberTopic::Adjusted: return _("S_adj: penetration-adjusted readiness");
        // TRANSLATORS: "P" is a symbol of docs/methodology.md; keep the letter P
        case NumberTopic::Penetration: return _("P: ICT penetration index");
        case NumberTopic::Gap: return _("Gap S - P");
        case NumberTopic::Range: return _("90% range");
        case NumberTopic::TwoThirds: return _("The 2/3 rule");
        case NumberTopic::Stages: return _("Stages");
        case NumberTopic::Completion: return _("Completion");
        case NumberTopic::TargetA: return _("Target a: readiness +40%");
        case NumberTopic::TargetB: return _("Target b: a transborder space of confidence");
        case NumberTopic::TargetC: return _("Target c: child online protection");
        case NumberTopic::Marks: return _("Marks in the question list");
        case NumberTopic::None: break;
    }
    return {};
}

wxString NumberExplanation(NumberTopic topic) {
    switch (topic) {
        case NumberTopic::Score:
            return _("The pillar scores (0 to 100) averaged with the pillar weights. Each question's score comes from "
                     "the answers: the middle one of the respondents', or the consensus the workshop recorded. A "
                     "question answered \"not applicable\" is left out, never counted as 0.");
        case NumberTopic::Adjusted:
            return _("The headline score: S with each question's weight adjusted to the country's ICT penetration P. "
                     "Foundations (laws, a national CIRT) count whatever the connectivity; what serves many users "
                     "online counts more where many people are online. Without penetration figures it is not "
                     "computed.");
        case NumberTopic::Penetration:
            return _("0 to 100, from the ITU figures entered in Assessment > ICT penetration figures: Internet users, "
                     "households with Internet, mobile and fixed broadband subscriptions.");
        case NumberTopic::Gap:
            return _("Readiness minus penetration. Positive: confidence and security are ahead of connectivity; "
                     "negative: the country is connected faster than it is secured.");
        case NumberTopic::Range:
            // xgettext:no-c-format
            return _("Where the score lies with 90% probability, given the answers' confidence, the disagreement "
                     "between respondents and the choice of weights (10,000 simulations). A wide range means the "
                     "answers leave the score uncertain.");
        case NumberTopic::TwoThirds:
            return _("A pillar gets a score only when at least two thirds of the questions asked in it are answered; "
                     "until then it shows \"not enough answers\", never 0, and the overall score is marked "
                     "incomplete. Optional modules count only when included in Scoring options.");
        case NumberTopic::Stages:
            return _("Any score 0-100 read as a maturity stage: start-up below 20, formative below 40, established "
                     "below 60, strategic below 80, dynamic from 80.");
        case NumberTopic::Completion:
            return _("The share of the questions asked of the current respondent that have an answer (not "
                     "applicable counts as an answer).");
        case NumberTopic::TargetA:
            return _("Overall readiness improved by 40% by the target year: the target closes 40% of the distance "
                     "from the baseline to 100. The baseline is S_adj, or S without penetration figures.");
        case NumberTopic::TargetB:
            return _("The same rule for the sub-index of the questions on cooperation across borders.");
        case NumberTopic::TargetC:
            return _("Met only when every essential child-protection question scores full marks; no other answer "
                     "can make up for one that does not. Until the essentials are answered it is not assessed.");
        case NumberTopic::Marks:
            // The marks themselves are not in the message: non-ASCII text in a message id would not
            // survive wx's lookup of an untranslated message.
            return MarksLegend() + wxS(". ") +
                   _("A follow-up question is not asked while the question before it is not answered in a way "
                     "that calls for it; it is then not scored.");
        case NumberTopic::None: break;
    }
    return {};
}

wxString MarksLegend() {
    // TRANSLATORS: %s is the "not applicable" mark of the question list (N/A); where that mark is
    // already the words "not applicable", translate this as just %s
    const wxString not_applicable = wxString::Format(_("%s not applicable"), _("N/A"));
    return wxS("\u2713 ") + _("answered") + wxS(" \u00b7 ") + not_applicable + wxS(" \u00b7 \u2691 ") +
           _("marked for review") + wxS(" \u00b7 \u2013 ") + _("follow-up not asked");
}

void ShowNumbersHelp(wxWindow* parent) {
    wxDialog dialog(parent, wxID_ANY, _("What the numbers mean"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    const int gap = dialog.FromDIP(8);
    auto* page = new wxScrolledWindow(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    page->SetScrollRate(0, dialog.FromDIP(12));
    auto* column = new wxBoxSizer(wxVERTICAL);
    for (auto topic : {NumberTopic::Adjusted, NumberTopic::Score, NumberTopic::Range, NumberTopic::Stages,
                       NumberTopic::Penetration, NumberTopic::Gap, NumberTopic::TwoThirds, NumberTopic::Completion,
                       NumberTopic::TargetA, NumberTopic::TargetB, NumberTopic::TargetC, NumberTopic::Marks}) {
        auto* term = new wxStaticText(page, wxID_ANY, NumberTerm(topic), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
        term->SetFont(term->GetFont().Bold());
        term->Wrap(dialog.FromDIP(560));  // at 200 % text a term is wider than the page
        column->Add(term, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
        auto* text = new wxStaticText(page, wxID_ANY, NumberExplanation(topic), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
        text->Wrap(dialog.FromDIP(560));
        column->Add(text, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    }
    auto* formulas = new wxStaticText(page, wxID_ANY, _("Every formula, with a worked example, is in the "
                                                        "methodology (docs/methodology.md) and in the report."), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    formulas->Wrap(dialog.FromDIP(560));
    SetTextColour(*formulas, wxColour(96, 100, 108));
    column->Add(formulas, wxSizerFlags().Border(wxALL, gap));
    page->SetSizer(column);
    page->FitInside();
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(page, wxSizerFlags(1).Expand());
    outer->Add(dialog.CreateStdDialogButtonSizer(wxCLOSE), wxSizerFlags().Expand().Border(wxALL, gap));
    dialog.SetSizer(outer);
    const wxRect area = wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromWindow(parent)))).GetClientArea();
    dialog.SetSize(wxSize(std::min(dialog.FromDIP(620), area.width), std::min(dialog.FromDIP(560), area.height)));
    FitOnScreen(dialog);
    dialog.SetEscapeId(wxID_CLOSE);
    dialog.Bind(wxEVT_BUTTON, [&dialog](wxCommandEvent&) { dialog.EndModal(wxID_CLOSE); }, wxID_CLOSE);
    Journal("screen numbers-help");
    dialog.ShowModal();
}

}  // namespace c5::gui
