#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace c5::questionnaire {

using UtcTime = std::chrono::sys_time<std::chrono::milliseconds>;

/// Current time in UTC as ISO 8601 with milliseconds, e.g. "2026-11-22T10:42:13.120Z".
/// Text of this form sorts in time order, which merges rely on.
std::string NowUtc();

/// The current calendar year (UTC).
int CurrentYear();

/// Reads an ISO 8601 date and time with a zone: "2026-11-22T10:42:13.120Z", "…T10:42:13Z",
/// "…T13:42:13+03:00" (seconds' fractions beyond milliseconds are cut). nullopt for anything else,
/// including impossible dates and a missing zone.
std::optional<UtcTime> ParseUtcTime(std::string_view text);

/// `time` in the form NowUtc() writes.
std::string FormatUtcTime(UtcTime time);

}  // namespace c5::questionnaire
