#include "report_context.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "c5/questionnaire/instrument_text.h"
#include "c5/scoring/item_score.h"

namespace c5::reports::detail {
namespace q = c5::questionnaire;
namespace s = c5::scoring;

namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The brackets and quotes that `text` opens and does not close: where the first of them opens, and
// their closing marks, innermost first.
struct OpenBrackets {
    std::size_t first = std::string_view::npos;
    std::string closers;
};

OpenBrackets FindOpenBrackets(std::string_view text) {
    static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
        {"(", ")"}, {"[", "]"}, {"（", "）"}, {"«", "»"}, {"“", "”"}, {"「", "」"}, {"《", "》"}};
    std::vector<std::pair<std::size_t, std::string_view>> open;  // where, and its closer
    for (std::size_t at = 0; at < text.size(); ++at) {
        for (const auto& [opener, closer] : kPairs) {
            if (text.substr(at, opener.size()) == opener) {
                open.emplace_back(at, closer);
                break;
            }
            if (text.substr(at, closer.size()) == closer && !open.empty() && open.back().second == closer) {
                open.pop_back();
                break;
            }
        }
    }
    OpenBrackets result;
    if (!open.empty()) result.first = open.front().first;
    for (auto it = open.rbegin(); it != open.rend(); ++it) result.closers += it->second;
    return result;
}

}  // namespace

std::string ReportContext::ItemScore(double value) const {
    // Whole numbers for levels and choices; a median between two levels keeps its half (12.5).
    const double points = 100.0 * value;
    return text.Number(points, std::abs(points - std::round(points)) < 1e-6 ? 0 : 1);
}

std::string ReportContext::Stage(double value) const {
    return s::HasScore(value) ? text.Get("stage_" + std::to_string(s::StageOf(value))) : std::string();
}

std::string ReportContext::Range(const s::Interval& interval) const {
    return interval.Valid() ? Num(interval.low) + "–" + Num(interval.high) : std::string();
}

std::string ReportContext::Signed(double value) const {
    if (!s::HasScore(value)) return "—";
    if (value == 0) return "±" + Num(0);
    // A change that rounds to 0.0 keeps its sign and a second decimal: a range "−0.1 … −0.04"
    // that lies below zero must not read "−0.1 … ±0.0" beside "clear change: yes".
    const double size = std::abs(value);
    return (value > 0 ? "+" : "−") + Num(size, size >= 0.05 ? 1 : size >= 0.005 ? 2 : 3);
}

std::string ReportContext::PillarName(std::string_view id) const {
    const q::Pillar* pillar = data.instrument.FindPillar(id);
    return pillar ? std::string(id) + " " + Shown(q::PillarText(*pillar, "title", lang)) : std::string(id);
}

std::string ReportContext::QuestionHeading(const q::Question& question) const {
    return question.id + " — " + Shown(q::QuestionText(question, "text", lang));
}

std::string ReportContext::QuestionShort(const q::Question& question, std::size_t max_chars) const {
    return text.Format("question_short", {{"id", question.id},
                                          {"text", Shorten(Shown(q::QuestionText(question, "text", lang)), max_chars)}});
}

std::string ReportContext::GroupName(std::string_view group) const { return StakeholderGroupName(text, group); }

std::string ReportContext::GroupOrName(const q::Respondent& respondent) const {
    return respondent.stakeholder_group.empty() ? respondent.name : GroupName(respondent.stakeholder_group);
}

std::string ReportContext::List(const std::vector<std::string>& items) const {
    if (items.empty()) return {};
    if (items.size() == 1) return items.front();
    std::string joined;
    for (std::size_t i = 0; i + 1 < items.size(); ++i) joined += (i ? text.Get("list_separator") : "") + items[i];
    return joined + text.Get("list_last_separator") + items.back();
}

std::string ReportContext::Paragraph(const std::vector<std::string>& sentences) const {
    std::string joined;
    for (const auto& sentence : sentences) {
        if (sentence.empty()) continue;
        joined += (joined.empty() ? "" : text.Get("sentence_separator")) + sentence;
    }
    return joined;
}

std::string Shorten(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    std::size_t cut = max_bytes;
    while (cut > 0 && IsContinuationByte(text[cut])) --cut;
    // A space in the last third keeps the last word whole.
    const auto space = text.rfind(' ', cut);
    if (space != std::string_view::npos && space > max_bytes * 2 / 3) cut = space;
    std::string shortened(text.substr(0, cut));
    // A bracket cut open late in the text is left out whole ("… body…", not "… body (for example a…)"
    // beside the question's own closing bracket); one opened early is closed after the ellipsis.
    const auto trim = [](std::string& piece) {
        while (!piece.empty() && (piece.back() == ' ' || piece.back() == ',' || piece.back() == ';')) piece.pop_back();
    };
    trim(shortened);
    OpenBrackets open = FindOpenBrackets(shortened);
    if (open.first != std::string_view::npos && open.first > max_bytes / 2) {
        shortened.resize(open.first);
        trim(shortened);
        open = {};
    }
    return shortened + "…" + open.closers;
}

std::string FirstSentence(std::string_view text, std::size_t max_bytes) {
    std::size_t end = text.size();
    // "no. 12", "e.g. a", "Dr. X": a dot after a word of one or two letters, or inside one, is no end.
    const auto abbreviation = [&](std::size_t dot) {
        const auto space = text.rfind(' ', dot);
        const std::string_view word = text.substr(space == std::string_view::npos ? 0 : space + 1,
                                                  dot - (space == std::string_view::npos ? 0 : space + 1));
        return word.size() <= 2 || word.find('.') != std::string_view::npos;
    };
    for (std::string_view stop : {". ", "! ", "? ", "\n", "。", "！", "？", "؟ "}) {
        for (auto at = text.find(stop); at != std::string_view::npos && at < end; at = text.find(stop, at + 1)) {
            if (stop == ". " && abbreviation(at)) continue;
            end = stop == "\n" ? at : at + stop.size();
            break;
        }
    }
    std::string_view sentence = text.substr(0, end);
    while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '\n' || sentence.back() == '\r'))
        sentence.remove_suffix(1);
    return Shorten(sentence, max_bytes);
}

}  // namespace c5::reports::detail
