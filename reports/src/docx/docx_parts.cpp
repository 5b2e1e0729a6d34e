#include "docx/docx_parts.h"

#include <map>

#include <fmt/format.h>

#include "ooxml/xml_writer.h"

namespace c5::reports::docx {
namespace {

constexpr std::string_view kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr std::string_view kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// Fonts every Word installation has (and that LibreOffice maps to metric-compatible ones): Arial
// for Latin, Cyrillic and Arabic text, SimSun for Chinese.
constexpr std::string_view kFonts =
    R"(<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="SimSun" w:cs="Arial"/>)";

std::string Escape(std::string_view text) {
    ooxml::XmlWriter xml(false);
    xml.Text(text);
    return xml.Finish();
}

}  // namespace

DocxLanguage DocxLanguageOf(std::string_view language) {
    static const std::map<std::string_view, std::string_view> kTags = {
        {"en", "en-GB"}, {"fr", "fr-FR"}, {"es", "es-ES"}, {"ru", "ru-RU"}, {"zh", "zh-CN"}, {"ar", "ar-SA"}};
    const auto found = kTags.find(language);
    return {found == kTags.end() ? std::string(language) : std::string(found->second), language == "ar"};
}

std::string StylesXml(const DocxLanguage& language) {
    // The Arabic and Chinese slots of w:lang always name those languages, so that text in them
    // (a name, a quotation) is shaped and broken correctly in any report.
    const std::string lang = fmt::format(R"(<w:lang w:val="{}" w:eastAsia="zh-CN" w:bidi="ar-SA"/>)", language.tag);
    return fmt::format(R"({decl}<w:styles {ns}>
<w:docDefaults><w:rPrDefault><w:rPr>{fonts}<w:color w:val="212126"/><w:sz w:val="20"/><w:szCs w:val="20"/>{lang}</w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:before="1800" w:after="240" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="29456B"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:spacing w:after="720"/></w:pPr><w:rPr><w:color w:val="6B707A"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="C5CoverCountry"><w:name w:val="Cover Country"/><w:basedOn w:val="Normal"/><w:next w:val="C5CoverYear"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="60"/><w:szCs w:val="60"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="C5CoverYear"><w:name w:val="Cover Year"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="480"/></w:pPr><w:rPr><w:color w:val="29456B"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="C5Notice"><w:name w:val="Notice"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FCF2D9"/><w:spacing w:after="360"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="8C5900"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="29456B"/></w:pBdr><w:spacing w:before="360" w:after="200"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="29456B"/><w:kern w:val="32"/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="29456B"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="29456B"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/><w:pPr><w:ind w:left="360" w:right="360"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="6B707A"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="C5Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="6B707A"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="C5TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="C5TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="C5TableText"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="C5KeyValueText"><w:name w:val="Key Value Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="20" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="C5AfterTable"><w:name w:val="After Table"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60" w:line="120" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="8"/><w:szCs w:val="8"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="C5Figure"><w:name w:val="Figure"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="C5SignatureLine"><w:name w:val="Signature Line"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="595E66"/></w:pBdr><w:spacing w:before="480" w:after="20"/><w:ind w:right="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="C5Marking"><w:name w:val="Marking"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="B31A1A"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="6B707A"/><w:sz w:val="15"/><w:szCs w:val="15"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="6B707A"/><w:sz w:val="15"/><w:szCs w:val="15"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="200"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="29456B"/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs><w:spacing w:before="120" w:after="40"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs><w:spacing w:after="40"/><w:ind w:left="240"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="29456B"/></w:rPr></w:style>
<w:style w:type="table" w:customStyle="1" w:styleId="C5Table"><w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="C8CCD4"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="C8CCD4"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="C8CCD4"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="29456B"/></w:tcPr></w:tblStylePr></w:style>
<w:style w:type="table" w:customStyle="1" w:styleId="C5KeyValues"><w:name w:val="Key Values"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblCellMar><w:top w:w="20" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="20" w:type="dxa"/><w:right w:w="120" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>)",
                       fmt::arg("decl", kDeclaration), fmt::arg("ns", kWordNamespaces), fmt::arg("fonts", kFonts),
                       fmt::arg("lang", lang));
}

std::string NumberingXml() {
    return fmt::format(R"({}<w:numbering {}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/></w:rPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>)",
                       kDeclaration, kWordNamespaces);
}

std::string SettingsXml(const DocxLanguage& language) {
    // updateFields: Word refreshes the table of contents and its page numbers when it opens the file.
    return fmt::format(R"({}<w:settings {}>
<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
<w:themeFontLang w:val="{}" w:eastAsia="zh-CN" w:bidi="ar-SA"/>
</w:settings>)",
                       kDeclaration, kWordNamespaces, language.tag);
}

namespace {

std::string Paragraph(const DocxLanguage& language, std::string_view style, const std::string& runs,
                      std::string_view extra = {}) {
    return fmt::format(R"(<w:p><w:pPr><w:pStyle w:val="{}"/>{}{}</w:pPr>{}</w:p>)", style, extra,
                       language.right_to_left ? "<w:bidi/>" : "", runs);
}

std::string TextRun(const DocxLanguage& language, std::string_view text) {
    if (text.empty()) return {};
    return fmt::format(R"(<w:r>{}<w:t xml:space="preserve">{}</w:t></w:r>)",
                       language.right_to_left ? "<w:rPr><w:rtl/></w:rPr>" : "", Escape(text));
}

// The security marking and, on a draft, the draft marking beside it.
std::string MarkingParagraph(const DocxLanguage& language, const std::string& marking, const std::string& draft) {
    const std::string text = marking.empty() ? draft : draft.empty() ? marking : marking + "  ·  " + draft;
    return text.empty() ? std::string() : Paragraph(language, "C5Marking", TextRun(language, text));
}

std::string Part(std::string_view element, const std::string& content) {
    return fmt::format("{}<w:{} {}>{}</w:{}>", kDeclaration, element, kWordNamespaces,
                       content.empty() ? "<w:p/>" : content, element);
}

}  // namespace

std::string HeaderXml(const DocxLanguage& language, const std::string& marking, const std::string& draft,
                      const std::string& running_title) {
    return Part("hdr", MarkingParagraph(language, marking, draft) + Paragraph(language, "Header", TextRun(language, running_title)));
}

std::string FooterXml(const DocxLanguage& language, const std::string& marking, const std::string& draft,
                      const std::string& footer_left,
                      const std::string& page_of, int text_width) {
    // "Page {page} of {pages}" in the report's language, with the numbers as PAGE and NUMPAGES fields.
    std::string runs = TextRun(language, footer_left) + "<w:r><w:tab/></w:r>";
    std::size_t at = 0;
    while (at < page_of.size()) {
        const std::size_t open = page_of.find('{', at);
        const std::size_t close = open == std::string::npos ? std::string::npos : page_of.find('}', open);
        if (close == std::string::npos) {
            runs += TextRun(language, page_of.substr(at));
            break;
        }
        runs += TextRun(language, page_of.substr(at, open - at));
        const std::string name = page_of.substr(open + 1, close - open - 1);
        const std::string field = name == "page" ? "PAGE" : name == "pages" ? "NUMPAGES" : "";
        if (field.empty()) runs += TextRun(language, page_of.substr(open, close - open + 1));
        else runs += fmt::format(R"(<w:fldSimple w:instr=" {} \* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>)", field);
        at = close + 1;
    }
    const std::string tabs = fmt::format(R"(<w:tabs><w:tab w:val="clear" w:pos="4819"/><w:tab w:val="clear" w:pos="9638"/><w:tab w:val="right" w:pos="{}"/></w:tabs>)",
                                         text_width);
    return Part("ftr", Paragraph(language, "Footer", runs, tabs) + MarkingParagraph(language, marking, draft));
}

std::string FirstPageHeaderFooterXml(const DocxLanguage& language, const std::string& marking, const std::string& draft,
                                     bool footer) {
    return Part(footer ? "ftr" : "hdr", MarkingParagraph(language, marking, draft));
}

std::string CorePropertiesXml(const CoreProperties& properties) {
    const std::string created = properties.created.empty() ? "2000-01-01" : properties.created.substr(0, 10);
    return fmt::format(
        R"({}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>C5 Readiness Kit</dc:creator><cp:keywords>{}</cp:keywords><dc:language>{}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{}T00:00:00Z</dcterms:modified></cp:coreProperties>)",
        kDeclaration, Escape(properties.title), Escape(properties.subject), Escape(properties.keywords),
        Escape(properties.language), Escape(created), Escape(created));
}

std::string AppPropertiesXml() {
    return fmt::format(
        R"({}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>C5 Readiness Kit</Application></Properties>)",
        kDeclaration);
}

std::string ContentTypesXml(int charts) {
    std::string overrides;
    for (int i = 1; i <= charts; ++i)
        overrides += fmt::format(
            R"(<Override PartName="/word/charts/chart{}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>)",
            i);
    constexpr std::string_view kWord = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    return fmt::format(
        R"({decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/><Override PartName="/word/document.xml" ContentType="{w}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="{w}.styles+xml"/><Override PartName="/word/settings.xml" ContentType="{w}.settings+xml"/><Override PartName="/word/numbering.xml" ContentType="{w}.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="{w}.header+xml"/><Override PartName="/word/header2.xml" ContentType="{w}.header+xml"/><Override PartName="/word/footer1.xml" ContentType="{w}.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="{w}.footer+xml"/>{charts}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>)",
        fmt::arg("decl", kDeclaration), fmt::arg("w", kWord), fmt::arg("charts", overrides));
}

std::string PackageRelationshipsXml() {
    return fmt::format(
        R"({}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>)",
        kDeclaration);
}

std::string DocumentRelationshipsXml(int charts) {
    constexpr std::string_view kType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    std::string relationships;
    const auto add = [&](std::string_view id, std::string_view type, std::string_view target) {
        relationships += fmt::format(R"(<Relationship Id="{}" Type="{}{}" Target="{}"/>)", id, kType, type, target);
    };
    add("rIdStyles", "styles", "styles.xml");
    add("rIdSettings", "settings", "settings.xml");
    add("rIdNumbering", "numbering", "numbering.xml");
    add("rIdHeader1", "header", "header1.xml");
    add("rIdHeader2", "header", "header2.xml");
    add("rIdFooter1", "footer", "footer1.xml");
    add("rIdFooter2", "footer", "footer2.xml");
    for (int i = 1; i <= charts; ++i) add(fmt::format("rIdChart{}", i), "chart", fmt::format("charts/chart{}.xml", i));
    return fmt::format(R"({}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>)",
                       kDeclaration, relationships);
}

std::string SectionPropertiesXml(const PageSetup& page, bool right_to_left) {
    // header1/footer1 on every page, header2/footer2 (the marking alone) on the cover.
    return fmt::format(
        R"(<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:headerReference w:type="first" r:id="rIdHeader2"/><w:footerReference w:type="default" r:id="rIdFooter1"/><w:footerReference w:type="first" r:id="rIdFooter2"/><w:pgSz w:w="{}" w:h="{}"/><w:pgMar w:top="{}" w:right="{}" w:bottom="{}" w:left="{}" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="720"/><w:titlePg/>{}<w:docGrid w:linePitch="360"/></w:sectPr>)",
        page.width, page.height, page.margin + 283, page.margin, page.margin + 283, page.margin,
        right_to_left ? "<w:bidi/>" : "");
}

}  // namespace c5::reports::docx
