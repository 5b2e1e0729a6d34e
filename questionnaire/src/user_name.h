#pragma once
// The name the operating system knows the user by, for the audit trail when the environment does
// not say (user_name_posix.cpp, user_name_windows.cpp).
#include <string>

namespace c5::questionnaire::detail {

/// UTF-8; empty when the system cannot tell.
std::string SystemUserName();

}  // namespace c5::questionnaire::detail
