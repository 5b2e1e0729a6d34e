#include "start_frame.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/display.h>
#include <wx/listbox.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "c5/questionnaire/version.h"
#include "accessibility.h"
#include "c5kit_app.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "screen_colours.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {

StartFrame::StartFrame() : wxFrame(nullptr, wxID_ANY, _("C5 Readiness Kit")) {
    SetIcons(AppIcons());
    auto* panel = new wxPanel(this);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(panel, wxID_ANY, _("C5 Readiness Kit"));
    title->SetFont(title->GetFont().Scaled(2.0f).Bold());
    SetTextColour(*title, wxColour(41, 69, 107));
    column->Add(title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(24)));
    auto* subtitle = new wxStaticText(
        panel, wxID_ANY,
        _("Readiness self-assessment for WSIS action line C5, Building confidence and security in the use of ICTs"), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    subtitle->Wrap(FromDIP(560));
    column->Add(subtitle, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(24)));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* create = new wxButton(panel, wxID_NEW, _("&New assessment..."));
    auto* open = new wxButton(panel, wxID_OPEN, _("&Open..."));
    auto* demo = new wxButton(panel, wxID_ANY, _("Open the &demo"));
    auto* form = new wxButton(panel, wxID_ANY, _("&Paper questionnaire..."));
    for (auto* button : {create, open, demo, form}) buttons->Add(button, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
    column->Add(buttons, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(24)));

    auto* recent_label = new wxStaticText(panel, wxID_ANY, _("&Recent assessments"));
    recent_label->SetFont(recent_label->GetFont().Bold());
    column->Add(recent_label, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(24)));
    m_recent = new wxListBox(panel, wxID_ANY);
    auto& history = wxGetApp().History();
    for (size_t i = 0; i < history.GetCount(); ++i) m_recent->Append(history.GetHistoryFile(i));
    if (history.GetCount() == 0) m_recent->Append(_("(none yet)"));
    column->Add(m_recent, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(24)));
    auto* footer = new wxBoxSizer(wxHORIZONTAL);
    auto* version = new wxStaticText(panel, wxID_ANY, U(questionnaire::KitVersionString()));
    SetTextColour(*version, wxColour(110, 113, 120));
    footer->Add(version, wxSizerFlags(1).CentreVertical());
    // TRANSLATORS: label of the interface-language list on the start window
    auto* language_label = new wxStaticText(panel, wxID_ANY, _("&Language:"));
    footer->Add(language_label, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(8)));
    auto* language = new wxChoice(panel, wxID_ANY);
    const auto languages = UiLanguageChoices();
    for (const auto& choice : languages) {
        language->Append(choice.name);
        if (choice.code == UiLanguage()) language->SetSelection(language->GetCount() - 1);
    }
    footer->Add(language, wxSizerFlags().CentreVertical());
    column->Add(footer, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(24)));
    panel->SetSizer(column);
    // GTK bound the subtitle to "New assessment..." as its label; the lists get their own.
    ForgetGuessedLabels(*panel);
    // Named by the texts beside them (GTK named the list not at all).
    SetAccessibleName(*m_recent, recent_label->GetLabelText());
    SetAccessibleName(*language, language_label->GetLabelText());
    language->Bind(wxEVT_CHOICE, [this, languages](wxCommandEvent& event) {
        const std::string code = languages.at(static_cast<std::size_t>(event.GetSelection())).code;
        CallAfter([this, code] {
            ApplyUiLanguage(code, true);
            Journal("language " + code);
            wxGetApp().ShowStart();
            Destroy();
        });
    });

    create->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { wxGetApp().NewAssessment(this); });
    open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { wxGetApp().ChooseAndOpen(this); });
    demo->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { wxGetApp().OpenDemo(this); });
    form->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { wxGetApp().SaveBlankForm(this); });
    m_recent->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { OpenRecent(); });
    m_recent->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_RETURN) OpenRecent();
        else event.Skip();
    });
    create->SetDefault();
    create->SetFocus();
    // The frame knows what its panel needs: larger text (200 %) makes the window larger, up to
    // the screen, instead of cutting the buttons and the footer off.
    FitFieldsToText(*this);
    auto* frame_sizer = new wxBoxSizer(wxVERTICAL);
    frame_sizer->Add(panel, wxSizerFlags(1).Expand());
    SetSizer(frame_sizer);
    const wxSize needed = column->GetMinSize();
    const wxRect area = wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromWindow(this)))).GetClientArea();
    SetMinClientSize(AtMost(AtLeast(needed, FromDIP(wxSize(520, 360))), WindowToClientSize(area.GetSize())));
    SetClientSize(AtMost(AtLeast(needed, FromDIP(wxSize(640, 440))), WindowToClientSize(area.GetSize())));
    Centre();
}

void StartFrame::OpenRecent() {
    const int selection = m_recent->GetSelection();
    if (selection == wxNOT_FOUND || static_cast<size_t>(selection) >= wxGetApp().History().GetCount()) return;
    if (wxGetApp().OpenAssessment(wxGetApp().History().GetHistoryFile(static_cast<size_t>(selection)), this)) Close();
}

}  // namespace c5::gui
