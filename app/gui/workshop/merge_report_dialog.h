#pragma once
// What a merge did, file by file: every respondent touched (added, updated, refused), answers
// added and updated, older versions logged, duplicates skipped, and refusals with their reason.
// When files were refused only because they cannot be checked, it offers to merge them anyway
// (ShowModal returns wxID_YES).
#include <wx/dialog.h>

#include "c5/questionnaire/assessment_store.h"

namespace c5::gui {

class MergeReportDialog : public wxDialog {
public:
    MergeReportDialog(wxWindow* parent, const questionnaire::AssessmentStore::MergeReport& report);
    /// Whether the report has files that the facilitator may accept unchecked.
    static bool OffersUnverified(const questionnaire::AssessmentStore::MergeReport& report);
};

}  // namespace c5::gui
