// The startup benchmark's baseline: a bare wx frame with a panel and a label, started and closed
// the way c5kit --exit-when-ready is.
#include <wx/wx.h>

class BareApp : public wxApp {
public:
    bool OnInit() override {
        auto* frame = new wxFrame(nullptr, wxID_ANY, wxS("bare"));
        auto* panel = new wxPanel(frame);
        new wxStaticText(panel, wxID_ANY, wxS("A bare frame"));
        frame->SetClientSize(1280, 800);
        frame->Show();
        CallAfter([this] { CallAfter([this] { ExitMainLoop(); }); });
        return true;
    }
};

wxIMPLEMENT_APP(BareApp);
