#pragma once
// Right-to-left text for a PDF library that neither shapes nor reorders: FriBidi joins Arabic
// letters into their contextual presentation forms and puts each line into visual order.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace c5::reports::detail {

/// True when `text` contains a right-to-left letter (Hebrew, Arabic and their presentation forms).
bool HasRightToLeft(std::string_view text);

/// One line of UTF-8 text, shaped and in visual (left-to-right drawing) order. `rtl_paragraph`:
/// the line belongs to a right-to-left document (its neutral characters follow Arabic order);
/// otherwise the direction comes from its first strong letter. Text without right-to-left letters
/// is returned unchanged, except a line of a right-to-left document with an arrow in it.
std::string VisualLine(std::string_view logical, bool rtl_paragraph);

/// A visual line, and where it draws a glyph mirrored ("(" drawn as ")" right to left): the byte
/// offset of each such glyph in `text` and the character it stands for.
struct VisualText {
    std::string text;
    std::vector<std::pair<std::size_t, char32_t>> mirrored;
};
VisualText VisualLineWithMirrors(std::string_view logical, bool rtl_paragraph);

}  // namespace c5::reports::detail
