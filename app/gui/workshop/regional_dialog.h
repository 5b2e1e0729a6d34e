#pragma once
// The regional view: the countries' assessments in a folder side by side, and readiness against
// ICT penetration (the same view as `c5kit-cli regional`).
#include <filesystem>

#include <wx/dialog.h>

#include "c5/app/regional_view.h"

namespace c5::gui {

class RegionalDialog : public wxDialog {
public:
    /// Throws QuestionnaireError when the folder cannot be read.
    RegionalDialog(wxWindow* parent, const std::filesystem::path& folder);

private:
    app::RegionalView m_view;
};

}  // namespace c5::gui
