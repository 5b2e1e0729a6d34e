#pragma once
// The application: locale, recent files, and the ways into an assessment (new, open, demo).
#include <future>
#include <memory>
#include <optional>

#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/filehistory.h>
#include <wx/iconbndl.h>

#include "c5/app/assessment_session.h"

namespace c5::gui {

class C5KitApp : public wxApp {
public:
    bool OnInit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    int OnExit() override;
    /// Right to left for Arabic: windows take their layout direction from here.
    wxLayoutDirection GetLayoutDirection() const override;

    /// Opens the file in a main window; shows a dialog (over `parent`) when it cannot. A sealed
    /// file (.c5s) is unsealed beside itself first, after asking for its passphrase.
    bool OpenAssessment(const wxString& path, wxWindow* parent);
    void NewAssessment(wxWindow* parent);
    void ChooseAndOpen(wxWindow* parent);
    void OpenDemo(wxWindow* parent);
    void SaveBlankForm(wxWindow* parent);
    void ShowStart();

    wxFileHistory& History() { return m_history; }
    void Remember(const wxString& path);
    /// The window size asked for on the command line (--size), or wxDefaultSize.
    wxSize RequestedSize() const { return m_size; }
    /// --exit-when-ready: quit as soon as the first screen is up (the startup benchmark).
    bool ExitWhenReady() const { return m_exit_when_ready; }

private:
    std::optional<wxString> UnsealForOpening(const wxString& path, wxWindow* parent);
    std::unique_ptr<app::AssessmentSession> OpenSession(const wxString& path);

    wxFileHistory m_history{9};
    wxString m_file_to_open;
    // The assessment named on the command line, opened on a second core while GTK starts.
    std::future<std::unique_ptr<app::AssessmentSession>> m_early_open;
    bool m_open_demo = false;
    wxSize m_size = wxDefaultSize;
    bool m_exit_when_ready = false;
};

/// The kit's icon in the sizes the windows use.
const wxIconBundle& AppIcons();

/// Where the kit keeps its own files (the demo).
wxString UserDataFolder();

/// Shows an error at the GUI boundary, built from the exception's message.
void ShowError(wxWindow* parent, const wxString& what, const std::exception& error);

}  // namespace c5::gui

wxDECLARE_APP(c5::gui::C5KitApp);
