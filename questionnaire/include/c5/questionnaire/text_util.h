#pragma once
// Small text helpers shared by the library's readers.
#include <cstdint>
#include <filesystem>
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
/// Whole-string integer from 0 to 2^64 − 1 (digits only, no sign); nullopt for anything else,
/// including a negative number or one too large — never wrapped or clamped.
std::optional<std::uint64_t> ParseUnsigned64(std::string_view text);
/// Shortest decimal text that reads back to the same double ("12.5", "3", "0.1").
std::string FormatNumber(double value);
/// True when `text` is well-formed UTF-8 without NUL bytes.
bool IsValidUtf8(std::string_view text);
/// `text` quoted for messages, shortened to `max_chars` bytes at a character boundary.
std::string Quote(std::string_view text, std::size_t max_chars = 60);

/// The path UTF-8 text names, on every system. Build paths from text with this, never with
/// std::filesystem::path(std::string): on Windows that reads the text in the C library's narrow
/// encoding and garbles every non-ASCII name. (path::string() gives UTF-8 on both.)
std::filesystem::path PathFromUtf8(std::string_view utf8);
/// The UTF-8 text of a path (what PathFromUtf8 reads back).
std::string PathToUtf8(const std::filesystem::path& path);
/// UTF-8 to the system's wide text (UTF-16 on Windows, UTF-32 elsewhere) and back; invalid
/// sequences become U+FFFD.
std::wstring Utf8ToWide(std::string_view utf8);
std::string WideToUtf8(std::wstring_view wide);

}  // namespace c5::questionnaire
