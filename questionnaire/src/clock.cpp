#include "c5/questionnaire/clock.h"

#include <fmt/format.h>

namespace c5::questionnaire {
namespace {

// Reads `count` decimal digits at `at`; -1 when they are not all digits.
int Digits(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) return -1;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

}  // namespace

std::string NowUtc() {
    return FormatUtcTime(std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()));
}

std::string FormatUtcTime(UtcTime time) {
    // By calendar arithmetic on days and milliseconds: fmt's chrono formatting goes through
    // nanoseconds, which overflow for a time such as 9999-12-31 (a hostile kit's date).
    using namespace std::chrono;
    const sys_days day = floor<days>(time);
    const year_month_day date{day};
    const long long ms = (time - day).count();  // since midnight, 0 … 86,399,999
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), ms / 3600000,
                       ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
}

std::optional<UtcTime> ParseUtcTime(std::string_view text) {
    // YYYY-MM-DDTHH:MM:SS
    const int year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
    const int hour = Digits(text, 11, 2), minute = Digits(text, 14, 2), second = Digits(text, 17, 2);
    if (text.size() < 20 || year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 ||
        text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') ||
        text[13] != ':' || text[16] != ':' || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                                           std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok()) return std::nullopt;
    std::size_t at = 19;
    int millis = 0;
    if (text[at] == '.') {
        ++at;
        const std::size_t start = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
        if (at == start || at - start > 9) return std::nullopt;
        for (std::size_t i = start; i < start + 3; ++i) millis = millis * 10 + (i < at ? text[i] - '0' : 0);
    }
    std::chrono::minutes offset{0};
    if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        const int hours = Digits(text, at + 1, 2), minutes = Digits(text, at + 4, 2);
        if (hours < 0 || minutes < 0 || at + 3 >= text.size() || text[at + 3] != ':' || hours > 23 || minutes > 59)
            return std::nullopt;
        offset = std::chrono::hours(hours) + std::chrono::minutes(minutes);
        if (text[at] == '-') offset = -offset;
        at += 6;
    } else {
        return std::nullopt;  // a time without its zone is not a point in time
    }
    if (at != text.size()) return std::nullopt;
    const auto local = std::chrono::sys_days(date) + std::chrono::hours(hour) + std::chrono::minutes(minute) +
                       std::chrono::seconds(second) + std::chrono::milliseconds(millis);
    return std::chrono::time_point_cast<std::chrono::milliseconds>(local - offset);
}

int CurrentYear() {
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return static_cast<int>(std::chrono::year_month_day(today).year());
}

}  // namespace c5::questionnaire
