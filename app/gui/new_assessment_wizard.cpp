#include "new_assessment_wizard.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/filepicker.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>

#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/text_util.h"
#include "c5kit_app.h"
#include "gui_journal.h"
#include "labels.h"
#include "wx_text.h"

namespace c5::gui {
namespace q = c5::questionnaire;

namespace {

constexpr q::CountryGroup kGroups[] = {q::CountryGroup::LDC,        q::CountryGroup::SIDS,
                                       q::CountryGroup::LLDC,       q::CountryGroup::Transition,
                                       q::CountryGroup::Developing, q::CountryGroup::Developed};

wxStaticText* Heading(wxWindow* parent, const wxString& text) { return new wxStaticText(parent, wxID_ANY, text); }

wxStaticText* Note(wxWindow* parent, const wxString& text, int width) {
    auto* note = new wxStaticText(parent, wxID_ANY, text);
    note->Wrap(width);
    return note;
}

}  // namespace

NewAssessmentWizard::NewAssessmentWizard(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, _("New assessment"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    // A plain dialog with a book of pages: wxWizard lays pages out wrongly on GTK 3.
    auto* column = new wxBoxSizer(wxVERTICAL);
    m_step = new wxStaticText(this, wxID_ANY, wxString());
    m_step->SetFont(m_step->GetFont().Scaled(1.2f).Bold());
    m_step->SetForegroundColour(wxColour(41, 69, 107));
    column->Add(m_step, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    m_book = new wxSimplebook(this);
    m_book->AddPage(CountryPage(), wxString());
    m_book->AddPage(RespondentsPage(), wxString());
    m_book->AddPage(PenetrationPage(), wxString());
    m_book->AddPage(FilePage(), wxString());
    column->Add(m_book, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    m_back = new wxButton(this, wxID_BACKWARD, _("< &Back"));
    m_next = new wxButton(this, wxID_FORWARD, _("&Next >"));
    auto* cancel = new wxButton(this, wxID_CANCEL, _("Cancel"));
    buttons->AddStretchSpacer();
    buttons->Add(m_back);
    buttons->Add(m_next, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    buttons->Add(cancel, wxSizerFlags().Border(wxLEFT, FromDIP(12)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
    SetSizerAndFit(column);
    SetSize(FromDIP(wxSize(620, 520)));
    m_back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_book->GetSelection() > 0) GoTo(static_cast<std::size_t>(m_book->GetSelection()) - 1);
    });
    m_next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const auto page = static_cast<std::size_t>(m_book->GetSelection());
        if (!ValidatePage(page)) return;
        if (page + 1 < kPageCount) GoTo(page + 1);
        else EndModal(wxID_OK);
    });
    GoTo(kCountry);
}

void NewAssessmentWizard::GoTo(std::size_t page) {
    m_book->SetSelection(page);
    static const char* const kJournal[] = {"screen wizard-country", "screen wizard-respondents",
                                           "screen wizard-penetration", "screen wizard-file"};
    const wxString titles[] = {_("Country"), _("Respondents"), _("ICT penetration"), _("File")};
    m_step->SetLabel(wxString::Format(_("Step %zu of %d: %s"), page + 1, static_cast<int>(kPageCount), titles[page]));
    m_back->Enable(page > 0);
    m_next->SetLabel(page + 1 == kPageCount ? _("C&reate") : _("&Next >"));
    m_next->SetDefault();
    if (page == kFile) UpdateSuggestedFile();
    if (page == kCountry) m_search->SetFocus();
    if (page == kRespondents) m_respondent_name->SetFocus();
    if (page == kPenetration && !m_penetration.empty()) m_penetration.front().value->SetFocus();
    Layout();
    Journal(kJournal[page]);
}

wxPanel* NewAssessmentWizard::CountryPage() {
    auto* page = new wxPanel(m_book);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(Heading(page, _("Which country is assessed?")), wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));
    m_search = new wxTextCtrl(page, wxID_ANY);
    m_search->SetHint(_("Type to search, e.g. Kenya or KEN"));
    column->Add(m_search, wxSizerFlags().Expand());
    m_countries = new wxListBox(page, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 140)));
    column->Add(m_countries, wxSizerFlags(1).Expand().Border(wxTOP | wxBOTTOM, FromDIP(4)));
    auto* fictional_row = new wxBoxSizer(wxHORIZONTAL);
    m_fictional = new wxCheckBox(page, wxID_ANY, _("A fictional country for training, named:"));
    m_fictional_name = new wxTextCtrl(page, wxID_ANY);
    m_fictional_name->Enable(false);
    fictional_row->Add(m_fictional, wxSizerFlags().CentreVertical());
    fictional_row->Add(m_fictional_name, wxSizerFlags(1).Border(wxLEFT, FromDIP(6)));
    column->Add(fictional_row, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(page, wxID_ANY, _("Country group:")), wxSizerFlags().CentreVertical());
    m_group = new wxChoice(page, wxID_ANY);
    for (auto group : kGroups) m_group->Append(CountryGroupName(group));
    m_group->SetSelection(4);
    grid->Add(m_group, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(page, wxID_ANY, _("Year assessed:")), wxSizerFlags().CentreVertical());
    m_year = new wxSpinCtrl(page, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1990,
                            2100, q::CurrentYear());
    grid->Add(m_year);
    grid->Add(new wxStaticText(page, wxID_ANY, _("Title (optional):")), wxSizerFlags().CentreVertical());
    m_title = new wxTextCtrl(page, wxID_ANY);
    m_title->SetHint(_("C5 readiness self-assessment, country and year"));
    grid->Add(m_title, wxSizerFlags().Expand());
    column->Add(grid, wxSizerFlags().Expand());
    page->SetSizer(column);
    FilterCountries();
    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { FilterCountries(); });
    m_search->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        // Down arrow moves from the search box into the list, as in a search field.
        if (event.GetKeyCode() == WXK_DOWN && m_countries->GetCount() > 0) {
            m_countries->SetFocus();
            if (m_countries->GetSelection() == wxNOT_FOUND) {
                m_countries->SetSelection(0);
                OnCountryChosen();
            }
        } else {
            event.Skip();
        }
    });
    m_countries->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { OnCountryChosen(); });
    m_fictional->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        m_fictional_name->Enable(m_fictional->IsChecked());
        m_countries->Enable(!m_fictional->IsChecked());
        m_search->Enable(!m_fictional->IsChecked());
        if (m_fictional->IsChecked()) m_fictional_name->SetFocus();
    });
    return page;
}

void NewAssessmentWizard::FilterCountries() {
    const std::string wanted = q::ToLowerAscii(q::Trim(S(m_search->GetValue())));
    m_countries->Clear();
    m_shown_codes.clear();
    wxArrayString items;
    for (const auto& country : q::AllCountries()) {
        const std::string name = q::ToLowerAscii(country.name);
        if (!wanted.empty() && name.find(wanted) == std::string::npos && q::ToLowerAscii(country.alpha3) != wanted)
            continue;
        items.Add(U(country.name + "  (" + country.alpha3 + ")"));
        m_shown_codes.push_back(country.alpha3);
    }
    m_countries->Append(items);
    if (m_shown_codes.size() == 1) {
        m_countries->SetSelection(0);
        OnCountryChosen();
    }
}

std::string NewAssessmentWizard::SelectedCountry() const {
    const int selection = m_countries->GetSelection();
    if (selection == wxNOT_FOUND || static_cast<size_t>(selection) >= m_shown_codes.size()) return {};
    return m_shown_codes[static_cast<size_t>(selection)];
}

void NewAssessmentWizard::OnCountryChosen() {
    const std::string code = SelectedCountry();
    if (code.empty()) return;
    const q::CountryGroup group = q::DefaultCountryGroup(code);
    for (size_t i = 0; i < std::size(kGroups); ++i)
        if (kGroups[i] == group) m_group->SetSelection(static_cast<int>(i));
}

wxPanel* NewAssessmentWizard::RespondentsPage() {
    auto* page = new wxPanel(m_book);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(Heading(page, _("Who answers?")), wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    column->Add(Note(page, _("Add each person or stakeholder group that will answer the questionnaire. You can add "
                             "more later."),
                     FromDIP(540)),
                wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(page, wxID_ANY, _("Name:")), wxSizerFlags().CentreVertical());
    m_respondent_name = new wxTextCtrl(page, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                       wxTE_PROCESS_ENTER);
    m_respondent_name->SetHint(_("e.g. Ministry of ICT, national CIRT"));
    grid->Add(m_respondent_name, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(page, wxID_ANY, _("Role:")), wxSizerFlags().CentreVertical());
    m_respondent_role = new wxTextCtrl(page, wxID_ANY);
    grid->Add(m_respondent_role, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(page, wxID_ANY, _("Stakeholder group:")), wxSizerFlags().CentreVertical());
    m_respondent_group =
        new wxComboBox(page, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, StakeholderGroups());
    grid->Add(m_respondent_group, wxSizerFlags().Expand());
    column->Add(grid, wxSizerFlags().Expand());
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* add = new wxButton(page, wxID_ADD, _("&Add respondent"));
    auto* remove = new wxButton(page, wxID_REMOVE, _("Remo&ve"));
    buttons->Add(add);
    buttons->Add(remove, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    column->Add(buttons, wxSizerFlags().Border(wxTOP | wxBOTTOM, FromDIP(6)));
    m_respondents = new wxListView(page, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 110)),
                                   wxLC_REPORT | wxLC_SINGLE_SEL);
    m_respondents->AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(200));
    m_respondents->AppendColumn(_("Role"), wxLIST_FORMAT_LEFT, FromDIP(150));
    m_respondents->AppendColumn(_("Stakeholder group"), wxLIST_FORMAT_LEFT, FromDIP(160));
    column->Add(m_respondents, wxSizerFlags(1).Expand());
    page->SetSizer(column);
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { AddRespondent(); });
    m_respondent_name->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { AddRespondent(); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const long selected = m_respondents->GetFirstSelected();
        if (selected < 0) return;
        m_respondents->DeleteItem(selected);
        m_respondent_inputs.erase(m_respondent_inputs.begin() + selected);
    });
    return page;
}

void NewAssessmentWizard::AddRespondent() {
    const std::string name(q::Trim(S(m_respondent_name->GetValue())));
    if (name.empty()) {
        m_respondent_name->SetFocus();
        return;
    }
    for (const auto& existing : m_respondent_inputs)
        if (existing.name == name) {
            wxMessageBox(wxString::Format(_("%s is already in the list."), U(name)), _("New assessment"),
                         wxOK | wxICON_INFORMATION, this);
            return;
        }
    q::RespondentInput input{name, std::string(q::Trim(S(m_respondent_role->GetValue()))),
                             std::string(q::Trim(S(m_respondent_group->GetValue())))};
    const long row = m_respondents->InsertItem(m_respondents->GetItemCount(), U(input.name));
    m_respondents->SetItem(row, 1, U(input.role));
    m_respondents->SetItem(row, 2, U(input.stakeholder_group));
    m_respondent_inputs.push_back(std::move(input));
    m_respondent_name->Clear();
    m_respondent_role->Clear();
    m_respondent_group->SetValue(wxEmptyString);
    m_respondent_name->SetFocus();
    Journal("respondent-added " + name);
}

wxPanel* NewAssessmentWizard::PenetrationPage() {
    auto* page = new wxPanel(m_book);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(Note(page, _("Target a asks that readiness take the current level of ICT penetration into account. "
                             "Enter the latest ITU figures you have; leave a line empty to skip it. You can enter or "
                             "change them later."),
                     FromDIP(540)),
                wxSizerFlags().Border(wxBOTTOM, FromDIP(8)));
    auto* grid = new wxFlexGridSizer(4, FromDIP(wxSize(6, 6)));
    grid->AddGrowableCol(3);
    grid->Add(new wxStaticText(page, wxID_ANY, _("Indicator")));
    grid->Add(new wxStaticText(page, wxID_ANY, _("Value")));
    grid->Add(new wxStaticText(page, wxID_ANY, _("Year")));
    grid->Add(new wxStaticText(page, wxID_ANY, _("Source")));
    for (auto indicator : {q::Indicator::InternetUsers, q::Indicator::HouseholdsInternet, q::Indicator::MobileBroadband,
                           q::Indicator::FixedBroadband}) {
        auto* label = new wxStaticText(page, wxID_ANY, IndicatorName(indicator));
        label->Wrap(FromDIP(190));
        grid->Add(label, wxSizerFlags().CentreVertical());
        auto* value = new wxTextCtrl(page, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(70, -1)));
        auto* year = new wxSpinCtrl(page, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(120, -1)),
                                    wxSP_ARROW_KEYS, 1990, q::CurrentYear() + 1, q::CurrentYear() - 1);
        auto* source = new wxTextCtrl(page, wxID_ANY);
        source->SetHint(_("e.g. ITU World Telecommunication/ICT Indicators"));
        grid->Add(value, wxSizerFlags().CentreVertical());
        grid->Add(year, wxSizerFlags().CentreVertical());
        grid->Add(source, wxSizerFlags().Expand().CentreVertical());
        m_penetration.push_back({indicator, value, year, source});
    }
    column->Add(grid, wxSizerFlags().Expand());
    page->SetSizer(column);
    return page;
}

wxPanel* NewAssessmentWizard::FilePage() {
    auto* page = new wxPanel(m_book);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(Heading(page, _("Where to keep the assessment")), wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    column->Add(Note(page, _("The assessment is one file (.c5a). Every answer is saved in it the moment it is "
                             "given; copy the file to share it or to keep a backup."),
                     FromDIP(540)),
                wxSizerFlags().Border(wxBOTTOM, FromDIP(8)));
    m_file = new wxFilePickerCtrl(page, wxID_ANY, wxEmptyString, _("Save the assessment as"),
                                  _("C5 assessments (*.c5a)|*.c5a"), wxDefaultPosition, wxDefaultSize,
                                  wxFLP_SAVE | wxFLP_USE_TEXTCTRL);
    column->Add(m_file, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(10)));
    m_summary = new wxStaticText(page, wxID_ANY, wxEmptyString);
    column->Add(m_summary, wxSizerFlags().Expand());
    page->SetSizer(column);
    return page;
}

void NewAssessmentWizard::UpdateSuggestedFile() {
    const std::string code = m_fictional->IsChecked() ? "XTR" : SelectedCountry();
    const std::string name = m_fictional->IsChecked() ? S(m_fictional_name->GetValue()) : q::CountryName(code);
    if (m_file->GetPath().empty()) {
        std::string stem;
        for (char c : q::ToLowerAscii(name)) stem += (std::isalnum(static_cast<unsigned char>(c)) ? c : '-');
        m_file->SetPath(wxStandardPaths::Get().GetDocumentsDir() + wxS("/") + U(stem) +
                        wxString::Format(wxS("-%d.c5a"), m_year->GetValue()));
    }
    m_summary->SetLabel(wxString::Format(_("%s, %d - %zu respondent(s), %zu ICT figure(s)."), U(name), m_year->GetValue(),
                                         m_respondent_inputs.size(),
                                         static_cast<size_t>(std::count_if(m_penetration.begin(), m_penetration.end(),
                                                                           [](const PenetrationRow& row) {
                                                                               return !row.value->IsEmpty();
                                                                           }))));
}

bool NewAssessmentWizard::ValidatePage(std::size_t page) {
    const auto refuse = [this](const wxString& message, wxWindow* focus) {
        wxMessageBox(message, _("New assessment"), wxOK | wxICON_WARNING, this);
        if (focus) focus->SetFocus();
        return false;
    };
    if (page == kCountry) {
        if (m_fictional->IsChecked() && q::Trim(S(m_fictional_name->GetValue())).empty())
            return refuse(_("Give the fictional country a name."), m_fictional_name);
        if (!m_fictional->IsChecked() && SelectedCountry().empty())
            return refuse(_("Choose the country in the list (type its name or code to find it)."), m_search);
    } else if (page == kRespondents) {
        if (!q::Trim(S(m_respondent_name->GetValue())).empty()) AddRespondent();
        if (m_respondent_inputs.empty())
            return refuse(_("Add at least one respondent: the person or stakeholder group who answers."),
                          m_respondent_name);
    } else if (page == kPenetration) {
        for (const auto& row : m_penetration) {
            if (row.value->IsEmpty()) continue;
            const auto value = q::ParseNumber(S(row.value->GetValue()));
            if (!value || *value < 0 || *value > q::IndicatorMaximum(row.indicator))
                return refuse(wxString::Format(_("%s: enter a number from 0 to %g, or leave it empty."),
                                               IndicatorName(row.indicator), q::IndicatorMaximum(row.indicator)),
                              row.value);
        }
    } else if (page == kFile) {
        return CreateAssessment();
    }
    return true;
}

bool NewAssessmentWizard::CreateAssessment() {
    q::NewAssessment assessment;
    if (m_fictional->IsChecked()) {
        assessment.country = "XTR";
        assessment.country_name = S(m_fictional_name->GetValue());
    } else {
        assessment.country = SelectedCountry();
    }
    assessment.country_group = kGroups[m_group->GetSelection()];
    assessment.year = m_year->GetValue();
    assessment.title = S(m_title->GetValue());
    std::vector<q::PenetrationInput> penetration;
    for (const auto& row : m_penetration)
        if (const auto value = q::ParseNumber(S(row.value->GetValue())))
            penetration.push_back({row.indicator, *value, row.year->GetValue(), S(row.source->GetValue()), {}});
    wxString path = m_file->GetPath();
    if (path.empty()) {
        wxMessageBox(_("Choose where to save the assessment."), _("New assessment"), wxOK | wxICON_WARNING, this);
        return false;
    }
    if (!path.Lower().EndsWith(wxS(".c5a"))) path += wxS(".c5a");
    try {
        m_session = app::AssessmentSession::Create(P(path), assessment, m_respondent_inputs, penetration,
                                                   q::Actor::Current("c5kit"));
        Journal("created " + S(path));
        return true;
    } catch (const std::exception& error) {
        ShowError(this, _("Cannot create the assessment"), error);
        return false;
    }
}

std::unique_ptr<app::AssessmentSession> NewAssessmentWizard::Run() {
    if (ShowModal() != wxID_OK) return nullptr;
    return std::move(m_session);
}

}  // namespace c5::gui
