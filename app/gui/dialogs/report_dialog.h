#pragma once
// Exporting the report: as PDF or as an editable Word document, where, paper, marking, language,
// names for the sign-off; then the work runs on a worker thread behind a progress dialog that can
// cancel it. The results workbook is exported from the same dialog, with the choices it shares
// with the report (file, language, marking, baseline).
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "c5/questionnaire/assessment.h"
#include "c5/reports/report_options.h"

class wxChoice;
class wxFilePickerCtrl;
class wxTextCtrl;

namespace c5::gui {

/// What the dialog exports: the report (PDF or Word), or the results workbook (Excel).
enum class ExportKind { Report, Workbook };

class ReportDialog : public wxDialog {
public:
    /// With `baseline` (or one chosen in the dialog) it is a follow-up's report or workbook.
    ReportDialog(wxWindow* parent, std::shared_ptr<const questionnaire::AssessmentData> data,
                 const std::filesystem::path& assessment_path, const std::filesystem::path& baseline = {},
                 ExportKind kind = ExportKind::Report);

    /// The file written, once the dialog has ended with wxID_OK.
    const std::filesystem::path& Written() const { return m_written; }

private:
    void Export();
    void ExportWorkbook(const reports::ReportOptions& options, const std::filesystem::path& target,
                        const std::filesystem::path& baseline);
    /// Gives the file the chosen format's extension (report.pdf ↔ report.docx).
    void MatchExtension();

    std::shared_ptr<const questionnaire::AssessmentData> m_data;
    ExportKind m_kind;
    std::filesystem::path m_written;
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
