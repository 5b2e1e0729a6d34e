#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace c5::reports {

enum class PaperSize { A4, Letter };

/// The report's file format: the PDF to sign, or an editable Word document (the same content).
enum class ReportFormat { Pdf, Docx };

/// Reports long work; return false to cancel (the output is then not written).
using ProgressCallback = std::function<bool(double fraction, std::string_view stage)>;

/// The marking a report carries unless told otherwise; printed in the report's language.
inline constexpr std::string_view kDefaultMarking = "RESTRICTED";

struct ReportOptions {
    PaperSize paper = PaperSize::A4;
    ReportFormat format = ReportFormat::Pdf;
    std::string marking{kDefaultMarking};  // printed at the top and bottom of every page; may be empty
    std::string language = "en";
    std::string prepared_by;             // pre-filled in the sign-off block when given
    std::string approved_by;
    std::string generated_on;            // date printed on the report; default: today (UTC)
    std::vector<std::filesystem::path> font_folders;  // searched before the system's fonts
    ProgressCallback progress;
    /// PDF: tagged for screen readers (a structure tree, marked content, alternative text of the
    /// charts); false writes the PDF as the kit did before it was tagged (tests compare the two).
    bool tagged = true;
};

}  // namespace c5::reports
