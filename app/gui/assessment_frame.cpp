#include "assessment_frame.h"

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/datetime.h>
#include <wx/display.h>
#include <wx/filedlg.h>
#include <wx/gauge.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statusbr.h>
#include <wx/stattext.h>

#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/charts.h"
#include "assessment_frame_ids.h"
#include "c5kit_app.h"
#include "dashboard_panel.h"
#include "dialogs/penetration_dialog.h"
#include "dialogs/report_dialog.h"
#include "dialogs/respondent_dialog.h"
#include "dialogs/scoring_options_dialog.h"
#include "gui_journal.h"
#include "question_panel.h"
#include "question_tree_model.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {
namespace q = c5::questionnaire;


AssessmentFrame* AssessmentFrame::Create(const SessionSource& session, std::string start_question) {
    auto* frame = new AssessmentFrame();
    try {
        frame->Attach(session(), std::move(start_question));
    } catch (...) {
        frame->Destroy();  // never shown
        throw;
    }
    return frame;
}

AssessmentFrame::AssessmentFrame() : wxFrame(nullptr, wxID_ANY, _("C5 Readiness Kit")) {
    m_scorer = std::make_unique<app::LiveScorer>([this](auto result, std::uint64_t generation) {
        CallAfter([this, result, generation] { OnScores(result, generation); });
    });
    BuildMenus();
    BuildLayout();
    CreateStatusBar(2);
    Status(_("Every answer is saved the moment you give it."));
    Bind(wxEVT_CHAR_HOOK, &AssessmentFrame::OnCharHook, this);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (m_session) m_question->CommitPending();
        event.Skip();
    });
    // The whole window, menu and status bar included, fits the screen's work area.
    const wxRect area = wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromWindow(this)))).GetClientArea();
    const wxSize requested = wxGetApp().RequestedSize();
    const wxSize wanted = requested.IsFullySpecified() ? requested : FromDIP(wxSize(1280, 820));
    SetSize(area.x, area.y, std::min(wanted.x, area.width), std::min(wanted.y, area.height));
    SetMinSize(wxSize(std::min(FromDIP(800), area.width), std::min(FromDIP(540), area.height)));
}

void AssessmentFrame::Attach(std::unique_ptr<app::AssessmentSession> session, std::string start_question) {
    m_session = std::move(session);
    SetTitle(U(m_session->Data().info.title) + wxS(" - ") + _("C5 Readiness Kit"));
    m_model = new QuestionTreeModel(*m_session);
    m_tree->AssociateModel(m_model.get());
    for (std::size_t p = 0; p < m_session->Instrument().pillars.size(); ++p) m_tree->Expand(m_model->PillarItem(p));
    SetStatusText(U(m_session->Path().string()), 1);
    FillRespondents();
    ApplyKitMode();
    ShowPointEstimate();
    // The first question once the window has its size: radio buttons laid out at width 0
    // make GTK complain. (Built before the window shows, the first screen takes longer.)
    CallAfter([this, start_question] {
        const auto all = AllQuestions();
        const auto start = std::find_if(all.begin(), all.end(), [&](auto* q) { return q->id == start_question; });
        if (start != all.end()) ShowQuestion(**start);
        else if (!all.empty()) ShowQuestion(*all.front());
        m_question->FocusAnswer();
        SetIcons(AppIcons());  // for the window manager: it need not hold up the first screen
        // The ranges' background run starts once the screen is up: on a two-core laptop it would
        // otherwise compete with drawing the first screen.
        RequestRanges();
        Journal("screen main " + m_session->Path().string());
        if (wxGetApp().ExitWhenReady()) CallAfter([] { wxGetApp().ExitMainLoop(); });
    });
}

AssessmentFrame::~AssessmentFrame() {
    m_scorer.reset();  // joins the worker before the window's members go
}

void AssessmentFrame::SwitchLanguage(const std::string& code) {
    if (!m_session || code == UiLanguage()) return;
    m_question->CommitPending();
    const std::string current = m_current ? m_current->id : std::string();
    m_scorer.reset();
    ApplyUiLanguage(code, true);
    Journal("language " + code);
    auto* frame = AssessmentFrame::Create([this] { return std::move(m_session); }, current);
    frame->SetSize(GetRect());
    frame->Show();
    Hide();
    Destroy();
}

void AssessmentFrame::BuildMenus() {
    auto* file = new wxMenu();
    file->Append(wxID_NEW, _("&New assessment...\tCtrl+N"));
    file->Append(wxID_OPEN, _("&Open...\tCtrl+O"));
    file->Append(kSaveAs, _("Save &as...\tCtrl+Shift+S"), _("Copy the assessment to another file and continue there"));
    file->AppendSeparator();
    file->Append(kExportReport, _("Export &report (PDF)...\tCtrl+P"));
    file->Append(kExportCsv, _("Export answers as &CSV..."));
    file->Append(kExportJson, _("Export assessment as &JSON..."));
    file->Append(kSealedCopy, _("Save a seal&ed copy..."), _("A copy protected by a passphrase, for USB sticks and e-mail"));
    file->AppendSeparator();
    file->Append(kMakeKits, _("Make respondent &kits..."), _("One file per respondent or group, to answer on their own computer"));
    file->Append(kMerge, _("&Merge respondent files...\tCtrl+M"), _("Bring kits and copies back into this assessment"));
    file->AppendSeparator();
    file->Append(kCompare, _("Compare with a &baseline..."));
    file->Append(kRegional, _("Re&gional view..."));
    file->AppendSeparator();
    file->Append(wxID_CLOSE, _("&Close\tCtrl+W"));
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    auto* edit = new wxMenu();
    edit->Append(wxID_UNDO, _("&Undo last answer change\tCtrl+Z"));
    auto* go = new wxMenu();
    go->Append(kNext, _("&Next question\tCtrl+Right"));
    go->Append(kPrevious, _("&Previous question\tCtrl+Left"));
    go->Append(kNextUnanswered, _("Next &unanswered\tCtrl+U"));
    auto* assessment = new wxMenu();
    assessment->Append(kAddRespondent, _("Add &respondent..."));
    assessment->Append(kPenetration, _("ICT &penetration figures..."));
    assessment->Append(kScoringOptions, _("&Scoring options..."));
    assessment->AppendSeparator();
    assessment->Append(kDisagreements, _("&Disagreements and consensus...\tCtrl+D"));
    auto* view = new wxMenu();
    view->AppendCheckItem(kToggleDashboard, _("&Dashboard\tF9"))->Check(true);
    view->AppendCheckItem(kProjector, _("&Projector (full screen)\tF11"));
    view->AppendSeparator();
    view->AppendSubMenu(LanguageMenu([this](const std::string& code) { CallAfter([this, code] { SwitchLanguage(code); }); }),
                        _("&Language"));
    auto* help = new wxMenu();
    help->Append(kKeys, _("&Keyboard shortcuts\tF1"));
    help->Append(wxID_ABOUT, _("&About"));
    auto* bar = new wxMenuBar();
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(go, _("&Go"));
    bar->Append(assessment, _("&Assessment"));
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    Bind(wxEVT_MENU, [](wxCommandEvent&) { wxGetApp().NewAssessment(nullptr); }, wxID_NEW);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { wxGetApp().ChooseAndOpen(this); }, wxID_OPEN);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { SaveAs(); }, kSaveAs);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { ExportReport(); }, kExportReport);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Export(false); }, kExportCsv);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Export(true); }, kExportJson);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    Bind(wxEVT_MENU, [](wxCommandEvent&) { wxGetApp().ExitMainLoop(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Undo(); }, wxID_UNDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Step(+1); }, kNext);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Step(-1); }, kPrevious);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { NextUnanswered(); }, kNextUnanswered);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { AddRespondent(); }, kAddRespondent);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { EditPenetration(); }, kPenetration);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { EditScoringOptions(); }, kScoringOptions);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { ToggleDashboard(); }, kToggleDashboard);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { ShowKeys(); }, kKeys);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { MakeKits(); }, kMakeKits);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { MergeFiles(); }, kMerge);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { SaveSealedCopy(); }, kSealedCopy);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { ShowDisagreements(); }, kDisagreements);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { ToggleProjector(); }, kProjector);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { CompareWithBaseline(); }, kCompare);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { ShowRegional(); }, kRegional);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        wxMessageBox(_("C5 Readiness Kit\nReadiness self-assessment for WSIS action line C5.\nWorks offline; every answer "
                       "is saved in the assessment file the moment it is given."),
                     _("About"), wxOK | wxICON_INFORMATION, this);
    }, wxID_ABOUT);
}

void AssessmentFrame::BuildLayout() {
    auto* top = new wxPanel(this);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(new wxStaticText(top, wxID_ANY, _("Answering as:")), wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
    m_respondent = new wxChoice(top, wxID_ANY);
    bar->Add(m_respondent, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    m_add_respondent = new wxButton(top, wxID_ANY, _("Add..."), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    bar->Add(m_add_respondent, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(4)));
    bar->AddStretchSpacer();
    m_progress_label = new wxStaticText(top, wxID_ANY, wxString());
    bar->Add(m_progress_label, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(6)));
    m_progress = new wxGauge(top, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(160, 14)));
    bar->Add(m_progress, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(8)));
    top->SetSizer(bar);
    m_respondent->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        m_question->CommitPending();
        const int index = m_respondent->GetSelection();
        if (index == wxNOT_FOUND) return;
        m_session->SetCurrentRespondent(m_session->Data().respondents[static_cast<std::size_t>(index)].id);
        Journal("respondent " + m_session->Data().respondents[static_cast<std::size_t>(index)].name);
        AfterChange();
        if (m_current) ShowQuestion(*m_current);
    });
    m_add_respondent->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { AddRespondent(); });

    m_outer = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_inner = new wxSplitterWindow(m_outer, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_tree = new wxDataViewCtrl(m_outer, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_SINGLE | wxDV_NO_HEADER);
    // Marks first, so they stay visible however narrow the tree is.
    m_tree->AppendTextColumn(_("Status"), QuestionTreeModel::kMark, wxDATAVIEW_CELL_INERT, FromDIP(40), wxALIGN_CENTER);
    auto* title = m_tree->AppendTextColumn(_("Question"), QuestionTreeModel::kTitle, wxDATAVIEW_CELL_INERT,
                                           FromDIP(400), wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE);
    m_tree->SetExpanderColumn(title);
    m_tree->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent& event) {
        if (m_syncing_tree) return;
        if (const q::Question* question = m_model->QuestionOf(event.GetItem())) {
            ShowQuestion(*question);
            CallAfter([this] { m_question->FocusAnswer(); });  // pick in the tree, answer with the keys
        }
    });
    m_question = new QuestionPanel(m_inner, {[this](const q::AnswerInput& input) { SaveAnswer(input); },
                                             [this](const wxString& hint) { Status(hint); },
                                             [this] { Step(+1); }, [this] { Step(-1); }});
    m_dashboard = new DashboardPanel(m_inner);
    m_inner->SplitVertically(m_question, m_dashboard);
    m_inner->SetSashGravity(1.0);
    m_inner->SetMinimumPaneSize(FromDIP(220));
    m_outer->SplitVertically(m_tree, m_inner);
    m_outer->SetMinimumPaneSize(FromDIP(160));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(top, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(4)));
    column->Add(m_outer, wxSizerFlags(1).Expand());
    SetSizer(column);
    // Sash positions again once the window is on screen with its final size.
    Bind(wxEVT_SHOW, [this](wxShowEvent& event) {
        PlaceSashes();
        event.Skip();
    });
}

void AssessmentFrame::PlaceSashes() {
    // Tree ~22 %, dashboard ~28 % of the window's width.
    const int width = GetClientSize().x;
    m_outer->SetSashPosition(std::max(FromDIP(200), width * 22 / 100));
    m_inner->SetSashPosition(m_inner->GetClientSize().x - std::max(FromDIP(260), width * 28 / 100));
}

void AssessmentFrame::FillRespondents() {
    m_respondent->Clear();
    int selection = wxNOT_FOUND;
    for (const auto& respondent : m_session->Data().respondents) {
        const std::string label = respondent.stakeholder_group.empty()
                                      ? respondent.name
                                      : respondent.name + " (" + respondent.stakeholder_group + ")";
        const int index = m_respondent->Append(U(label));
        if (respondent.id == m_session->CurrentRespondent()) selection = index;
    }
    m_respondent->SetSelection(selection);
    m_respondent->GetParent()->Layout();
}

std::vector<const q::Question*> AssessmentFrame::AllQuestions() const { return m_session->Instrument().Questions(); }

void AssessmentFrame::ShowQuestion(const q::Question& question) {
    m_current = &question;
    const auto all = AllQuestions();
    const auto index = std::find(all.begin(), all.end(), &question) - all.begin();
    const q::Pillar& pillar = *m_session->Instrument().FindPillar(question.pillar_id);
    wxString reason;
    const bool asked = m_session->IsShown(question);
    if (!asked && question.show_if) {
        std::string values;
        for (const auto& value : question.show_if->values) values += (values.empty() ? "" : ", ") + value;
        reason = wxString::Format(_("Asked only when %s is answered %s; answer it first. Not scored now."),
                                  U(question.show_if->question_id), U(values));
    }
    m_question->ShowQuestion(pillar, question, m_session->CurrentAnswer(question.id), asked,
                             // TRANSLATORS: position of the question shown among all questions, e.g. "12 of 79"
                             wxString::Format(_("%ld of %zu"), static_cast<long>(index + 1), all.size()), reason);
    m_syncing_tree = true;
    const wxDataViewItem item = m_model->QuestionItem(question.id);
    m_tree->Select(item);
    m_tree->EnsureVisible(item);
    m_syncing_tree = false;
    Journal("question " + question.id);
}

void AssessmentFrame::Step(int direction) {
    if (!m_current) return;
    const auto all = AllQuestions();
    auto at = std::find(all.begin(), all.end(), m_current) - all.begin();
    // Follow-up questions whose condition is not met are skipped.
    for (at += direction; at >= 0 && at < static_cast<long>(all.size()); at += direction)
        if (m_session->IsShown(*all[static_cast<std::size_t>(at)])) {
            ShowQuestion(*all[static_cast<std::size_t>(at)]);
            m_question->FocusAnswer();
            return;
        }
    Status(direction > 0 ? _("This is the last question.") : _("This is the first question."));
}

void AssessmentFrame::NextUnanswered() {
    const auto all = AllQuestions();
    auto start = std::find(all.begin(), all.end(), m_current) - all.begin();
    for (std::size_t k = 1; k <= all.size(); ++k) {
        const q::Question* question = all[(static_cast<std::size_t>(start) + k) % all.size()];
        if (m_session->IsShown(*question) && !m_session->CurrentAnswer(question->id)) {
            ShowQuestion(*question);
            m_question->FocusAnswer();
            return;
        }
    }
    Status(_("Every question asked of this respondent has an answer."));
}

void AssessmentFrame::SaveAnswer(const q::AnswerInput& input) {
    try {
        const auto result = m_session->Save(input);
        if (result.outcome == q::SaveOutcome::Unchanged) return;
        // TRANSLATORS: status bar after an answer was written to disk; %s is the time, e.g. 10:42:13
        Status(wxString::Format(_("Saved %s"), wxDateTime::Now().FormatISOTime()));
        Journal("saved " + input.question_id + " " + (input.not_applicable ? std::string("NA") : input.value));
        AfterChange();
    } catch (const std::exception& error) {
        Status(_("Not saved"));
        ShowError(this, _("The answer was not saved"), error);
    }
}

void AssessmentFrame::AfterChange() {
    m_model->RefreshAll();
    const auto progress = m_session->Progress();
    m_progress->SetValue(static_cast<int>(100 * progress.Fraction()));
    // TRANSLATORS: progress of the current respondent: answered questions of the questions shown
    m_progress_label->SetLabel(wxString::Format(_("%d of %d answered"), progress.answered, progress.shown));
    m_progress_label->GetParent()->Layout();
    GetMenuBar()->Enable(wxID_UNDO, m_session->CanUndo());
    RescoreNow();
}

void AssessmentFrame::RescoreNow() {
    // The point estimate at once; the ranges follow from the background run.
    ShowPointEstimate();
    RequestRanges();
}

void AssessmentFrame::RequestRanges() { m_latest_generation = m_scorer->Request(m_session->SharedData()); }

void AssessmentFrame::ShowPointEstimate() {
    auto point = std::make_shared<const scoring::ScoreResult>(app::LiveScorer::PointEstimate(m_session->Data()));
    const auto progress = m_session->Progress();
    ShowScores(point, false);
    m_progress->SetValue(static_cast<int>(100 * progress.Fraction()));
    m_progress_label->SetLabel(wxString::Format(_("%d of %d answered"), progress.answered, progress.shown));
}

void AssessmentFrame::OnScores(std::shared_ptr<const scoring::ScoreResult> result, std::uint64_t generation) {
    if (!m_session) return;  // the window handed its assessment to a new one (language switch)
    if (generation != m_latest_generation) return;  // a newer answer has arrived since
    ShowScores(result, true);
    Journal("dashboard final");
}

void AssessmentFrame::OnCharHook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    const bool in_text = dynamic_cast<wxTextCtrl*>(FindFocus()) != nullptr;
    const bool plain = !event.HasAnyModifiers();
    // The kit's own Ctrl shortcuts win over widgets that bind the same keys (GTK's tree view
    // takes Ctrl+P and Ctrl+N for moving its cursor).
    if (event.GetModifiers() == wxMOD_CONTROL) {
        const int command = key == 'P' ? static_cast<int>(kExportReport) : key == 'U' ? static_cast<int>(kNextUnanswered)
                            : key == 'N' ? wxID_NEW : key == 'O' ? wxID_OPEN : key == 'W' ? wxID_CLOSE
                            : key == 'Q' ? wxID_EXIT : key == 'Z' && !in_text ? wxID_UNDO
                            : key == 'M' ? static_cast<int>(kMerge) : key == 'D' ? static_cast<int>(kDisagreements) : 0;
        if (command != 0) {
            wxCommandEvent menu(wxEVT_MENU, command);
            ProcessWindowEvent(menu);
            return;
        }
    }
    if (key == WXK_PAGEDOWN || (event.ControlDown() && key == WXK_RIGHT)) return Step(+1);
    if (key == WXK_PAGEUP || (event.ControlDown() && key == WXK_LEFT)) return Step(-1);
    if (key == WXK_ESCAPE && in_text) return m_question->FocusAnswer();
    if (in_text || !plain) {
        event.Skip();
        return;
    }
    bool handled = false;
    if (key >= '0' && key <= '9') handled = m_question->ChooseByDigit(key - '0');
    else if (key >= WXK_NUMPAD0 && key <= WXK_NUMPAD9) handled = m_question->ChooseByDigit(key - WXK_NUMPAD0);
    else if (key == 'Y') handled = m_question->ChooseYesPartialNo("yes");
    else if (key == 'P') handled = m_question->ChooseYesPartialNo("partial");
    else if (key == 'N') handled = m_question->ChooseYesPartialNo("no");
    else if (key == 'A') handled = m_question->ToggleNotApplicable();
    else if (key == 'R') handled = m_question->ToggleReview();
    else if (key == 'L') handled = m_question->SetConfidence(q::Confidence::Low);
    else if (key == 'M') handled = m_question->SetConfidence(q::Confidence::Medium);
    else if (key == 'H') handled = m_question->SetConfidence(q::Confidence::High);
    else if (key == 'E') {
        m_question->FocusEvidence();
        handled = true;
    }
    if (!handled) event.Skip();
}

void AssessmentFrame::Undo() {
    m_question->CommitPending();
    if (!m_session->CanUndo()) return;
    try {
        const std::string question_id = m_session->Undo();
        FillRespondents();
        AfterChange();
        if (const q::Question* question = m_session->Instrument().FindQuestion(question_id)) ShowQuestion(*question);
        Status(wxString::Format(_("Undone: %s restored and saved %s"), U(question_id), wxDateTime::Now().FormatISOTime()));
        Journal("undone " + question_id);
    } catch (const std::exception& error) {
        ShowError(this, _("Undo failed"), error);
    }
}

void AssessmentFrame::AddRespondent() {
    RespondentDialog dialog(this);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        const auto respondent = m_session->AddRespondent(dialog.Input());
        m_session->SetCurrentRespondent(respondent.id);
        FillRespondents();
        AfterChange();
        if (m_current) ShowQuestion(*m_current);
    } catch (const std::exception& error) {
        ShowError(this, _("Cannot add the respondent"), error);
    }
}

void AssessmentFrame::EditPenetration() {
    PenetrationDialog dialog(this, m_session->Data().penetration);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        for (const auto& input : dialog.Inputs()) m_session->SetPenetration(input);
        Status(wxString::Format(_("Saved %s"), wxDateTime::Now().FormatISOTime()));
        AfterChange();
    } catch (const std::exception& error) {
        ShowError(this, _("Cannot save the figures"), error);
    }
}

void AssessmentFrame::EditScoringOptions() {
    ScoringOptionsDialog dialog(this, m_session->Instrument(), m_session->Data().settings);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        m_session->SetScoringSettings(dialog.Settings());
        Status(wxString::Format(_("Saved %s"), wxDateTime::Now().FormatISOTime()));
        AfterChange();
    } catch (const std::exception& error) {
        ShowError(this, _("Cannot save the scoring options"), error);
    }
}

void AssessmentFrame::ExportReport() {
    m_question->CommitPending();
    ReportDialog dialog(this, m_session->SharedData(), m_session->Path());
    dialog.ShowModal();
}

void AssessmentFrame::Export(bool json) {
    m_question->CommitPending();
    wxFileDialog dialog(this, json ? _("Export the assessment as JSON") : _("Export the answers as CSV"), wxString(),
                        U(m_session->Path().stem().string()) + (json ? wxS(".json") : wxS("-answers.csv")),
                        json ? _("JSON files (*.json)|*.json") : _("CSV files (*.csv)|*.csv"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        if (json) m_session->ExportJson(P(dialog.GetPath()));
        else m_session->ExportCsv(P(dialog.GetPath()));
        Status(wxString::Format(_("Exported to %s"), dialog.GetPath()));
    } catch (const std::exception& error) {
        ShowError(this, _("Export failed"), error);
    }
}

void AssessmentFrame::SaveAs() {
    m_question->CommitPending();
    wxFileDialog dialog(this, _("Save the assessment as"), wxString(), wxString(), _("C5 assessments (*.c5a)|*.c5a"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        m_session->SaveAs(P(dialog.GetPath()));
        SetStatusText(U(m_session->Path().string()), 1);
        wxGetApp().Remember(dialog.GetPath());
        Status(wxString::Format(_("Saved as %s; you are now working in the copy"), dialog.GetPath()));
    } catch (const std::exception& error) {
        ShowError(this, _("Save as failed"), error);
    }
}

void AssessmentFrame::ToggleDashboard() {
    if (m_inner->IsSplit()) {
        m_inner->Unsplit(m_dashboard);
    } else {
        m_inner->SplitVertically(m_question, m_dashboard);
        m_inner->SetSashPosition(m_inner->GetClientSize().x - FromDIP(300));
    }
    GetMenuBar()->Check(kToggleDashboard, m_inner->IsSplit());
}

void AssessmentFrame::ShowKeys() {
    wxMessageBox(_("Answering without the mouse:\n\n"
                   "0-4   choose a level (maturity questions)\n"
                   "1-9   choose or tick a choice\n"
                   "Y / P / N   yes, partial, no\n"
                   "A   not applicable\n"
                   "L / M / H   confidence low, medium, high\n"
                   "R   mark for review\n"
                   "E   write evidence;  Esc   back to the answer\n"
                   "Page Down / Ctrl+Right   next question\n"
                   "Page Up / Ctrl+Left   previous question\n"
                   "Ctrl+U   next unanswered question\n"
                   "Ctrl+Z   undo the last answer change\n"
                   "Ctrl+P   export the report"),
                 _("Keyboard shortcuts"), wxOK | wxICON_INFORMATION, this);
}

void AssessmentFrame::Status(const wxString& text) { SetStatusText(text, 0); }

}  // namespace c5::gui
