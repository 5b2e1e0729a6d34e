#pragma once
#include <string_view>

namespace c5::questionnaire {

/// "C5 Readiness Kit 0.1.0": written into every file and report the kit makes.
std::string_view KitVersionString();
/// "0.1.0"
std::string_view KitVersion();

}  // namespace c5::questionnaire
