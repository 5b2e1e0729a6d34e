#include "bidi_text.h"

#include <vector>

#include <fribidi.h>

namespace c5::reports::detail {
namespace {

bool IsRightToLeft(FriBidiChar c) {
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

// Invisible controls that FriBidi keeps in place but a PDF font has no glyph for.
bool IsInvisibleControl(FriBidiChar c) {
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
           c == 0x061C || c == 0xFEFF;
}

std::vector<FriBidiChar> Decode(std::string_view text) {
    std::vector<FriBidiChar> out(text.size() + 1);
    const FriBidiStrIndex length = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, text.data(),
                                                              static_cast<FriBidiStrIndex>(text.size()), out.data());
    out.resize(static_cast<std::size_t>(length));
    return out;
}

// → ⇒ ⟶ and their kin (U+2190–U+21FF, U+27F5–U+27FF): three-byte UTF-8 sequences starting E2 86/87
// or E2 9F.
bool HasArrow(std::string_view text) {
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const auto next = static_cast<unsigned char>(text[i + 1]);
        if (lead == 0xE2 && (next == 0x86 || next == 0x87 || next == 0x9F)) return true;
    }
    return false;
}

}  // namespace

bool HasRightToLeft(std::string_view text) {
    // Every right-to-left letter (U+0590 and up) starts with a UTF-8 lead byte of 0xD6 or above:
    // text without such a byte, most of every report, is not decoded.
    bool candidate = false;
    for (unsigned char byte : text)
        if (byte >= 0xD6) {
            candidate = true;
            break;
        }
    if (!candidate) return false;
    for (FriBidiChar c : Decode(text))
        if (IsRightToLeft(c)) return true;
    return false;
}

std::string VisualLine(std::string_view logical, bool rtl_paragraph) {
    return VisualLineWithMirrors(logical, rtl_paragraph).text;
}

VisualText VisualLineWithMirrors(std::string_view logical, bool rtl_paragraph) {
    // Without an Arabic letter a line keeps its order ("−5.6", "ISO/IEC 27001", English evidence) —
    // unless it holds an arrow in a right-to-left document: "1 ← 0.96" in an Arabic table is read from
    // the right, so it is drawn "0.96 ← 1", as the same line with a word of Arabic is.
    if (!HasRightToLeft(logical) && !(rtl_paragraph && HasArrow(logical))) return {std::string(logical), {}};
    std::vector<FriBidiChar> text = Decode(logical);
    const auto length = static_cast<FriBidiStrIndex>(text.size());
    std::vector<FriBidiCharType> types(text.size());
    std::vector<FriBidiBracketType> brackets(text.size());
    std::vector<FriBidiLevel> levels(text.size());
    std::vector<FriBidiArabicProp> joining(text.size());
    fribidi_get_bidi_types(text.data(), length, types.data());
    // A sign stays with its number, "+11.7" and "−5.6" as everywhere in the report: left alone, the
    // algorithm sends it to the number's right in an Arabic line ("11.7+").
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if ((text[i] == U'+' || text[i] == U'-' || text[i] == U'−') && types[i + 1] == FRIBIDI_TYPE_EN &&
            (i == 0 || types[i - 1] != FRIBIDI_TYPE_EN))
            types[i] = FRIBIDI_TYPE_EN;
    fribidi_get_bracket_types(text.data(), length, types.data(), brackets.data());
    FriBidiParType direction = rtl_paragraph ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_ON;
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &direction, levels.data()))
        return {std::string(logical), {}};
    const std::vector<FriBidiChar> original = text;
    // Arrows are drawn as written: an Arabic text writes "46.1 ← 67.7" itself (its strings, the
    // "arrow" of report_text), as Word and LibreOffice show the same text in the Word report.
    // Letters joined into their contextual forms, brackets mirrored.
    fribidi_get_joining_types(text.data(), length, joining.data());
    fribidi_join_arabic(types.data(), length, levels.data(), joining.data());
    // Not FRIBIDI_FLAG_REORDER_NSM: DejaVu draws a vowel mark over the glyph that follows it in
    // drawing order, so a mark stays before its letter in visual order.
    constexpr FriBidiFlags kFlags = (FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC) & ~FRIBIDI_FLAG_REORDER_NSM;
    fribidi_shape(kFlags, levels.data(), length, joining.data(), text.data());
    std::vector<FriBidiStrIndex> map(text.size());
    for (std::size_t i = 0; i < map.size(); ++i) map[i] = static_cast<FriBidiStrIndex>(i);
    if (!fribidi_reorder_line(kFlags, types.data(), length, 0, direction, levels.data(), text.data(), map.data()))
        return {std::string(logical), {}};
    VisualText visual;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const FriBidiChar c = text[i];
        if (IsInvisibleControl(c)) continue;
        const FriBidiChar was = original[static_cast<std::size_t>(map[i])];
        if (c != was && c < 0x0600) visual.mirrored.emplace_back(visual.text.size(), was);  // a bracket
        char bytes[8];
        const FriBidiStrIndex count = fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, &text[i], 1, bytes);
        visual.text.append(bytes, static_cast<std::size_t>(count));
    }
    return visual;
}

}  // namespace c5::reports::detail
