#pragma once
// Exporting the report: as PDF or as an editable Word document, where, paper, marking, language,
// names for the sign-off; then the work runs on a worker thread behind a progress dialog that can
// cancel it.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "c5/questionnaire/assessment.h"

class wxChoice;
class wxFilePickerCtrl;
class wxTextCtrl;

namespace c5::gui {

class ReportDialog : public wxDialog {
public:
    /// With `baseline` (or one chosen in the dialog) it is a follow-up report.
    ReportDialog(wxWindow* parent, std::shared_ptr<const questionnaire::AssessmentData> data,
                 const std::filesystem::path& assessment_path, const std::filesystem::path& baseline = {});

private:
    void Export();
    /// Gives the file the chosen format's extension (report.pdf ↔ report.docx).
    void MatchExtension();

    std::shared_ptr<const questionnaire::AssessmentData> m_data;
    wxFilePickerCtrl* m_file = nullptr;
    wxFilePickerCtrl* m_baseline = nullptr;
    wxChoice* m_format = nullptr;
    wxChoice* m_paper = nullptr;
    wxChoice* m_language = nullptr;
    wxTextCtrl* m_marking = nullptr;
    wxTextCtrl* m_prepared = nullptr;
    wxTextCtrl* m_approved = nullptr;
    std::vector<std::string> m_language_codes;  // in the order of m_language
};

}  // namespace c5::gui
