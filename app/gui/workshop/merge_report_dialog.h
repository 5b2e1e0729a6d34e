#pragma once
// What a merge did, file by file: respondents and answers added, answers updated, older versions
// logged, duplicates skipped, and refusals with their reason.
#include <wx/dialog.h>

#include "c5/questionnaire/assessment_store.h"

namespace c5::gui {

class MergeReportDialog : public wxDialog {
public:
    MergeReportDialog(wxWindow* parent, const questionnaire::AssessmentStore::MergeReport& report);
};

}  // namespace c5::gui
