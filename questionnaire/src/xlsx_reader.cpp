// Zip parts through minizip's unzip API from memory, XML through expat (both from Debian and in
// the Windows build): ECMA-376 Part 1, §12 (package) and §18 (SpreadsheetML) as far as cells go.
#include "c5/questionnaire/xlsx_reader.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>

#include <expat.h>
#include <fmt/format.h>
#include <unzip.h>

#include "c5/questionnaire/error.h"
#include "c5/questionnaire/text_util.h"

namespace c5::questionnaire {
namespace {

constexpr std::size_t kMaxRows = 1'048'576;  // Excel's own limits
constexpr std::size_t kMaxColumns = 16'384;

// minizip reads the zip through these callbacks from a buffer in memory.
struct MemoryStream {
    std::string_view bytes;
    ZPOS64_T position = 0;
};

voidpf ZCALLBACK MemoryOpen(voidpf opaque, const void*, int mode) {
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ) return nullptr;
    auto* stream = static_cast<MemoryStream*>(opaque);
    stream->position = 0;
    return stream;
}
uLong ZCALLBACK MemoryRead(voidpf, voidpf handle, void* buffer, uLong size) {
    auto* stream = static_cast<MemoryStream*>(handle);
    if (stream->position >= stream->bytes.size()) return 0;
    const auto available = static_cast<ZPOS64_T>(stream->bytes.size()) - stream->position;
    const auto count = static_cast<uLong>(std::min<ZPOS64_T>(size, available));
    std::memcpy(buffer, stream->bytes.data() + stream->position, count);
    stream->position += count;
    return count;
}
uLong ZCALLBACK MemoryWrite(voidpf, voidpf, const void*, uLong) { return 0; }
ZPOS64_T ZCALLBACK MemoryTell(voidpf, voidpf handle) { return static_cast<MemoryStream*>(handle)->position; }
long ZCALLBACK MemorySeek(voidpf, voidpf handle, ZPOS64_T offset, int origin) {
    auto* stream = static_cast<MemoryStream*>(handle);
    const auto size = static_cast<ZPOS64_T>(stream->bytes.size());
    ZPOS64_T base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = stream->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END) base = size;
    else if (origin != ZLIB_FILEFUNC_SEEK_SET) return -1;
    if (offset > size || base > size - offset) return -1;
    stream->position = base + offset;
    return 0;
}
int ZCALLBACK MemoryClose(voidpf, voidpf) { return 0; }
int ZCALLBACK MemoryError(voidpf, voidpf) { return 0; }

class ZipArchive {
public:
    ZipArchive(std::string_view bytes, std::string source) : m_source(std::move(source)) {
        m_stream.bytes = bytes;
        zlib_filefunc64_def functions{MemoryOpen, MemoryRead, MemoryWrite, MemoryTell, MemorySeek,
                                      MemoryClose, MemoryError, &m_stream};
        m_zip = unzOpen2_64("memory", &functions);
        if (!m_zip)
            throw QuestionnaireError(fmt::format("{}: not an .xlsx workbook (it is not a zip archive); save the "
                                                 "spreadsheet as Excel 2007-365 (.xlsx)",
                                                 m_source));
    }
    ~ZipArchive() { unzClose(m_zip); }
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    /// The part's bytes, nullopt when the archive has no such part.
    std::optional<std::string> Part(const std::string& name) {
        if (unzLocateFile(m_zip, name.c_str(), 2) != UNZ_OK) return std::nullopt;  // 2: case-insensitive
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            throw Damaged(name, "its entry cannot be read");
        if (info.uncompressed_size > kMaxXlsxPartBytes) throw TooLarge(name);
        if (unzOpenCurrentFile(m_zip) != UNZ_OK) throw Damaged(name, "it cannot be unpacked");
        std::string content;
        content.reserve(static_cast<std::size_t>(info.uncompressed_size));
        char buffer[64 * 1024];
        for (;;) {
            const int count = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
            if (count < 0) {
                unzCloseCurrentFile(m_zip);
                throw Damaged(name, "its data is damaged");
            }
            if (count == 0) break;
            // The header's size may lie: stop at the limit whatever it says.
            if (content.size() + static_cast<std::size_t>(count) > kMaxXlsxPartBytes) {
                unzCloseCurrentFile(m_zip);
                throw TooLarge(name);
            }
            content.append(buffer, static_cast<std::size_t>(count));
        }
        if (unzCloseCurrentFile(m_zip) != UNZ_OK) throw Damaged(name, "its checksum does not match (damaged)");
        return content;
    }

private:
    QuestionnaireError Damaged(const std::string& name, std::string_view what) const {
        return QuestionnaireError(fmt::format("{}: the workbook is damaged: the part {}: {}", m_source, name, what));
    }
    QuestionnaireError TooLarge(const std::string& name) const {
        return QuestionnaireError(fmt::format("{}: the part {} unpacks to more than {} MB; this is not an instrument "
                                              "workbook",
                                              m_source, name, kMaxXlsxPartBytes >> 20));
    }

    std::string m_source;
    MemoryStream m_stream;
    unzFile m_zip = nullptr;
};

// Element and attribute names without their namespace (expat gives "uri|local").
std::string_view LocalName(const char* name) {
    std::string_view view(name);
    const auto bar = view.rfind('|');
    return bar == std::string_view::npos ? view : view.substr(bar + 1);
}

std::string_view Attribute(const char** attributes, std::string_view name) {
    for (; attributes && attributes[0]; attributes += 2)
        if (LocalName(attributes[0]) == name) return attributes[1];
    return {};
}

// One XML part walked with expat; the callbacks record errors instead of throwing through C.
class XmlPart {
public:
    using Start = std::function<void(std::string_view name, const char** attributes)>;
    using End = std::function<void(std::string_view name)>;
    using Text = std::function<void(std::string_view text)>;

    static void Walk(const std::string& xml, const std::string& where, Start start, End end, Text text) {
        XmlPart part(std::move(start), std::move(end), std::move(text));
        std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(
            XML_ParserCreateNS(nullptr, '|'), &XML_ParserFree);
        if (!parser) throw QuestionnaireError(where + ": out of memory");
        part.m_parser = parser.get();
        XML_SetUserData(parser.get(), &part);
        XML_SetElementHandler(parser.get(), &XmlPart::OnStart, &XmlPart::OnEnd);
        XML_SetCharacterDataHandler(parser.get(), &XmlPart::OnText);
        // No document type, no entities: a workbook part never needs them, and they are how XML
        // bombs work.
        XML_SetStartDoctypeDeclHandler(parser.get(), &XmlPart::OnDoctype);
        XML_SetEntityDeclHandler(parser.get(), &XmlPart::OnEntity);
        const auto size = static_cast<int>(std::min<std::size_t>(xml.size(), kMaxXlsxPartBytes));
        const XML_Status status = XML_Parse(parser.get(), xml.data(), size, XML_TRUE);
        if (!part.m_error.empty()) throw QuestionnaireError(where + ": " + part.m_error);
        if (status != XML_STATUS_OK)
            throw QuestionnaireError(fmt::format("{}: the XML is not well-formed at line {}: {}", where,
                                                 XML_GetCurrentLineNumber(parser.get()),
                                                 XML_ErrorString(XML_GetErrorCode(parser.get()))));
    }

    /// Called from a handler: stop with this message.
    static void Fail(void* self, std::string message) {
        auto* part = static_cast<XmlPart*>(self);
        if (part->m_error.empty()) part->m_error = std::move(message);
        XML_StopParser(part->m_parser, XML_FALSE);
    }

private:
    XmlPart(Start start, End end, Text text) : m_start(std::move(start)), m_end(std::move(end)), m_text(std::move(text)) {}

    template <typename F>
    static void Guard(void* self, F&& call) {
        auto* part = static_cast<XmlPart*>(self);
        if (!part->m_error.empty()) return;
        try {
            call(*part);
        } catch (const std::exception& error) {
            Fail(self, error.what());
        }
    }
    static void XMLCALL OnStart(void* self, const XML_Char* name, const XML_Char** attributes) {
        Guard(self, [&](XmlPart& part) { part.m_start(LocalName(name), attributes); });
    }
    static void XMLCALL OnEnd(void* self, const XML_Char* name) {
        Guard(self, [&](XmlPart& part) { part.m_end(LocalName(name)); });
    }
    static void XMLCALL OnText(void* self, const XML_Char* text, int length) {
        Guard(self, [&](XmlPart& part) { part.m_text(std::string_view(text, static_cast<std::size_t>(length))); });
    }
    static void XMLCALL OnDoctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        Fail(self, "has a document type declaration, which a workbook part never has");
    }
    static void XMLCALL OnEntity(void* self, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                 const XML_Char*, const XML_Char*, const XML_Char*) {
        Fail(self, "declares an entity, which a workbook part never does");
    }

    Start m_start;
    End m_end;
    Text m_text;
    XML_Parser m_parser = nullptr;
    std::string m_error;
};

// "_x000D_" is how SpreadsheetML writes a character XML cannot hold (ECMA-376 Part 1, §22.9.2.19).
std::string DecodeEscapes(std::string text) {
    const auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    std::string decoded;
    std::size_t at = 0;
    for (std::size_t next; (next = text.find("_x", at)) != std::string::npos;) {
        if (next + 7 > text.size() || text[next + 6] != '_' ||
            !std::all_of(text.begin() + static_cast<std::ptrdiff_t>(next + 2),
                         text.begin() + static_cast<std::ptrdiff_t>(next + 6), hex)) {
            decoded.append(text, at, next + 2 - at);
            at = next + 2;
            continue;
        }
        decoded.append(text, at, next - at);
        const auto code = static_cast<unsigned>(std::stoul(text.substr(next + 2, 4), nullptr, 16));
        if (code < 0x80) {
            decoded.push_back(static_cast<char>(code));
        } else if (code < 0x800) {
            decoded.push_back(static_cast<char>(0xC0 | (code >> 6)));
            decoded.push_back(static_cast<char>(0x80 | (code & 0x3F)));
        } else {
            decoded.push_back(static_cast<char>(0xE0 | (code >> 12)));
            decoded.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
            decoded.push_back(static_cast<char>(0x80 | (code & 0x3F)));
        }
        at = next + 7;
    }
    if (at == 0) return text;
    decoded.append(text, at);
    return decoded;
}

// A part's path from a relationship target, relative to the folder of the part that points to it.
std::string ResolveTarget(const std::string& from_part, std::string_view target) {
    if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
    std::vector<std::string> parts;
    const std::string folder = from_part.substr(0, from_part.rfind('/') == std::string::npos ? 0 : from_part.rfind('/'));
    std::string path = folder.empty() ? std::string(target) : folder + "/" + std::string(target);
    std::size_t at = 0;
    while (at <= path.size()) {
        const auto slash = std::min(path.find('/', at), path.size());
        const std::string piece = path.substr(at, slash - at);
        if (piece == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!piece.empty() && piece != ".") {
            parts.push_back(piece);
        }
        at = slash + 1;
    }
    std::string resolved;
    for (const auto& piece : parts) resolved += (resolved.empty() ? "" : "/") + piece;
    return resolved;
}

std::string RelsPathOf(const std::string& part) {
    const auto slash = part.rfind('/');
    if (slash == std::string::npos) return "_rels/" + part + ".rels";
    return part.substr(0, slash) + "/_rels/" + part.substr(slash + 1) + ".rels";
}

struct Relationship {
    std::string type;    // the last segment of its type URI: "worksheet", "sharedStrings", "officeDocument"
    std::string target;  // resolved part path
};

std::map<std::string, Relationship> ReadRelationships(ZipArchive& zip, const std::string& part,
                                                      const std::string& source) {
    std::map<std::string, Relationship> relationships;
    const std::string rels = RelsPathOf(part);
    const auto xml = zip.Part(rels);
    if (!xml) return relationships;
    XmlPart::Walk(
        *xml, source + ": " + rels,
        [&](std::string_view name, const char** attributes) {
            if (name != "Relationship") return;
            std::string type(Attribute(attributes, "Type"));
            type = type.substr(type.rfind('/') == std::string::npos ? 0 : type.rfind('/') + 1);
            if (Attribute(attributes, "TargetMode") == "External") return;
            relationships[std::string(Attribute(attributes, "Id"))] = {
                type, ResolveTarget(part, Attribute(attributes, "Target"))};
        },
        [](std::string_view) {}, [](std::string_view) {});
    return relationships;
}

// Shared strings: one <si> each, its text the <t> elements in it, phonetic runs (<rPh>) left out.
std::vector<std::string> ReadSharedStrings(const std::string& xml, const std::string& where, std::size_t& cells) {
    std::vector<std::string> strings;
    bool in_item = false;
    bool in_text = false;
    int phonetic = 0;
    std::string current;
    XmlPart::Walk(
        xml, where,
        [&](std::string_view name, const char**) {
            if (name == "si") {
                in_item = true;
                current.clear();
            } else if (name == "rPh") {
                ++phonetic;
            } else if (name == "t" && in_item && phonetic == 0) {
                in_text = true;
            }
        },
        [&](std::string_view name) {
            if (name == "si") {
                if (++cells > kMaxXlsxCells) throw QuestionnaireError("more shared strings than a workbook may have");
                strings.push_back(DecodeEscapes(std::move(current)));
                current.clear();
                in_item = false;
            } else if (name == "rPh") {
                --phonetic;
            } else if (name == "t") {
                in_text = false;
            }
        },
        [&](std::string_view text) {
            if (in_text) current.append(text);
        });
    return strings;
}

// "F14" → (13, 5); false when it is not a cell reference.
bool ParseCellReference(std::string_view reference, std::size_t& row, std::size_t& column) {
    std::size_t i = 0;
    std::size_t col = 0;
    while (i < reference.size() && std::isalpha(static_cast<unsigned char>(reference[i]))) {
        col = col * 26 + static_cast<std::size_t>(std::toupper(static_cast<unsigned char>(reference[i])) - 'A' + 1);
        if (col > kMaxColumns) return false;
        ++i;
    }
    if (i == 0 || i == reference.size()) return false;
    const auto number = ParseInteger(reference.substr(i));
    if (!number || *number < 1 || static_cast<std::size_t>(*number) > kMaxRows ||
        !std::all_of(reference.begin() + static_cast<std::ptrdiff_t>(i), reference.end(),
                     [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    row = static_cast<std::size_t>(*number - 1);
    column = col - 1;
    return true;
}

class SheetReader {
public:
    SheetReader(XlsxSheet& sheet, const std::vector<std::string>& shared, std::size_t& cells)
        : m_sheet(sheet), m_shared(shared), m_cells(cells) {}

    void Read(const std::string& xml, const std::string& where) {
        XmlPart::Walk(
            xml, where, [&](std::string_view name, const char** attributes) { Start(name, attributes); },
            [&](std::string_view name) { End(name); },
            [&](std::string_view text) {
                if (m_in_value || m_in_text) m_value.append(text);
            });
    }

private:
    void Start(std::string_view name, const char** attributes) {
        if (name == "row") {
            const std::string_view r = Attribute(attributes, "r");
            if (r.empty()) {
                m_row = m_first_row ? 0 : m_row + 1;
            } else {
                const auto number = ParseInteger(r);
                if (!number || *number < 1 || static_cast<std::size_t>(*number) > kMaxRows)
                    throw QuestionnaireError(fmt::format("the row number {} is not valid", Quote(r)));
                m_row = static_cast<std::size_t>(*number - 1);
            }
            m_first_row = false;
            m_column = 0;
            m_first_cell = true;
        } else if (name == "c") {
            const std::string_view r = Attribute(attributes, "r");
            std::size_t row = m_row;
            std::size_t column = m_first_cell ? 0 : m_column + 1;
            if (!r.empty() && !ParseCellReference(r, row, column))
                throw QuestionnaireError(fmt::format("the cell reference {} is not valid", Quote(r)));
            m_row = row;
            m_column = column;
            m_first_cell = false;
            m_type = std::string(Attribute(attributes, "t"));
            m_value.clear();
            m_has_value = false;
        } else if (name == "v") {
            m_in_value = true;
            m_has_value = true;
        } else if (name == "is") {
            m_in_inline = true;
            m_has_value = true;
        } else if (name == "rPh") {
            ++m_phonetic;
        } else if (name == "t" && m_in_inline && m_phonetic == 0) {
            m_in_text = true;
        }
    }

    void End(std::string_view name) {
        if (name == "v") {
            m_in_value = false;
        } else if (name == "t") {
            m_in_text = false;
        } else if (name == "is") {
            m_in_inline = false;
        } else if (name == "rPh") {
            --m_phonetic;
        } else if (name == "c") {
            if (m_has_value) Store();
        }
    }

    void Store() {
        XlsxCell cell;
        if (m_type == "s") {
            const auto index = ParseInteger(m_value);
            if (!index || *index < 0 || static_cast<std::size_t>(*index) >= m_shared.size())
                throw QuestionnaireError(fmt::format("the cell {} points at shared string {}, which the workbook "
                                                     "does not have",
                                                     CellName(m_row, m_column), Quote(m_value)));
            cell.text = m_shared[static_cast<std::size_t>(*index)];
        } else if (m_type == "inlineStr" || m_type == "str") {
            cell.text = DecodeEscapes(m_value);
        } else if (m_type == "b") {
            cell.type = XlsxCell::Type::Boolean;
            cell.text = Trim(m_value) == "1" ? "TRUE" : "FALSE";
        } else if (m_type == "e") {
            cell.type = XlsxCell::Type::Error;
            cell.text = m_value;
        } else {
            cell.type = XlsxCell::Type::Number;  // "n", "d" (an ISO date: kept as its text) or no type
            cell.text = std::string(Trim(m_value));
        }
        if (cell.text.empty()) return;
        if (++m_cells > kMaxXlsxCells)
            throw QuestionnaireError(fmt::format("more than {} cells; this is not an instrument workbook", kMaxXlsxCells));
        m_sheet.Set(m_row, m_column, std::move(cell));
    }

    XlsxSheet& m_sheet;
    const std::vector<std::string>& m_shared;
    std::size_t& m_cells;
    std::size_t m_row = 0;
    std::size_t m_column = 0;
    bool m_first_row = true;
    bool m_first_cell = true;
    std::string m_type;
    std::string m_value;
    bool m_has_value = false;
    bool m_in_value = false;
    bool m_in_inline = false;
    bool m_in_text = false;
    int m_phonetic = 0;
};

}  // namespace

std::string ColumnName(std::size_t column) {
    std::string name;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
    return name;
}

std::string CellName(std::size_t row, std::size_t column) { return ColumnName(column) + std::to_string(row + 1); }

const XlsxCell* XlsxSheet::Cell(std::size_t row, std::size_t column) const {
    const auto found_row = m_rows.find(row);
    if (found_row == m_rows.end()) return nullptr;
    const auto found = found_row->second.find(column);
    return found == found_row->second.end() ? nullptr : &found->second;
}

void XlsxSheet::Set(std::size_t row, std::size_t column, XlsxCell cell) {
    m_rows[row][column] = std::move(cell);
    m_columns = std::max(m_columns, column + 1);
}

const XlsxSheet* XlsxWorkbook::Find(std::string_view name) const {
    for (const auto& sheet : sheets)
        if (sheet.Name() == name) return &sheet;
    return nullptr;
}

XlsxWorkbook ReadXlsx(std::string_view bytes, std::string_view source_name) {
    const std::string source(source_name);
    ZipArchive zip(bytes, source);
    // The package says where the workbook is; xl/workbook.xml is where every writer puts it.
    std::string workbook_part = "xl/workbook.xml";
    for (const auto& [id, relationship] : ReadRelationships(zip, "", source))
        if (relationship.type == "officeDocument") workbook_part = relationship.target;
    const auto workbook_xml = zip.Part(workbook_part);
    if (!workbook_xml)
        throw QuestionnaireError(fmt::format("{}: not a spreadsheet: the zip archive has no {} (is it a Word or "
                                             "another document?)",
                                             source, workbook_part));
    const auto relationships = ReadRelationships(zip, workbook_part, source);

    struct SheetEntry {
        std::string name;
        std::string relationship;
    };
    std::vector<SheetEntry> entries;
    XmlPart::Walk(
        *workbook_xml, source + ": " + workbook_part,
        [&](std::string_view name, const char** attributes) {
            if (name == "sheet")
                entries.push_back({std::string(Attribute(attributes, "name")), std::string(Attribute(attributes, "id"))});
        },
        [](std::string_view) {}, [](std::string_view) {});

    std::size_t cells = 0;
    std::vector<std::string> shared;
    for (const auto& [id, relationship] : relationships) {
        if (relationship.type != "sharedStrings") continue;
        if (const auto xml = zip.Part(relationship.target))
            shared = ReadSharedStrings(*xml, source + ": " + relationship.target, cells);
    }

    XlsxWorkbook workbook;
    for (const auto& entry : entries) {
        const auto relationship = relationships.find(entry.relationship);
        // Chart sheets and dialog sheets hold no cells.
        if (relationship == relationships.end() || relationship->second.type != "worksheet") continue;
        const auto xml = zip.Part(relationship->second.target);
        if (!xml)
            throw QuestionnaireError(fmt::format("{}: the workbook is damaged: the sheet {} has no part {}", source,
                                                 Quote(entry.name), relationship->second.target));
        XlsxSheet sheet(entry.name);
        SheetReader(sheet, shared, cells)
            .Read(*xml, fmt::format("{}: sheet {} ({})", source, entry.name, relationship->second.target));
        workbook.sheets.push_back(std::move(sheet));
    }
    return workbook;
}

}  // namespace c5::questionnaire
