#pragma once
#include <string>

namespace c5::questionnaire {

/// Current time in UTC as ISO 8601 with milliseconds, e.g. "2026-11-22T10:42:13.120Z".
/// Text of this form sorts in time order, which merges rely on.
std::string NowUtc();

/// The current calendar year (UTC).
int CurrentYear();

}  // namespace c5::questionnaire
