#pragma once
// The ToUnicode map of a PDF font (PDF 32000-1 §9.10.3), which readers use to copy and search text.
// libharu 2.3 writes its encoding CMap there instead ("begincidrange", which poppler rejects).
#include <set>
#include <string>
#include <string_view>

namespace c5::reports::detail {

/// A ToUnicode CMap for a font whose two-byte codes are Unicode code points (libharu's UTF-8
/// encoder): each code in `codes` maps to itself, except Arabic presentation forms, which map to
/// the letters they stand for, so that copied and searched Arabic is plain text.
std::string ToUnicodeCMap(const std::set<char32_t>& codes);

/// The letters an Arabic presentation form stands for (ﺄ → أ), or a tail marker (below) stands
/// for; the code itself otherwise. A lam-alef ligature stands for its lam only.
std::u32string NominalLetters(char32_t code);

/// Before each lam-alef ligature of a visual line goes an invisible zero-width marker of its
/// alef (U+2061–U+2064, which the map reads as ا أ إ آ): a reader that reorders the glyphs of a
/// line then finds lam and alef as two glyphs in the right order, where readers that take the
/// ligature's two letters from one glyph disagree on their order (poppler reverses them).
/// The marker to draw before `code`, or 0 when it is not a lam-alef ligature.
char32_t LigatureTailMarker(char32_t code);
bool IsLigatureTailMarker(char32_t code);

}  // namespace c5::reports::detail
