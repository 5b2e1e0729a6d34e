// Font coverage from the fonts' own character maps (the TrueType `cmap` table, formats 4 and 12),
// read from the files the PDF embeds.
#include "c5/reports/font_coverage.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "c5/questionnaire/regular_file.h"
#include "c5/reports/error.h"
#include "c5/reports/report_text.h"
#include "pdf_document.h"

namespace c5::reports {
namespace q = c5::questionnaire;
namespace {

// The code points a TrueType font maps to a glyph, as sorted, disjoint ranges [first, last].
class CharacterMap {
public:
    explicit CharacterMap(const std::filesystem::path& file) : m_file(file) {
        m_bytes = q::ReadRegularFile(file, 64u << 20);
        Parse();
    }
    bool Has(char32_t c) const {
        auto after = std::upper_bound(m_ranges.begin(), m_ranges.end(), c,
                                      [](char32_t value, const std::pair<char32_t, char32_t>& range) { return value < range.first; });
        if (after == m_ranges.begin()) return false;
        --after;
        return c <= after->second;
    }

private:
    std::uint32_t U16(std::size_t at) const {
        Need(at + 2);
        return (static_cast<unsigned char>(m_bytes[at]) << 8) | static_cast<unsigned char>(m_bytes[at + 1]);
    }
    std::uint32_t U32(std::size_t at) const { return (U16(at) << 16) | U16(at + 2); }
    void Need(std::size_t end) const {
        if (end > m_bytes.size())
            throw ReportError(fmt::format("the font {} is damaged (its character map ends early)", m_file.string()));
    }

    void Parse() {
        const std::uint32_t tables = U16(4);
        std::size_t cmap = 0;
        for (std::uint32_t t = 0; t < tables; ++t) {
            const std::size_t entry = 12 + 16 * t;
            Need(entry + 16);
            if (m_bytes.compare(entry, 4, "cmap") == 0) cmap = U32(entry + 8);
        }
        if (!cmap) throw ReportError(fmt::format("the font {} has no character map", m_file.string()));
        // Unicode full repertoire (format 12) when the font has it, else the BMP (format 4).
        std::size_t full = 0;
        std::size_t bmp = 0;
        const std::uint32_t records = U16(cmap + 2);
        for (std::uint32_t r = 0; r < records; ++r) {
            const std::size_t record = cmap + 4 + 8 * r;
            const std::uint32_t platform = U16(record);
            const std::uint32_t encoding = U16(record + 2);
            const std::size_t at = cmap + U32(record + 4);
            const std::uint32_t format = U16(at);
            if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10))) full = at;
            if (format == 4 && (platform == 0 || (platform == 3 && (encoding == 1 || encoding == 0)))) bmp = at;
        }
        if (full) ParseFormat12(full);
        else if (bmp) ParseFormat4(bmp);
        else throw ReportError(fmt::format("the font {} has no Unicode character map", m_file.string()));
        std::sort(m_ranges.begin(), m_ranges.end());
    }

    void ParseFormat12(std::size_t at) {
        const std::uint32_t groups = U32(at + 12);
        for (std::uint32_t g = 0; g < groups; ++g) {
            const std::size_t group = at + 16 + 12 * std::size_t{g};
            m_ranges.emplace_back(U32(group), U32(group + 4));
        }
    }

    void ParseFormat4(std::size_t at) {
        const std::size_t segments = U16(at + 6) / 2;
        const std::size_t ends = at + 14;
        const std::size_t starts = ends + 2 * segments + 2;
        const std::size_t deltas = starts + 2 * segments;
        const std::size_t offsets = deltas + 2 * segments;
        for (std::size_t s = 0; s < segments; ++s) {
            const std::uint32_t end = U16(ends + 2 * s);
            const std::uint32_t start = U16(starts + 2 * s);
            const std::uint32_t delta = U16(deltas + 2 * s);
            const std::uint32_t offset = U16(offsets + 2 * s);
            for (std::uint32_t c = start; c <= end && c != 0xFFFF; ++c) {
                std::uint32_t glyph = 0;
                if (offset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    glyph = U16(offsets + 2 * s + offset + 2 * (c - start));
                    if (glyph) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph == 0) continue;
                if (!m_ranges.empty() && m_ranges.back().second + 1 == c) m_ranges.back().second = c;
                else m_ranges.emplace_back(c, c);
            }
        }
    }

    std::filesystem::path m_file;
    std::string m_bytes;
    std::vector<std::pair<char32_t, char32_t>> m_ranges;
};

// Characters a PDF never draws as glyphs: controls, joiners, direction marks, variation selectors.
bool Invisible(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) || (c >= 0xFE00 && c <= 0xFE0F) ||
           c == 0xFEFF;
}

// Every text of `language` the report would print: the instrument's translations (or, for
// English, its own texts) and the report's words.
std::vector<const std::string*> LanguageTexts(const q::Instrument& instrument, const std::string& language,
                                              const q::ReportTextTables& tables) {
    std::vector<const std::string*> texts;
    const auto translated = [&](const q::Translations& translations) {
        const auto found = translations.find(language);
        if (found == translations.end()) return;
        const q::Translation& translation = found->second;
        for (const auto& [field, text] : translation.fields) texts.push_back(&text);
        for (const auto& text : translation.levels) texts.push_back(&text);
        for (const auto& [choice, text] : translation.choices) texts.push_back(&text);
        for (const auto& [key, text] : translation.next_steps) texts.push_back(&text);
    };
    const bool english = language == "en";
    translated(instrument.translations);
    for (const auto& draft : instrument.drafts) translated(draft.translations);
    for (const auto& target : instrument.targets) {
        translated(target.translations);
        if (english) texts.insert(texts.end(), {&target.title, &target.text});
    }
    std::vector<const q::Pillar*> pillars;
    for (const auto& pillar : instrument.pillars) pillars.push_back(&pillar);
    if (instrument.national_module) pillars.push_back(&*instrument.national_module);
    for (const q::Pillar* pillar : pillars) {
        translated(pillar->translations);
        if (english) texts.insert(texts.end(), {&pillar->title, &pillar->c5_text});
        for (const auto& question : pillar->questions) {
            translated(question.translations);
            if (!english) continue;
            texts.insert(texts.end(), {&question.text, &question.guidance, &question.evidence_prompt,
                                       &question.recommendation, &question.exposure_note, &question.unit});
            for (const auto& level : question.levels) texts.push_back(&level);
            for (const auto& choice : question.choices) texts.push_back(&choice.label);
            for (const auto& [key, text] : question.next_steps) texts.push_back(&text);
        }
    }
    if (english) texts.insert(texts.end(), {&instrument.title, &instrument.description, &instrument.vision});
    if (const auto own = instrument.report_texts.find(language); own != instrument.report_texts.end())
        for (const auto& [key, text] : own->second) texts.push_back(&text);
    if (const auto kit = tables.languages.find(language); kit != tables.languages.end())
        for (const auto& [key, text] : kit->second) texts.push_back(&text);
    return texts;
}

}  // namespace

std::vector<char32_t> CharactersWithoutFont(const q::Instrument& instrument, std::string_view language,
                                            const std::vector<std::filesystem::path>& font_folders) {
    const q::ReportTextTables tables = KitReportTexts();
    std::map<std::string, std::unique_ptr<CharacterMap>, std::less<>> maps;  // loaded when first needed
    std::set<char32_t> seen;
    std::vector<char32_t> missing;
    for (const std::string* text : LanguageTexts(instrument, std::string(language), tables)) {
        for (std::size_t at = 0; at < text->size();) {
            const auto [c, length] = detail::DecodeAt(*text, at);
            at += length;
            if (Invisible(c) || !seen.insert(c).second) continue;
            const std::string_view file = detail::FontFileFor(c);
            auto found = maps.find(file);
            if (found == maps.end())
                found = maps.emplace(std::string(file), std::make_unique<CharacterMap>(detail::FindFontFile(file, font_folders)))
                            .first;
            if (!found->second->Has(c)) missing.push_back(c);
        }
    }
    return missing;
}

std::string CharacterList(const std::vector<char32_t>& characters, std::size_t shown) {
    std::string list;
    for (std::size_t i = 0; i < characters.size() && i < shown; ++i) {
        const char32_t c = characters[i];
        std::string utf8;
        if (c < 0x80) utf8 += static_cast<char>(c);
        else if (c < 0x800) utf8 += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
        else if (c < 0x10000)
            utf8 += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                     static_cast<char>(0x80 | (c & 0x3F))};
        else
            utf8 += {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
                     static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
        list += fmt::format("{}{} (U+{:04X})", list.empty() ? "" : ", ", utf8, static_cast<std::uint32_t>(c));
    }
    if (characters.size() > shown) list += fmt::format(" and {} more", characters.size() - shown);
    return list;
}

}  // namespace c5::reports
