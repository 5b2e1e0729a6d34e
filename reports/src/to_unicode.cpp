#include "to_unicode.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include <fmt/format.h>

namespace c5::reports::detail {
namespace {

struct PresentationForm {
    char16_t form;
    char16_t first;
    char16_t second;  // 0: one letter
};

constexpr PresentationForm kForms[] = {
#include "arabic_forms.inc"
};

// The alef of each lam-alef ligature (U+FEF5–U+FEFC, isolated and final in turn), and its marker.
struct LigatureTail {
    char32_t alef;
    char32_t marker;
};
constexpr LigatureTail kTails[] = {{0x0622, 0x2064}, {0x0623, 0x2062}, {0x0625, 0x2063}, {0x0627, 0x2061}};

const LigatureTail* TailOfLigature(char32_t code) {
    return code >= 0xFEF5 && code <= 0xFEFC ? &kTails[(code - 0xFEF5) / 2] : nullptr;
}

const LigatureTail* TailOfMarker(char32_t code) {
    for (const auto& tail : kTails)
        if (tail.marker == code) return &tail;
    return nullptr;
}

std::string Hex(const std::u32string& letters) {
    std::string out;
    for (char32_t c : letters) {
        if (c > 0xFFFF) {  // UTF-16 surrogate pair
            const char32_t v = c - 0x10000;
            out += fmt::format("{:04X}{:04X}", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
        } else {
            out += fmt::format("{:04X}", static_cast<unsigned>(c));
        }
    }
    return out;
}

// Entries of one kind are written in blocks of at most 100 (the CMap operators' limit).
void Block(std::string& out, const char* kind, const std::vector<std::string>& entries) {
    for (std::size_t at = 0; at < entries.size(); at += 100) {
        const std::size_t count = std::min<std::size_t>(100, entries.size() - at);
        out += fmt::format("{} begin{}\n", count, kind);
        for (std::size_t i = at; i < at + count; ++i) out += entries[i] + "\n";
        out += fmt::format("end{}\n", kind);
    }
}

}  // namespace

std::u32string NominalLetters(char32_t code) {
    if (TailOfLigature(code)) return U"\u0644";
    if (const LigatureTail* tail = TailOfMarker(code)) return std::u32string(1, tail->alef);
    const auto found = std::lower_bound(std::begin(kForms), std::end(kForms), code,
                                        [](const PresentationForm& form, char32_t c) { return form.form < c; });
    if (found == std::end(kForms) || found->form != code) return std::u32string(1, code);
    std::u32string letters(1, found->first);
    if (found->second) letters += found->second;
    return letters;
}

char32_t LigatureTailMarker(char32_t code) {
    const LigatureTail* tail = TailOfLigature(code);
    return tail ? tail->marker : 0;
}

bool IsLigatureTailMarker(char32_t code) { return TailOfMarker(code) != nullptr; }

std::string ToUnicodeCMap(const std::set<char32_t>& codes) {
    std::vector<std::string> ranges;  // runs of codes that map to themselves
    std::vector<std::string> singles;
    std::vector<char32_t> run;
    const auto flush = [&] {
        if (run.size() == 1) singles.push_back(fmt::format("<{:04X}> <{:04X}>", unsigned(run[0]), unsigned(run[0])));
        else if (run.size() > 1)
            ranges.push_back(fmt::format("<{:04X}> <{:04X}> <{:04X}>", unsigned(run.front()), unsigned(run.back()),
                                         unsigned(run.front())));
        run.clear();
    };
    for (char32_t code : codes) {
        if (code > 0xFFFF) continue;  // libharu's encoder writes only two-byte codes
        const std::u32string letters = NominalLetters(code);
        if (letters.size() != 1 || letters[0] != code) {
            flush();
            singles.push_back(fmt::format("<{:04X}> <{}>", unsigned(code), Hex(letters)));
            continue;
        }
        // A range may only vary in its last byte.
        if (!run.empty() && (run.back() + 1 != code || (run.back() >> 8) != (code >> 8))) flush();
        run.push_back(code);
    }
    flush();
    std::string out =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    Block(out, "bfrange", ranges);
    Block(out, "bfchar", singles);
    out +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return out;
}

}  // namespace c5::reports::detail
