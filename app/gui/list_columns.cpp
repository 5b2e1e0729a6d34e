#include "list_columns.h"

#include <algorithm>

#include <wx/listctrl.h>

namespace c5::gui {

int FitListColumns(wxListCtrl* list, int first, int last) {
    // Bold rows (totals) are measured bold; the padding is the cell's margins and the sort arrow's room.
    const wxFont bold = list->GetFont().Bold();
    const int padding = list->FromDIP(24);
    for (int column = first; column <= last; ++column) {
        wxListItem header;
        header.SetMask(wxLIST_MASK_TEXT);
        list->GetColumn(column, header);
        int width = list->GetTextExtent(header.GetText()).x;
        for (long row = 0; row < list->GetItemCount(); ++row) {
            int text_width = 0;
            list->GetTextExtent(list->GetItemText(row, column), &text_width, nullptr, nullptr, nullptr, &bold);
            width = std::max(width, text_width);
        }
        list->SetColumnWidth(column, width + padding);
    }
    int total = 0;
    for (int column = 0; column < list->GetColumnCount(); ++column) total += list->GetColumnWidth(column);
    return total;
}

}  // namespace c5::gui
