#include "user_name.h"

#include <windows.h>

#include "c5/questionnaire/text_util.h"

namespace c5::questionnaire::detail {

std::string SystemUserName() {
    wchar_t name[257] = {};  // UNLEN + 1
    DWORD size = 257;
    if (!GetUserNameW(name, &size) || size == 0) return "";
    return WideToUtf8(std::wstring_view(name, size - 1));
}

}  // namespace c5::questionnaire::detail
