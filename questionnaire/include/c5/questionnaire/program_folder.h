#pragma once
// The folder of the running program, for what travels beside it: the Windows kit's fonts and
// catalogs, a copied-out install on a USB stick (program_folder_posix.cpp, program_folder_windows.cpp).
#include <filesystem>

namespace c5::questionnaire {

/// Empty when the system cannot tell.
std::filesystem::path ProgramFolder();

}  // namespace c5::questionnaire
