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
    if (!HasRightToLeft(logical)) return std::string(logical);
    std::vector<FriBidiChar> characters = Decode(logical);
    std::vector<FriBidiChar> visual(characters.size() + 1);
    FriBidiParType direction = rtl_paragraph ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_ON;
    // log2vis applies the bidi algorithm, Arabic joining and shaping to presentation forms, and
    // the mirroring of brackets.
    if (!fribidi_log2vis(characters.data(), static_cast<FriBidiStrIndex>(characters.size()), &direction, visual.data(),
                         nullptr, nullptr, nullptr))
        return std::string(logical);
    visual.resize(characters.size());
    std::vector<FriBidiChar> shown;
    shown.reserve(visual.size());
    for (FriBidiChar c : visual)
        if (!IsInvisibleControl(c)) shown.push_back(c);
    std::string out(shown.size() * 4 + 1, '\0');
    const FriBidiStrIndex bytes = fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, shown.data(),
                                                             static_cast<FriBidiStrIndex>(shown.size()), out.data());
    out.resize(static_cast<std::size_t>(bytes));
    return out;
}

}  // namespace c5::reports::detail
