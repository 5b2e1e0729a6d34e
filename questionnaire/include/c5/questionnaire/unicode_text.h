#pragma once
// Unicode text that must compare as people read it: passphrases typed on different systems and
// respondent names that look alike (utf8proc does the normalisation).
#include <string>
#include <string_view>

namespace c5::questionnaire {

/// `text` (valid UTF-8) in normalisation form C: "é" typed as e + combining accent (macOS) becomes
/// the one character other systems type.
std::string NormalizeNfc(std::string_view text);

/// Number of Unicode characters (code points) in valid UTF-8 `text`.
std::size_t CharacterCount(std::string_view text);

/// The end of the last whole character as a reader sees it (a grapheme cluster: a letter with its
/// accents or vowel marks, an emoji with its modifiers) that ends at or before byte `at` of valid
/// UTF-8 `text`: where the text can be cut without leaving a mark on the wrong letter.
std::size_t GraphemeBoundaryAtOrBefore(std::string_view text, std::size_t at);

/// `text` without white space and invisible characters (zero-width space, soft hyphen, direction
/// marks, byte-order mark) at either end.
std::string TrimInvisible(std::string_view text);

/// The first character of `text` that is invisible or changes the text's direction and that no
/// name needs (zero-width space, bidirectional overrides, ...), as "U+200B"; empty when none.
/// Zero-width joiners, which some scripts need, are allowed.
std::string FindInvisibleCharacter(std::string_view text);

/// Valid UTF-8 `text` without the characters FindInvisibleCharacter finds: a file name that reads
/// as what it is ("x\u202Efdp.c5a" would show as "xa5c.pdf").
std::string WithoutInvisibleCharacters(std::string_view text);

/// The form in which two names are compared: compatibility-normalised (NFKC), case-folded, without
/// invisible characters, white space runs as one space, and the Cyrillic and Greek letters that
/// look like Latin ones (у, о, а, ο, …) as those Latin letters. Names with the same key look alike.
std::string NameComparisonKey(std::string_view name);

}  // namespace c5::questionnaire
