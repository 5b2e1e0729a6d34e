#include "pdf_document.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <utility>

#include <fmt/format.h>
#include <hpdf_doc.h>   // the catalog, for /Lang and the reading direction
#include <hpdf_conf.h>
#include <hpdf_font.h>  // a font's ToUnicode stream, which libharu writes malformed
#include <hpdf_pages.h>  // a page's content stream, for marked content libharu has no call for

#include "bidi_text.h"
#include "c5/questionnaire/program_folder.h"
#include "c5/questionnaire/text_util.h"
#include "c5/reports/error.h"
#include "to_unicode.h"

namespace c5::reports::detail {
namespace fs = std::filesystem;
namespace {

// The kit's prepared fonts (reports/fonts/CMakeLists.txt), composite glyphs decomposed.
constexpr const char* kFontFiles[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"};
// Chinese: a font with TrueType outlines, which libharu can embed (OpenType/CFF fonts it cannot).
constexpr const char* kCjkFontFile = "gbsn00lp.ttf";
// Bold Chinese: the outline stroked with this fraction of the size, as well as filled.
constexpr float kCjkBoldStroke = 0.035f;

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


// The kit's own prepared fonts (reports/fonts): never the system's copies, whose composite glyphs
// libharu would embed without their components. Searched beside a build, where the kit installs
// them, and relative to the program: fonts/ beside it (the Windows kit) or share/c5kit/fonts above
// it (the Debian package's prefix, a copied-out install).
std::vector<fs::path> KitFontFolders() {
    std::vector<fs::path> folders;
    if (const char* own = std::getenv("C5KIT_FONT_DIR"); own && *own) folders.push_back(questionnaire::PathFromUtf8(own));
    folders.emplace_back(C5_BUILD_FONT_DIR);
    folders.emplace_back(C5_INSTALL_FONT_DIR);
    if (const fs::path program = questionnaire::ProgramFolder(); !program.empty()) {
        folders.push_back(program / "fonts");
        folders.push_back(program.parent_path() / "share" / "c5kit" / "fonts");
    }
    return folders;
}

// Writes operators libharu has no call for (marked content) into the page's content stream.
void WriteContent(HPDF_Page page, const std::string& operators) {
    auto* attr = static_cast<HPDF_PageAttr>(page->attr);
    HPDF_Stream_WriteStr(attr->stream, operators.c_str());
}

}  // namespace

fs::path FindFontFile(std::string_view file_name, const std::vector<fs::path>& folders) {
    std::vector<fs::path> searched = folders;
    for (auto& folder : KitFontFolders()) searched.push_back(std::move(folder));
    std::error_code error;
    for (const auto& folder : searched)
        if (fs::is_regular_file(folder / file_name, error)) return folder / file_name;
    throw ReportError(fmt::format("the report font {} is not in the kit's font folder ({}); reinstall the kit, or "
                                  "name a folder that holds the kit's fonts with C5KIT_FONT_DIR",
                                  file_name, C5_INSTALL_FONT_DIR));
}

std::pair<char32_t, std::size_t> DecodeAt(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    const unsigned char lead = byte(0);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (at + length > text.size()) return {0xFFFD, 1};
    char32_t c = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (std::size_t i = 1; i < length; ++i) c = (c << 6) | (byte(i) & 0x3F);
    return {c, length};
}

std::string_view FontFileFor(char32_t c) {
    return ScriptOf(c) == Script::Cjk ? kCjkFontFile : kFontFiles[0];
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
    m_elements.emplace_back();
    m_elements.back().type = "Document";
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

HPDF_Page PdfDocument::InsertPage(std::size_t index) {
    if (index >= m_pages.size()) return AddPage();
    HPDF_Page page = HPDF_InsertPage(m_doc, m_pages[index]);
    HPDF_Page_SetWidth(page, m_page_width);
    HPDF_Page_SetHeight(page, m_page_height);
    Check("insert a page");
    m_pages.insert(m_pages.begin() + static_cast<std::ptrdiff_t>(index), page);
    return page;
}

std::size_t PdfDocument::PageIndex(HPDF_Page page) const {
    return static_cast<std::size_t>(std::find(m_pages.begin(), m_pages.end(), page) - m_pages.begin());
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

void PdfDocument::SetInfo(std::string_view title, std::string_view subject, std::string_view keywords,
                          std::string_view created) {
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_TITLE, std::string(title).c_str());
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_SUBJECT, std::string(subject).c_str());
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_KEYWORDS, std::string(keywords).c_str());
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_AUTHOR, "C5 Readiness Kit");
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_CREATOR, "C5 Readiness Kit");
    // "2026-11-22T10:13:05Z"; a date alone counts from midnight.
    const auto field = [&](std::size_t at, std::size_t length) {
        int value = 0;
        for (std::size_t i = at; i < at + length && i < created.size(); ++i)
            if (created[i] >= '0' && created[i] <= '9') value = value * 10 + (created[i] - '0');
        return value;
    };
    if (created.size() >= 10) {
        HPDF_Date date{};
        date.year = field(0, 4);
        date.month = field(5, 2);
        date.day = field(8, 2);
        if (created.size() >= 19) {
            date.hour = field(11, 2);
            date.minutes = field(14, 2);
            date.seconds = field(17, 2);
        }
        date.ind = 'Z';
        HPDF_SetInfoDateAttr(m_doc, HPDF_INFO_CREATION_DATE, date);
        HPDF_SetInfoDateAttr(m_doc, HPDF_INFO_MOD_DATE, date);
    }
    Check("write the document information");
}

void PdfDocument::SetLanguage(std::string_view language) {
    m_language = language;
    HPDF_Dict_Add(m_doc->catalog, "Lang", HPDF_String_New(m_doc->mmgr, std::string(language).c_str(), nullptr));
    Check("write the document language");
}

void PdfDocument::SetRightToLeft(bool rtl) { m_rtl = rtl; }

void PdfDocument::Link(HPDF_Page page, float left, float bottom, float right, float top, std::string_view uri) {
    if (uri.size() > kLongestLinkedAddress) return;
    const HPDF_Rect rect{left, bottom, right, top};
    HPDF_Annotation link = HPDF_Page_CreateURILinkAnnot(page, rect, std::string(uri).c_str());
    HPDF_LinkAnnot_SetBorderStyle(link, 0, 0, 0);
    Check("add a link");
}

void PdfDocument::InternalLink(HPDF_Page page, float left, float bottom, float right, float top, HPDF_Page target,
                               float y) {
    HPDF_Destination destination = HPDF_Page_CreateDestination(target);
    HPDF_Destination_SetFitH(destination, y);
    const HPDF_Rect rect{left, bottom, right, top};
    HPDF_Annotation link = HPDF_Page_CreateLinkAnnot(page, rect, destination);
    HPDF_LinkAnnot_SetBorderStyle(link, 0, 0, 0);
    Check("add a link");
}

HPDF_Font PdfDocument::CjkFont() const {
    if (m_cjk_font) return m_cjk_font;
    const fs::path file = FindFontFile(kCjkFontFile, m_font_folders);
    auto& self = const_cast<PdfDocument&>(*this);  // loading a font is not a visible change
    const char* name = HPDF_LoadTTFontFromFile(m_doc, file.string().c_str(), HPDF_TRUE);
    self.Check(fmt::format("load the font {}", file.string()));
    m_cjk_font = HPDF_GetFont(m_doc, name, "UTF-8");
    self.Check(fmt::format("use the font {}", file.string()));
    return m_cjk_font;
}

std::vector<PdfDocument::Run> PdfDocument::Runs(FontStyle style, std::string_view text) const {
    const VisualText visual = VisualLineWithMirrors(text, m_rtl);
    std::vector<Run> runs;
    std::size_t mirrored = 0;
    for (std::size_t at = 0; at < visual.text.size();) {
        const auto [c, length] = DecodeAt(visual.text, at);
        const std::size_t here = at;
        at += length;
        if (IsLigatureTailMarker(c)) continue;  // invisible in the text itself, but read as a letter
        const Script script = ScriptOf(c);
        // Spaces and punctuation stay in the run they are in.
        const bool neutral = c == ' ' || (c < 0x80 && !std::isalnum(static_cast<int>(c)));
        HPDF_Font font = script == Script::Cjk                                     ? CjkFont()
                         : script == Script::Arabic && style == FontStyle::Italic ? Font(FontStyle::Regular)
                                                                                   : Font(style);
        if (neutral && !runs.empty() && runs.back().actual == 0) font = runs.back().font;
        char32_t actual = 0;
        if (mirrored < visual.mirrored.size() && visual.mirrored[mirrored].first == here)
            actual = visual.mirrored[mirrored++].second;
        // A mirrored glyph is a run of its own, which carries the character it stands for.
        if (runs.empty() || runs.back().font != font || runs.back().actual != 0 || actual != 0)
            runs.push_back({font, {}, actual});
        if (const char32_t marker = LigatureTailMarker(c)) {
            char bytes[4] = {static_cast<char>(0xE0 | (marker >> 12)), static_cast<char>(0x80 | ((marker >> 6) & 0x3F)),
                             static_cast<char>(0x80 | (marker & 0x3F)), 0};
            runs.back().text += bytes;
        }
        runs.back().text.append(visual.text, here, length);
    }
    return runs;
}

namespace {

// libharu refuses to draw a string of more than 65,535 bytes (a long URL, a base64
// blob, a page of Chinese in evidence): such text is drawn in pieces, cut between characters.
constexpr std::size_t kPieceBytes = 16 * 1024;

std::size_t PieceEnd(const std::string& text, std::size_t at) {
    std::size_t end = std::min(text.size(), at + kPieceBytes);
    while (end < text.size() && end > at + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return end;
}

}  // namespace

int PdfDocument::CharacterWidth(HPDF_Font font, char32_t c) const {
    auto& widths = m_widths[font];
    if (c > 0xFFFF) c = ' ';  // libharu's UTF-8 encoder writes characters beyond U+FFFF as spaces
    if (widths.empty()) widths.assign(0x10000, -1);
    int& width = widths[c];
    if (width < 0) {
        char bytes[4];
        const std::size_t length = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        if (length == 1) bytes[0] = static_cast<char>(c);
        else if (length == 2) {
            bytes[0] = static_cast<char>(0xC0 | (c >> 6));
            bytes[1] = static_cast<char>(0x80 | (c & 0x3F));
        } else {
            bytes[0] = static_cast<char>(0xE0 | (c >> 12));
            bytes[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            bytes[2] = static_cast<char>(0x80 | (c & 0x3F));
        }
        width = static_cast<int>(
            HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(bytes), static_cast<HPDF_UINT>(length)).width);
    }
    return width;
}

double PdfDocument::RunWidth(const Run& run, float size) const {
    int thousandths = 0;
    for (std::size_t at = 0; at < run.text.size();) {
        const auto [c, length] = DecodeAt(run.text, at);
        thousandths += CharacterWidth(run.font, c);
        at += length;
    }
    return static_cast<double>(thousandths) * size / 1000.0;
}

double PdfDocument::TextWidth(FontStyle style, float size, std::string_view text) const {
    if (text.empty()) return 0;
    auto& measured = m_measured[static_cast<int>(style)];
    auto found = measured.find(std::string(text));
    if (found == measured.end()) {
        double width = 0;
        for (const auto& run : Runs(style, text)) width += RunWidth(run, 1000);
        found = measured.emplace(std::string(text), width).first;
    }
    return found->second * size / 1000.0;
}

void PdfDocument::ShowText(HPDF_Page page, FontStyle style, float size, float x, float y, std::string_view text,
                           Rgb color) {
    if (text.empty()) return;
    // Text is marked content of the entered element, or a paragraph of its own.
    const bool mark = !InMarkedContent();
    const bool own = mark && m_entered.empty();
    if (own) Enter(AddElement("P"));
    if (mark) BeginMarked(page);
    HPDF_Page_BeginText(page);
    HPDF_Page_SetRGBFill(page, color.r, color.g, color.b);
    for (const auto& run : Runs(style, text)) {
        HPDF_Page_SetFontAndSize(page, run.font, size);
        const bool stroked = style == FontStyle::Bold && run.font == m_cjk_font;
        if (stroked) {
            HPDF_Page_SetRGBStroke(page, color.r, color.g, color.b);
            HPDF_Page_SetLineWidth(page, size * kCjkBoldStroke);
            HPDF_Page_SetTextRenderingMode(page, HPDF_FILL_THEN_STROKE);
        }
        // What a mirrored glyph stands for goes with it as ActualText, for copying and search.
        if (run.actual) WriteContent(page, fmt::format("/Span <</ActualText <FEFF{:04X}>>> BDC\n", unsigned(run.actual)));
        for (std::size_t at = 0; at < run.text.size();) {
            const std::size_t end = PieceEnd(run.text, at);
            const Run piece{run.font, run.text.substr(at, end - at)};
            HPDF_Page_TextOut(page, x, y, piece.text.c_str());
            x += static_cast<float>(RunWidth(piece, size));
            at = end;
        }
        if (run.actual) WriteContent(page, "EMC\n");
        if (stroked) HPDF_Page_SetTextRenderingMode(page, HPDF_FILL);
        auto& drawn = m_drawn[run.font];
        for (std::size_t at = 0; at < run.text.size();) {
            const auto [c, length] = DecodeAt(run.text, at);
            drawn.insert(c);
            at += length;
        }
    }
    HPDF_Page_EndText(page);
    if (mark) EndMarked(page);
    if (own) Leave();
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

void PdfDocument::WriteToUnicodeMaps() {
    std::vector<HPDF_Font> fonts(std::begin(m_fonts), std::end(m_fonts));
    if (m_cjk_font) fonts.push_back(m_cjk_font);
    for (HPDF_Font font : fonts) {
        auto* attr = static_cast<HPDF_FontAttr>(font->attr);
        HPDF_Dict stream = attr ? attr->cmap_stream : nullptr;
        if (!stream) continue;
        const std::string cmap = ToUnicodeCMap(m_drawn[font]);
        HPDF_Stream_Free(stream->stream);
        stream->stream = HPDF_MemStream_New(m_doc->mmgr, HPDF_STREAM_BUF_SIZ);
        if (!stream->stream) throw ReportError("could not write the text map of a font (out of memory?)");
        HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                          static_cast<HPDF_UINT>(cmap.size()));
        // What made it an encoding CMap; a ToUnicode stream is only the map.
        for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) HPDF_Dict_RemoveElement(stream, key);
        Check("write the text map of a font");
    }
}

int PdfDocument::AddElement(std::string_view type) {
    const int parent = m_entered.empty() ? 0 : m_entered.back();
    const int element = static_cast<int>(m_elements.size());
    m_elements.emplace_back();
    m_elements.back().type = type;
    m_elements.back().parent = parent;
    auto& kids = m_elements[static_cast<std::size_t>(parent)].kids;
    const StructureKid kid{element, nullptr, -1};
    if (parent == 0 && m_top_level_at && *m_top_level_at <= kids.size())
        kids.insert(kids.begin() + static_cast<std::ptrdiff_t>((*m_top_level_at)++), kid);
    else
        kids.push_back(kid);
    return element;
}

void PdfDocument::Enter(int element) { m_entered.push_back(element); }

void PdfDocument::Leave() {
    if (!m_entered.empty()) m_entered.pop_back();
}

std::size_t PdfDocument::TopLevelCount() const { return m_elements.front().kids.size(); }

void PdfDocument::SetAlternative(int element, std::string_view text) {
    m_elements.at(static_cast<std::size_t>(element)).alternative = text;
}

void PdfDocument::SetBoundingBox(int element, HPDF_Page page, float left, float bottom, float right, float top) {
    auto& box = m_elements.at(static_cast<std::size_t>(element));
    box.box_page = page;
    box.box[0] = left;
    box.box[1] = bottom;
    box.box[2] = right;
    box.box[3] = top;
}

void PdfDocument::BeginMarked(HPDF_Page page) {
    const int element = m_entered.empty() ? 0 : m_entered.back();
    auto& owners = m_marked[page];
    const int mcid = static_cast<int>(owners.size());
    owners.push_back(element);
    StructureElement& owner = m_elements[static_cast<std::size_t>(element)];
    if (!owner.page) owner.page = page;
    owner.kids.push_back({-1, page, mcid});
    if (m_tagged) WriteContent(page, fmt::format("/{} <</MCID {}>> BDC\n", owner.type, mcid));
    ++m_marked_depth;
}

void PdfDocument::EndMarked(HPDF_Page page) {
    if (m_tagged) WriteContent(page, "EMC\n");
    --m_marked_depth;
}

void PdfDocument::BeginArtifact(HPDF_Page page) {
    if (m_tagged) WriteContent(page, "/Artifact BMC\n");
    ++m_artifact_depth;
}

void PdfDocument::EndArtifact(HPDF_Page page) {
    if (m_tagged) WriteContent(page, "EMC\n");
    --m_artifact_depth;
}

namespace {

// A text string as PDF writes any text: UTF-16BE after a byte order mark, as a hex string.
HPDF_Binary TextString(HPDF_MMgr mmgr, std::string_view text) {
    std::vector<HPDF_BYTE> bytes = {0xFE, 0xFF};
    const auto unit = [&](unsigned value) {
        bytes.push_back(static_cast<HPDF_BYTE>(value >> 8));
        bytes.push_back(static_cast<HPDF_BYTE>(value & 0xFF));
    };
    for (std::size_t at = 0; at < text.size();) {
        const auto [c, length] = DecodeAt(text, at);
        at += length;
        if (c >= 0x10000) {
            unit(0xD800 + ((c - 0x10000) >> 10));
            unit(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            unit(static_cast<unsigned>(c));
        }
    }
    return HPDF_Binary_New(mmgr, bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
}

}  // namespace

void PdfDocument::WriteStructure() {
    HPDF_MMgr mmgr = m_doc->mmgr;
    if (!m_tagged) {
        if (m_rtl) {  // two-page views put the first page on the right, as an Arabic book opens
            HPDF_Dict preferences = HPDF_Dict_New(mmgr);
            HPDF_Dict_AddName(preferences, "Direction", "R2L");
            HPDF_Dict_Add(m_doc->catalog, "ViewerPreferences", preferences);
        }
        Check("write the reading direction");
        return;
    }
    // Every element an indirect object first, so that parents and children can refer to each other.
    std::vector<HPDF_Dict> dicts;
    dicts.reserve(m_elements.size());
    for (std::size_t i = 0; i < m_elements.size(); ++i) {
        HPDF_Dict dict = HPDF_Dict_New(mmgr);
        if (!dict || HPDF_Xref_Add(m_doc->xref, dict) != HPDF_OK) {
            Check("write the document structure");
            throw ReportError("could not write the document structure (out of memory?)");
        }
        dicts.push_back(dict);
    }
    HPDF_Dict root = HPDF_Dict_New(mmgr);
    HPDF_Xref_Add(m_doc->xref, root);
    Check("write the document structure");
    HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
    HPDF_Dict_Add(root, "K", dicts[0]);
    for (std::size_t i = 0; i < m_elements.size(); ++i) {
        const StructureElement& element = m_elements[i];
        HPDF_Dict dict = dicts[i];
        HPDF_Dict_AddName(dict, "Type", "StructElem");
        HPDF_Dict_AddName(dict, "S", element.type.c_str());
        HPDF_Dict_Add(dict, "P", element.parent < 0 ? root : dicts[static_cast<std::size_t>(element.parent)]);
        if (element.page) HPDF_Dict_Add(dict, "Pg", element.page);
        HPDF_Array kids = HPDF_Array_New(mmgr);
        for (const auto& kid : element.kids) {
            if (kid.element >= 0) {
                HPDF_Array_Add(kids, dicts[static_cast<std::size_t>(kid.element)]);
            } else if (kid.page == element.page) {
                HPDF_Array_AddNumber(kids, kid.mcid);
            } else {  // content on another page than the element's first
                HPDF_Dict reference = HPDF_Dict_New(mmgr);
                HPDF_Dict_AddName(reference, "Type", "MCR");
                HPDF_Dict_Add(reference, "Pg", kid.page);
                HPDF_Dict_AddNumber(reference, "MCID", kid.mcid);
                HPDF_Array_Add(kids, reference);
            }
        }
        HPDF_Dict_Add(dict, "K", kids);
        if (!element.alternative.empty()) HPDF_Dict_Add(dict, "Alt", TextString(mmgr, element.alternative));
        if (element.box_page) {
            HPDF_Dict layout = HPDF_Dict_New(mmgr);
            HPDF_Dict_AddName(layout, "O", "Layout");
            HPDF_Array box = HPDF_Array_New(mmgr);
            for (const float edge : element.box) HPDF_Array_AddReal(box, edge);
            HPDF_Dict_Add(layout, "BBox", box);
            HPDF_Dict_Add(dict, "A", layout);
        }
    }
    // The parent tree: for each page with marked content, the element of each of its MCIDs.
    HPDF_Dict parents = HPDF_Dict_New(mmgr);
    HPDF_Array numbers = HPDF_Array_New(mmgr);
    int key = 0;
    for (HPDF_Page page : m_pages) {
        const auto found = m_marked.find(page);
        if (found == m_marked.end()) continue;
        HPDF_Array owners = HPDF_Array_New(mmgr);
        for (const int element : found->second) HPDF_Array_Add(owners, dicts[static_cast<std::size_t>(element)]);
        HPDF_Dict_AddNumber(page, "StructParents", key);
        HPDF_Array_AddNumber(numbers, key);
        HPDF_Array_Add(numbers, owners);
        ++key;
    }
    HPDF_Dict_Add(parents, "Nums", numbers);
    HPDF_Dict_Add(root, "ParentTree", parents);
    HPDF_Dict_AddNumber(root, "ParentTreeNextKey", key);
    HPDF_Dict_Add(m_doc->catalog, "StructTreeRoot", root);
    HPDF_Dict mark_info = HPDF_Dict_New(mmgr);
    HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
    HPDF_Dict_Add(m_doc->catalog, "MarkInfo", mark_info);
    // Readers show the title rather than the file name; two-page views of a right-to-left
    // document put the first page on the right, as an Arabic book opens.
    HPDF_Dict preferences = HPDF_Dict_New(mmgr);
    HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE);
    if (m_rtl) HPDF_Dict_AddName(preferences, "Direction", "R2L");
    HPDF_Dict_Add(m_doc->catalog, "ViewerPreferences", preferences);
    Check("write the document structure");
}

std::string PdfDocument::Save() {
    WriteToUnicodeMaps();
    WriteStructure();
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
