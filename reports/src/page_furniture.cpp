#include "page_furniture.h"

#include <fmt/format.h>

#include "c5/reports/error.h"

namespace c5::reports::detail {
namespace {

constexpr Rgb kMarkingColor{0.70f, 0.10f, 0.10f};
constexpr float kMarkingSize = 9.0f;
// A long marking is set smaller, down to this size, then on two lines; never cut off.
constexpr float kSmallestMarking = 6.5f;
constexpr float kTwoLineMarking = 7.5f;

struct MarkingLines {
    TextStyle style;
    std::vector<std::string> lines;
};

MarkingLines FitMarking(const Layout& layout, const std::string& marking, float width) {
    // One line, set smaller if it must be; then two lines, small enough to leave the footer and
    // the page edge room.
    for (const auto& [lines, largest] : {std::pair<std::size_t, float>{1, kMarkingSize}, {2, kTwoLineMarking}}) {
        TextStyle style{FontStyle::Bold, largest, largest + 1.5f, kMarkingColor};
        for (; style.size >= kSmallestMarking - 0.01f; style.size -= 0.5f) {
            style.leading = style.size + 1.5f;
            auto wrapped = layout.Wrap(marking, style, width);
            if (wrapped.size() <= lines) return {style, std::move(wrapped)};
        }
    }
    throw ReportError(fmt::format("the security marking is too long to print at the top and bottom of every page "
                                  "({} characters): shorten it to what fits on two lines (about 150 characters)",
                                  marking.size()));
}

}  // namespace

void DrawPageFurniture(PdfDocument& document, Layout& layout, const PageFurniture& furniture, const ReportText& text) {
    const auto& pages = document.Pages();
    const float height = document.PageHeight();
    const TextStyle running{FontStyle::Regular, 7.5f, 9, {0.42f, 0.44f, 0.48f}};
    MarkingLines marking;
    const float marking_width = layout.Width();
    const float marking_left = layout.Left();
    if (!furniture.marking.empty()) marking = FitMarking(layout, furniture.marking, marking_width);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        layout.UsePage(pages[i]);
        HPDF_Page page = pages[i];
        // Running headers and footers, page numbers, the marking and the rules: not read as text.
        ArtifactScope artifact(document, page);
        // The marking centred at the top (downwards from the page edge) and at the bottom.
        for (std::size_t l = 0; l < marking.lines.size(); ++l) {
            const bool two = marking.lines.size() == 2;
            const float top = height - (two ? 20 : 22) - static_cast<float>(l) * marking.style.leading;
            const float bottom = (two ? 21 : 16) - static_cast<float>(l) * marking.style.leading;
            layout.Text(marking_left, top, marking.lines[l], marking.style, Align::Center, marking_width);
            layout.Text(marking_left, bottom, marking.lines[l], marking.style, Align::Center, marking_width);
        }
        // Between the header rule and the content: a draft says so on every page, the cover included.
        if (!furniture.draft.empty())
            layout.Text(marking_left, height - 56, furniture.draft, {FontStyle::Bold, 8.5f, 10, {0.70f, 0.10f, 0.10f}},
                        Align::Center, marking_width);
        if (i == 0 && furniture.plain_first_page) continue;
        const auto measure = [&](std::string_view value) { return layout.Measure(running, value); };
        const float title_width = layout.Width() * 0.75f;
        layout.Text(layout.BoxX(0, title_width), height - 40, Ellipsize(furniture.running_title, title_width, measure),
                    running, Align::Left, title_width);
        HPDF_Page_SetRGBStroke(page, 0.78f, 0.80f, 0.84f);
        HPDF_Page_SetLineWidth(page, 0.5f);
        HPDF_Page_MoveTo(page, layout.Left(), height - 45);
        HPDF_Page_LineTo(page, layout.Right(), height - 45);
        HPDF_Page_MoveTo(page, layout.Left(), 40);
        HPDF_Page_LineTo(page, layout.Right(), 40);
        HPDF_Page_Stroke(page);
        // The page number at the end of the line, what the document is at its start.
        const float half = layout.Width() / 2;
        layout.Text(layout.BoxX(half, half), 30,
                    text.Format("page_of", {{"page", std::to_string(i + 1)}, {"pages", std::to_string(pages.size())}}),
                    running, Align::Right, half);
        layout.Text(layout.BoxX(0, half), 30, Ellipsize(furniture.footer_left, half - 10, measure), running, Align::Left,
                    half - 10);
    }
}

}  // namespace c5::reports::detail
