#include "workshop/passphrase_prompt.h"

#include <memory>

#include <wx/msgdlg.h>
#include <wx/textdlg.h>

#include "c5/questionnaire/sealed_file.h"
#include "wx_text.h"

namespace c5::gui {

std::optional<std::string> AskNewPassphrase(wxWindow* parent) {
    while (true) {
        wxPasswordEntryDialog first(parent,
                                    wxString::Format(_("Passphrase for the sealed file (at least %zu characters).\n"
                                                       "Pass it on by another way than the file itself."),
                                                     questionnaire::kMinPassphraseLength),
                                    _("Seal with a passphrase"));
        if (first.ShowModal() != wxID_OK) return std::nullopt;
        const std::string passphrase = S(first.GetValue());
        try {
            questionnaire::CheckNewPassphrase(passphrase);  // the same rule as the command line's
        } catch (const std::exception& error) {
            wxMessageBox(U(error.what()), _("Seal with a passphrase"), wxOK | wxICON_WARNING, parent);
            continue;
        }
        wxPasswordEntryDialog second(parent, _("The same passphrase again:"), _("Seal with a passphrase"));
        if (second.ShowModal() != wxID_OK) return std::nullopt;
        if (S(second.GetValue()) == passphrase) return passphrase;
        wxMessageBox(_("The two passphrases differ. Type them again."), _("Seal with a passphrase"),
                     wxOK | wxICON_WARNING, parent);
    }
}

questionnaire::PassphraseSource DialogPassphrases(wxWindow* parent) {
    auto last = std::make_shared<std::optional<std::string>>();
    return [parent, last](const std::filesystem::path& path, bool again) -> std::optional<std::string> {
        if (!again && *last) return *last;
        const wxString message =
            (again ? _("Wrong passphrase, or the file was changed after it was sealed.") + wxS("\n\n") : wxString()) +
            wxString::Format(_("Passphrase for %s:"), U(path.filename()));
        wxPasswordEntryDialog dialog(parent, message, _("Sealed file"));
        if (dialog.ShowModal() != wxID_OK) return std::nullopt;
        *last = S(dialog.GetValue());
        return *last;
    };
}

}  // namespace c5::gui
