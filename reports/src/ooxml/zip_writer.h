#pragma once
// An OOXML package (DOCX, XLSX) is a zip of XML parts: this builds one in memory with minizip,
// so the caller writes the finished bytes atomically or not at all.
#include <memory>
#include <string>
#include <string_view>

namespace c5::reports::ooxml {

class ZipWriter {
public:
    /// `date` (YYYY-MM-DD) stamps every entry, so the same input gives the same bytes.
    explicit ZipWriter(std::string_view date = "2000-01-01");
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    /// Adds one part, deflated. Throws ReportError when the zip library fails.
    void Add(std::string_view name, std::string_view bytes);
    /// Closes the archive and returns its bytes; nothing may be added afterwards.
    std::string Finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace c5::reports::ooxml
