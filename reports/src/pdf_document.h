#pragma once
// libharu wrapped: the document frees itself, errors from libharu's C callback are recorded and
// turned into a ReportError after the call (never thrown through C), TrueType fonts are loaded
// once and used through libharu's UTF-8 encoder, and the result is saved to memory.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
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

    // Tagged PDF (ISO 32000-1 §14.8), which libharu has no calls for: a structure tree whose
    // elements are added in reading order, each holding the marked content of its text. Text drawn
    // outside any element is a paragraph of its own; text and graphics drawn as an artifact are
    // left out of what a screen reader reads.

    /// A new structure element of `type` ("P", "H1", "Table", "Figure"…), the last child of the
    /// element now entered (the Document at first); returns its number.
    int AddElement(std::string_view type);
    /// Content drawn from now on belongs to `element`; new elements become its children.
    void Enter(int element);
    void Leave();
    /// Alternative text of an element (a figure's description), and its bounding box on `page`.
    void SetAlternative(int element, std::string_view text);
    void SetBoundingBox(int element, HPDF_Page page, float left, float bottom, float right, float top);
    /// Everything drawn on `page` until EndMarked is one marked-content sequence of the entered
    /// element (a figure: its lines, shapes and labels together); nothing inside is marked again.
    void BeginMarked(HPDF_Page page);
    void EndMarked(HPDF_Page page);
    /// What is drawn until EndArtifact is not part of the text: page furniture, rules, fills.
    void BeginArtifact(HPDF_Page page);
    void EndArtifact(HPDF_Page page);
    /// Off: no structure tree and no marking are written (the PDF the kit wrote before it was
    /// tagged); the elements are still made, so that everything is drawn the same way.
    void SetTagged(bool tagged) { m_tagged = tagged; }
    /// Inside a marked-content sequence or an artifact: what is drawn needs no marking of its own.
    bool InMarkedContent() const { return m_marked_depth > 0 || m_artifact_depth > 0; }
    /// How many elements the Document holds; with SetTopLevelPosition, elements of pages inserted
    /// later (the table of contents) go where their pages are in the reading order.
    std::size_t TopLevelCount() const;
    void SetTopLevelPosition(std::optional<std::size_t> position) { m_top_level_at = position; }

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
    /// The structure tree, the parent tree and the catalog's entries of a tagged PDF.
    void WriteStructure();

    struct StructureKid {
        int element = -1;          // a child element, or
        HPDF_Page page = nullptr;  // marked content `mcid` of `page`
        int mcid = -1;
    };
    struct StructureElement {
        std::string type;
        int parent = -1;
        std::vector<StructureKid> kids;
        HPDF_Page page = nullptr;  // the page of its first content
        std::string alternative;
        HPDF_Page box_page = nullptr;
        float box[4] = {0, 0, 0, 0};
    };

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
    std::vector<StructureElement> m_elements;  // [0]: the Document
    std::vector<int> m_entered;
    std::map<HPDF_Page, std::vector<int>> m_marked;  // per page, the element of each MCID
    std::optional<std::size_t> m_top_level_at;
    bool m_tagged = true;
    int m_marked_depth = 0;
    int m_artifact_depth = 0;
    float m_page_width = 0;
    float m_page_height = 0;
    HPDF_STATUS m_error = HPDF_OK;
    HPDF_STATUS m_error_detail = 0;
};

/// A structure element entered for as long as it lives: a new one of a type, or one made before
/// (a table cell drawn again on the next page).
/// Inside an artifact or a figure's marked content, no element is made: what is drawn there is
/// not read, or read as the figure's alternative text.
class Tagged {
public:
    Tagged(PdfDocument& document, std::string_view type)
        : m_document(document), m_element(document.InMarkedContent() ? -1 : document.AddElement(type)) {
        if (m_element >= 0) document.Enter(m_element);
    }
    Tagged(PdfDocument& document, int element)
        : m_document(document), m_element(document.InMarkedContent() ? -1 : element) {
        if (m_element >= 0) document.Enter(m_element);
    }
    ~Tagged() {
        if (m_element >= 0) m_document.Leave();
    }
    Tagged(const Tagged&) = delete;
    Tagged& operator=(const Tagged&) = delete;
    int Element() const { return m_element; }

private:
    PdfDocument& m_document;
    int m_element;
};

/// What is drawn on `page` while it lives is an artifact, unless it is already inside marked content.
class ArtifactScope {
public:
    ArtifactScope(PdfDocument& document, HPDF_Page page)
        : m_document(document), m_page(document.InMarkedContent() ? nullptr : page) {
        if (m_page) document.BeginArtifact(m_page);
    }
    ~ArtifactScope() {
        if (m_page) m_document.EndArtifact(m_page);
    }
    ArtifactScope(const ArtifactScope&) = delete;
    ArtifactScope& operator=(const ArtifactScope&) = delete;

private:
    PdfDocument& m_document;
    HPDF_Page m_page;
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
