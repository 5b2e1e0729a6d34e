#include "country_picker.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/toplevel.h>

#include "c5/questionnaire/countries.h"
#include "c5/questionnaire/text_util.h"
#include "accessibility.h"
#include "labels.h"
#include "wx_text.h"

namespace c5::gui {
namespace q = c5::questionnaire;

namespace {

constexpr q::CountryGroup kGroups[] = {q::CountryGroup::LDC,        q::CountryGroup::SIDS,
                                       q::CountryGroup::LLDC,       q::CountryGroup::Transition,
                                       q::CountryGroup::Developing, q::CountryGroup::Developed};

}  // namespace

CountryPicker::CountryPicker(wxWindow* parent) : wxPanel(parent) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    m_search = new wxTextCtrl(this, wxID_ANY);
    m_search->SetHint(_("Type to search, e.g. Kenya or KEN"));
    m_search->SetName(_("Search for the country"));
    SetAccessibleName(*m_search, m_search->GetName());
    column->Add(m_search, wxSizerFlags().Expand());
    m_countries = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 120)));
    m_countries->SetName(_("Countries"));
    SetAccessibleName(*m_countries, m_countries->GetName());
    column->Add(m_countries, wxSizerFlags(1).Expand().Border(wxTOP | wxBOTTOM, FromDIP(4)));
    auto* fictional_row = new wxBoxSizer(wxHORIZONTAL);
    m_fictional = new wxCheckBox(this, wxID_ANY, _("A fictional country for training, named:"));
    m_fictional_name = new wxTextCtrl(this, wxID_ANY);
    m_fictional_name->SetName(_("Name of the fictional country"));
    SetAccessibleName(*m_fictional_name, m_fictional_name->GetName());
    m_fictional_name->Enable(false);
    fictional_row->Add(m_fictional, wxSizerFlags().CentreVertical());
    fictional_row->Add(m_fictional_name, wxSizerFlags(1).Border(wxLEFT, FromDIP(6)));
    column->Add(fictional_row, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));
    auto* group_row = new wxBoxSizer(wxHORIZONTAL);
    auto* group_label = new wxStaticText(this, wxID_ANY, _("Country &group:"));
    group_row->Add(group_label, wxSizerFlags().CentreVertical());
    m_group = new wxChoice(this, wxID_ANY);
    m_group->SetName(group_label->GetLabelText());
    SetLabelledBy(*m_group, *group_label);
    for (auto group : kGroups) m_group->Append(CountryGroupName(group));
    m_group->SetSelection(4);
    group_row->Add(m_group, wxSizerFlags(1).Border(wxLEFT, FromDIP(8)));
    column->Add(group_row, wxSizerFlags().Expand());
    SetSizer(column);
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
}

void CountryPicker::FilterCountries() {
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

std::string CountryPicker::SelectedCountry() const {
    const int selection = m_countries->GetSelection();
    if (selection == wxNOT_FOUND || static_cast<std::size_t>(selection) >= m_shown_codes.size()) return {};
    return m_shown_codes[static_cast<std::size_t>(selection)];
}

void CountryPicker::OnCountryChosen() {
    const std::string code = SelectedCountry();
    if (code.empty()) return;
    const q::CountryGroup group = q::DefaultCountryGroup(code);
    for (std::size_t i = 0; i < std::size(kGroups); ++i)
        if (kGroups[i] == group) m_group->SetSelection(static_cast<int>(i));
}

void CountryPicker::Select(const std::string& code, const std::string& name, q::CountryGroup group) {
    if (q::IsUserAssignedCode(code)) {
        m_fictional_code = code;
        m_fictional->SetValue(true);
        m_fictional_name->ChangeValue(U(name));
        m_fictional_name->Enable(true);
        m_countries->Enable(false);
        m_search->Enable(false);
    } else {
        m_search->ChangeValue(U(code));
        FilterCountries();
    }
    for (std::size_t i = 0; i < std::size(kGroups); ++i)
        if (kGroups[i] == group) m_group->SetSelection(static_cast<int>(i));
}

std::string CountryPicker::Code() const { return m_fictional->IsChecked() ? m_fictional_code : SelectedCountry(); }

std::string CountryPicker::FictionalName() const {
    return m_fictional->IsChecked() ? std::string(q::Trim(S(m_fictional_name->GetValue()))) : std::string();
}

std::string CountryPicker::DisplayName() const {
    return m_fictional->IsChecked() ? FictionalName() : q::CountryName(SelectedCountry());
}

q::CountryGroup CountryPicker::Group() const {
    const int selection = m_group->GetSelection();
    return selection == wxNOT_FOUND ? q::CountryGroup::Developing : kGroups[selection];
}

bool CountryPicker::CheckChosen(wxWindow* dialog) {
    const auto* top = dynamic_cast<wxTopLevelWindow*>(wxGetTopLevelParent(dialog));
    const auto refuse = [&](const wxString& message, wxWindow* focus) {
        wxMessageBox(message, top ? top->GetTitle() : wxString(), wxOK | wxICON_WARNING, dialog);
        focus->SetFocus();
        return false;
    };
    if (m_fictional->IsChecked() && FictionalName().empty())
        return refuse(_("Give the fictional country a name."), m_fictional_name);
    if (!m_fictional->IsChecked() && SelectedCountry().empty())
        return refuse(_("Choose the country in the list (type its name or code to find it)."), m_search);
    return true;
}

void CountryPicker::FocusSearch() {
    if (m_search->IsEnabled()) m_search->SetFocus();
    else m_fictional_name->SetFocus();
}

}  // namespace c5::gui
