#pragma once
// What every page of a document carries: the security marking at the top and bottom, a running
// title, a rule above and below the content, and "Page N of M". Drawn once all pages exist.
#include <string>

#include "c5/reports/report_text.h"
#include "layout.h"

namespace c5::reports::detail {

struct PageFurniture {
    std::string marking;
    std::string running_title;
    std::string footer_left;
    bool plain_first_page = true;  // the cover carries only the marking
};

void DrawPageFurniture(PdfDocument& document, const Layout& layout, const PageFurniture& furniture,
                       const ReportText& text);

}  // namespace c5::reports::detail
