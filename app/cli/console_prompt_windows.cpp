#include "console_prompt.h"

#include <windows.h>

#include "c5/questionnaire/text_util.h"

namespace c5::cli {

std::optional<std::string> AskHidden(const std::string& prompt) {
    // A console nobody sees (a scheduled task, a program started with CREATE_NO_WINDOW, a test
    // runner) would wait for ever: only a console with a window is asked.
    if (!GetConsoleWindow()) return std::nullopt;
    // The console itself, not standard input/output: those may be redirected to files.
    HANDLE in = CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                            OPEN_EXISTING, 0, nullptr);
    if (in == INVALID_HANDLE_VALUE) return std::nullopt;
    DWORD saved = 0;
    if (!GetConsoleMode(in, &saved)) {
        CloseHandle(in);
        return std::nullopt;
    }
    HANDLE out = CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                             OPEN_EXISTING, 0, nullptr);
    const auto say = [out](std::wstring_view text) {
        DWORD written = 0;
        if (out != INVALID_HANDLE_VALUE) WriteConsoleW(out, text.data(), static_cast<DWORD>(text.size()), &written, nullptr);
    };
    SetConsoleMode(in, (saved | ENABLE_LINE_INPUT | ENABLE_PROCESSED_INPUT) & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    say(questionnaire::Utf8ToWide(prompt));
    // Read as UTF-16 so that any script the keyboard types arrives whole, whatever the code page.
    std::wstring line;
    wchar_t buffer[256];
    DWORD read = 0;
    while (ReadConsoleW(in, buffer, 256, &read, nullptr) && read > 0) {
        line.append(buffer, read);
        if (line.find(L'\n') != std::wstring::npos) break;
    }
    SetConsoleMode(in, saved);
    say(L"\r\n");
    if (out != INVALID_HANDLE_VALUE) CloseHandle(out);
    CloseHandle(in);
    if (const auto end = line.find_first_of(L"\r\n"); end != std::wstring::npos) line.resize(end);
    return questionnaire::WideToUtf8(line);
}

}  // namespace c5::cli
