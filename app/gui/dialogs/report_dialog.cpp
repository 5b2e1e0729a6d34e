#include "report_dialog.h"

#include <atomic>
#include <optional>
#include <mutex>
#include <thread>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/msgdlg.h>
#include <wx/progdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "c5/reports/report_pdf.h"
#include "c5/reports/report_text.h"
#include "c5/reports/results_workbook.h"
#include "c5/questionnaire/assessment_store.h"
#include "c5/scoring/compare.h"
#include "c5/scoring/score.h"
#include "accessibility.h"
#include "c5kit_app.h"
#include "fit_on_screen.h"
#include "gui_journal.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {

ReportDialog::ReportDialog(wxWindow* parent, std::shared_ptr<const questionnaire::AssessmentData> data,
                           const std::filesystem::path& assessment_path, const std::filesystem::path& baseline,
                           ExportKind kind)
    : wxDialog(parent, wxID_ANY, kind == ExportKind::Workbook ? _("Export the results workbook") : _("Export the report")),
      m_data(std::move(data)),
      m_kind(kind) {
    const bool report = kind == ExportKind::Report;
    const int gap = FromDIP(8);
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1);
    if (report) {
        grid->Add(new wxStaticText(this, wxID_ANY, _("F&ormat:")), wxSizerFlags().CentreVertical());
        m_format = new wxChoice(this, wxID_ANY);
        m_format->Append(_("PDF, to print and sign"));
        m_format->Append(_("Word document (DOCX), to edit in the ministry's template"));
        m_format->SetSelection(0);
        grid->Add(m_format);
    }
    auto* file_label = new wxStaticText(this, wxID_ANY, report ? _("Report file:") : _("Workbook file:"));
    grid->Add(file_label, wxSizerFlags().CentreVertical());
    std::filesystem::path suggested = assessment_path;
    suggested.replace_filename(
        questionnaire::PathFromUtf8(assessment_path.stem().string() + (report ? "-report.pdf" : "-results.xlsx")));
    m_file = new wxFilePickerCtrl(this, wxID_ANY, U(suggested), report ? _("Save the report as") : _("Export the results workbook"),
                                  report ? _("PDF files (*.pdf)|*.pdf|Word documents (*.docx)|*.docx")
                                         : _("Excel workbooks (*.xlsx)|*.xlsx"),
                                  wxDefaultPosition, FromDIP(wxSize(420, -1)),
                                  wxFLP_SAVE | wxFLP_USE_TEXTCTRL | wxFLP_OVERWRITE_PROMPT);
    grid->Add(m_file, wxSizerFlags().Expand());
    if (m_file->GetTextCtrl()) SetLabelledBy(*m_file->GetTextCtrl(), *file_label);  // GTK named it not
    if (report) {
        m_format->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { MatchExtension(); });
        grid->Add(new wxStaticText(this, wxID_ANY, _("Paper:")), wxSizerFlags().CentreVertical());
        m_paper = new wxChoice(this, wxID_ANY);
        m_paper->Append(wxS("A4"));
        m_paper->Append(wxS("Letter"));
        m_paper->SetSelection(0);
        grid->Add(m_paper);
    }
    const wxString language_label = report ? _("Report language:") : _("Workbook language:");
    grid->Add(new wxStaticText(this, wxID_ANY, language_label), wxSizerFlags().CentreVertical());
    m_language = new wxChoice(this, wxID_ANY);
    m_language->SetName(language_label);
    // Each language by its own name ("Français", "العربية", "Português"); the interface's is
    // preselected. The kit's six, then any the assessment's instrument adds.
    for (const auto& language : reports::ReportText::Languages(m_data->instrument)) {
        wxString name = U(language);
        for (const auto& choice : UiLanguageChoices())
            if (choice.code == language) name = choice.name;
        if (name == U(language))  // one the instrument adds: the name its report texts give it
            name = U(reports::ReportText(language, m_data->instrument).Get("language_name"));
        m_language->Append(name);
        m_language_codes.push_back(language);
        if (language == UiLanguage()) m_language->SetSelection(m_language->GetCount() - 1);
    }
    if (m_language->GetSelection() == wxNOT_FOUND) m_language->SetSelection(0);
    grid->Add(m_language);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Marking on every page:")), wxSizerFlags().CentreVertical());
    // The default marking, which the report and the workbook print in their language.
    m_marking = new wxTextCtrl(this, wxID_ANY, U(std::string(reports::kDefaultMarking)));
    grid->Add(m_marking, wxSizerFlags().Expand());
    if (report) {
        grid->Add(new wxStaticText(this, wxID_ANY, _("Prepared by:")), wxSizerFlags().CentreVertical());
        m_prepared = new wxTextCtrl(this, wxID_ANY);
        grid->Add(m_prepared, wxSizerFlags().Expand());
        grid->Add(new wxStaticText(this, wxID_ANY, _("Approved by:")), wxSizerFlags().CentreVertical());
        m_approved = new wxTextCtrl(this, wxID_ANY);
        grid->Add(m_approved, wxSizerFlags().Expand());
    }
    auto* baseline_label =
        new wxStaticText(this, wxID_ANY, report ? _("Baseline (follow-up report):") : _("Baseline (follow-up workbook):"));
    grid->Add(baseline_label, wxSizerFlags().CentreVertical());
    m_baseline = new wxFilePickerCtrl(this, wxID_ANY, U(baseline), _("The baseline assessment"),
                                      _("C5 assessments (*.c5a)|*.c5a"), wxDefaultPosition, wxDefaultSize,
                                      wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    m_baseline->GetTextCtrl()->SetHint(_("optional: an earlier assessment of the same country"));
    grid->Add(m_baseline, wxSizerFlags().Expand());
    SetLabelledBy(*m_baseline->GetTextCtrl(), *baseline_label);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(grid, wxSizerFlags().Expand().Border(wxALL, 2 * gap));
    if (report) {
        auto* note = new wxStaticText(this, wxID_ANY, _("The scores are written beside the report as CSV and JSON."));
        column->Add(note, wxSizerFlags().Border(wxLEFT | wxRIGHT, 2 * gap));
    }
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
    FitOnScreen(*this);
    // Shown again once laid out: GTK leaves the entry blank when the text is set before it is placed.
    m_file->SetPath(U(suggested));
    m_file->GetTextCtrl()->ChangeValue(U(suggested));
    m_file->GetTextCtrl()->SetInsertionPointEnd();
    if (auto* ok = dynamic_cast<wxButton*>(FindWindow(wxID_OK))) ok->SetLabel(_("&Export"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Export(); }, wxID_OK);
    Journal(report ? "screen report-dialog" : "screen workbook-dialog");
}

void ReportDialog::MatchExtension() {
    std::filesystem::path path = P(m_file->GetPath());
    if (path.empty() || !m_format) return;
    path.replace_extension(m_format->GetSelection() == 1 ? ".docx" : ".pdf");
    m_file->SetPath(U(path));
}

void ReportDialog::Export() {
    if (m_file->GetPath().empty()) return;
    MatchExtension();
    reports::ReportOptions options;
    options.language = m_language_codes.at(static_cast<std::size_t>(std::max(0, m_language->GetSelection())));
    options.marking = S(m_marking->GetValue());
    const std::filesystem::path target = P(m_file->GetPath());
    const std::filesystem::path baseline = P(m_baseline->GetPath());
    if (m_kind == ExportKind::Workbook) return ExportWorkbook(options, target, baseline);
    options.format = m_format->GetSelection() == 1 ? reports::ReportFormat::Docx : reports::ReportFormat::Pdf;
    options.paper = m_paper->GetSelection() == 1 ? reports::PaperSize::Letter : reports::PaperSize::A4;
    options.prepared_by = S(m_prepared->GetValue());
    options.approved_by = S(m_approved->GetValue());

    // The report is built on a worker thread; this loop shows its progress and can cancel it.
    std::atomic<double> fraction{0};
    std::atomic<bool> cancel{false};
    std::atomic<bool> done{false};
    std::mutex mutex;
    std::string stage = "scores";
    std::optional<reports::ReportFiles> files;
    std::string failure;
    options.progress = [&](double value, std::string_view step) {
        fraction = 0.3 + 0.7 * value;
        std::lock_guard lock(mutex);
        stage = std::string(step);
        return !cancel.load();
    };
    std::thread worker([&] {
        try {
            if (baseline.empty()) {
                const auto score = scoring::ScoreAssessment(*m_data, {});
                fraction = 0.3;
                if (!cancel) files = reports::WriteReport(*m_data, score, options, target);
            } else {
                // A follow-up: measured against the targets set at the baseline.
                const auto earlier = questionnaire::AssessmentStore::Open(baseline, questionnaire::OpenMode::ReadOnly,
                                                                          questionnaire::Actor::Current("c5kit"));
                const auto comparison = scoring::CompareAssessments(earlier.Snapshot(), *m_data, {});
                fraction = 0.3;
                if (!cancel) files = reports::WriteReport(*m_data, comparison.followup_score, options, target, &comparison);
            }
        } catch (const reports::ReportCancelled&) {
        } catch (const std::exception& error) {
            failure = error.what();
        }
        done = true;
    });
    {
        wxProgressDialog progress(_("Export the report"), _("Scoring..."), 100, this,
                                  wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_AUTO_HIDE);
        while (!done) {
            std::string step;
            {
                std::lock_guard lock(mutex);
                step = stage;
            }
            if (!progress.Update(static_cast<int>(99 * fraction.load()), wxString::Format(_("Writing: %s"), U(step))))
                cancel = true;
            wxMilliSleep(30);
        }
    }
    worker.join();
    if (!failure.empty()) {
        Journal("error " + failure);
        wxMessageBox(U(failure), _("The report was not written"), wxOK | wxICON_ERROR, this);
        return;
    }
    if (!files) return;  // cancelled: nothing was written
    const std::filesystem::path& written = files->docx.empty() ? files->pdf : files->docx;
    m_written = written;
    Journal("report " + questionnaire::PathToUtf8(written));
    const wxString message =
        files->docx.empty()
            ? wxString::Format(_("Wrote %s (%d pages)\nand the scores beside it:\n%s\n%s"), U(files->pdf),
                               files->pages, U(files->scores_csv), U(files->scores_json))
            : wxString::Format(_("Wrote the Word document %s\nand the scores beside it:\n%s\n%s"),
                               U(files->docx), U(files->scores_csv), U(files->scores_json));
    wxMessageBox(message, _("Report exported"), wxOK | wxICON_INFORMATION, this);
    EndModal(wxID_OK);
}

void ReportDialog::ExportWorkbook(const reports::ReportOptions& options, const std::filesystem::path& target,
                                  const std::filesystem::path& baseline) {
    // A marking too long for Excel's page header is refused while the user can still change it.
    try {
        reports::CheckWorkbookMarking(options.marking);
    } catch (const std::exception& error) {
        wxMessageBox(U(error.what()), _("The workbook was not written"), wxOK | wxICON_ERROR, this);
        m_marking->SetFocus();
        return;
    }
    try {
        wxBusyCursor busy;
        std::optional<questionnaire::AssessmentData> earlier;
        if (!baseline.empty())
            earlier = questionnaire::AssessmentStore::Open(baseline, questionnaire::OpenMode::ReadOnly,
                                                           questionnaire::Actor::Current("c5kit"))
                          .Snapshot();
        reports::WriteResultsWorkbook(*m_data, earlier ? &*earlier : nullptr, options, target);
    } catch (const std::exception& error) {
        Journal(std::string("error ") + error.what());
        wxMessageBox(U(error.what()), _("The workbook was not written"), wxOK | wxICON_ERROR, this);
        return;
    }
    m_written = target;
    Journal("workbook " + questionnaire::PathToUtf8(target));
    EndModal(wxID_OK);
}

}  // namespace c5::gui
