#pragma once
// What every page of a document carries: the security marking at the top and bottom (set smaller
// or on two lines when it is long, never cut off), a running title, a rule above and below the
// content, and "Page N of M" — mirrored in a right-to-left document. Drawn once all pages exist.
#include <string>

#include "c5/reports/report_text.h"
#include "layout.h"

namespace c5::reports::detail {

struct PageFurniture {
    std::string marking;
    std::string running_title;
    std::string footer_left;
    bool plain_first_page = true;  // the cover carries only the marking
    std::string draft;             // e.g. "DRAFT — NOT A VALID BASELINE": under the header of every page
};

/// Throws ReportError when the marking does not fit on two lines.
void DrawPageFurniture(PdfDocument& document, Layout& layout, const PageFurniture& furniture, const ReportText& text);

}  // namespace c5::reports::detail
