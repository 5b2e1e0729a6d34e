#include "ooxml/xml_writer.h"

#include "c5/reports/error.h"

namespace c5::reports::ooxml {
namespace {

// Appends the code point at text[i] (advancing i), or U+FFFD for a byte that starts no valid
// UTF-8 sequence; returns the code point appended.
char32_t NextCodePoint(std::string_view text, std::size_t& i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
        ++i;
        return byte;
    }
    std::size_t length = 0;
    char32_t code = 0;
    char32_t min_code = 0;
    if ((byte & 0xE0) == 0xC0) length = 2, code = byte & 0x1F, min_code = 0x80;
    else if ((byte & 0xF0) == 0xE0) length = 3, code = byte & 0x0F, min_code = 0x800;
    else if ((byte & 0xF8) == 0xF0) length = 4, code = byte & 0x07, min_code = 0x10000;
    if (length == 0 || i + length > text.size()) {
        ++i;
        return 0xFFFD;
    }
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        code = (code << 6) | (next & 0x3F);
    }
    if (code < min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        ++i;
        return 0xFFFD;
    }
    i += length;
    return code;
}

void AppendUtf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

bool AllowedInXml(char32_t code) {
    if (code < 0x20) return code == '\t' || code == '\n' || code == '\r';
    return code != 0xFFFE && code != 0xFFFF;
}

void AppendEscaped(std::string& out, std::string_view text, bool attribute) {
    const std::string safe = XmlSafeText(text);
    for (const char c : safe) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += attribute ? "&quot;" : "\""; break;
            // Attribute values would have their line breaks and tabs normalised to spaces.
            case '\n': out += attribute ? "&#10;" : "\n"; break;
            case '\r': out += "&#13;"; break;
            case '\t': out += attribute ? "&#9;" : "\t"; break;
            default: out += c;
        }
    }
}

}  // namespace

std::string XmlSafeText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x80) {  // the common case, byte by byte
            out += static_cast<char>(byte);
            ++i;
            continue;
        }
        const char32_t code = NextCodePoint(text, i);
        if (AllowedInXml(code)) {
            AppendUtf8(out, code);
        } else if (code == '\v' || code == '\f') {
            out += '\n';  // Word's manual line and page breaks, pasted into evidence: still a break
        } else if (code < 0x20) {
            out += ' ';  // other control characters still part two words
        }
    }
    return out;
}

std::string_view Utf8Prefix(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

XmlWriter::XmlWriter(bool declaration) {
    if (declaration) m_out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
}

void XmlWriter::CloseStartTag() {
    if (m_in_start_tag) m_out += '>';
    m_in_start_tag = false;
}

XmlWriter& XmlWriter::Start(std::string_view name,
                            std::initializer_list<std::pair<std::string_view, std::string_view>> attributes) {
    CloseStartTag();
    m_out += '<';
    m_out += name;
    m_open.emplace_back(name);
    m_in_start_tag = true;
    for (const auto& [key, value] : attributes) Attribute(key, value);
    return *this;
}

XmlWriter& XmlWriter::Attribute(std::string_view name, std::string_view value) {
    if (!m_in_start_tag) throw ReportError("internal error: an XML attribute after the element's content");
    m_out += ' ';
    m_out += name;
    m_out += "=\"";
    AppendEscaped(m_out, value, true);
    m_out += '"';
    return *this;
}

XmlWriter& XmlWriter::Empty(std::string_view name,
                            std::initializer_list<std::pair<std::string_view, std::string_view>> attributes) {
    Start(name, attributes);
    return End();
}

XmlWriter& XmlWriter::Text(std::string_view text) {
    CloseStartTag();
    AppendEscaped(m_out, text, false);
    return *this;
}

XmlWriter& XmlWriter::End() {
    if (m_open.empty()) throw ReportError("internal error: an XML element closed twice");
    if (m_in_start_tag) {
        m_out += "/>";
        m_in_start_tag = false;
    } else {
        m_out += "</";
        m_out += m_open.back();
        m_out += '>';
    }
    m_open.pop_back();
    return *this;
}

XmlWriter& XmlWriter::Element(std::string_view name, std::string_view text,
                              std::initializer_list<std::pair<std::string_view, std::string_view>> attributes) {
    Start(name, attributes);
    Text(text);
    return End();
}

std::string XmlWriter::Finish() {
    if (!m_open.empty()) throw ReportError("internal error: the XML element <" + m_open.back() + "> was left open");
    return std::move(m_out);
}

}  // namespace c5::reports::ooxml
