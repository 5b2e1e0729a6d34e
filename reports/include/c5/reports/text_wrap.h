#pragma once
// Breaking text into lines that fit a width: at spaces, at explicit line breaks, and inside a word
// only when the word alone is wider than the line (long links, identifiers).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace c5::reports {

/// Width of a piece of UTF-8 text in points.
using MeasureText = std::function<double(std::string_view)>;

std::vector<std::string> WrapText(std::string_view text, double max_width, const MeasureText& measure);

/// Shortens `text` to fit `max_width`, ending with "…", at a character boundary.
std::string Ellipsize(std::string_view text, double max_width, const MeasureText& measure);

}  // namespace c5::reports
