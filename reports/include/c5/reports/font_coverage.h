#pragma once
// Which characters of a language the PDF report cannot draw: a language the kit does not ship
// (Amharic, Hindi …) may be written in a script no embedded font has, and its texts would print
// as empty boxes. Only the instrument's and the report's own texts are looked at — never answers
// or evidence, which respondents type.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "c5/questionnaire/instrument.h"

namespace c5::reports {

/// The characters of `language`'s texts — the instrument's (questions, levels, choices, next
/// steps, pillars, targets, drafts, the national module, its report_texts) and the kit's report
/// table for the language — that no font the PDF report embeds has, each once, in the order first
/// met; empty when every one can be drawn. Fonts are looked for in `font_folders` first, as the
/// report does; throws ReportError when a font file cannot be found or read.
std::vector<char32_t> CharactersWithoutFont(const questionnaire::Instrument& instrument, std::string_view language,
                                            const std::vector<std::filesystem::path>& font_folders = {});

/// "ሀ (U+1200), ለ (U+1208) and 3 more": at most `shown` characters, each with its code point.
std::string CharacterList(const std::vector<char32_t>& characters, std::size_t shown = 8);

}  // namespace c5::reports
