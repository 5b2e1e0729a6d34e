#include "c5/reports/line_break.h"

#include <algorithm>
#include <initializer_list>

namespace c5::reports {
namespace {

using C = LineBreakClass;

struct LineBreakRange {
    char32_t first;
    C value;
};

#include "line_break_classes.inc"  // kLineBreakRanges, generated from LineBreak.txt

bool In(C value, std::initializer_list<C> set) { return std::find(set.begin(), set.end(), value) != set.end(); }

bool Starts(std::string_view language, std::string_view code) {
    return language.substr(0, code.size()) == code && (language.size() == code.size() || language[code.size()] == '-' ||
                                                        language[code.size()] == '_');
}

// Quotation marks that a language uses as brackets: opening (OP) or closing (CL), instead of
// Unicode's ambiguous QU.
C Tailored(char32_t c, std::string_view language, C value) {
    const bool guillemets = Starts(language, "fr") || Starts(language, "es") || Starts(language, "ru") ||
                            Starts(language, "ar");
    if (guillemets && c == 0x00AB) return C::OP;  // «
    if (guillemets && c == 0x00BB) return C::CL;  // »
    if (Starts(language, "ru")) {
        if (c == 0x201E) return C::OP;  // „
        if (c == 0x201C) return C::CL;  // “ closes in Russian
    }
    if (Starts(language, "en") || Starts(language, "fr") || Starts(language, "es") || Starts(language, "zh")) {
        if (c == 0x201C) return C::OP;  // “
        if (c == 0x201D) return C::CL;  // ”
    }
    if (Starts(language, "zh")) {  // Chinese has no apostrophe: ‘ ’ are quotation marks only
        if (c == 0x2018) return C::OP;
        if (c == 0x2019) return C::CL;
    }
    return value;
}

struct Character {
    std::size_t end = 0;  // one past its last byte
    C value = C::AL;
};

std::vector<Character> Decode(std::string_view text, std::string_view language) {
    std::vector<Character> characters;
    characters.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const auto lead = static_cast<unsigned char>(text[at]);
        std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t c = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
        std::size_t i = 1;
        for (; i < length && at + i < text.size() && (static_cast<unsigned char>(text[at + i]) & 0xC0) == 0x80; ++i)
            c = (c << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
        if (i < length || (lead & 0xC0) == 0x80) c = 0xFFFD;  // malformed: one character, read as AL
        at += i;
        characters.push_back({at, LineBreakClassOf(c, language)});
    }
    return characters;
}

// Where a number of rule LB25 stands: inside NU (NU | SY | IS)*, or just after its closing CL/CP.
enum class Number { None, Inside, Closed };

Number NextNumber(Number state, C value) {
    if (value == C::NU) return Number::Inside;
    if (state == Number::Inside && In(value, {C::SY, C::IS})) return Number::Inside;
    if (state == Number::Inside && In(value, {C::CL, C::CP, C::CPW})) return Number::Closed;
    return Number::None;
}

// What UAX #14 knows before the boundary between two characters.
struct Context {
    C before = C::AL;          // the class of the character before (LB9: a mark takes its base's)
    C before_that = C::BK;     // the one before it (LB21a)
    C before_spaces = C::SP;   // the last one that is not a space (rules "X SP* ×")
    bool after_zwj = false;    // LB8a
    std::size_t regional = 0;  // regional indicators in a row before the boundary (LB30a)
    Number number = Number::None;
};

// The rules LB4–LB31 for the boundary before a character of class `raw`; `following` is the
// class of the character after that one (LB25's "(PR | PO) × (OP | HY) NU").
Break Decide(const Context& context, C raw, C following) {
    const C a = context.before;
    if (a == C::BK) return Break::Must;                                    // LB4
    if (a == C::CR && raw == C::LF) return Break::None;                    // LB5
    if (In(a, {C::CR, C::LF, C::NL})) return Break::Must;                  // LB5
    if (In(raw, {C::BK, C::CR, C::LF, C::NL})) return Break::None;         // LB6
    if (In(raw, {C::SP, C::ZW})) return Break::None;                       // LB7
    if (context.before_spaces == C::ZW) return Break::Allowed;             // LB8
    if (context.after_zwj) return Break::None;                             // LB8a
    C b = raw;
    if (In(raw, {C::CM, C::ZWJ})) {
        if (!In(a, {C::SP, C::ZW})) return Break::None;                    // LB9
        b = C::AL;                                                         // LB10
    }
    if (a == C::WJ || b == C::WJ) return Break::None;                      // LB11
    if (a == C::GL) return Break::None;                                    // LB12
    if (b == C::GL && !In(a, {C::SP, C::BA, C::HY})) return Break::None;   // LB12a
    if (In(b, {C::CL, C::CP, C::CPW, C::EX, C::IS, C::SY})) return Break::None;  // LB13
    const C s = context.before_spaces;
    if (In(s, {C::OP, C::OPW})) return Break::None;                        // LB14
    if (s == C::QU && In(b, {C::OP, C::OPW})) return Break::None;          // LB15
    if (In(s, {C::CL, C::CP, C::CPW}) && b == C::NS) return Break::None;   // LB16
    if (s == C::B2 && b == C::B2) return Break::None;                      // LB17
    if (a == C::SP) return Break::Allowed;                                 // LB18
    if (a == C::QU || b == C::QU) return Break::None;                      // LB19
    if (a == C::CB || b == C::CB) return Break::Allowed;                   // LB20
    if (In(b, {C::BA, C::HY, C::NS}) || a == C::BB) return Break::None;    // LB21
    if (In(a, {C::HY, C::BA}) && context.before_that == C::HL) return Break::None;  // LB21a
    if (a == C::SY && b == C::HL) return Break::None;                      // LB21b
    if (b == C::IN) return Break::None;                                    // LB22
    const bool letter_a = In(a, {C::AL, C::HL});
    const bool letter_b = In(b, {C::AL, C::HL});
    if ((letter_a && b == C::NU) || (a == C::NU && letter_b)) return Break::None;  // LB23
    if (a == C::PR && In(b, {C::ID, C::EB, C::EM})) return Break::None;   // LB23a
    if (In(a, {C::ID, C::EB, C::EM}) && b == C::PO) return Break::None;
    const bool affix_a = In(a, {C::PR, C::PO});
    if ((affix_a && letter_b) || (letter_a && In(b, {C::PR, C::PO}))) return Break::None;  // LB24
    if (affix_a && b == C::NU) return Break::None;                         // LB25
    if (affix_a && In(b, {C::OP, C::OPW, C::HY}) && following == C::NU) return Break::None;
    if (In(a, {C::OP, C::OPW, C::HY}) && b == C::NU) return Break::None;
    if (context.number == Number::Inside && In(b, {C::NU, C::SY, C::IS, C::CL, C::CP, C::CPW})) return Break::None;
    if (context.number != Number::None && In(b, {C::PO, C::PR})) return Break::None;
    const bool hangul_b = In(b, {C::JL, C::JV, C::JT, C::H2, C::H3});
    if (a == C::JL && In(b, {C::JL, C::JV, C::H2, C::H3})) return Break::None;  // LB26
    if (In(a, {C::JV, C::H2}) && In(b, {C::JV, C::JT})) return Break::None;
    if (In(a, {C::JT, C::H3}) && b == C::JT) return Break::None;
    if (In(a, {C::JL, C::JV, C::JT, C::H2, C::H3}) && b == C::PO) return Break::None;  // LB27
    if (a == C::PR && hangul_b) return Break::None;
    if (letter_a && letter_b) return Break::None;                          // LB28
    if (a == C::IS && letter_b) return Break::None;                        // LB29
    if (In(a, {C::AL, C::HL, C::NU}) && b == C::OP) return Break::None;    // LB30 (not East Asian wide)
    if (a == C::CP && In(b, {C::AL, C::HL, C::NU})) return Break::None;
    if (a == C::RI && b == C::RI && context.regional % 2 == 1) return Break::None;  // LB30a
    if (a == C::EB && b == C::EM) return Break::None;                      // LB30b
    return Break::Allowed;                                                 // LB31
}

}  // namespace

LineBreakClass LineBreakClassOf(char32_t c, std::string_view language) {
    if (c > 0x10FFFF) return C::AL;
    const auto* range = std::upper_bound(std::begin(kLineBreakRanges), std::end(kLineBreakRanges), c,
                                         [](char32_t code, const LineBreakRange& r) { return code < r.first; });
    const C value = (range - 1)->value;  // the first range starts at 0
    return language.empty() || value != C::QU ? value : Tailored(c, language, value);
}

std::vector<Break> FindLineBreaks(std::string_view text, std::string_view language) {
    std::vector<Break> breaks(text.size(), Break::None);
    const std::vector<Character> characters = Decode(text, language);
    if (characters.empty()) return breaks;
    Context context;
    const auto enter = [&context](C raw, bool first) {
        const bool attached = !first && In(raw, {C::CM, C::ZWJ}) &&
                              !In(context.before, {C::BK, C::CR, C::LF, C::NL, C::SP, C::ZW});
        context.after_zwj = raw == C::ZWJ;
        if (attached) return;  // LB9: the mark is read as its base, which stays "before"
        const C value = In(raw, {C::CM, C::ZWJ}) ? C::AL : raw;  // LB10
        context.before_that = first ? C::BK : context.before;
        context.before = value;
        if (value != C::SP) context.before_spaces = value;
        context.regional = value == C::RI ? context.regional + 1 : 0;
        context.number = NextNumber(context.number, value);
    };
    enter(characters[0].value, true);
    for (std::size_t i = 1; i < characters.size(); ++i) {
        std::size_t next = i + 1;
        while (next < characters.size() && In(characters[next].value, {C::CM, C::ZWJ})) ++next;
        const C following = next < characters.size() ? characters[next].value : C::BK;
        breaks[characters[i - 1].end - 1] = Decide(context, characters[i].value, following);
        enter(characters[i].value, false);
    }
    breaks.back() = Break::Must;  // LB3
    return breaks;
}

}  // namespace c5::reports
