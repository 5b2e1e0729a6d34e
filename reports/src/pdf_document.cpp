#include "pdf_document.h"

#include <cctype>
#include <cstdlib>
#include <utility>

#include <fmt/format.h>

#include "bidi_text.h"
#include "c5/questionnaire/program_folder.h"
#include "c5/questionnaire/text_util.h"
#include "c5/reports/error.h"

namespace c5::reports::detail {
namespace fs = std::filesystem;
namespace {

constexpr const char* kFontFiles[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"};
// Chinese: a font with TrueType outlines, which libharu can embed (OpenType/CFF fonts it cannot),
// and without composite glyphs, whose components libharu's subsetting would leave out.
constexpr const char* kCjkFontFile = "gbsn00lp.ttf";

enum class Script { Latin, Arabic, Cjk };

Script ScriptOf(char32_t c) {
    if ((c >= 0x0600 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
        return Script::Arabic;
    if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x2FFF) || (c >= 0x3000 && c <= 0x9FFF) ||
        (c >= 0xA000 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || c >= 0x20000)
        return Script::Cjk;
    return Script::Latin;
}

// The code point starting at `at` (valid UTF-8, as every text of the kit is) and its length.
std::pair<char32_t, std::size_t> DecodeAt(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    const unsigned char lead = byte(0);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (at + length > text.size()) return {0xFFFD, 1};
    char32_t c = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (std::size_t i = 1; i < length; ++i) c = (c << 6) | (byte(i) & 0x3F);
    return {c, length};
}

// The fonts beside the program (the Windows kit carries its own), where the kit's own package puts
// them, and where Debian and other systems keep DejaVu.
std::vector<fs::path> SystemFontFolders() {
    std::vector<fs::path> folders;
    if (const char* own = std::getenv("C5KIT_FONT_DIR"); own && *own) folders.push_back(questionnaire::PathFromUtf8(own));
    if (const fs::path program = questionnaire::ProgramFolder(); !program.empty()) folders.push_back(program / "fonts");
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

PdfDocument::PdfDocument(PaperSize paper, const std::vector<fs::path>& font_folders) : m_font_folders(font_folders) {
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

HPDF_Font PdfDocument::CjkFont() const {
    if (m_cjk_font) return m_cjk_font;
    std::vector<fs::path> folders = m_font_folders;
    folders.emplace_back("/usr/share/fonts/truetype/arphic-gbsn00lp");
    fs::path file;
    try {
        file = FindFontFile(kCjkFontFile, folders);
    } catch (const ReportError&) {
        throw ReportError(fmt::format("the text has Chinese, Japanese or Korean characters and the font {} was not "
                                      "found; install the package fonts-arphic-gbsn00lp (Debian, Ubuntu) or put the "
                                      "font in a folder named by C5KIT_FONT_DIR",
                                      kCjkFontFile));
    }
    auto& self = const_cast<PdfDocument&>(*this);  // loading a font is not a visible change
    const char* name = HPDF_LoadTTFontFromFile(m_doc, file.string().c_str(), HPDF_TRUE);
    self.Check(fmt::format("load the font {}", file.string()));
    m_cjk_font = HPDF_GetFont(m_doc, name, "UTF-8");
    self.Check(fmt::format("use the font {}", file.string()));
    return m_cjk_font;
}

std::vector<PdfDocument::Run> PdfDocument::Runs(FontStyle style, std::string_view text) const {
    const std::string visual = VisualLine(text, m_rtl);
    std::vector<Run> runs;
    for (std::size_t at = 0; at < visual.size();) {
        const auto [c, length] = DecodeAt(visual, at);
        const Script script = ScriptOf(c);
        // Spaces and punctuation stay in the run they are in.
        const bool neutral = c == ' ' || (c < 0x80 && !std::isalnum(static_cast<int>(c)));
        HPDF_Font font = script == Script::Cjk                                     ? CjkFont()
                         : script == Script::Arabic && style == FontStyle::Italic ? Font(FontStyle::Regular)
                                                                                   : Font(style);
        if (neutral && !runs.empty()) font = runs.back().font;
        if (runs.empty() || runs.back().font != font) runs.push_back({font, {}});
        runs.back().text.append(visual, at, length);
        at += length;
    }
    return runs;
}

double PdfDocument::RunWidth(const Run& run, float size) {
    const HPDF_TextWidth measured = HPDF_Font_TextWidth(run.font, reinterpret_cast<const HPDF_BYTE*>(run.text.data()),
                                                        static_cast<HPDF_UINT>(run.text.size()));
    return static_cast<double>(measured.width) * size / 1000.0;
}

double PdfDocument::TextWidth(FontStyle style, float size, std::string_view text) const {
    if (text.empty()) return 0;
    double width = 0;
    for (const auto& run : Runs(style, text)) width += RunWidth(run, size);
    return width;
}

void PdfDocument::ShowText(HPDF_Page page, FontStyle style, float size, float x, float y, std::string_view text,
                           Rgb color) {
    if (text.empty()) return;
    HPDF_Page_BeginText(page);
    HPDF_Page_SetRGBFill(page, color.r, color.g, color.b);
    for (const auto& run : Runs(style, text)) {
        HPDF_Page_SetFontAndSize(page, run.font, size);
        HPDF_Page_TextOut(page, x, y, run.text.c_str());
        x += static_cast<float>(RunWidth(run, size));
    }
    HPDF_Page_EndText(page);
    Check("write text");
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
