#include "question_tree_model.h"

#include <wx/settings.h>

#include "c5/questionnaire/instrument_text.h"
#include "c5/reports/report_text.h"
#include "accessibility.h"
#include "screen_colours.h"
#include "ui_language.h"
#include "wx_text.h"

namespace c5::gui {
namespace q = c5::questionnaire;

QuestionTreeModel::QuestionTreeModel(const app::AssessmentSession& session)
    : m_session(session), m_sections(session.Instrument().Sections()) {
    for (std::size_t p = 0; p < m_sections.size(); ++p) {
        m_pillars.push_back(std::make_unique<Node>(Node{p, nullptr}));
        m_questions.emplace_back();
        for (const auto& question : m_sections[p]->questions)
            m_questions.back().push_back(std::make_unique<Node>(Node{p, &question}));
    }
}

wxDataViewItem QuestionTreeModel::PillarItem(std::size_t pillar) const { return wxDataViewItem(m_pillars[pillar].get()); }

wxDataViewItem QuestionTreeModel::QuestionItem(std::string_view question_id) const {
    for (const auto& pillar : m_questions)
        for (const auto& node : pillar)
            if (node->question->id == question_id) return wxDataViewItem(node.get());
    return {};
}

const q::Question* QuestionTreeModel::QuestionOf(const wxDataViewItem& item) const {
    return item.IsOk() ? NodeOf(item)->question : nullptr;
}

void QuestionTreeModel::RefreshAll() {
    for (std::size_t p = 0; p < m_pillars.size(); ++p) {
        ItemChanged(wxDataViewItem(m_pillars[p].get()));
        for (const auto& node : m_questions[p]) ItemChanged(wxDataViewItem(node.get()));
    }
}

namespace {

// The title column renders markup: the instrument's own "&" or "<" stay text.
wxString Escaped(const wxString& text) {
    wxString escaped;
    for (const wxUniChar c : text) {
        if (c == '&') escaped += wxS("&amp;");
        else if (c == '<') escaped += wxS("&lt;");
        else if (c == '>') escaped += wxS("&gt;");
        else escaped += c;
    }
    return escaped;
}

// Words a screen reader says and the eye does not see (the title column renders markup): the
// marks are drawn by a renderer assistive technology does not read, "✓" being read as a symbol.
wxString UnseenWords(const wxString& words) { return UnseenMarkup(Escaped(words)); }

}  // namespace

void QuestionTreeModel::GetValue(wxVariant& value, const wxDataViewItem& item, unsigned int column) const {
    const Node* node = NodeOf(item);
    const q::Pillar& pillar = *m_sections[node->pillar];
    if (!node->question) {
        const auto progress = m_session.Progress(pillar.id);
        // The direction mark and the isolated code keep an Arabic title reading right to left from its
        // code (GTK takes a line's direction from its first letter, here the P of the code).
        if (column == kTitle)
            value = DirectionMark() +
                    Escaped(Ltr(U(pillar.id)) + wxS(" ") +
                                            U(reports::Shown(q::PillarText(pillar, "title", QuestionnaireLanguage())))) +
                    // TRANSLATORS: said by a screen reader after a pillar's title in the question list
                    UnseenWords(wxString::Format(_(", %d of %d answered"), progress.answered, progress.shown));
        else value = wxString::Format(wxS("%d/%d"), progress.answered, progress.shown);
        return;
    }
    const q::Question& question = *node->question;
    const bool shown = m_session.IsShown(question);
    const q::Answer* answer = shown ? m_session.CurrentAnswer(question.id) : nullptr;
    if (column == kTitle) {
        // The state first: a question's text is long, and a screen-reader user moves on mid-sentence.
        wxString state = !shown   ? _("not asked")
                         : !answer ? _("not answered")
                         : answer->NotApplicable() ? _("not applicable")
                                                   : _("answered");
        if (answer && answer->needs_review) state += _(", marked for review");
        value = DirectionMark() + UnseenWords(state + wxS(": ")) +
                Escaped(Ltr(U(question.id)) + wxS("  ") +
                                        U(reports::Shown(q::QuestionText(question, "text", QuestionnaireLanguage()))));
        return;
    }
    // Marks: ✓ answered, N/A, ⚑ needs review, – not asked.
    wxString mark;
    if (!shown) {
        mark = U("–");
    } else if (answer) {
        // TRANSLATORS: "not applicable" mark in the narrow status column of the question tree: keep it to 3-4 characters
        mark = answer->NotApplicable() ? wxString(_("N/A")) : U("✓");
        if (answer->needs_review) mark += U(" ⚑");
    }
    value = mark;
}

bool QuestionTreeModel::GetAttr(const wxDataViewItem& item, unsigned int, wxDataViewItemAttr& attr) const {
    const Node* node = NodeOf(item);
    if (!node->question) {
        attr.SetBold(true);
        return true;
    }
    // Greyed or orange, yet readable on the list's background (4.5:1); a high-contrast theme keeps
    // its own text colour, and a question not asked is set in italics instead.
    const wxColour list = wxSystemSettings::GetColour(wxSYS_COLOUR_LISTBOX);
    if (!m_session.IsShown(*node->question)) {
        if (HighContrastTheme()) attr.SetItalic(true);
        else attr.SetColour(Readable(wxColour(140, 142, 148), list));
        return true;
    }
    const q::Answer* answer = m_session.CurrentAnswer(node->question->id);
    if (answer && answer->needs_review) {
        if (!HighContrastTheme()) attr.SetColour(Readable(wxColour(176, 94, 0), list));
        return true;
    }
    return false;
}

wxDataViewItem QuestionTreeModel::GetParent(const wxDataViewItem& item) const {
    const Node* node = NodeOf(item);
    if (!node || !node->question) return {};
    return wxDataViewItem(m_pillars[node->pillar].get());
}

bool QuestionTreeModel::IsContainer(const wxDataViewItem& item) const {
    return !item.IsOk() || !NodeOf(item)->question;
}

unsigned int QuestionTreeModel::GetChildren(const wxDataViewItem& item, wxDataViewItemArray& children) const {
    if (!item.IsOk()) {
        for (const auto& pillar : m_pillars) children.Add(wxDataViewItem(pillar.get()));
        return static_cast<unsigned int>(m_pillars.size());
    }
    const Node* node = NodeOf(item);
    if (node->question) return 0;
    for (const auto& question : m_questions[node->pillar]) children.Add(wxDataViewItem(question.get()));
    return static_cast<unsigned int>(m_questions[node->pillar].size());
}

}  // namespace c5::gui
