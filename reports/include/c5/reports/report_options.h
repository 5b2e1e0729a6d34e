#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace c5::reports {

enum class PaperSize { A4, Letter };

/// Reports long work; return false to cancel (the output is then not written).
using ProgressCallback = std::function<bool(double fraction, std::string_view stage)>;

struct ReportOptions {
    PaperSize paper = PaperSize::A4;
    std::string marking = "RESTRICTED";  // printed at the top and bottom of every page; may be empty
    std::string language = "en";
    std::string prepared_by;             // pre-filled in the sign-off block when given
    std::string approved_by;
    std::string generated_on;            // date printed on the report; default: today (UTC)
    std::vector<std::filesystem::path> font_folders;  // searched before the system's fonts
    ProgressCallback progress;
};

}  // namespace c5::reports
