// The assessment window's workshop actions: kits out, files in, disagreements settled, the
// projector, follow-ups and the regional view. Each calls the session or the libraries.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>

#include "accessibility.h"
#include "assessment_frame.h"
#include "assessment_frame_ids.h"
#include "c5/questionnaire/next_steps.h"
#include "c5/reports/charts.h"
#include "c5/reports/report_text.h"
#include "c5kit_app.h"
#include "dashboard_panel.h"
#include "dashboard_text.h"
#include "gui_journal.h"
#include "question_panel.h"
#include "workshop/compare_dialog.h"
#include "workshop/disagreements_dialog.h"
#include "workshop/kits_dialog.h"
#include "workshop/merge_report_dialog.h"
#include "workshop/passphrase_prompt.h"
#include "workshop/projector_frame.h"
#include "workshop/regional_dialog.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {

void AssessmentFrame::ApplyKitMode() {
    if (!m_session->IsKit()) return;
    // A respondent kit: one respondent's answers, nothing else changes here.
    for (const int id : {kAddRespondent, kRespondents, kDetails, kPenetration, kScoringOptions, kMakeKits, kMerge,
                         kDisagreements})
        GetMenuBar()->Enable(id, false);
    m_respondent->Enable(false);
    m_add_respondent->Enable(false);
    SetTitle(GetTitle() + wxS(" - ") + _("respondent kit"));
    Status(_("A respondent kit: only your answers can change here. Every answer is saved the moment you give it."));
}

void AssessmentFrame::ShowScores(std::shared_ptr<const scoring::ScoreResult> result, bool final) {
    const reports::ReportText text(UiLanguage());
    auto chart = reports::MakeChartData(*result, m_session->Instrument(), text);
    const double completion = m_session->Progress().Fraction();
    // The first three recommendations, as the next step from the level each item reached.
    std::vector<wxString> priorities;
    for (const auto& recommendation : result->recommendations) {
        if (priorities.size() == 3) break;
        const questionnaire::Question* question = m_session->Instrument().FindQuestion(recommendation.question_id);
        const auto step = question ? questionnaire::NextStepFor(*question, recommendation.score, UiLanguage())
                                   : std::nullopt;
        if (!step) continue;
        wxString line = U(recommendation.question_id + ": " + step->text.text);
        if (!question->lead_group.empty())
            line += wxString::Format(_(" (lead: %s)"), U(reports::StakeholderGroupName(text, question->lead_group)));
        priorities.push_back(line + wxString::Format(wxS(" +%.1f"), recommendation.gain));
    }
    m_dashboard->SetPriorities(std::move(priorities));
    // The words of the dashboard; a new headline is said without moving the focus.
    if (const wxString headline = m_dashboard_text->SetScores(*result, chart, final, completion); !headline.empty())
        AnnouncePolitely(*m_dashboard_text, headline);
    if (m_projector) m_projector->Update(result, chart, final, completion, m_session->Data());
    m_dashboard->SetScores(std::move(result), std::move(chart), final, completion);
}

void AssessmentFrame::MakeKits() {
    m_question->CommitPending();
    KitsDialog dialog(this, *m_session);
    dialog.ShowModal();
}

void AssessmentFrame::MergeFiles() {
    m_question->CommitPending();
    wxFileDialog dialog(this, _("Merge respondent files into this assessment"), U(m_session->Path().parent_path()),
                        wxString(), _("Kits and copies (*.c5a;*.c5s)|*.c5a;*.c5s|All files|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST | wxFD_MULTIPLE);
    if (dialog.ShowModal() != wxID_OK) return;
    wxArrayString paths;
    dialog.GetPaths(paths);
    std::vector<std::filesystem::path> files;
    for (const auto& path : paths) files.push_back(P(path));
    try {
        const auto passphrases = DialogPassphrases(this);
        questionnaire::MergeOptions options;
        while (true) {
            questionnaire::AssessmentStore::MergeReport report;
            {
                wxBusyCursor busy;
                report = m_session->Merge(files, passphrases, options);
            }
            Journal("merged " + std::to_string(report.files.size()) + " refused " + std::to_string(report.Refused()) +
                    (options.accept_unverified ? " unchecked accepted" : ""));
            FillRespondents();
            AfterChange();
            if (m_current) ShowQuestion(*m_current);
            MergeReportDialog shown(this, report);
            Journal("screen merge report");
            if (shown.ShowModal() != wxID_YES) return;
            // The facilitator accepts the files that could not be checked: those are merged again.
            files.clear();
            for (const auto& file : report.files)
                if (file.refused_unverified) files.emplace_back(file.label);
            options.accept_unverified = true;
        }
    } catch (const std::exception& error) {
        ShowError(this, _("The files were not merged"), error);
    }
}

void AssessmentFrame::SaveSealedCopy() {
    m_question->CommitPending();
    wxFileDialog dialog(this, _("Save a sealed copy"), U(m_session->Path().parent_path()), U(m_session->Path().stem()) + wxS(".c5s"),
                        _("Sealed C5 files (*.c5s)|*.c5s"), wxFD_SAVE);
    if (dialog.ShowModal() != wxID_OK) return;
    const auto passphrase = AskNewPassphrase(this);
    if (!passphrase) return;
    try {
        wxBusyCursor busy;
        m_session->SaveSealedCopy(P(dialog.GetPath()), *passphrase);
        Status(wxString::Format(_("Sealed copy saved as %s"), dialog.GetPath()));
        Journal("sealed " + S(dialog.GetPath()));
    } catch (const std::exception& error) {
        ShowError(this, _("The sealed copy was not saved"), error);
    }
}

void AssessmentFrame::ShowDisagreements() {
    m_question->CommitPending();
    DisagreementsDialog dialog(this, *m_session, [this] {
        AfterChange();
        Status(wxString::Format(_("Saved %s"), wxDateTime::Now().FormatISOTime()));
    });
    Journal("screen disagreements");
    dialog.ShowModal();
}

void AssessmentFrame::ToggleProjector() {
    if (m_projector) {
        m_projector->Close();
        return;
    }
    m_projector = new ProjectorFrame(this);
    m_projector->Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        m_projector = nullptr;
        GetMenuBar()->Check(kProjector, false);
        event.Skip();
    });
    GetMenuBar()->Check(kProjector, true);
    m_projector->ShowFullScreen(true);
    RescoreNow();
    Journal("screen projector");
}

void AssessmentFrame::CompareWithBaseline() {
    m_question->CommitPending();
    wxFileDialog dialog(this, _("Choose the baseline assessment (an earlier year, same country)"),
                        U(m_session->Path().parent_path()), wxString(), _("C5 assessments (*.c5a)|*.c5a"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        CompareDialog compare(this, m_session->SharedData(), m_session->Path(), P(dialog.GetPath()));
        compare.ShowModal();
    } catch (const std::exception& error) {
        ShowError(this, _("Cannot compare with that baseline"), error);
    }
}

void AssessmentFrame::ShowRegional() {
    wxDirDialog dialog(this, _("Choose the folder with the countries' assessments"),
                       U(m_session->Path().parent_path()), wxDD_DIR_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        RegionalDialog regional(this, P(dialog.GetPath()));
        regional.ShowModal();
    } catch (const std::exception& error) {
        ShowError(this, _("Cannot show the regional view"), error);
    }
}

}  // namespace c5::gui
