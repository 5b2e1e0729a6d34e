#include "gui_journal.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "layout_check.h"

namespace c5::gui {

void Journal(std::string_view line) {
    static std::FILE* file = [] {
        const char* path = std::getenv("C5KIT_GUI_JOURNAL");
        return path && *path ? std::fopen(path, "a") : nullptr;
    }();
    if (!file) return;
    std::fwrite(line.data(), 1, line.size(), file);
    std::fputc('\n', file);
    std::fflush(file);
    if (line.starts_with("screen ")) CheckLayoutSoon(std::string(line.substr(7)));
}

}  // namespace c5::gui
