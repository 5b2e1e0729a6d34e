#pragma once
// Breaking text into lines that fit a width, where the language allows a break: the Unicode line
// breaking algorithm (UAX #14, with its East Asian rules: no closing punctuation such as "，" or
// "。" at a line start, no opening punctuation at a line end; breaks between Chinese characters),
// plus the kit's own: never inside a number ("0.10", "46.1–67.7"), between a number and its unit
// ("25 %"), or around the operators of a formula ("T = B + 0.4 · (100 − B)"). No hyphens are
// added. A piece wider than the line (a long link, an identifier) is split where it must be.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace c5::reports {

/// Width of a piece of UTF-8 text in points.
using MeasureText = std::function<double(std::string_view)>;

/// One line: bytes [begin, end) of the text, without the spaces around it.
struct LineSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// `language`: the text's language ("zh", "ar", …); it refines the rules for some punctuation.
std::vector<LineSpan> BreakLines(std::string_view text, double max_width, const MeasureText& measure,
                                 std::string_view language = {});

std::vector<std::string> WrapText(std::string_view text, double max_width, const MeasureText& measure,
                                  std::string_view language = {});

/// The width of the widest piece of `text` that may not be broken: the narrowest the text can
/// wrap into without splitting a word (table columns are sized from it).
double WidestUnbreakable(std::string_view text, const MeasureText& measure, std::string_view language = {});

/// Shortens `text` to fit `max_width`, ending with "…", at a character boundary.
std::string Ellipsize(std::string_view text, double max_width, const MeasureText& measure);

}  // namespace c5::reports
