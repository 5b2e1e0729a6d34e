#pragma once
// libxlsxwriter writes a workbook to a named file: this owns one being written. Shared by every
// workbook the kit writes (the instrument workbook here, the results workbook and a DOCX chart's
// data in reports/); each caller reports a failure in its own library's error.
#include <filesystem>
#include <string>

#include <xlsxwriter.h>

namespace c5::questionnaire {

class XlsxFile {
public:
    /// Starts a workbook at `path` (a UTF-8 name on every system; libxlsxwriter's temporary files go
    /// to the system's temporary folder). Workbook() is null when libxlsxwriter could not start one.
    explicit XlsxFile(const std::filesystem::path& path);
    ~XlsxFile();
    XlsxFile(const XlsxFile&) = delete;
    XlsxFile& operator=(const XlsxFile&) = delete;

    lxw_workbook* Workbook() { return m_workbook; }
    /// Writes the file and gives libxlsxwriter's result (LXW_NO_ERROR when written). Once only.
    lxw_error Close();

private:
    lxw_workbook* m_workbook = nullptr;
    std::string m_tmpdir;
};

}  // namespace c5::questionnaire
