#include "new_assessment_wizard.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/filepicker.h>
#include <wx/listbox.h>
#include <wx/display.h>
#include <wx/listctrl.h>
#include <wx/scrolwin.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>

#include "c5/questionnaire/clock.h"
#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/instrument_core.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/questionnaire/instrument_text.h"
#include "c5/questionnaire/instrument_workbook.h"
#include "c5/questionnaire/text_util.h"
#include "c5/reports/report_text.h"
#include "accessibility.h"
#include "c5kit_app.h"
#include "country_picker.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "labels.h"
#include "screen_colours.h"
#include "ui_language.h"
#include "wx_text.h"
#include "year_field.h"

namespace c5::gui {
namespace q = c5::questionnaire;

namespace {

// A page scrolls when it is taller than the room the screen leaves (200 % text at 1280×800).
wxScrolledWindow* NewPage(wxWindow* book) {
    auto* page = new wxScrolledWindow(book);
    page->SetScrollRate(0, page->FromDIP(12));
    return page;
}

// After a text on a page changed: its lines may need more room, and the page more scrolling.
void Relayout(wxWindow& changed) {
    wxWindow* page = changed.GetParent();
    page->Layout();
    if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(page)) scrolled->FitInside();
}

wxStaticText* Heading(wxWindow* parent, const wxString& text) { return new wxStaticText(parent, wxID_ANY, text); }

wxStaticText* Note(wxWindow* parent, const wxString& text, int width) {
    auto* note = new wxStaticText(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, ParagraphStyle());
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
    SetTextColour(*m_step, wxColour(41, 69, 107));
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
    SetSizer(column);
    FitFieldsToText(*this);
    // As large as the largest page needs, at least 620×520, at most the screen: the pages scroll
    // when larger text makes them taller than that.
    std::vector<wxWindow*> pages;
    for (std::size_t i = 0; i < m_book->GetPageCount(); ++i) pages.push_back(m_book->GetPage(i));
    for (wxWindow* page : pages) page->SetMinSize(page->GetSizer()->GetMinSize());
    const wxSize natural = ClientToWindowSize(column->GetMinSize());
    for (wxWindow* page : pages) page->SetMinSize(wxDefaultSize);
    SetMinSize(ClientToWindowSize(column->GetMinSize()));
    const wxRect area =
        wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromWindow(parent ? parent : this)))).GetClientArea();
    SetSize(AtMost(AtLeast(natural, FromDIP(wxSize(620, 520))), area.GetSize()));
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
    if (page == kCountry) m_country->FocusSearch();
    if (page == kRespondents) m_respondent_name->SetFocus();
    if (page == kPenetration && !m_penetration.empty()) m_penetration.front().value->SetFocus();
    if (page == kFile && m_file->GetTextCtrl()) m_file->GetTextCtrl()->SetFocus();  // then Tab, Tab: the questionnaire
    Layout();
    static_cast<wxScrolledWindow*>(m_book->GetCurrentPage())->FitInside();
    Journal(kJournal[page]);
}

wxPanel* NewAssessmentWizard::CountryPage() {
    auto* page = NewPage(m_book);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(Heading(page, _("Which country is assessed?")), wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));
    m_country = new CountryPicker(page);
    column->Add(m_country, wxSizerFlags(1).Expand().Border(wxBOTTOM, FromDIP(6)));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1);
    auto* year_label = new wxStaticText(page, wxID_ANY, _("&Year assessed:"));
    grid->Add(year_label, wxSizerFlags().CentreVertical());
    m_year = NewYearField(page, q::CurrentYear(), year_label->GetLabelText());
    grid->Add(m_year);
    auto* target_label = new wxStaticText(page, wxID_ANY, _("&Target year:"));
    grid->Add(target_label, wxSizerFlags().CentreVertical());
    auto* target_row = new wxBoxSizer(wxHORIZONTAL);
    m_target_year = NewYearField(page, q::kDefaultTargetYear, target_label->GetLabelText());
    target_row->Add(m_target_year, wxSizerFlags().CentreVertical());
    target_row->Add(new wxStaticText(page, wxID_ANY, _("for targets a and b")),
                    wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
    grid->Add(target_row);
    grid->AddSpacer(0);
    grid->Add(Note(page, _("The C5 text set 2020, which has passed; the WSIS+20 review and the Sustainable "
                           "Development Goals look to 2030. You can change it later in Scoring options."),
                   FromDIP(420)));
    auto* title_label = new wxStaticText(page, wxID_ANY, _("T&itle (optional):"));
    grid->Add(title_label, wxSizerFlags().CentreVertical());
    m_title = new wxTextCtrl(page, wxID_ANY);
    m_title->SetHint(_("C5 readiness self-assessment, country and year"));
    m_title->SetName(title_label->GetLabelText());
    SetLabelledBy(*m_title, *title_label);
    grid->Add(m_title, wxSizerFlags().Expand());
    column->Add(grid, wxSizerFlags().Expand());
    page->SetSizer(column);
    return page;
}

wxPanel* NewAssessmentWizard::RespondentsPage() {
    auto* page = NewPage(m_book);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(Heading(page, _("Who answers?")), wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    column->Add(Note(page, _("Add each person or stakeholder group that will answer the questionnaire. You can add "
                             "more later."),
                     FromDIP(540)),
                wxSizerFlags().Border(wxBOTTOM, FromDIP(6)));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 4)));
    grid->AddGrowableCol(1);
    auto* name_label = new wxStaticText(page, wxID_ANY, _("Name:"));
    grid->Add(name_label, wxSizerFlags().CentreVertical());
    m_respondent_name = new wxTextCtrl(page, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                       wxTE_PROCESS_ENTER);
    m_respondent_name->SetHint(_("e.g. Ministry of ICT, national CIRT"));
    grid->Add(m_respondent_name, wxSizerFlags().Expand());
    auto* role_label = new wxStaticText(page, wxID_ANY, _("Role:"));
    grid->Add(role_label, wxSizerFlags().CentreVertical());
    m_respondent_role = new wxTextCtrl(page, wxID_ANY);
    grid->Add(m_respondent_role, wxSizerFlags().Expand());
    auto* group_label = new wxStaticText(page, wxID_ANY, _("Stakeholder group:"));
    grid->Add(group_label, wxSizerFlags().CentreVertical());
    m_respondent_group =
        new wxComboBox(page, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, StakeholderGroups());
    m_respondent_group->SetHint(_("choose one, or type another"));
    m_respondent_group->SetName(_("Stakeholder group"));
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
    // What a screen reader says on each: the label beside it (GTK named none of these).
    SetLabelledBy(*m_respondent_name, *name_label);
    SetLabelledBy(*m_respondent_role, *role_label);
    SetLabelledBy(*m_respondent_group, *group_label);
    SetAccessibleName(*m_respondents, _("Respondents"));
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
                             StakeholderGroupToStore(m_respondent_group->GetValue())};
    const long row = m_respondents->InsertItem(m_respondents->GetItemCount(), U(input.name));
    m_respondents->SetItem(row, 1, U(input.role));
    m_respondents->SetItem(row, 2, StakeholderGroupLabel(input.stakeholder_group));
    m_respondent_inputs.push_back(std::move(input));
    m_respondent_name->Clear();
    m_respondent_role->Clear();
    m_respondent_group->SetValue(wxEmptyString);
    m_respondent_name->SetFocus();
    Journal("respondent-added " + name);
}

wxPanel* NewAssessmentWizard::PenetrationPage() {
    auto* page = NewPage(m_book);
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
        auto* label = new wxStaticText(page, wxID_ANY, IndicatorName(indicator), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
        label->Wrap(FromDIP(190));
        grid->Add(label, wxSizerFlags().CentreVertical());
        auto* value = new wxTextCtrl(page, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(70, -1)));
        value->SetName(IndicatorName(indicator));
        auto* year = NewYearField(page, q::CurrentYear() - 1, IndicatorName(indicator) + wxS(": ") + _("Year"));
        auto* source = new wxTextCtrl(page, wxID_ANY);
        SetLabelledBy(*value, *label);
        SetAccessibleName(*source, IndicatorName(indicator) + wxS(": ") + _("Source"));
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
    auto* page = NewPage(m_book);
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
    m_summary = new wxStaticText(page, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    column->Add(m_summary, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(14)));
    column->Add(Heading(page, _("Questionnaire")), wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    column->Add(Note(page, _("Leave empty to use the kit's C5 questionnaire. An adapted one (national wording, an "
                             "added language, national questions) is a workbook exported with c5kit-cli "
                             "instrument export and edited in a spreadsheet, or the instrument file imported from it."),
                     FromDIP(540)),
                wxSizerFlags().Border(wxBOTTOM, FromDIP(8)));
    m_instrument = new wxFilePickerCtrl(page, wxID_ANY, wxEmptyString, _("Choose the questionnaire"),
                                        _("Instrument workbooks and files (*.xlsx;*.json)|*.xlsx;*.json"), wxDefaultPosition, wxDefaultSize,
                                        wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    m_instrument->Bind(wxEVT_FILEPICKER_CHANGED, [this](wxFileDirPickerEvent&) { CheckInstrument(); });
    column->Add(m_instrument, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));
    m_instrument_note = new wxStaticText(page, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    // The pickers' fields are named by what they ask; GTK named them not at all.
    if (m_file->GetTextCtrl()) SetAccessibleName(*m_file->GetTextCtrl(), _("Save the assessment as"));
    if (m_instrument->GetTextCtrl()) SetAccessibleName(*m_instrument->GetTextCtrl(), _("Choose the questionnaire"));
    column->Add(m_instrument_note, wxSizerFlags().Expand());
    page->SetSizer(column);
    return page;
}

bool NewAssessmentWizard::CheckInstrument() {
    m_instrument_json.clear();
    const wxString path = m_instrument->GetPath();
    if (path.empty()) {
        m_instrument_note->SetLabel(wxString());
        Relayout(*m_instrument_note);
        return true;
    }
    try {
        std::string json;
        q::Instrument instrument;
        if (path.Lower().EndsWith(wxS(".xlsx"))) {
            // The same reading as c5kit-cli instrument import: every problem by its cell.
            q::WorkbookImport imported =
                q::ImportInstrumentWorkbook(q::ReadTextFile(P(path)), S(path), reports::KitReportTexts());
            if (!imported.instrument) throw q::InstrumentError(S(path), std::move(imported.problems));
            json = std::move(imported.json);
            instrument = std::move(*imported.instrument);
        } else {
            json = q::ReadTextFile(P(path));
            instrument = q::ParseInstrument(json, S(path));
            if (auto problems = q::CoreProblems(instrument); !problems.empty())
                throw q::InstrumentError(S(path), std::move(problems));
        }
        std::string languages;
        for (const auto& code : q::InstrumentLanguages(instrument)) languages += (languages.empty() ? "" : " ") + code;
        const std::size_t national = instrument.national_module ? instrument.national_module->questions.size() : 0;
        m_instrument_note->SetLabel(wxString::Format(_("%s %s: %zu questions, %zu of them national; texts in %s"),
                                                     U(instrument.id), U(instrument.version),
                                                     instrument.QuestionCount(), national, U(languages)));
        m_instrument_note->Wrap(FromDIP(540));
        Relayout(*m_instrument_note);
        m_instrument_json = std::move(json);
        Journal("instrument " + instrument.id + " " + instrument.version + " national " + std::to_string(national));
        return true;
    } catch (const std::exception& error) {
        m_instrument_note->SetLabel(wxString::Format(_("Cannot use this questionnaire: %s"), U(error.what())));
        m_instrument_note->Wrap(FromDIP(540));
        Relayout(*m_instrument_note);
        Journal(std::string("instrument-refused ") + error.what());
        return false;
    }
}

void NewAssessmentWizard::UpdateSuggestedFile() {
    const std::string name = m_country->DisplayName();
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
    m_summary->Wrap(FromDIP(540));
}

bool NewAssessmentWizard::ValidatePage(std::size_t page) {
    const auto refuse = [this](const wxString& message, wxWindow* focus) {
        wxMessageBox(message, _("New assessment"), wxOK | wxICON_WARNING, this);
        if (focus) focus->SetFocus();
        return false;
    };
    if (page == kCountry) {
        if (!m_country->CheckChosen(this)) return false;
        if (!CheckYearField(this, m_year, q::AssessmentYears(), _("The year assessed"))) return false;
        if (!CheckYearField(this, m_target_year, q::TargetYears(), _("The target year"))) return false;
    } else if (page == kRespondents) {
        if (!q::Trim(S(m_respondent_name->GetValue())).empty()) AddRespondent();
        if (m_respondent_inputs.empty())
            return refuse(_("Add at least one respondent: the person or stakeholder group who answers."),
                          m_respondent_name);
    } else if (page == kPenetration) {
        for (const auto& row : m_penetration) {
            if (row.value->IsEmpty()) continue;
            if (!CheckYearField(this, row.year, q::IndicatorYears(), IndicatorName(row.indicator))) return false;
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
    assessment.country = m_country->Code();
    assessment.country_name = m_country->FictionalName();
    assessment.country_group = m_country->Group();
    assessment.year = m_year->GetValue();
    assessment.title = S(m_title->GetValue());
    assessment.target_year = m_target_year->GetValue();
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
    if (!CheckInstrument()) {
        wxMessageBox(m_instrument_note->GetLabel(), _("New assessment"), wxOK | wxICON_WARNING, this);
        return false;
    }
    try {
        m_session = app::AssessmentSession::Create(P(path), assessment, m_respondent_inputs, penetration,
                                                   q::Actor::Current("c5kit"), m_instrument_json);
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
