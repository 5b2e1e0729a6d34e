#pragma once
// The fixed parts of the report's DOCX package: styles, numbering, settings, header and footer,
// document properties, content types and relationships.
#include <string>
#include <vector>

namespace c5::reports::docx {

/// Word's names for the report's language: w:lang values and the text direction.
struct DocxLanguage {
    std::string tag;  // BCP 47, e.g. "ar-SA"
    bool right_to_left = false;
};
DocxLanguage DocxLanguageOf(std::string_view language);

struct PageSetup {
    int width = 11906;  // twentieths of a point (A4)
    int height = 16838;
    int margin = 1134;  // 2 cm on every side
    int TextWidth() const { return width - 2 * margin; }
};

/// Title, Heading 1–3, Caption, Quote, List Bullet, header and footer, TOC, and the kit's table and
/// paragraph styles; every font and size lives here, so restyling starts here.
std::string StylesXml(const DocxLanguage& language);
std::string NumberingXml();
std::string SettingsXml(const DocxLanguage& language);

/// The running header: the marking, then the running title (the first page shows the marking only).
/// `draft` (empty unless the report is a draft) is printed beside the marking on every page.
std::string HeaderXml(const DocxLanguage& language, const std::string& marking, const std::string& draft,
                      const std::string& running_title);
/// The footer: `footer_left`, "page X of Y" from `page_of` ("{page}" and "{pages}" become fields),
/// then the marking (and `draft`).
std::string FooterXml(const DocxLanguage& language, const std::string& marking, const std::string& draft,
                      const std::string& footer_left, const std::string& page_of, int text_width);
std::string FirstPageHeaderFooterXml(const DocxLanguage& language, const std::string& marking, const std::string& draft,
                                     bool footer);

struct CoreProperties {
    std::string title;
    std::string subject;
    std::string keywords;
    std::string language;
    std::string created;  // YYYY-MM-DD
};
std::string CorePropertiesXml(const CoreProperties& properties);
std::string AppPropertiesXml();

/// [Content_Types].xml for a document with `charts` chart parts (each with an embedded workbook).
std::string ContentTypesXml(int charts);
std::string PackageRelationshipsXml();
/// word/_rels/document.xml.rels: styles, settings, numbering, headers and footers, then chart i as
/// "rIdChart<i>".
std::string DocumentRelationshipsXml(int charts);

/// The sectPr's page size, margins and header/footer references (first page different).
std::string SectionPropertiesXml(const PageSetup& page, bool right_to_left);

}  // namespace c5::reports::docx
