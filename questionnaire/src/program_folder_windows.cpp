#include "c5/questionnaire/program_folder.h"

#include <string>

#include <windows.h>

namespace c5::questionnaire {

std::filesystem::path ProgramFolder() {
    std::wstring name(MAX_PATH, L'\0');
    for (;;) {
        const DWORD length = GetModuleFileNameW(nullptr, name.data(), static_cast<DWORD>(name.size()));
        if (length == 0) return {};
        if (length < name.size()) {
            name.resize(length);
            return std::filesystem::path(name).parent_path();
        }
        name.resize(name.size() * 2);  // a long path (\\?\ or a deep USB folder)
    }
}

}  // namespace c5::questionnaire
