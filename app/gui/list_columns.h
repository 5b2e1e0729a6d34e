#pragma once
// Report-style list columns as wide as their header or their widest value. wxLIST_AUTOSIZE_USEHEADER
// lets GTK squeeze the last column to what is left of the list ("Chang", or one Arabic letter).
class wxListCtrl;

namespace c5::gui {

/// Sets columns [first, last] of `list` to fit their header and every row's text, and returns the
/// width of all its columns together (for the list's minimum size).
int FitListColumns(wxListCtrl* list, int first, int last);

}  // namespace c5::gui
