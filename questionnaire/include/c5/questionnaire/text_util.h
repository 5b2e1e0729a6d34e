#pragma once
// Small text helpers shared by the library's readers.
#include <optional>
#include <string>
#include <string_view>

namespace c5::questionnaire {

std::string_view Trim(std::string_view text);
std::string ToLowerAscii(std::string_view text);
/// Whole-string decimal number ("12", "-3.5", "1e3"); nullopt for anything else or non-finite.
std::optional<double> ParseNumber(std::string_view text);
/// Whole-string integer; nullopt for anything else.
std::optional<long long> ParseInteger(std::string_view text);
/// Shortest decimal text that reads back to the same double ("12.5", "3", "0.1").
std::string FormatNumber(double value);
/// True when `text` is well-formed UTF-8 without NUL bytes.
bool IsValidUtf8(std::string_view text);
/// `text` quoted for messages, shortened to `max_chars` bytes at a character boundary.
std::string Quote(std::string_view text, std::size_t max_chars = 60);

}  // namespace c5::questionnaire
