#pragma once
// A small streaming XML writer for the office formats (DOCX parts, chart parts): escapes every
// attribute and text, and drops what XML 1.0 forbids, so whatever a respondent typed as evidence
// (control characters, broken UTF-8) can never make a file unreadable.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace c5::reports::ooxml {

/// `text` as XML 1.0 allows it: invalid UTF-8 becomes U+FFFD; C0 controls other than tab, line
/// feed and carriage return, and U+FFFE/U+FFFF, are dropped. Markup is not escaped here.
std::string XmlSafeText(std::string_view text);

/// At most `max_bytes` of `text`, cut at a character boundary (UTF-8 is never split).
std::string_view Utf8Prefix(std::string_view text, std::size_t max_bytes);

class XmlWriter {
public:
    /// Starts a part with the XML declaration (standalone="yes", as Office writes its parts), or,
    /// without `declaration`, a fragment to be placed inside another part.
    explicit XmlWriter(bool declaration = true);

    /// <name attributes...> — children or text may follow; close it with End().
    XmlWriter& Start(std::string_view name, std::initializer_list<std::pair<std::string_view, std::string_view>> attributes = {});
    /// An attribute of the element just started (before any child or text).
    XmlWriter& Attribute(std::string_view name, std::string_view value);
    /// <name attributes.../>
    XmlWriter& Empty(std::string_view name, std::initializer_list<std::pair<std::string_view, std::string_view>> attributes = {});
    /// Text content, escaped and made XML-safe.
    XmlWriter& Text(std::string_view text);
    /// Closes the innermost open element.
    XmlWriter& End();
    /// <name attributes...>text</name>
    XmlWriter& Element(std::string_view name, std::string_view text,
                       std::initializer_list<std::pair<std::string_view, std::string_view>> attributes = {});

    /// The part (or fragment) written so far; every element must be closed.
    std::string Finish();

private:
    void CloseStartTag();

    std::string m_out;
    std::vector<std::string> m_open;
    bool m_in_start_tag = false;
};

}  // namespace c5::reports::ooxml
