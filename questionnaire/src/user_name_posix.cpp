#include "user_name.h"

#include <pwd.h>
#include <unistd.h>

namespace c5::questionnaire::detail {

std::string SystemUserName() {
    const passwd* entry = ::getpwuid(::getuid());
    return entry && entry->pw_name ? entry->pw_name : "";
}

}  // namespace c5::questionnaire::detail
