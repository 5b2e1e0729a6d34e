#include "c5/app/process_setup.h"

#include <windows.h>
#include <shellapi.h>

#include "c5/questionnaire/text_util.h"

namespace c5::app {

void TreatFileSizeLimitAsFullDisk() {}  // Windows has no such signal: a full disk is an ordinary write error.

std::vector<std::string> Utf8Arguments(int argc, char** argv) {
    int count = 0;
    wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
    if (!wide) return std::vector<std::string>(argv, argv + argc);
    std::vector<std::string> arguments;
    for (int i = 0; i < count; ++i) arguments.push_back(questionnaire::WideToUtf8(wide[i]));
    LocalFree(wide);
    return arguments;
}

void UseUtf8Console() {
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
}

}  // namespace c5::app
