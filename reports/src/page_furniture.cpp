#include "page_furniture.h"

namespace c5::reports::detail {

void DrawPageFurniture(PdfDocument& document, const Layout& layout, const PageFurniture& furniture,
                       const ReportText& text) {
    const auto& pages = document.Pages();
    const float width = document.PageWidth();
    const float height = document.PageHeight();
    const TextStyle marking{FontStyle::Bold, 9, 11, {0.70f, 0.10f, 0.10f}};
    const TextStyle running{FontStyle::Regular, 7.5f, 9, {0.42f, 0.44f, 0.48f}};
    for (std::size_t i = 0; i < pages.size(); ++i) {
        HPDF_Page page = pages[i];
        const auto put = [&](float x, float y, const std::string& value, const TextStyle& style, Align align) {
            if (value.empty()) return;
            const auto measured = static_cast<float>(document.TextWidth(style.font, style.size, value));
            const float left = align == Align::Center ? x - measured / 2 : align == Align::Right ? x - measured : x;
            document.ShowText(page, style.font, style.size, left, y, value, style.color);
        };
        put(width / 2, height - 24, furniture.marking, marking, Align::Center);
        put(width / 2, 16, furniture.marking, marking, Align::Center);
        if (i == 0 && furniture.plain_first_page) continue;
        const auto measure = [&](std::string_view value) { return document.TextWidth(running.font, running.size, value); };
        put(layout.Left(), height - 40, Ellipsize(furniture.running_title, layout.Width() * 0.75, measure), running,
            Align::Left);
        HPDF_Page_SetRGBStroke(page, 0.78f, 0.80f, 0.84f);
        HPDF_Page_SetLineWidth(page, 0.5f);
        HPDF_Page_MoveTo(page, layout.Left(), height - 45);
        HPDF_Page_LineTo(page, layout.Right(), height - 45);
        HPDF_Page_MoveTo(page, layout.Left(), 40);
        HPDF_Page_LineTo(page, layout.Right(), 40);
        HPDF_Page_Stroke(page);
        put(layout.Right(), 30,
            text.Format("page_of", {{"page", std::to_string(i + 1)}, {"pages", std::to_string(pages.size())}}), running,
            Align::Right);
        put(layout.Left(), 30, furniture.footer_left, running, Align::Left);
    }
}

}  // namespace c5::reports::detail
