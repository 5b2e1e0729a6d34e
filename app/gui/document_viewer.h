#pragma once
// Opening an attached document with the system's viewer: its bytes are written to a private
// folder of this session (readable by the user only), and the viewer opens that copy. The copies
// go when the app ends.
#include <string>

#include <wx/string.h>

namespace c5::gui {

/// Writes `bytes` as `name` into the session's folder and asks the desktop to open it. Returns
/// the copy's path; throws std::runtime_error with the reason when it cannot be written or opened.
wxString OpenDocumentCopy(const std::string& name, const std::string& bytes);

/// Removes the session's copies (at exit).
void RemoveDocumentCopies();

}  // namespace c5::gui
