#include "c5/questionnaire/unicode_text.h"

#include <cstdlib>
#include <memory>

#include <fmt/format.h>
#include <utf8proc.h>

#include "c5/questionnaire/error.h"

namespace c5::questionnaire {
namespace {

struct FreeDeleter {
    void operator()(utf8proc_uint8_t* text) const { std::free(text); }
};

std::string Map(std::string_view text, int options, utf8proc_custom_func custom = nullptr) {
    utf8proc_uint8_t* mapped = nullptr;
    const auto length = utf8proc_map_custom(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                            static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                                            static_cast<utf8proc_option_t>(options | UTF8PROC_STABLE), custom, nullptr);
    const std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(mapped);
    if (length < 0) throw QuestionnaireError(fmt::format("the text is not valid Unicode ({})", utf8proc_errmsg(length)));
    return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
}

// Calls `visit(code_point, byte_offset, byte_length)` for each character; stops when it returns false.
template <typename Visit>
void ForEachCharacter(std::string_view text, Visit&& visit) {
    std::size_t at = 0;
    while (at < text.size()) {
        utf8proc_int32_t code = 0;
        const auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                                             static_cast<utf8proc_ssize_t>(text.size() - at), &code);
        if (length <= 0) return;  // callers pass validated UTF-8
        if (!visit(code, at, static_cast<std::size_t>(length))) return;
        at += static_cast<std::size_t>(length);
    }
}

bool IsSpaceOrInvisible(utf8proc_int32_t code) {
    if (code == 0x200C || code == 0x200D) return false;  // joiners shape Persian, Indic and emoji text
    const auto category = utf8proc_category(code);
    return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL ||
           category == UTF8PROC_CATEGORY_ZP || code == '\t' || code == '\n' || code == '\r' || code == '\f' ||
           code == '\v' || utf8proc_get_property(code)->ignorable;
}

// What FindInvisibleCharacter finds: direction marks and overrides, characters drawn as nothing,
// and control characters (joiners are kept: Persian, Indic and emoji text need them).
bool IsHiddenOrDirection(utf8proc_int32_t code) {
    const bool direction = code == 0x061C || code == 0x200E || code == 0x200F || (code >= 0x202A && code <= 0x202E) ||
                           (code >= 0x2066 && code <= 0x2069);
    const bool invisible = code != 0x200C && code != 0x200D && utf8proc_get_property(code)->ignorable;
    return direction || invisible || utf8proc_category(code) == UTF8PROC_CATEGORY_CC;
}

// Cyrillic and Greek letters that are drawn like Latin ones in common fonts (a deliberately short
// list of the confusable letters in Unicode's confusables data for these scripts).
utf8proc_int32_t LatinLookAlike(utf8proc_int32_t code, void*) {
    switch (code) {
        // Cyrillic capitals
        case 0x0410: return 'A'; case 0x0412: return 'B'; case 0x0415: return 'E'; case 0x041A: return 'K';
        case 0x041C: return 'M'; case 0x041D: return 'H'; case 0x041E: return 'O'; case 0x0420: return 'P';
        case 0x0421: return 'C'; case 0x0422: return 'T'; case 0x0423: return 'Y'; case 0x0425: return 'X';
        case 0x0405: return 'S'; case 0x0406: return 'I'; case 0x0408: return 'J'; case 0x051A: return 'Q';
        case 0x051C: return 'W';
        // Cyrillic small letters
        case 0x0430: return 'a'; case 0x0435: return 'e'; case 0x043E: return 'o'; case 0x0440: return 'p';
        case 0x0441: return 'c'; case 0x0443: return 'y'; case 0x0445: return 'x'; case 0x0455: return 's';
        case 0x0456: return 'i'; case 0x0458: return 'j'; case 0x04BB: return 'h'; case 0x0501: return 'd';
        case 0x051B: return 'q'; case 0x051D: return 'w'; case 0x04CF: return 'l';
        // Greek capitals and small letters
        case 0x0391: return 'A'; case 0x0392: return 'B'; case 0x0395: return 'E'; case 0x0396: return 'Z';
        case 0x0397: return 'H'; case 0x0399: return 'I'; case 0x039A: return 'K'; case 0x039C: return 'M';
        case 0x039D: return 'N'; case 0x039F: return 'O'; case 0x03A1: return 'P'; case 0x03A4: return 'T';
        case 0x03A5: return 'Y'; case 0x03A7: return 'X'; case 0x03BF: return 'o'; case 0x03BD: return 'v';
        case 0x03C1: return 'p';
        default: return code;
    }
}

}  // namespace

std::string NormalizeNfc(std::string_view text) { return Map(text, UTF8PROC_COMPOSE); }

std::size_t CharacterCount(std::string_view text) {
    std::size_t count = 0;
    ForEachCharacter(text, [&](utf8proc_int32_t, std::size_t, std::size_t) { return ++count, true; });
    return count;
}

std::size_t GraphemeBoundaryAtOrBefore(std::string_view text, std::size_t at) {
    std::size_t boundary = 0;
    utf8proc_int32_t previous = -1;
    utf8proc_int32_t state = 0;
    ForEachCharacter(text, [&](utf8proc_int32_t code, std::size_t start, std::size_t) {
        if (start > at) return false;
        if (previous < 0 || utf8proc_grapheme_break_stateful(previous, code, &state)) boundary = start;
        previous = code;
        return true;
    });
    return at >= text.size() ? text.size() : boundary;
}

std::string TrimInvisible(std::string_view text) {
    std::size_t first = text.size(), end = 0;
    ForEachCharacter(text, [&](utf8proc_int32_t code, std::size_t at, std::size_t length) {
        if (!IsSpaceOrInvisible(code)) {
            first = std::min(first, at);
            end = at + length;
        }
        return true;
    });
    return first >= end ? std::string() : std::string(text.substr(first, end - first));
}

std::string FindInvisibleCharacter(std::string_view text) {
    std::string found;
    ForEachCharacter(text, [&](utf8proc_int32_t code, std::size_t, std::size_t) {
        if (IsHiddenOrDirection(code)) found = fmt::format("U+{:04X}", static_cast<unsigned>(code));
        return found.empty();
    });
    return found;
}

std::string WithoutInvisibleCharacters(std::string_view text) {
    std::string kept;
    ForEachCharacter(text, [&](utf8proc_int32_t code, std::size_t at, std::size_t length) {
        if (!IsHiddenOrDirection(code)) kept.append(text.substr(at, length));
        return true;
    });
    return kept;
}

std::string NameComparisonKey(std::string_view name) {
    const std::string folded =
        Map(name, UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE | UTF8PROC_LUMP,
            LatinLookAlike);
    // Look-alikes again after folding (a capital folds to a small letter that may be one), and
    // white space as single spaces.
    std::string key;
    bool space = false;
    ForEachCharacter(folded, [&](utf8proc_int32_t code, std::size_t, std::size_t) {
        if (IsSpaceOrInvisible(code)) {
            space = !key.empty();
            return true;
        }
        if (space) key.push_back(' ');
        space = false;
        utf8proc_uint8_t buffer[4];
        const auto length = utf8proc_encode_char(LatinLookAlike(code, nullptr), buffer);
        key.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
        return true;
    });
    return key;
}

}  // namespace c5::questionnaire
