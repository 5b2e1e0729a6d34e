#include "c5kit_app.h"

#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/log.h>
#include <wx/filedlg.h>
#include <wx/imagpng.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/stockitem.h>
#include <wx/uilocale.h>

#include "assessment_frame.h"
#include "c5/app/process_setup.h"
#include "c5/questionnaire/exchange_file.h"
#include "c5/questionnaire/instrument_loader.h"
#include "c5/reports/blank_form.h"
#include "c5/reports/demo.h"
#include "desktop_os.h"
#include "document_viewer.h"
#include "gui_journal.h"
#include "new_assessment_wizard.h"
#include "start_frame.h"
#include "ui_language.h"
#include "workshop/passphrase_prompt.h"
#include "wx_text.h"

wxIMPLEMENT_APP(c5::gui::C5KitApp);

namespace c5::embedded {
extern const std::string_view kIcon48;
extern const std::string_view kIcon128;
}  // namespace c5::embedded

namespace c5::gui {

// 48 and 128 pixels: docks and launchers take the installed icon; a bigger window icon only
// costs start-up time (it is decoded, then copied for the window manager).
const wxIconBundle& AppIcons() {
    static const wxIconBundle icons = [] {
        wxIconBundle bundle;
        for (const std::string_view png : {embedded::kIcon48, embedded::kIcon128}) {
            wxIcon icon;
            icon.CopyFromBitmap(wxBitmap::NewFromPNGData(png.data(), png.size()));
            bundle.AddIcon(icon);
        }
        return bundle;
    }();
    return icons;
}

// Portable mode: a file named "portable" beside the program (the Windows zip has one) keeps the
// settings, recent files and the demo in a folder beside it, so the computer keeps no trace.
std::optional<wxString> PortableFolder() {
    const wxFileName program(wxStandardPaths::Get().GetExecutablePath());
    if (!wxFileExists(program.GetPath() + wxFILE_SEP_PATH + wxS("portable"))) return std::nullopt;
    return program.GetPath() + wxFILE_SEP_PATH + wxS("c5kit-data");
}

wxString UserDataFolder() { return PortableFolder().value_or(SystemDataFolder()); }

wxString UserConfigFolder() { return PortableFolder().value_or(SystemConfigFolder()); }

void ShowError(wxWindow* parent, const wxString& what, const std::exception& error) {
    Journal(std::string("error ") + error.what());
    // The libraries' messages continue a sentence ("the year 1800 is not possible: …"); in a
    // dialog of their own they start one.
    wxString message = U(error.what());
    if (!message.empty() && message[0] >= 'a' && message[0] <= 'z') message[0] = wxToupper(message[0]);
    wxMessageDialog dialog(parent, message, what, wxOK | wxICON_ERROR);
    dialog.ShowModal();
}

bool C5KitApp::OnInit() {
    // Without a locale wxGTK decodes text in "C" and non-ASCII labels come out blank.
    wxUILocale::UseDefault();
    c5::app::TreatFileSizeLimitAsFullDisk();
    SetAppName(wxS("c5kit"));
    if (!wxApp::OnInit()) return false;
    // Reading the file (and its 1 MB instrument) overlaps GTK loading its theme and building the
    // window (AssessmentFrame::Create); a sealed file needs its passphrase first, so it waits.
    if (!m_open_demo && !m_file_to_open.empty() && wxFileName(m_file_to_open).GetExt().Lower() != wxS("c5s")) {
        auto open = [path = P(m_file_to_open), actor = questionnaire::Actor::Current("c5kit")] {
            return app::AssessmentSession::Open(path, actor);
        };
        m_early_open = std::async(std::launch::async, std::move(open));
    }
    wxImage::AddHandler(new wxPNGHandler);  // the window icons are PNG data
    TuneToolkit();
    {
        wxLogNull quiet;  // recent files are a convenience: never an error dialog about them
        const wxString folder = UserConfigFolder();
        wxFileName::Mkdir(folder, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
        wxConfigBase::Set(new wxFileConfig(GetAppName(), wxString(), folder + wxS("/settings.ini")));
        m_history.Load(*wxConfig::Get());
    }
    ApplyUiLanguage(PreferredUiLanguage(), false);
    Journal("ui-language " + UiLanguage());
    // The toolkits' own buttons in that language: wxWidgets' (wxstd, or the kit's supplement for
    // Arabic) and GTK's stock buttons (its gtk30 catalog).
    Journal("stock-label " + S(wxGetStockLabel(wxID_CANCEL, wxSTOCK_NOFLAGS)) + " " + ToolkitStockLabel("_Cancel"));
    SetAppDisplayName(_("C5 Readiness Kit"));
    if (m_open_demo) {
        OpenDemo(nullptr);
    } else if (!m_file_to_open.empty()) {
        if (!OpenAssessment(m_file_to_open, nullptr)) ShowStart();
    } else {
        ShowStart();
    }
    return true;
}

wxLayoutDirection C5KitApp::GetLayoutDirection() const {
    return UiLanguage() == "ar" ? wxLayout_RightToLeft : wxLayout_LeftToRight;
}

int C5KitApp::OnExit() {
    wxLogNull quiet;
    RemoveDocumentCopies();
    m_history.Save(*wxConfig::Get());
    return wxApp::OnExit();
}

void C5KitApp::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddParam(_("assessment file (.c5a)"), wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    parser.AddSwitch(wxString(), wxS("demo"), _("open the demo assessment"));
    parser.AddOption(wxString(), wxS("size"), _("window size, e.g. 1024x600"));
    parser.AddSwitch(wxString(), wxS("exit-when-ready"), _("quit once the first screen is shown (for benchmarks)"));
}

bool C5KitApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    if (parser.GetParamCount() > 0) m_file_to_open = parser.GetParam(0);
    m_open_demo = parser.Found(wxS("demo"));
    m_exit_when_ready = parser.Found(wxS("exit-when-ready"));
    wxString size;
    if (parser.Found(wxS("size"), &size)) {
        long width = 0;
        long height = 0;
        if (size.BeforeFirst('x').ToLong(&width) && size.AfterFirst('x').ToLong(&height))
            m_size = wxSize(static_cast<int>(width), static_cast<int>(height));
    }
    return wxApp::OnCmdLineParsed(parser);
}

void C5KitApp::Remember(const wxString& path) {
    wxLogNull quiet;
    m_history.AddFileToHistory(path);
    m_history.Save(*wxConfig::Get());
    wxConfig::Get()->Flush();
}

void C5KitApp::ShowStart() {
    auto* frame = new StartFrame();
    frame->Show();
    Journal("screen start");
}

// A sealed file is opened by unsealing it beside itself (its content is a kit or an assessment
// to work in); the sealed file stays as it came.
std::optional<wxString> C5KitApp::UnsealForOpening(const wxString& path, wxWindow* parent) {
    const auto passphrases = DialogPassphrases(parent);
    std::optional<std::string> passphrase = passphrases(P(path), false);
    for (int attempt = 1; passphrase; ++attempt) {
        try {
            wxBusyCursor busy;
            const auto written = questionnaire::UnsealAssessmentFile(P(path), std::nullopt, *passphrase,
                                                                     questionnaire::Actor::Current("c5kit"));
            wxMessageBox(wxString::Format(_("Unsealed into %s.\nYou work in that file; seal it again for the way back "
                                            "with File > Save a sealed copy."),
                                          U(written)),
                         _("Sealed file"), wxOK | wxICON_INFORMATION, parent);
            return U(written);
        } catch (const std::exception& error) {
            const bool wrong = std::string_view(error.what()).find("wrong passphrase") != std::string_view::npos;
            if (!wrong || attempt >= questionnaire::kPassphraseAttempts) {
                ShowError(parent, _("Cannot open the sealed file"), error);
                return std::nullopt;
            }
            passphrase = passphrases(P(path), true);
        }
    }
    return std::nullopt;
}

bool C5KitApp::OpenAssessment(const wxString& requested, wxWindow* parent) {
    wxString path = requested;
    if (wxFileName(path).GetExt().Lower() == wxS("c5s")) {
        const auto unsealed = UnsealForOpening(path, parent);
        if (!unsealed) return false;
        path = *unsealed;
    }
    try {
        auto* frame = AssessmentFrame::Create([&] { return OpenSession(path); });
        frame->Show();
        Remember(path);
        return true;
    } catch (const std::exception& error) {
        ShowError(parent, _("Cannot open the assessment"), error);
        return false;
    }
}

std::unique_ptr<app::AssessmentSession> C5KitApp::OpenSession(const wxString& path) {
    if (m_early_open.valid() && path == m_file_to_open) return m_early_open.get();
    return app::AssessmentSession::Open(P(path), questionnaire::Actor::Current("c5kit"));
}

void C5KitApp::ChooseAndOpen(wxWindow* parent) {
    wxFileDialog dialog(parent, _("Open an assessment"), wxString(), wxString(),
                        _("C5 assessments (*.c5a;*.c5s)|*.c5a;*.c5s|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK && OpenAssessment(dialog.GetPath(), parent) && parent) parent->Close();
}

void C5KitApp::NewAssessment(wxWindow* parent) {
    NewAssessmentWizard wizard(parent);
    auto session = wizard.Run();
    if (!session) return;
    const wxString path = U(session->Path());
    auto* frame = AssessmentFrame::Create([&] { return std::move(session); });
    frame->Show();
    Remember(path);
    if (parent) parent->Close();
}

void C5KitApp::OpenDemo(wxWindow* parent) {
    // The demo lives in the user's data folder; once written it is theirs to change.
    const wxString folder = UserDataFolder() + wxFILE_SEP_PATH + wxS("demo");
    const wxString file = folder + wxFILE_SEP_PATH + wxS("kelora-2026.c5a");
    if (!wxFileExists(file)) {
        try {
            wxBusyCursor busy;
            reports::WriteDemo(P(folder), {}, questionnaire::Actor::Current("c5kit"));
        } catch (const std::exception& error) {
            ShowError(parent, _("Cannot write the demo"), error);
            if (!parent) ShowStart();
            return;
        }
    }
    if (OpenAssessment(file, parent)) {
        if (parent) parent->Close();
    } else if (!parent) {
        ShowStart();
    }
}

void C5KitApp::SaveBlankForm(wxWindow* parent) {
    wxFileDialog dialog(parent, _("Save the blank questionnaire"), wxString(), wxS("c5-questionnaire.pdf"),
                        _("PDF files (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        wxBusyCursor busy;
        const auto instrument = questionnaire::ParseInstrument(questionnaire::BundledInstrumentJson());
        reports::WriteBlankForm(instrument, {}, P(dialog.GetPath()));
    } catch (const std::exception& error) {
        ShowError(parent, _("Cannot write the questionnaire"), error);
    }
}

}  // namespace c5::gui
