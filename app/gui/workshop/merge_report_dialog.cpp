#include "workshop/merge_report_dialog.h"

#include <filesystem>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "fit_on_screen.h"
#include "screen_colours.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {
namespace q = c5::questionnaire;

namespace {

// "Ministry: added (2 answers)" — what a merge did to one respondent of a file.
wxString RespondentText(const q::AssessmentStore::MergeRespondent& respondent) {
    using Outcome = q::AssessmentStore::MergeRespondent::Outcome;
    switch (respondent.outcome) {
        case Outcome::Added:
            return wxString::Format(_("%s: added (%d answer(s))"), U(respondent.name), respondent.answers_added);
        case Outcome::Updated:
            return wxString::Format(_("%s: updated (%d answer(s))"), U(respondent.name),
                                    respondent.answers_added + respondent.answers_updated);
        case Outcome::Unchanged: return wxString::Format(_("%s: unchanged"), U(respondent.name));
        case Outcome::Refused: return wxString::Format(_("%s: refused"), U(respondent.name));
    }
    return U(respondent.name);
}

}  // namespace

bool MergeReportDialog::OffersUnverified(const q::AssessmentStore::MergeReport& report) {
    for (const auto& file : report.files)
        if (file.refused_unverified) return true;
    return false;
}

MergeReportDialog::MergeReportDialog(wxWindow* parent, const q::AssessmentStore::MergeReport& report)
    : wxDialog(parent, wxID_ANY, _("Merge report"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const int gap = FromDIP(8);
    int respondents = 0, added = 0, updated = 0, older = 0, duplicates = 0;
    auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(1000, 240)),
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    // The result (and a refusal's reason) right after the file name, where it is always in view;
    // then every respondent the file touched, and how.
    const wxString headers[] = {_("File"),    _("Result"),  _("Respondents"),           _("Answers added"),
                                _("Updated"), _("Older versions logged"), _("Duplicates")};
    for (int c = 0; c < 7; ++c) list->AppendColumn(headers[c], c >= 3 ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT);
    for (const auto& file : report.files) {
        const long row = list->InsertItem(list->GetItemCount(), U(questionnaire::PathFromUtf8(file.label).filename()));
        wxString who;
        for (const auto& respondent : file.respondents) who += (who.empty() ? wxString() : wxS("; ")) + RespondentText(respondent);
        list->SetItem(row, 2, who);
        if (!file.refused.empty()) {
            list->SetItem(row, 1, _("REFUSED: ") + U(file.refused));
            list->SetItemTextColour(row, TextColourIn(*list, wxColour(170, 30, 30)));
            continue;
        }
        wxString result = file.unverified.empty() ? _("merged") : _("merged UNCHECKED: ") + U(file.unverified);
        for (const auto& rename : file.renamed) result += wxS("; ") + _("renamed: ") + U(rename);
        if (!file.not_merged.empty()) {
            std::string ids;
            for (const auto& id : file.not_merged) ids += (ids.empty() ? "" : ", ") + id;
            result += wxS("; ") + _("not merged (national questions this assessment lacks): ") + U(ids);
        }
        list->SetItem(row, 1, result);
        if (!file.unverified.empty()) list->SetItemTextColour(row, TextColourIn(*list, wxColour(150, 90, 0)));
        const int values[] = {file.answers_added, file.answers_updated, file.older_versions_logged, file.duplicates};
        for (int c = 0; c < 4; ++c) list->SetItem(row, c + 3, wxString::Format(wxS("%d"), values[c]));
        respondents += file.respondents_added;
        added += file.answers_added;
        updated += file.answers_updated;
        older += file.older_versions_logged;
        duplicates += file.duplicates;
    }
    list->SetColumnWidth(0, FromDIP(170));
    list->SetColumnWidth(1, FromDIP(330));
    list->SetColumnWidth(2, FromDIP(220));
    for (int c = 3; c < 7; ++c) list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
    const int refused = report.Refused();
    wxString summary = wxString::Format(_("%zu file(s), %d refused. %d respondent(s) and %d answer(s) added, %d "
                                          "updated, %d older version(s) kept in the audit log, %d duplicate(s) "
                                          "skipped."),
                                        report.files.size(), refused, respondents, added, updated, older, duplicates);
    summary += wxS(" ") + (report.changed ? _("The assessment is saved.") : _("Nothing changed in the assessment."));
    auto* text = new wxStaticText(this, wxID_ANY, summary, wxDefaultPosition, wxDefaultSize, ParagraphStyle());
    text->Wrap(FromDIP(980));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(text, wxSizerFlags().Expand().Border(wxALL, gap));
    column->Add(list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    // Every refusal and every file taken unchecked, with its whole reason (the list cuts long ones).
    wxString reasons;
    for (const auto& file : report.files) {
        const wxString name = U(questionnaire::PathFromUtf8(file.label).filename());
        if (!file.refused.empty()) reasons += name + wxS(": ") + _("refused: ") + U(file.refused) + wxS("\n");
        else if (!file.unverified.empty()) reasons += name + wxS(": ") + _("merged without being checked: ") + U(file.unverified) + wxS("\n");
    }
    if (!reasons.empty()) {
        auto* details = new wxTextCtrl(this, wxID_ANY, reasons.Trim(), wxDefaultPosition, FromDIP(wxSize(1000, 70)),
                                       wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
        column->Add(details, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    }
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    if (OffersUnverified(report)) {
        // The same choice as the command line's --accept-unverified-kits, never made silently.
        auto* note = new wxStaticText(this, wxID_ANY,
                                      _("Some files cannot be checked: edited outside their kit, made by an older "
                                        "version, or not issued by this assessment. Merge them only if you know where "
                                        "they come from; the audit log will say you did."));
        note->Wrap(FromDIP(980));
        column->Add(note, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
        auto* accept = new wxButton(this, wxID_YES, _("&Merge the unchecked files anyway"));
        accept->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_YES); });
        buttons->Add(accept, wxSizerFlags().Border(wxRIGHT, gap));
    }
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_OK));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
    FitOnScreen(*this);
    SetAffirmativeId(wxID_OK);
    SetEscapeId(wxID_OK);
}

}  // namespace c5::gui
