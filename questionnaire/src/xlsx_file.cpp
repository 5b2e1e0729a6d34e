#include "c5/questionnaire/xlsx_file.h"

#include "c5/questionnaire/text_util.h"

namespace c5::questionnaire {

XlsxFile::XlsxFile(const std::filesystem::path& path) {
    std::error_code error;
    m_tmpdir = PathToUtf8(std::filesystem::temp_directory_path(error));
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = m_tmpdir.empty() ? nullptr : m_tmpdir.data();
    m_workbook = workbook_new_opt(PathToUtf8(path).c_str(), &options);
}

XlsxFile::~XlsxFile() {
    if (m_workbook) workbook_close(m_workbook);  // not closed on purpose: the caller's temp file is removed
}

lxw_error XlsxFile::Close() {
    lxw_workbook* workbook = m_workbook;
    m_workbook = nullptr;
    return workbook ? workbook_close(workbook) : LXW_ERROR_MEMORY_MALLOC_FAILED;
}

}  // namespace c5::questionnaire
