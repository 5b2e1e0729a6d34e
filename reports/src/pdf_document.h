#pragma once
// libharu wrapped: the document frees itself, errors from libharu's C callback are recorded and
// turned into a ReportError after the call (never thrown through C), TrueType fonts are loaded
// once and used through libharu's UTF-8 encoder, and the result is saved to memory.
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
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
    /// A new page placed before the page now at `index` (a table of contents after the summary).
    HPDF_Page InsertPage(std::size_t index);
    const std::vector<HPDF_Page>& Pages() const { return m_pages; }
    /// The 0-based position of `page` in the document.
    std::size_t PageIndex(HPDF_Page page) const;
    /// A bookmark to `page` at height `y`, under `parent` (nullptr: top level).
    HPDF_Outline AddOutline(HPDF_Outline parent, std::string_view title, HPDF_Page page, float y);
    /// Title, subject, keywords, author, and the creation date (`created`: ISO 8601 UTC).
    void SetInfo(std::string_view title, std::string_view subject, std::string_view keywords,
                 std::string_view created);
    /// The document's language (/Lang, e.g. "ar"), read by screen readers and search; it also
    /// refines where lines may break.
    void SetLanguage(std::string_view language);
    const std::string& Language() const { return m_language; }
    /// Addresses longer than this stay plain text: the PDF library takes strings of up to 65,535
    /// bytes, and browsers do not open addresses anywhere near that long.
    static constexpr std::size_t kLongestLinkedAddress = 8192;
    /// A clickable link to `uri` over a rectangle of `page` (PDF coordinates); none for an address
    /// longer than kLongestLinkedAddress.
    void Link(HPDF_Page page, float left, float bottom, float right, float top, std::string_view uri);
    /// A clickable link to height `y` of `target`.
    void InternalLink(HPDF_Page page, float left, float bottom, float right, float top, HPDF_Page target, float y);

    /// A right-to-left document (Arabic): lines are ordered with a right-to-left paragraph
    /// direction, Layout mirrors the page, and readers turn pages right to left.
    void SetRightToLeft(bool rtl);
    bool RightToLeft() const { return m_rtl; }

    /// Text width in points, as ShowText draws it.
    double TextWidth(FontStyle style, float size, std::string_view text) const;
    /// One line of text with its baseline at (x, y): shaped and reordered when it holds
    /// right-to-left letters, each piece in a font that has its glyphs (Chinese, Japanese and
    /// Korean from the CJK font, Arabic in italics from the upright font). The CJK font has no
    /// bold face: bold Chinese is drawn with its outline stroked as well as filled.
    void ShowText(HPDF_Page page, FontStyle style, float size, float x, float y, std::string_view text, Rgb color);

    /// Throws ReportError when libharu reported an error since the last check.
    void Check(std::string_view doing);
    /// The finished PDF, each font with a valid ToUnicode map of the codes it drew.
    std::string Save();

private:
    static void OnError(HPDF_STATUS error, HPDF_STATUS detail, void* self);
    struct Run {
        HPDF_Font font;
        std::string text;
        char32_t actual = 0;  // a glyph drawn mirrored: the character it stands for
    };
    /// A run's width in points.
    double RunWidth(const Run& run, float size) const;
    /// A character's advance in thousandths of the size, asked of libharu once per font and
    /// character (its glyph lookup scans the font's whole map).
    int CharacterWidth(HPDF_Font font, char32_t c) const;
    /// `text` in visual order, cut where the font changes.
    std::vector<Run> Runs(FontStyle style, std::string_view text) const;
    /// Loaded on first use, so reports without CJK text do not carry the font.
    HPDF_Font CjkFont() const;
    /// Replaces libharu's ToUnicode stream of every font by one that readers accept.
    void WriteToUnicodeMaps();

    HPDF_Doc m_doc = nullptr;
    HPDF_Font m_fonts[3] = {nullptr, nullptr, nullptr};
    mutable HPDF_Font m_cjk_font = nullptr;
    std::vector<std::filesystem::path> m_font_folders;
    bool m_rtl = false;
    std::string m_language;
    std::vector<HPDF_Page> m_pages;
    std::map<HPDF_Font, std::set<char32_t>> m_drawn;  // code points drawn, per font
    mutable std::map<HPDF_Font, std::vector<int>> m_widths;  // per font, by code point (-1: not asked yet)
    // Widths of texts already measured, in thousandths of the size, per style: line breaking and
    // table layout measure the same words again and again.
    mutable std::unordered_map<std::string, double> m_measured[3];
    float m_page_width = 0;
    float m_page_height = 0;
    HPDF_STATUS m_error = HPDF_OK;
    HPDF_STATUS m_error_detail = 0;
};

/// The code point starting at `at` (valid UTF-8, as every text of the kit is) and its length.
std::pair<char32_t, std::size_t> DecodeAt(std::string_view text, std::size_t at);

/// The file of the font the PDF draws `c` with in regular style: the CJK font for Chinese, Japanese
/// and Korean characters, DejaVu Sans for every other.
std::string_view FontFileFor(char32_t c);

/// A TrueType font file by name ("DejaVuSans.ttf"), searched in `folders`, then where the kit
/// installs its fonts, then the system's font folders; throws ReportError naming what to install.
std::filesystem::path FindFontFile(std::string_view file_name, const std::vector<std::filesystem::path>& folders);

}  // namespace c5::reports::detail
