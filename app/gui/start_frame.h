#pragma once
// The first window: new assessment, open, recent files, the demo, the paper questionnaire.
#include <wx/frame.h>

class wxListBox;

namespace c5::gui {

class StartFrame : public wxFrame {
public:
    StartFrame();

private:
    void OpenRecent();
    wxListBox* m_recent = nullptr;
};

}  // namespace c5::gui
