#include "RichDocxFixture.h"

#include "DocxFixture.h"
#include "OfficialLayout.h"
#include "TestSupport.h"

#include <QRegularExpression>

namespace nianbao::test {
namespace {

const char* const kNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

// An 8×8 red and white chequered PNG, standing in for a seal scan.
QByteArray pngImage() {
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAGUlEQVR4nGM4ICDw//9/TJIBqyiQZBiUOgBkGHuhglgq6QAAAABJRU5ErkJggg==");
}

QString numberedParagraph(const QString& text, int level, const QString& extraProperties = {}) {
    return QStringLiteral("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"1\"/></w:numPr>%2</w:pPr>"
                          "<w:r><w:t xml:space=\"preserve\">%3</w:t></w:r></w:p>")
        .arg(level)
        .arg(extraProperties, text.toHtmlEscaped());
}

QString plainParagraph(const QString& text, const QString& paragraphProperties = {}) {
    return QStringLiteral("<w:p>%1<w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p>")
        .arg(paragraphProperties.isEmpty() ? QString() : QStringLiteral("<w:pPr>%1</w:pPr>").arg(paragraphProperties), text.toHtmlEscaped());
}

// The body: headings numbered by Word instead of typed, the first prose
// paragraph with a red bold run and the seal image, tables as the layout has them.
QString body(const StructuredDocument& layout, bool listNumbering) {
    static const QRegularExpression section(QStringLiteral("^\\s*([一二三四五六])、\\s*(.+)$"));
    static const QRegularExpression item(QStringLiteral("^\\s*[（(]([一二三四五六七八九十]+)[）)]\\s*(.{1,20})$"));
    static const QString digits = QStringLiteral("一二三四五六七八九十");
    QString xml;
    bool decorated = false;
    int nextItem = 1;  // Word's list counts on by itself: only items in sequence are made list items
    for (const StructuredBlock& block : layout.blocks) {
        if (block.isTable) {
            StructuredDocument one;
            one.addTable(block.table);
            xml += bodyXml(one, kTableRunProperties);
            continue;
        }
        const QRegularExpressionMatch s = section.match(block.paragraph);
        const QRegularExpressionMatch i = item.match(block.paragraph);
        if (s.hasMatch()) nextItem = 1;
        if (s.hasMatch() && listNumbering) {
            xml += numberedParagraph(s.captured(2), 0, QStringLiteral("<w:outlineLvl w:val=\"0\"/>"));
        } else if (s.hasMatch()) {
            xml += plainParagraph(s.captured(2));
        } else if (i.hasMatch() && listNumbering && nextItem <= digits.size() && i.captured(1) == digits.mid(nextItem - 1, 1)) {
            ++nextItem;
            xml += numberedParagraph(i.captured(2), 1);
        } else if (!decorated && block.paragraph.size() > 40) {
            decorated = true;
            xml += QStringLiteral(
                       "<w:p><w:r><w:rPr><w:b/><w:color w:val=\"FF0000\"/></w:rPr><w:t>%1</w:t></w:r>"
                       "<w:r><w:t xml:space=\"preserve\">%2</w:t></w:r>"
                       "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"360000\" cy=\"360000\"/>"
                       "<wp:docPr id=\"1\" name=\"印章\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                       "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"image1.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
                       "<pic:blipFill><a:blip r:embed=\"rIdImage\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                       "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"360000\" cy=\"360000\"/></a:xfrm>"
                       "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>"
                       "</w:drawing></w:r></w:p>")
                       .arg(block.paragraph.left(10).toHtmlEscaped(), block.paragraph.mid(10).toHtmlEscaped());
        } else {
            xml += plainParagraph(block.paragraph);
        }
    }
    // The signature block (落款), right-aligned, as every report ends.
    xml += plainParagraph(QStringLiteral("宁波市鄞州区人民政府办公室"), QStringLiteral("<w:jc w:val=\"right\"/>"));
    xml += plainParagraph(QStringLiteral("2021年1月20日"), QStringLiteral("<w:jc w:val=\"right\"/>"));
    return xml;
}

QByteArray documentPart(const QString& bodyXml) {
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
               "<w:document %1><w:body>%2<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
               "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
               "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
               "</w:sectPr></w:body></w:document>")
        .arg(QLatin1String(kNamespaces), bodyXml)
        .toUtf8();
}

QByteArray numberingPart() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
           "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
           "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:suff w:val=\"nothing\"/>"
           "<w:lvlText w:val=\"%1、\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"640\"/></w:pPr>"
           "<w:rPr><w:rFonts w:eastAsia=\"黑体\"/></w:rPr></w:lvl>"
           "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:suff w:val=\"nothing\"/>"
           "<w:lvlText w:val=\"（%2）\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
           "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
}

}  // namespace

QByteArray richDocx(const QString& reportText, const RichDocxOptions& options) {
    const Report textReport = readTextOrFail(reportText);
    const StructuredDocument layout = officialLayout(textReport);
    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
        "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
        "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        "<Override PartName=\"/customXml/itemProps1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.customXmlProperties+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "</Types>";
    const QByteArray packageRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "</Relationships>";
    const QByteArray documentRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
        "<Relationship Id=\"rIdNumbering\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
        "<Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
        "<Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>"
        "<Relationship Id=\"rIdImage\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image1.png\"/>"
        "<Relationship Id=\"rIdCustom\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml\" Target=\"../customXml/item1.xml\"/>"
        "</Relationships>";
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/></w:rPr></w:rPrDefault></w:docDefaults>"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>";
    const QByteArray settings =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:zoom w:percent=\"100\"/>"
        "<w:defaultTabStop w:val=\"420\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";
    const QByteArray header =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        "<w:r><w:t>鄞州区政务公开 · 内部审校稿</w:t></w:r></w:p></w:hdr>";
    const QByteArray footer =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
    const QByteArray customItem = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><oa:record xmlns:oa=\"urn:example:oa\"><oa:docNo>鄞政办〔2021〕3号</oa:docNo></oa:record>";
    const QByteArray customProps =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\r\n"
        "<ds:datastoreItem ds:itemID=\"{6C2B8C7E-3F1A-4E0B-9B1D-2A7A3C4D5E6F}\" "
        "xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"><ds:schemaRefs/></ds:datastoreItem>";
    const QByteArray customRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps\" Target=\"itemProps1.xml\"/>"
        "</Relationships>";
    const QByteArray core =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>政府信息公开工作年度报告</dc:title><dc:creator>办公室</dc:creator></cp:coreProperties>";
    QList<ZipMember> members{{QStringLiteral("[Content_Types].xml"), contentTypes},
                             {QStringLiteral("_rels/.rels"), packageRels},
                             {QStringLiteral("word/document.xml"), documentPart(body(layout, options.listNumbering))},
                             {QStringLiteral("word/_rels/document.xml.rels"), documentRels},
                             {QStringLiteral("word/styles.xml"), styles},
                             {QStringLiteral("word/settings.xml"), settings},
                             {QStringLiteral("word/header1.xml"), header},
                             {QStringLiteral("word/footer1.xml"), footer},
                             {QStringLiteral("word/media/image1.png"), pngImage()},
                             {QStringLiteral("customXml/item1.xml"), customItem},
                             {QStringLiteral("customXml/itemProps1.xml"), customProps},
                             {QStringLiteral("customXml/_rels/item1.xml.rels"), customRels},
                             {QStringLiteral("docProps/core.xml"), core}};
    if (options.listNumbering) members.insert(6, {QStringLiteral("word/numbering.xml"), numberingPart()});
    return zipArchive(members);
}

}  // namespace nianbao::test
