#include "document_viewer.h"

#include <filesystem>
#include <stdexcept>

#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "c5/questionnaire/atomic_file.h"
#include "gui_journal.h"
#include "wx_text.h"

namespace c5::gui {
namespace {

std::filesystem::path SessionFolder() {
    return P(wxStandardPaths::Get().GetTempDir()) /
           ("c5kit-documents-" + std::to_string(wxGetProcessId()));
}

}  // namespace

wxString OpenDocumentCopy(const std::string& name, const std::string& bytes) {
    namespace fs = std::filesystem;
    const fs::path folder = SessionFolder();
    std::error_code error;
    fs::create_directories(folder, error);
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, error);
    if (error) throw std::runtime_error(folder.string() + ": " + error.message());
    const fs::path copy = folder / questionnaire::PathFromUtf8(name).filename();
    questionnaire::WriteFileAtomically(copy, bytes, questionnaire::Replace::Allowed, 0600);
    const std::string copy_text = questionnaire::PathToUtf8(copy);
    Journal("document-copy " + copy_text);
    if (!wxLaunchDefaultApplication(U(copy_text)))
        throw std::runtime_error("no program on this computer opens " + questionnaire::PathToUtf8(copy.filename()) +
                                 "; the copy is " + copy_text);
    return U(copy_text);
}

void RemoveDocumentCopies() {
    std::error_code error;
    std::filesystem::remove_all(SessionFolder(), error);
}

}  // namespace c5::gui
