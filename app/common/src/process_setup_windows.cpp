#include "c5/app/process_setup.h"

#include <windows.h>
#include <shellapi.h>

#include "c5/questionnaire/text_util.h"

namespace c5::app {

namespace {

// A Windows command line may hold an unpaired surrogate, which is no character. It is kept as its
// three bytes, which no UTF-8 check accepts, so the command refuses that argument by name (as a
// Linux command refuses invalid UTF-8) instead of storing U+FFFD in its place.
std::string ArgumentToUtf8(std::wstring_view wide) {
    std::string utf8;
    std::size_t start = 0;
    for (std::size_t i = 0; i < wide.size(); ++i) {
        const auto code = static_cast<unsigned>(wide[i]);
        const bool high = code >= 0xD800 && code <= 0xDBFF;
        if (high && i + 1 < wide.size() && wide[i + 1] >= 0xDC00 && wide[i + 1] <= 0xDFFF) {
            ++i;  // a pair: one character
            continue;
        }
        if (!high && (code < 0xDC00 || code > 0xDFFF)) continue;
        utf8 += questionnaire::WideToUtf8(wide.substr(start, i - start));
        utf8 += {static_cast<char>(0xE0 | (code >> 12)), static_cast<char>(0x80 | ((code >> 6) & 0x3F)),
                 static_cast<char>(0x80 | (code & 0x3F))};
        start = i + 1;
    }
    return utf8 + questionnaire::WideToUtf8(wide.substr(start));
}

}  // namespace

void TreatFileSizeLimitAsFullDisk() {}  // Windows has no such signal: a full disk is an ordinary write error.

std::vector<std::string> Utf8Arguments(int argc, char** argv) {
    int count = 0;
    wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
    if (!wide) return std::vector<std::string>(argv, argv + argc);
    std::vector<std::string> arguments;
    for (int i = 0; i < count; ++i) arguments.push_back(ArgumentToUtf8(wide[i]));
    LocalFree(wide);
    return arguments;
}

void UseUtf8Console() {
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
}

}  // namespace c5::app
