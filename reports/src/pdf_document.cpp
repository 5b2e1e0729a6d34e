#include "pdf_document.h"

#include <cstdlib>

#include <fmt/format.h>

#include "c5/reports/error.h"

namespace c5::reports::detail {
namespace fs = std::filesystem;
namespace {

constexpr const char* kFontFiles[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"};

// Where Debian and other systems keep DejaVu, and where the kit's own package puts it.
std::vector<fs::path> SystemFontFolders() {
    std::vector<fs::path> folders;
    if (const char* own = std::getenv("C5KIT_FONT_DIR"); own && *own) folders.emplace_back(own);
    folders.emplace_back(C5_INSTALL_FONT_DIR);
    for (const char* folder : {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
                               "/usr/share/fonts/TTF", "/usr/local/share/fonts", "/Library/Fonts",
                               "C:/Windows/Fonts"})
        folders.emplace_back(folder);
    return folders;
}

}  // namespace

fs::path FindFontFile(std::string_view file_name, const std::vector<fs::path>& folders) {
    std::vector<fs::path> searched = folders;
    for (auto& folder : SystemFontFolders()) searched.push_back(std::move(folder));
    std::error_code error;
    for (const auto& folder : searched)
        if (fs::is_regular_file(folder / file_name, error)) return folder / file_name;
    throw ReportError(fmt::format("the font {} was not found; install the packages fonts-dejavu-core and "
                                  "fonts-dejavu-extra (Debian, Ubuntu) or put the DejaVu fonts in a folder named by "
                                  "C5KIT_FONT_DIR",
                                  file_name));
}

void PdfDocument::OnError(HPDF_STATUS error, HPDF_STATUS detail, void* self) {
    auto* document = static_cast<PdfDocument*>(self);
    if (error == HPDF_STREAM_EOF) return;  // reading the saved PDF back reaches its end: not an error
    if (document->m_error == HPDF_OK) {  // keep the first: later ones are usually its consequences
        document->m_error = error;
        document->m_error_detail = detail;
    }
}

PdfDocument::PdfDocument(PaperSize paper, const std::vector<fs::path>& font_folders) {
    m_doc = HPDF_New(&PdfDocument::OnError, this);
    if (!m_doc) throw ReportError("the PDF library could not start (out of memory?)");
    HPDF_SetCompressionMode(m_doc, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(m_doc);
    // With UTF-8 as the current encoder, libharu writes metadata and bookmarks as UTF-16 text.
    HPDF_SetCurrentEncoder(m_doc, "UTF-8");
    for (int style = 0; style < 3; ++style) {
        const fs::path file = FindFontFile(kFontFiles[style], font_folders);
        const char* name = HPDF_LoadTTFontFromFile(m_doc, file.string().c_str(), HPDF_TRUE);
        Check(fmt::format("load the font {}", file.string()));
        m_fonts[style] = HPDF_GetFont(m_doc, name, "UTF-8");
        Check(fmt::format("use the font {}", file.string()));
    }
    m_page_width = paper == PaperSize::Letter ? 612.0f : 595.276f;
    m_page_height = paper == PaperSize::Letter ? 792.0f : 841.89f;
}

PdfDocument::~PdfDocument() {
    if (m_doc) HPDF_Free(m_doc);
}

HPDF_Font PdfDocument::Font(FontStyle style) const { return m_fonts[static_cast<int>(style)]; }

HPDF_Page PdfDocument::AddPage() {
    HPDF_Page page = HPDF_AddPage(m_doc);
    HPDF_Page_SetWidth(page, m_page_width);
    HPDF_Page_SetHeight(page, m_page_height);
    Check("add a page");
    m_pages.push_back(page);
    return page;
}

HPDF_Outline PdfDocument::AddOutline(HPDF_Outline parent, std::string_view title, HPDF_Page page, float y) {
    HPDF_Outline outline =
        HPDF_CreateOutline(m_doc, parent, std::string(title).c_str(), HPDF_GetEncoder(m_doc, "UTF-8"));
    HPDF_Destination destination = HPDF_Page_CreateDestination(page);
    HPDF_Destination_SetFitH(destination, y);  // libharu refuses a zoom of 0 ("keep the reader's")
    HPDF_Outline_SetDestination(outline, destination);
    HPDF_Outline_SetOpened(outline, HPDF_FALSE);
    Check("add a bookmark");
    return outline;
}

void PdfDocument::SetInfo(std::string_view title, std::string_view subject, std::string_view keywords) {
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_TITLE, std::string(title).c_str());
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_SUBJECT, std::string(subject).c_str());
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_KEYWORDS, std::string(keywords).c_str());
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_AUTHOR, "C5 Readiness Kit");
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_CREATOR, "C5 Readiness Kit");
    Check("write the document information");
}

double PdfDocument::TextWidth(FontStyle style, float size, std::string_view text) const {
    if (text.empty()) return 0;
    const HPDF_TextWidth width =
        HPDF_Font_TextWidth(Font(style), reinterpret_cast<const HPDF_BYTE*>(text.data()), static_cast<HPDF_UINT>(text.size()));
    return static_cast<double>(width.width) * size / 1000.0;
}

void PdfDocument::Check(std::string_view doing) {
    if (m_error == HPDF_OK) return;
    const auto error = m_error;
    const auto detail = m_error_detail;
    m_error = HPDF_OK;
    HPDF_ResetError(m_doc);
    throw ReportError(fmt::format("could not {} (PDF library error 0x{:04X}, detail {})", doing, error, detail));
}

std::string PdfDocument::Save() {
    HPDF_SaveToStream(m_doc);
    Check("assemble the PDF");
    HPDF_ResetStream(m_doc);
    std::string bytes(HPDF_GetStreamSize(m_doc), '\0');
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    HPDF_ReadFromStream(m_doc, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
    bytes.resize(size);
    Check("read the PDF back");
    return bytes;
}

}  // namespace c5::reports::detail
