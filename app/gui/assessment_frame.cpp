#include "assessment_frame.h"

#include <algorithm>

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/datetime.h>
#include <wx/display.h>
#include <wx/filename.h>
#include <wx/filedlg.h>
#include <wx/gauge.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statusbr.h>
#include <wx/stattext.h>

#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/charts.h"
#include "assessment_frame_ids.h"
#include "c5kit_app.h"
#include "accessibility.h"
#include "dashboard_panel.h"
#include "dashboard_text.h"
#include "dialogs/penetration_dialog.h"
#include "dialogs/report_dialog.h"
#include "dialogs/respondent_dialog.h"
#include "dialogs/scoring_options_dialog.h"
#include "c5/questionnaire/error.h"
#include "c5/questionnaire/instrument_loader.h"
#include "dialogs/details_dialog.h"
#include "document_viewer.h"
#include "dialogs/respondents_dialog.h"
#include "dialogs/review_dialog.h"
#include "dialogs/text_dialog.h"
#include "gui_journal.h"
#include "labels.h"
#include "numbers_help.h"
#include "question_panel.h"
#include "question_tree_model.h"
#include "screen_colours.h"
#include "unspoken_text_renderer.h"
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
    AddQuestionnaireLanguages();
    m_model = new QuestionTreeModel(*m_session);
    m_tree->AssociateModel(m_model.get());
    for (std::size_t p = 0; p < m_model->PillarCount(); ++p) m_tree->Expand(m_model->PillarItem(p));
    SetStatusText(U(m_session->Path()), 1);
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
        Journal("screen main " + questionnaire::PathToUtf8(m_session->Path()));
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

void AssessmentFrame::AddQuestionnaireLanguages() {
    const q::Instrument& instrument = m_session->Instrument();
    std::vector<std::string> added;
    for (const auto& code : q::InstrumentLanguages(instrument))
        if (std::find(std::begin(q::kUnLanguages), std::end(q::kUnLanguages), code) == std::end(q::kUnLanguages))
            added.push_back(code);
    // A language another assessment's instrument added does not carry over to this one.
    if (std::find(added.begin(), added.end(), QuestionnaireLanguage()) == added.end()) SetQuestionnaireLanguage({});
    if (added.empty()) return;
    auto* menu = new wxMenu();
    const auto add = [&](const std::string& code, const wxString& label) {
        const int id = wxWindow::NewControlId();
        menu->AppendRadioItem(id, label)->Check(QuestionnaireLanguage() == (code.empty() ? UiLanguage() : code));
        Bind(wxEVT_MENU, [this, code](wxCommandEvent&) { ChooseQuestionnaireLanguage(code); }, id);
    };
    add({}, _("As the interface"));
    for (const auto& code : added) {
        std::string name = code;
        if (const auto own = instrument.report_texts.find(code); own != instrument.report_texts.end())
            if (const auto found = own->second.find("language_name"); found != own->second.end())
                name = found->second + " (" + code + ")";
        add(code, U(name));
    }
    m_view_menu->AppendSubMenu(menu, _("&Questionnaire language"),
                               _("Languages this questionnaire adds; the menus stay in the interface's language"));
}

void AssessmentFrame::ChooseQuestionnaireLanguage(const std::string& code) {
    m_question->CommitPending();
    SetQuestionnaireLanguage(code);
    m_model->RefreshAll();
    if (m_current) ShowQuestion(*m_current);
    Journal("questionnaire-language " + QuestionnaireLanguage());
}

void AssessmentFrame::BuildMenus() {
    auto* file = new wxMenu();
    file->Append(wxID_NEW, _("&New assessment...\tCtrl+N"));
    file->Append(wxID_OPEN, _("&Open...\tCtrl+O"));
    file->Append(kSaveAs, _("Save &as...\tCtrl+Shift+S"), _("Copy the assessment to another file and continue there"));
    file->AppendSeparator();
    file->Append(kExportReport, _("Export &report (PDF or Word)...\tCtrl+P"));
    file->Append(kExportWorkbook, _("Export results &workbook (Excel)..."),
                 _("Scores, answers, disagreements, recommendations, targets and weights, one sheet each"));
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
    edit->Append(wxID_REDO, _("&Redo\tCtrl+Y"));
    auto* go = new wxMenu();
    go->Append(kNext, _("&Next question\tCtrl+Right"));
    go->Append(kPrevious, _("&Previous question\tCtrl+Left"));
    go->Append(kNextUnanswered, _("Next &unanswered\tCtrl+U"));
    go->Append(kNextFlagged, _("Next &flagged for review\tCtrl+G"));
    go->AppendSeparator();
    go->Append(kReviewList, _("&Review list...\tCtrl+L"),
               _("Every answer in one table: unanswered, flagged, low confidence, no evidence, disagreement"));
    auto* assessment = new wxMenu();
    assessment->Append(kDetails, _("Assessment de&tails..."), _("Country, year and title"));
    assessment->Append(kRespondents, _("R&espondents..."), _("Add, rename or remove respondents"));
    assessment->Append(kAddRespondent, _("Add &respondent..."));
    assessment->Append(kPenetration, _("ICT &penetration figures..."));
    assessment->Append(kScoringOptions, _("&Scoring options..."));
    assessment->AppendSeparator();
    assessment->Append(kDisagreements, _("&Disagreements and consensus...\tCtrl+D"));
    auto* view = new wxMenu();
    m_view_menu = view;
    view->AppendCheckItem(kToggleDashboard, _("&Dashboard\tF9"))->Check(true);
    view->AppendCheckItem(kProjector, _("&Projector (full screen)\tF11"));
    view->AppendSeparator();
    view->AppendSubMenu(LanguageMenu([this](const std::string& code) { CallAfter([this, code] { SwitchLanguage(code); }); }),
                        _("&Language"));
    auto* help = new wxMenu();
    help->Append(kKeys, _("&Keyboard shortcuts\tF1"));
    help->Append(kNumbersHelp, _("What the &numbers mean\tShift+F1"));
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
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { ExportWorkbook(); }, kExportWorkbook);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    Bind(wxEVT_MENU, [](wxCommandEvent&) { wxGetApp().ExitMainLoop(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Undo(); }, wxID_UNDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Redo(); }, wxID_REDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { NextFlagged(); }, kNextFlagged);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { ShowReviewList(); }, kReviewList);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { EditDetails(); }, kDetails);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { EditRespondents(); }, kRespondents);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { ShowNumbersHelp(this); }, kNumbersHelp);
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
    auto* answering_as = new wxStaticText(top, wxID_ANY, _("Answering as:"));
    bar->Add(answering_as, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
    m_respondent = new wxChoice(top, wxID_ANY);
    SetLabelledBy(*m_respondent, *answering_as);  // the choice's inner button too, which has the focus
    m_respondent->SetName(_("Answering as"));
    // At 200 % text a long name would push the progress off the window: the list gives way.
    m_respondent->SetMinSize(wxSize(FromDIP(160), -1));
    m_respondent->SetMaxSize(wxSize(FromDIP(460), -1));
    bar->Add(m_respondent, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(6)));
    m_add_respondent = new wxButton(top, wxID_ANY, _("Add..."), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    bar->Add(m_add_respondent, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(4)));
    bar->AddStretchSpacer();
    m_progress_label = new wxStaticText(top, wxID_ANY, wxString());
    m_progress_label->SetToolTip(_("The questions asked of this respondent and how many have an answer. A follow-up "
                                   "question is asked only when the question before it is answered a certain way; "
                                   "until then it is not asked and not counted."));
    bar->Add(m_progress_label, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(6)));
    m_progress = new wxGauge(top, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(160, 14)));
    m_progress->SetName(_("Progress of this respondent"));
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
    auto* tree_pane = new wxPanel(m_outer);
    m_tree = new wxDataViewCtrl(tree_pane, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_SINGLE | wxDV_NO_HEADER);
    m_tree->SetName(_("Questions"));
    SetAccessibleName(*m_tree, _("Questions"));
    // Marks first, so they stay visible however narrow the tree is; as wide as the widest mark in
    // this language ("لا ينطبق" cut to its last word reads "applicable").
    const wxString marks[] = {U("✓ ⚑"), _("N/A") + U(" ⚑"), wxS("99/99")};
    int mark_width = 0;
    for (const wxString& mark : marks) mark_width = std::max(mark_width, m_tree->GetTextExtent(mark).x);
    auto* mark_renderer = new UnspokenTextRenderer(wxALIGN_CENTER);  // the title says the mark in words
    m_mark_column = new wxDataViewColumn(_("Status"), mark_renderer, QuestionTreeModel::kMark,
                                         mark_width + FromDIP(16), wxALIGN_CENTER);
    m_tree->AppendColumn(m_mark_column);
    // The title column fills the pane: long questions end in "…" instead of running off sideways
    // (in Arabic, off their beginning).
    auto* title_renderer = new wxDataViewTextRenderer(wxS("string"), wxDATAVIEW_CELL_INERT);
    title_renderer->EnableEllipsize(wxELLIPSIZE_END);
    title_renderer->EnableMarkup();  // the marks' meaning in words, for a screen reader only
    m_title_column = new wxDataViewColumn(_("Question"), title_renderer, QuestionTreeModel::kTitle, FromDIP(400),
                                          wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    m_tree->AppendColumn(m_title_column);
    m_tree->SetExpanderColumn(m_title_column);
    m_tree->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        const int available = m_tree->GetClientSize().x - m_mark_column->GetWidth();
        if (available > FromDIP(80)) m_title_column->SetWidth(available);
        event.Skip();
    });
    // A click opens the question; the arrow keys only move the tree's cursor (a screen reader reads
    // each question's title) and Enter opens the one under it: looking never changes an answer.
    m_tree->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent& event) {
        if (m_syncing_tree) return;
        if (m_tree_cursor_moving) {
            if (m_model->QuestionOf(event.GetItem())) Status(_("Enter opens this question."));
            return;
        }
        if (const q::Question* question = m_model->QuestionOf(event.GetItem())) {
            ShowQuestion(*question);
            CallAfter([this] { m_question->FocusAnswer(); });  // pick in the tree, answer with the keys
        }
    });
    m_tree->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent& event) {
        const q::Question* question = m_model->QuestionOf(event.GetItem());
        if (!question) {
            event.Skip();  // a pillar: GTK opens or closes it
            return;
        }
        ShowQuestion(*question);
        CallAfter([this] { m_question->FocusAnswer(); });
    });
    // What the marks mean, where they are.
    auto* legend = new wxStaticText(tree_pane, wxID_ANY, MarksLegend(), wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    SetTextColour(*legend, wxColour(96, 100, 108));
    legend->SetFont(legend->GetFont().Scaled(0.85f));
    legend->SetToolTip(NumberExplanation(NumberTopic::Marks));
    auto* tree_column = new wxBoxSizer(wxVERTICAL);
    tree_column->Add(m_tree, wxSizerFlags(1).Expand());
    tree_column->Add(legend, wxSizerFlags().Expand().Border(wxALL, FromDIP(4)));
    tree_pane->SetSizer(tree_column);
    tree_pane->Bind(wxEVT_SIZE, [legend, tree_pane, this](wxSizeEvent& event) {
        legend->SetLabel(MarksLegend());
        legend->Wrap(std::max(FromDIP(100), tree_pane->GetClientSize().x - FromDIP(8)));
        event.Skip();
    });
    m_question = new QuestionPanel(m_inner, {[this](const q::AnswerInput& input) { SaveAnswer(input); },
                                             [this](const wxString& hint) { Status(hint); },
                                             [this] { Step(+1); }, [this] { Step(-1); },
                                             [this] { AttachDocument(); },
                                             [this](long long id) { OpenDocument(id); },
                                             [this](long long id) { RemoveDocument(id); }});
    auto* dashboard_pane = new wxPanel(m_inner);
    m_dashboard_pane = dashboard_pane;
    m_dashboard = new DashboardPanel(dashboard_pane);
    m_dashboard_text = new DashboardText(dashboard_pane);
    SetAccessibleName(*m_dashboard, _("Dashboard charts (the scores in words follow)"));
    auto* dashboard_column = new wxBoxSizer(wxVERTICAL);
    dashboard_column->Add(m_dashboard, wxSizerFlags(1).Expand());
    dashboard_column->Add(m_dashboard_text, wxSizerFlags().Expand());
    dashboard_pane->SetSizer(dashboard_column);
    m_inner->SplitVertically(m_question, m_dashboard_pane);
    m_inner->SetSashGravity(1.0);
    m_inner->SetMinimumPaneSize(FromDIP(220));
    m_outer->SplitVertically(tree_pane, m_inner);
    // Tab follows the screen: the respondent bar, the tree, the question, the dashboard's words.
    tree_pane->MoveBeforeInTabOrder(m_inner);
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
    // Tree ~26 % (the start of each question readable), dashboard ~27 % of the window's width.
    const int width = GetClientSize().x;
    m_outer->SetSashPosition(std::max(FromDIP(240), width * 26 / 100));
    m_inner->SetSashPosition(m_inner->GetClientSize().x - std::max(FromDIP(260), width * 27 / 100));
}

void AssessmentFrame::FillRespondents() {
    m_respondent->Clear();
    int selection = wxNOT_FOUND;
    for (const auto& respondent : m_session->Data().respondents) {
        const int index = m_respondent->Append(RespondentLabel(respondent));
        if (respondent.id == m_session->CurrentRespondent()) selection = index;
    }
    m_respondent->SetSelection(selection);
    m_respondent->GetParent()->Layout();
}

std::vector<const q::Question*> AssessmentFrame::AllQuestions() const { return m_session->Instrument().Questions(); }

void AssessmentFrame::ShowQuestion(const q::Question& question) {
    if (m_status_about_question && m_current != &question) {
        Status(wxString());  // "Undone: P1.Q2 …" was about the question left
        m_status_about_question = false;
    }
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
                             // TRANSLATORS: position of the question shown among all the questionnaire's, e.g. "question 12 of 79"
                             wxString::Format(_("question %ld of %zu"), static_cast<long>(index + 1), all.size()), reason,
                             m_session->CurrentAttachments(question.id));
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
    GetMenuBar()->Enable(wxID_UNDO, m_session->CanUndo());
    GetMenuBar()->Enable(wxID_REDO, m_session->CanRedo());
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
    // One count: the questions asked of this respondent, and the follow-ups that make up the rest
    // of the questionnaire's total ("question 12 of 79").
    const int not_asked = static_cast<int>(AllQuestions().size()) - progress.shown;
    // TRANSLATORS: progress of the current respondent: answered questions of the questions asked
    wxString label = wxString::Format(_("%d of %d answered"), progress.answered, progress.shown);
    // TRANSLATORS: follows "12 of 76 answered"; questions whose condition is not met
    if (not_asked > 0) label += wxS(" · ") + wxString::Format(_("%d follow-ups not asked"), not_asked);
    m_progress_label->SetLabel(label);
    SetAccessibleName(*m_progress, label);  // a screen reader says the words, not only the percentage
    m_progress_label->GetParent()->Layout();
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
    const wxWindow* focus = FindFocus();
    if (focus && (focus == m_tree || focus->GetParent() == m_tree) &&
        (key == WXK_UP || key == WXK_DOWN || key == WXK_HOME || key == WXK_END || key == WXK_LEFT ||
         key == WXK_RIGHT || key == WXK_NUMPAD_UP || key == WXK_NUMPAD_DOWN) &&
        !event.ControlDown()) {
        m_tree_cursor_moving = true;
        CallAfter([this] { m_tree_cursor_moving = false; });
        event.Skip();
        return;
    }
    // The kit's own Ctrl shortcuts win over widgets that bind the same keys (GTK's tree view
    // takes Ctrl+P and Ctrl+N for moving its cursor).
    if (event.GetModifiers() == wxMOD_CONTROL) {
        const int command = key == 'P' ? static_cast<int>(kExportReport) : key == 'U' ? static_cast<int>(kNextUnanswered)
                            : key == 'N' ? wxID_NEW : key == 'O' ? wxID_OPEN : key == 'W' ? wxID_CLOSE
                            : key == 'Q' ? wxID_EXIT : key == 'Z' && !in_text ? wxID_UNDO
                            : key == 'Y' && !in_text ? wxID_REDO : key == 'G' ? static_cast<int>(kNextFlagged)
                            : key == 'L' ? static_cast<int>(kReviewList)
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
        // TRANSLATORS: status bar after Ctrl+Z; the question id, then the time, e.g. 10:42:13
        AfterUndoOrRedo(question_id, _("Undone: %s restored and saved %s"));
        Journal("undone " + question_id);
    } catch (const std::exception& error) {
        ShowError(this, _("Undo failed"), error);
    }
}

void AssessmentFrame::Redo() {
    m_question->CommitPending();
    if (!m_session->CanRedo()) return;
    try {
        const std::string question_id = m_session->Redo();
        // TRANSLATORS: status bar after Ctrl+Y; the question id, then the time, e.g. 10:42:13
        AfterUndoOrRedo(question_id, _("Redone: %s changed again and saved %s"));
        Journal("redone " + question_id);
    } catch (const std::exception& error) {
        ShowError(this, _("Redo failed"), error);
    }
}

void AssessmentFrame::AfterUndoOrRedo(const std::string& question_id, const wxString& status_format) {
    FillRespondents();
    AfterChange();
    if (const q::Question* question = m_session->Instrument().FindQuestion(question_id)) ShowQuestion(*question);
    // The page was built again: the keys need a control of it to go to.
    m_question->FocusAnswer();
    Status(wxString::Format(status_format, Ltr(U(question_id)), wxDateTime::Now().FormatISOTime()));
    m_status_about_question = true;
}

void AssessmentFrame::AttachDocument() {
    if (!m_current) return;
    m_question->CommitPending();
    wxString kinds;
    for (const auto& extension : q::AttachableExtensions()) kinds += (kinds.empty() ? wxS("*") : wxS(";*")) + U(extension);
    // Starts in the assessment's folder: a team keeps its evidence next to the assessment.
    wxFileDialog dialog(this, _("Attach a document to this answer"), U(m_session->Path().parent_path()),
                        wxString(),
                        _("Documents") + wxS(" (") + kinds + wxS(")|") + kinds, wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    AttachDocumentFile(dialog.GetPath());
}

void AssessmentFrame::AttachDocumentFile(const wxString& path) {
    const q::Question* question = m_current;
    try {
        std::error_code error;
        const auto size = std::filesystem::file_size(P(path), error);
        if (!error && size > q::kMaxAttachmentBytes)
            throw q::QuestionnaireError(wxString::Format(_("%s is %.1f MB; a document attached to an answer may be at "
                                                           "most %d MiB. Attach the relevant pages, or give its "
                                                           "reference under links."),
                                                         wxFileName(path).GetFullName(), static_cast<double>(size) / 1e6,
                                                         static_cast<int>(q::kMaxAttachmentBytes / (1024 * 1024)))
                                            .utf8_string());
        wxBusyCursor busy;
        const auto attached = m_session->Attach(question->id, S(wxFileName(path).GetFullName()),
                                                q::ReadTextFile(P(path), q::kMaxAttachmentBytes));
        Status(wxString::Format(_("Saved %s"), wxDateTime::Now().FormatISOTime()));
        Journal("attached " + question->id + " " + attached.name);
        ShowQuestion(*question);
        AfterChange();
    } catch (const std::exception& error) {
        ShowError(this, _("The document was not attached"), error);
    }
}

void AssessmentFrame::OpenDocument(long long attachment_id) {
    for (const auto& attachment : m_session->Data().attachments) {
        if (attachment.id != attachment_id) continue;
        try {
            wxBusyCursor busy;
            OpenDocumentCopy(attachment.name, m_session->AttachmentContent(attachment_id));
        } catch (const std::exception& error) {
            ShowError(this, _("The document cannot be opened"), error);
        }
    }
}

void AssessmentFrame::RemoveDocument(long long attachment_id) {
    for (const auto& attachment : m_session->Data().attachments) {
        if (attachment.id != attachment_id) continue;
        wxMessageDialog confirm(this,
                                wxString::Format(_("Remove the document %s from this answer?\n\nIt leaves the "
                                                   "assessment file; the audit log keeps its name, size and "
                                                   "SHA-256."),
                                                 U(attachment.name)),
                                _("Remove a document"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
        confirm.SetYesNoLabels(_("&Remove"), _("&Keep"));
        if (confirm.ShowModal() != wxID_YES) return;
        const std::string name = attachment.name;
        try {
            m_session->RemoveAttachment(attachment_id);
            Journal("document-removed " + name);
            if (m_current) ShowQuestion(*m_current);
            AfterChange();
        } catch (const std::exception& error) {
            ShowError(this, _("The document was not removed"), error);
        }
        return;
    }
}

void AssessmentFrame::NextFlagged() {
    m_question->CommitPending();
    const auto next = app::NextFlagged(m_session->Data(), m_session->CurrentRespondent(),
                                       m_current ? m_current->id : std::string());
    if (!next) {
        Status(_("No answer of this respondent is marked for review."));
        return;
    }
    if (const q::Question* question = m_session->Instrument().FindQuestion(*next)) {
        ShowQuestion(*question);
        m_question->FocusAnswer();
    }
}

void AssessmentFrame::ShowReviewList() {
    m_question->CommitPending();
    ReviewDialog dialog(this, *m_session, {m_review_filter, m_review_all_respondents});
    const int result = dialog.ShowModal();
    m_review_filter = dialog.CurrentView().filter;
    m_review_all_respondents = dialog.CurrentView().all_respondents;
    if (result != wxID_OK) return;
    if (dialog.ChosenRespondent() != m_session->CurrentRespondent()) {
        m_session->SetCurrentRespondent(dialog.ChosenRespondent());
        FillRespondents();
        AfterChange();
    }
    if (const q::Question* question = m_session->Instrument().FindQuestion(dialog.ChosenQuestion())) {
        ShowQuestion(*question);
        m_question->FocusAnswer();
    }
}

void AssessmentFrame::EditDetails() {
    m_question->CommitPending();
    DetailsDialog dialog(this, m_session->Data().info);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        if (!m_session->SetDetails(dialog.Details())) return;
        SetTitle(U(m_session->Data().info.title) + wxS(" - ") + _("C5 Readiness Kit"));
        Status(wxString::Format(_("Saved %s"), wxDateTime::Now().FormatISOTime()));
        Journal("details " + m_session->Data().info.country + " " + std::to_string(m_session->Data().info.year));
        AfterChange();
    } catch (const std::exception& error) {
        ShowError(this, _("The details were not changed"), error);
    }
}

void AssessmentFrame::EditRespondents() {
    m_question->CommitPending();
    RespondentsDialog dialog(this, *m_session, [this] {
        FillRespondents();
        AfterChange();
        if (m_current) ShowQuestion(*m_current);
    });
    dialog.ShowModal();
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
    wxFileDialog dialog(this, json ? _("Export the assessment as JSON") : _("Export the answers as CSV"),
                        U(m_session->Path().parent_path()),
                        U(m_session->Path().stem()) + (json ? wxS(".json") : wxS("-answers.csv")),
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

void AssessmentFrame::ExportWorkbook() {
    m_question->CommitPending();
    // The report's dialog: the same language, marking and baseline choices, beside the assessment.
    ReportDialog dialog(this, m_session->SharedData(), m_session->Path(), {}, ExportKind::Workbook);
    if (dialog.ShowModal() == wxID_OK) Status(wxString::Format(_("Exported to %s"), U(dialog.Written())));
}

void AssessmentFrame::SaveAs() {
    m_question->CommitPending();
    wxFileDialog dialog(this, _("Save the assessment as"), U(m_session->Path().parent_path()), wxString(), _("C5 assessments (*.c5a)|*.c5a"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        m_session->SaveAs(P(dialog.GetPath()));
        SetStatusText(U(m_session->Path()), 1);
        wxGetApp().Remember(dialog.GetPath());
        Status(wxString::Format(_("Saved as %s; you are now working in the copy"), dialog.GetPath()));
    } catch (const std::exception& error) {
        ShowError(this, _("Save as failed"), error);
    }
}

void AssessmentFrame::ToggleDashboard() {
    if (m_inner->IsSplit()) {
        m_inner->Unsplit(m_dashboard_pane);
    } else {
        m_inner->SplitVertically(m_question, m_dashboard_pane);
        m_inner->SetSashPosition(m_inner->GetClientSize().x - FromDIP(300));
    }
    GetMenuBar()->Check(kToggleDashboard, m_inner->IsSplit());
}

void AssessmentFrame::ShowKeys() {
    ShowTextDialog(this, _("Keyboard shortcuts"), _("Answering without the mouse:\n\n"
                   "0-4   choose a level (maturity questions) and save it\n"
                   "1-9   choose or tick a choice and save it\n"
                   "Arrows   move among the levels or choices without saving;\n"
                   "      Space or Enter saves the one selected (so does leaving them)\n"
                   "Tab / Shift+Tab   respondent, question list, answer, evidence, ..., scores in words\n"
                   "Question list: arrows move, Enter opens the question\n"
                   "Y / P / N   yes, partial, no\n"
                   "A   not applicable\n"
                   "L / M / H   confidence low, medium, high\n"
                   "R   mark for review\n"
                   "E   write evidence;  Esc   back to the answer\n"
                   "Page Down / Ctrl+Right   next question\n"
                   "Page Up / Ctrl+Left   previous question\n"
                   "Ctrl+U   next unanswered question\n"
                   "Ctrl+G   next question marked for review\n"
                   "Ctrl+L   review list\n"
                   "Ctrl+Z / Ctrl+Y   undo / redo the last answer change\n"
                   "Ctrl+P   export the report\n"
                   "Ctrl+D   disagreements and consensus\n"
                   "Ctrl+M   merge respondent files\n"
                   "F9   dashboard on or off\n"
                   "F11   projector (full screen)\n"
                   "F1   this list;  Shift+F1   what the numbers mean\n"
                   "Ctrl+N / Ctrl+O   new / open an assessment\n"
                   "Ctrl+Shift+S   save as;  Ctrl+W   close;  Ctrl+Q   quit"),
                   "keys");
}

void AssessmentFrame::Status(const wxString& text) {
    // Said once: arrowing through the levels repeats "Not saved yet…" on every key.
    const bool news = !text.empty() && (!GetStatusBar() || GetStatusBar()->GetStatusText(0) != text);
    SetStatusText(text, 0);
    if (!text.empty()) Journal("status " + S(text));
    if (!GetStatusBar()) return;
    SetStatusBarText(*GetStatusBar(), text);
    // "Saved 10:42:13" and the like, said after what is being said, the focus where it is.
    if (news) AnnouncePolitely(*GetStatusBar(), text);
}

}  // namespace c5::gui
