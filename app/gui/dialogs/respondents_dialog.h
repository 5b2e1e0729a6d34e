#pragma once
// The respondents of the assessment: add one, correct a name, role or stakeholder group, remove
// one (after asking: their answers leave the scores and stay in the audit log). Each change is
// saved at once through the session; `changed` lets the window refresh.
#include <functional>

#include <wx/dialog.h>

#include "c5/app/assessment_session.h"

class wxButton;
class wxListView;

namespace c5::gui {

class RespondentsDialog : public wxDialog {
public:
    RespondentsDialog(wxWindow* parent, app::AssessmentSession& session, std::function<void()> changed);

private:
    void Fill(long long select_id);
    long long SelectedId() const;
    void Add();
    void Change();
    void Remove();

    app::AssessmentSession& m_session;
    std::function<void()> m_changed;
    wxListView* m_list = nullptr;
    wxButton* m_change = nullptr;
    wxButton* m_remove = nullptr;
};

}  // namespace c5::gui
