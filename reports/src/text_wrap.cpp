#include "c5/reports/text_wrap.h"

#include "c5/reports/line_break.h"

namespace c5::reports {
namespace {

std::size_t NextCharacter(std::string_view text, std::size_t at) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    return at;
}

std::size_t PreviousCharacter(std::string_view text, std::size_t at) {
    if (at == 0) return 0;
    --at;
    while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

char32_t DecodeAt(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    const unsigned char lead = byte(0);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (at + length > text.size()) return 0xFFFD;
    char32_t c = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (std::size_t i = 1; i < length; ++i) c = (c << 6) | (byte(i) & 0x3F);
    return c;
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsDigit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9); }

// Operators that bind the terms of a formula around them.
bool IsOperator(char32_t c) {
    switch (c) {
        case '=': case '+': case '<': case '>': case '/': case '*':
        case 0x00B1:  // ±
        case 0x00B7:  // ·
        case 0x00D7:  // ×
        case 0x00F7:  // ÷
        case 0x2013:  // – (a spaced en dash, as in "S – P")
        case 0x2212:  // −
        case 0x2248:  // ≈
        case 0x2260:  // ≠
        case 0x2264:  // ≤
        case 0x2265:  // ≥
        case 0x03A3:  // Σ
        case 0x2211:  // ∑
            return true;
        default: return false;
    }
}

bool IsUnit(char32_t c) { return c == '%' || c == 0x2030 || c == 0x2031 || c == 0x00B0; }

// A mark drawn on the character before it (accents, Arabic vowels, joiners): never split from it.
bool IsMark(char32_t c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) || (c >= 0x064B && c <= 0x065F) ||
           c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) || c == 0x200C || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F);
}

// breaks[i]: may a line end after byte i? UAX #14 (line_break.h), then the kit's rules, which
// only ever remove opportunities; `uax` keeps UAX #14's own, for pieces the kit's rules make too
// long.
void FindBreaks(std::string_view text, std::string_view language, std::vector<Break>& breaks, std::vector<Break>& uax) {
    uax = FindLineBreaks(text, language);
    breaks = uax;
    const auto at = [&](std::size_t index) { return index < text.size() ? DecodeAt(text, index) : char32_t{0}; };
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (breaks[i] != Break::Allowed) continue;
        // The characters on either side of the opportunity: `next` after it, `last` before it,
        // `before` the last one before any spaces, and what stands before and after those.
        const std::size_t next_at = i + 1;
        const char32_t next = at(next_at);
        const char32_t after_next = at(NextCharacter(text, next_at));
        const std::size_t last_at = PreviousCharacter(text, next_at);
        const char32_t last = at(last_at);
        std::size_t before_at = last_at;
        while (before_at > 0 && IsSpace(text[before_at])) before_at = PreviousCharacter(text, before_at);
        const char32_t before = at(before_at);
        const char32_t before_before = before_at > 0 ? at(PreviousCharacter(text, before_at)) : char32_t{0};
        const bool after_space = last == ' ' || last == '\t';
        if (after_space) {
            if (IsDigit(before) && IsUnit(next)) breaks[i] = Break::None;  // 25 %
            // A binary operator with spaces around it binds its terms: B + 0.4, S – P, < 1 %.
            const bool binary_before = IsOperator(before) && (before_before == ' ' || before_at == 0);
            const bool binary_next = IsOperator(next) && (after_next == ' ' || after_next == '\t');
            if (binary_before || binary_next) breaks[i] = Break::None;
        } else if (IsDigit(before_before) && IsDigit(next) && (last == '-' || last == 0x2013 || last == 0x2010)) {
            breaks[i] = Break::None;  // a range of numbers: 46.1–67.7
        }
    }
}

double Width(std::string_view text, std::size_t begin, std::size_t end, const MeasureText& measure) {
    return end > begin ? measure(text.substr(begin, end - begin)) : 0.0;
}

std::size_t TrimEnd(std::string_view text, std::size_t begin, std::size_t end) {
    while (end > begin && (IsSpace(text[end - 1]) || text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
    return end;
}

class LineBuilder {
public:
    LineBuilder(std::string_view text, double max_width, const MeasureText& measure)
        : m_text(text), m_max(max_width), m_measure(measure) {}

    // Adds the piece [begin, end) (which may end in spaces) after what the line holds.
    void Add(std::size_t begin, std::size_t end, const std::vector<Break>& uax) {
        const std::size_t trimmed = TrimEnd(m_text, begin, end);
        if (trimmed == begin) {  // spaces only: they count only between words
            if (m_has_line) m_width += Width(m_text, begin, end, m_measure);
            return;
        }
        const double width = Width(m_text, begin, trimmed, m_measure);
        if (m_has_line && m_width + width > m_max) Finish();
        if (!m_has_line) {
            while (begin < trimmed && IsSpace(m_text[begin])) ++begin;
            if (width > m_max) {
                Split(begin, trimmed, uax);
                m_width += Width(m_text, trimmed, end, m_measure);
                return;
            }
            m_begin = begin;
            m_has_line = true;
        }
        m_end = trimmed;
        m_width += width + Width(m_text, trimmed, end, m_measure);
    }

    void Finish() {
        if (m_has_line) m_lines.push_back({m_begin, m_end});
        m_has_line = false;
        m_width = 0;
    }

    // An empty line (a blank line of the text).
    void Empty(std::size_t at) { m_lines.push_back({at, at}); }
    bool HasLine() const { return m_has_line; }

    std::vector<LineSpan> Take() { return std::move(m_lines); }

private:
    // A piece wider than the line: at the opportunities UAX #14 gives inside it (a formula's
    // spaces), and where none is left, between characters. Its last line stays open, so that
    // what follows may join it.
    void Split(std::size_t begin, std::size_t end, const std::vector<Break>& uax) {
        std::size_t line_begin = begin;
        std::size_t last_fit = begin;  // the end of the longest fitting start of the line
        for (std::size_t i = begin; i < end;) {
            const std::size_t next = NextCharacter(m_text, i);
            if (next < end && uax[next - 1] == Break::None) {
                i = next;
                continue;
            }
            const std::size_t trimmed = TrimEnd(m_text, line_begin, next);
            if (Width(m_text, line_begin, trimmed, m_measure) <= m_max) {
                last_fit = next;
                i = next;
            } else if (last_fit > line_begin) {
                Emit(line_begin, last_fit);
                line_begin = last_fit;
                while (line_begin < end && IsSpace(m_text[line_begin])) ++line_begin;
                last_fit = line_begin;  // and this opportunity is looked at again
            } else {
                line_begin = EmitCharacters(line_begin, trimmed);
                last_fit = next;
                i = next;
            }
        }
        m_begin = line_begin;
        m_end = TrimEnd(m_text, line_begin, end);
        m_has_line = m_end > m_begin;
        m_width = Width(m_text, m_begin, m_end, m_measure);
    }

    void Emit(std::size_t begin, std::size_t end) {
        const std::size_t trimmed = TrimEnd(m_text, begin, end);
        if (trimmed > begin) m_lines.push_back({begin, trimmed});
    }

    // Lines of as many characters as fit, from `begin`, until the rest of [begin, end) fits;
    // returns where that rest starts. A mark stays with its character.
    std::size_t EmitCharacters(std::size_t begin, std::size_t end) {
        while (Width(m_text, begin, end, m_measure) > m_max) {
            std::size_t fit = NextCharacter(m_text, begin);  // at least one character per line
            while (fit < end && IsMark(DecodeAt(m_text, fit))) fit = NextCharacter(m_text, fit);
            for (std::size_t next = fit; next < end;) {
                std::size_t after = NextCharacter(m_text, next);
                while (after < end && IsMark(DecodeAt(m_text, after))) after = NextCharacter(m_text, after);
                if (Width(m_text, begin, after, m_measure) > m_max) break;
                fit = after;
                next = after;
            }
            m_lines.push_back({begin, fit});
            begin = fit;
        }
        return begin;
    }

    std::string_view m_text;
    double m_max;
    const MeasureText& m_measure;
    std::vector<LineSpan> m_lines;
    bool m_has_line = false;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    double m_width = 0;
};

}  // namespace

std::vector<LineSpan> BreakLines(std::string_view text, double max_width, const MeasureText& measure,
                                 std::string_view language) {
    if (text.empty()) return {LineSpan{}};
    std::vector<Break> breaks;
    std::vector<Break> uax;
    FindBreaks(text, language, breaks, uax);
    LineBuilder builder(text, max_width, measure);
    std::size_t piece = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (breaks[i] == Break::None) continue;
        const bool must = breaks[i] == Break::Must;
        if (must && (text[i] == '\n' || text[i] == '\r') && TrimEnd(text, piece, i + 1) == piece &&
            !builder.HasLine()) {
            // A blank line, or a line break right after a finished line.
            if (text[i] == '\n') builder.Empty(piece);
            piece = i + 1;
            continue;
        }
        builder.Add(piece, i + 1, uax);
        piece = i + 1;
        if (must) builder.Finish();
    }
    builder.Finish();
    auto lines = builder.Take();
    if (lines.empty()) lines.push_back({0, 0});
    return lines;
}

std::vector<std::string> WrapText(std::string_view text, double max_width, const MeasureText& measure,
                                  std::string_view language) {
    std::vector<std::string> lines;
    for (const auto& span : BreakLines(text, max_width, measure, language))
        lines.emplace_back(text.substr(span.begin, span.end - span.begin));
    return lines;
}

double WidestUnbreakable(std::string_view text, const MeasureText& measure, std::string_view language) {
    if (text.empty()) return 0;
    std::vector<Break> breaks;
    std::vector<Break> uax;
    FindBreaks(text, language, breaks, uax);
    double widest = 0;
    std::size_t piece = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (breaks[i] == Break::None) continue;
        std::size_t begin = piece;
        while (begin < i + 1 && IsSpace(text[begin])) ++begin;
        widest = std::max(widest, Width(text, begin, TrimEnd(text, begin, i + 1), measure));
        piece = i + 1;
    }
    return widest;
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
