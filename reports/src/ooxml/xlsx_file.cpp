#include "ooxml/xlsx_file.h"

#include <fstream>
#include <iterator>
#include <random>

#include <fmt/format.h>

#include "c5/reports/error.h"

namespace c5::reports::ooxml {

lxw_workbook* StartedWorkbook(questionnaire::XlsxFile& file) {
    if (!file.Workbook()) throw ReportError("cannot start the workbook: out of memory");
    return file.Workbook();
}

void CloseXlsx(questionnaire::XlsxFile& file) {
    if (const lxw_error error = file.Close(); error != LXW_NO_ERROR)
        throw ReportError(fmt::format("the workbook could not be written ({}); check that the folder is writable and "
                                      "the disk has room",
                                      lxw_strerror(error)));
}

void CheckXlsx(lxw_error error, std::string_view what) {
    if (error != LXW_NO_ERROR) throw ReportError(fmt::format("cannot write {} into the workbook: {}", what, lxw_strerror(error)));
}

std::string XlsxBytes(const std::function<void(lxw_workbook*)>& fill) {
    std::error_code ignored;
    const auto folder = std::filesystem::temp_directory_path(ignored);
    const auto path = folder / fmt::format("c5kit-{:016x}.xlsx", std::random_device{}() * 0x9E3779B97F4A7C15ull ^
                                                                      static_cast<unsigned long long>(std::random_device{}()));
    struct Remove {
        std::filesystem::path path;
        ~Remove() {
            std::error_code error;
            std::filesystem::remove(path, error);
        }
    } remove{path};
    {
        questionnaire::XlsxFile file(path);
        fill(StartedWorkbook(file));
        CloseXlsx(file);
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) throw ReportError("cannot read back the workbook written to " + path.string());
    return bytes;
}

}  // namespace c5::reports::ooxml
