#pragma once
// A follow-up against its baseline on screen: each pillar's change, and targets a and b on the
// trajectory set at the baseline (the same comparison as `c5kit-cli compare` and the follow-up
// report, which can be exported from here).
#include <filesystem>
#include <memory>

#include <wx/dialog.h>

#include "c5/questionnaire/assessment.h"
#include "c5/scoring/compare.h"

namespace c5::gui {

class CompareDialog : public wxDialog {
public:
    /// Throws (ScoringError, QuestionnaireError) when the baseline cannot be compared.
    CompareDialog(wxWindow* parent, std::shared_ptr<const questionnaire::AssessmentData> followup,
                  const std::filesystem::path& followup_path, const std::filesystem::path& baseline);

private:
    std::shared_ptr<const questionnaire::AssessmentData> m_followup;
    scoring::Comparison m_comparison;
};

}  // namespace c5::gui
