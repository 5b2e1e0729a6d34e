#include "c5/questionnaire/program_folder.h"

namespace c5::questionnaire {

std::filesystem::path ProgramFolder() {
    std::error_code error;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", error);  // Linux
    return error ? std::filesystem::path() : program.parent_path();
}

}  // namespace c5::questionnaire
