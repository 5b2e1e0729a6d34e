#include "workshop/merge_report_dialog.h"

#include <filesystem>

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "wx_text.h"

namespace c5::gui {

MergeReportDialog::MergeReportDialog(wxWindow* parent, const questionnaire::AssessmentStore::MergeReport& report)
    : wxDialog(parent, wxID_ANY, _("Merge report"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const int gap = FromDIP(8);
    int respondents = 0, added = 0, updated = 0, older = 0, duplicates = 0;
    auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(900, 220)),
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    // The result (and a refusal's reason) right after the file name, where it is always in view.
    const wxString headers[] = {_("File"), _("Result"), _("Respondents added"), _("Answers added"), _("Updated"),
                                _("Older versions logged"), _("Duplicates")};
    for (int c = 0; c < 7; ++c) list->AppendColumn(headers[c], c >= 2 ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT);
    for (const auto& file : report.files) {
        const long row = list->InsertItem(list->GetItemCount(), U(questionnaire::PathFromUtf8(file.label).filename().string()));
        if (!file.refused.empty()) {
            list->SetItem(row, 1, _("REFUSED: ") + U(file.refused));
            list->SetItemTextColour(row, wxColour(170, 30, 30));
            continue;
        }
        wxString result = _("merged");
        for (const auto& rename : file.renamed) result += wxS("; ") + _("renamed: ") + U(rename);
        list->SetItem(row, 1, result);
        const int values[] = {file.respondents_added, file.answers_added, file.answers_updated,
                              file.older_versions_logged, file.duplicates};
        for (int c = 0; c < 5; ++c) list->SetItem(row, c + 2, wxString::Format(wxS("%d"), values[c]));
        respondents += file.respondents_added;
        added += file.answers_added;
        updated += file.answers_updated;
        older += file.older_versions_logged;
        duplicates += file.duplicates;
    }
    list->SetColumnWidth(0, FromDIP(190));
    list->SetColumnWidth(1, FromDIP(300));
    for (int c = 2; c < 7; ++c) list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
    const int refused = report.Refused();
    wxString summary = wxString::Format(_("%zu file(s), %d refused. %d respondent(s) and %d answer(s) added, %d "
                                          "updated, %d older version(s) kept in the audit log, %d duplicate(s) "
                                          "skipped."),
                                        report.files.size(), refused, respondents, added, updated, older, duplicates);
    summary += wxS(" ") + (report.changed ? _("The assessment is saved.") : _("Nothing changed in the assessment."));
    auto* text = new wxStaticText(this, wxID_ANY, summary);
    text->Wrap(FromDIP(880));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(text, wxSizerFlags().Expand().Border(wxALL, gap));
    column->Add(list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    column->Add(CreateStdDialogButtonSizer(wxOK), wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
}

}  // namespace c5::gui
