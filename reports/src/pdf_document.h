#pragma once
// libharu wrapped: the document frees itself, errors from libharu's C callback are recorded and
// turned into a ReportError after the call (never thrown through C), TrueType fonts are loaded
// once and used through libharu's UTF-8 encoder, and the result is saved to memory.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <hpdf.h>

#include "c5/reports/report_options.h"

namespace c5::reports::detail {

enum class FontStyle { Regular, Bold, Italic };

struct Rgb {
    float r = 0, g = 0, b = 0;
};

class PdfDocument {
public:
    PdfDocument(PaperSize paper, const std::vector<std::filesystem::path>& font_folders);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    HPDF_Doc Handle() const { return m_doc; }
    HPDF_Font Font(FontStyle style) const;
    float PageWidth() const { return m_page_width; }
    float PageHeight() const { return m_page_height; }

    HPDF_Page AddPage();
    const std::vector<HPDF_Page>& Pages() const { return m_pages; }
    /// A bookmark to `page` at height `y`, under `parent` (nullptr: top level).
    HPDF_Outline AddOutline(HPDF_Outline parent, std::string_view title, HPDF_Page page, float y);
    void SetInfo(std::string_view title, std::string_view subject, std::string_view keywords);

    /// A right-to-left document (Arabic): lines are ordered with a right-to-left paragraph
    /// direction, and Layout aligns text to the right.
    void SetRightToLeft(bool rtl) { m_rtl = rtl; }
    bool RightToLeft() const { return m_rtl; }

    /// Text width in points, as ShowText draws it.
    double TextWidth(FontStyle style, float size, std::string_view text) const;
    /// One line of text with its baseline at (x, y): shaped and reordered when it holds
    /// right-to-left letters, each piece in a font that has its glyphs (Chinese, Japanese and
    /// Korean from the CJK font, Arabic in italics from the upright font).
    void ShowText(HPDF_Page page, FontStyle style, float size, float x, float y, std::string_view text, Rgb color);

    /// Throws ReportError when libharu reported an error since the last check.
    void Check(std::string_view doing);
    /// The finished PDF.
    std::string Save();

private:
    static void OnError(HPDF_STATUS error, HPDF_STATUS detail, void* self);
    struct Run {
        HPDF_Font font;
        std::string text;
    };
    /// A run's width in points.
    static double RunWidth(const Run& run, float size);
    /// `text` in visual order, cut where the font changes.
    std::vector<Run> Runs(FontStyle style, std::string_view text) const;
    /// Loaded on first use, so reports without CJK text do not carry the font.
    HPDF_Font CjkFont() const;

    HPDF_Doc m_doc = nullptr;
    HPDF_Font m_fonts[3] = {nullptr, nullptr, nullptr};
    mutable HPDF_Font m_cjk_font = nullptr;
    std::vector<std::filesystem::path> m_font_folders;
    bool m_rtl = false;
    std::vector<HPDF_Page> m_pages;
    float m_page_width = 0;
    float m_page_height = 0;
    HPDF_STATUS m_error = HPDF_OK;
    HPDF_STATUS m_error_detail = 0;
};

/// A TrueType font file by name ("DejaVuSans.ttf"), searched in `folders`, then where the kit
/// installs its fonts, then the system's font folders; throws ReportError naming what to install.
std::filesystem::path FindFontFile(std::string_view file_name, const std::vector<std::filesystem::path>& folders);

}  // namespace c5::reports::detail
