#include "c5/reports/text_wrap.h"

namespace c5::reports {
namespace {

std::size_t NextCharacter(std::string_view text, std::size_t at) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    return at;
}

// Splits a word wider than the line into pieces that fit, character by character.
void BreakLongWord(std::string_view word, double max_width, const MeasureText& measure,
                   std::vector<std::string>& lines) {
    std::size_t start = 0;
    while (start < word.size()) {
        std::size_t end = NextCharacter(word, start);  // always at least one character
        for (std::size_t next = end; next <= word.size(); next = NextCharacter(word, next)) {
            if (measure(word.substr(start, next - start)) > max_width) break;
            end = next;
            if (next == word.size()) break;
        }
        lines.emplace_back(word.substr(start, end - start));
        start = end;
    }
}

void WrapParagraph(std::string_view paragraph, double max_width, const MeasureText& measure,
                   std::vector<std::string>& lines) {
    std::string line;
    double line_width = 0;
    const double space = measure(" ");
    std::size_t at = 0;
    bool any = false;
    while (at < paragraph.size()) {
        while (at < paragraph.size() && (paragraph[at] == ' ' || paragraph[at] == '\t')) ++at;
        if (at >= paragraph.size()) break;
        std::size_t end = at;
        while (end < paragraph.size() && paragraph[end] != ' ' && paragraph[end] != '\t') ++end;
        const std::string_view word = paragraph.substr(at, end - at);
        at = end;
        any = true;
        const double width = measure(word);
        if (!line.empty() && line_width + space + width <= max_width) {
            line += ' ';
            line += word;
            line_width += space + width;
            continue;
        }
        if (!line.empty()) lines.push_back(std::move(line));
        line.clear();
        line_width = 0;
        if (width <= max_width) {
            line = std::string(word);
            line_width = width;
        } else {
            BreakLongWord(word, max_width, measure, lines);
            line = std::move(lines.back());
            lines.pop_back();
            line_width = measure(line);
        }
    }
    if (!line.empty() || !any) lines.push_back(std::move(line));
}

}  // namespace

std::vector<std::string> WrapText(std::string_view text, double max_width, const MeasureText& measure) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (true) {
        std::size_t end = text.find('\n', start);
        std::string_view paragraph = text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
        if (!paragraph.empty() && paragraph.back() == '\r') paragraph.remove_suffix(1);
        WrapParagraph(paragraph, max_width, measure, lines);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return lines;
}

std::string Ellipsize(std::string_view text, double max_width, const MeasureText& measure) {
    if (measure(text) <= max_width) return std::string(text);
    const std::string_view ellipsis = "…";
    // Binary search over character boundaries: a prefix never gets narrower as it grows, and
    // on screen every measurement is a font round trip.
    std::vector<std::size_t> ends;
    for (std::size_t next = NextCharacter(text, 0); next < text.size(); next = NextCharacter(text, next))
        ends.push_back(next);
    const auto fits = [&](std::size_t end) {
        return measure(std::string(text.substr(0, end)) + std::string(ellipsis)) <= max_width;
    };
    std::size_t low = 0;  // ends[0..low) fit
    std::size_t high = ends.size();
    while (low < high) {
        const std::size_t middle = (low + high) / 2;
        if (fits(ends[middle])) low = middle + 1;
        else high = middle;
    }
    const std::size_t end = low == 0 ? 0 : ends[low - 1];
    return std::string(text.substr(0, end)) + std::string(ellipsis);
}

}  // namespace c5::reports
