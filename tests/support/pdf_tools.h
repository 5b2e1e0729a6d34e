#pragma once
// The PDF checks a reader would make, with poppler's and qpdf's command-line tools.
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "run_process.h"

namespace c5::test {

/// pdftotext's text with every run of whitespace turned into one space (table cells and wrapped
/// lines then read as running text), without the bidi embedding controls pdftotext puts around
/// right-to-left lines (U+202A–U+202E), which are no part of the document's text.
inline std::string PdfText(const std::filesystem::path& pdf) {
    const auto result = Tool({"pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
    std::string out = result.out;
    for (const char* control : {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E"})
        for (auto at = out.find(control); at != std::string::npos; at = out.find(control, at)) out.erase(at, 3);
    std::string text;
    bool space = false;
    for (char c : out) {
        const bool is_space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (is_space) {
            space = true;
            continue;
        }
        if (space && !text.empty()) text += ' ';
        space = false;
        text += c;
    }
    return text;
}

inline int PageCount(const std::filesystem::path& pdf) {
    const auto result = Tool({"pdfinfo", pdf.string()});
    std::smatch match;
    static const std::regex pages("Pages:\\s+(\\d+)");
    return std::regex_search(result.out, match, pages) ? std::stoi(match[1]) : -1;
}

struct WordBox {
    int page = 0;
    double page_width = 0, page_height = 0;
    double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
    std::string word;
};

/// Every word with its box, from `pdftotext -bbox`.
inline std::vector<WordBox> WordBoxes(const std::filesystem::path& pdf) {
    const auto result = Tool({"pdftotext", "-bbox", pdf.string(), "-"});
    std::vector<WordBox> words;
    static const std::regex page_re(R"re(<page width="([\d.]+)" height="([\d.]+)">)re");
    static const std::regex word_re(
        R"re(<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>)re");
    int page = 0;
    double width = 0;
    double height = 0;
    std::size_t at = 0;
    std::string_view out = result.out;
    while (at < out.size()) {
        const auto end = out.find('\n', at);
        const std::string line(out.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
        std::smatch match;
        if (std::regex_search(line, match, page_re)) {
            ++page;
            width = std::stod(match[1]);
            height = std::stod(match[2]);
        } else if (std::regex_search(line, match, word_re)) {
            words.push_back({page, width, height, std::stod(match[1]), std::stod(match[2]), std::stod(match[3]),
                             std::stod(match[4]), match[5]});
        }
        if (end == std::string_view::npos) break;
        at = end + 1;
    }
    return words;
}

}  // namespace c5::test
