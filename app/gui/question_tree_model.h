#pragma once
// The pillar → question tree over an assessment session, for a wxDataViewCtrl: a mark per
// question (answered, not applicable, needs review, not asked) and each pillar's progress.
#include <memory>
#include <vector>

#include <wx/dataview.h>

#include "c5/app/assessment_session.h"

namespace c5::gui {

class QuestionTreeModel : public wxDataViewModel {
public:
    enum Column : unsigned { kTitle = 0, kMark = 1, kColumnCount = 2 };

    explicit QuestionTreeModel(const app::AssessmentSession& session);

    /// The rows at the top: the C5 pillars, then the national module when there is one.
    std::size_t PillarCount() const { return m_pillars.size(); }
    wxDataViewItem PillarItem(std::size_t pillar) const;
    wxDataViewItem QuestionItem(std::string_view question_id) const;
    /// The question of an item, or nullptr for a pillar row.
    const questionnaire::Question* QuestionOf(const wxDataViewItem& item) const;
    /// Every row's text and mark may have changed (after an answer or a respondent switch).
    void RefreshAll();

    unsigned int GetColumnCount() const override { return kColumnCount; }
    wxString GetColumnType(unsigned int) const override { return wxS("string"); }
    void GetValue(wxVariant& value, const wxDataViewItem& item, unsigned int column) const override;
    bool SetValue(const wxVariant&, const wxDataViewItem&, unsigned int) override { return false; }
    bool GetAttr(const wxDataViewItem& item, unsigned int column, wxDataViewItemAttr& attr) const override;
    wxDataViewItem GetParent(const wxDataViewItem& item) const override;
    bool IsContainer(const wxDataViewItem& item) const override;
    /// Pillar rows show their progress in the mark column too.
    bool HasContainerColumns(const wxDataViewItem&) const override { return true; }
    unsigned int GetChildren(const wxDataViewItem& item, wxDataViewItemArray& children) const override;

private:
    struct Node {
        std::size_t pillar = 0;
        const questionnaire::Question* question = nullptr;  // nullptr: the pillar's own row
    };
    const Node* NodeOf(const wxDataViewItem& item) const { return static_cast<const Node*>(item.GetID()); }

    const app::AssessmentSession& m_session;
    std::vector<const questionnaire::Pillar*> m_sections;  // the instrument's Sections()
    std::vector<std::unique_ptr<Node>> m_pillars;
    std::vector<std::vector<std::unique_ptr<Node>>> m_questions;
};

}  // namespace c5::gui
