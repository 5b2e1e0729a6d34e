#pragma once
// Where a line may end: the Unicode line breaking algorithm (UAX #14, Unicode 15.0) with the
// classes of Unicode's own LineBreak.txt, turned into a table when the kit is built. All of its
// rules LB2–LB31 are applied, with LB25's number rule as UAX #14's regular expression; the
// simplifications are those of rule LB1 (AI, SG, XX → AL; SA → AL or CM; CJ → ID, "normal"
// breaking of Chinese) and no LB30b for unassigned pictographs. A language may tailor the quotation
// marks: « » “ ” (and ‘ ’ in Chinese) open and close where it uses them as brackets, so that no
// line starts with the closing one or ends with the opening one.
#include <cstdint>
#include <string_view>
#include <vector>

namespace c5::reports {

/// The line-break classes of UAX #14 that remain after rule LB1; OPW and CPW are OP and CP
/// that are East Asian wide (rule LB30 treats them apart).
enum class LineBreakClass : std::uint8_t {
    BK, CR, LF, NL, SP, ZW, ZWJ, CM, WJ, GL, CL, CP, CPW, EX, IS, SY, OP, OPW, QU, NS, B2, CB, BA, HY, BB,
    HL, IN, AL, NU, PR, PO, ID, EB, EM, RI, JL, JV, JT, H2, H3,
};

/// The class of `c` in text of `language` ("zh", "fr", …; empty: Unicode's default).
LineBreakClass LineBreakClassOf(char32_t c, std::string_view language = {});

/// What may follow a character: nothing but the next one, a line break, or a forced line break.
enum class Break : char { None, Allowed, Must };

/// One entry per byte of the UTF-8 `text`: the opportunity after that byte, `None` inside a
/// character; the last byte of the text is `Must` (rule LB3).
std::vector<Break> FindLineBreaks(std::string_view text, std::string_view language = {});

}  // namespace c5::reports
