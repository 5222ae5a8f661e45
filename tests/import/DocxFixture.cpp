#include "DocxFixture.h"

#include <QBuffer>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>


namespace nianbao::test {
namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString runs(const QString& text, const QString& runProperties) {
    if (text.isEmpty()) return {};
    const qsizetype half = text.size() / 2;
    const QString properties = runProperties.isEmpty() ? QString() : QStringLiteral("<w:rPr>%1</w:rPr>").arg(runProperties);
    QString xml;
    for (const QString& part : {text.left(half), text.mid(half)})
        if (!part.isEmpty()) xml += QStringLiteral("<w:r>%1<w:t xml:space=\"preserve\">%2</w:t></w:r>").arg(properties, escaped(part));
    return xml;
}

QString paragraph(const QString& text, const QString& runProperties) {
    if (runProperties.isEmpty()) return QStringLiteral("<w:p>%1</w:p>").arg(runs(text, runProperties));
    return QStringLiteral("<w:p><w:pPr><w:rPr>%1</w:rPr></w:pPr>%2</w:p>").arg(runProperties, runs(text, runProperties));
}

int gridWidth(const StructuredTable& table) {
    int width = 0;
    for (const StructuredRow& row : table.rows) {
        int w = 0;
        for (const StructuredCell& c : row.cells) w += c.columnSpan;
        width = std::max(width, w);
    }
    return std::max(width, 1);
}

QString tableXml(const StructuredTable& table, const QString& runProperties) {
    const int width = gridWidth(table);
    QString xml = QStringLiteral(
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>"
        "<w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/>"
        "<w:right w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>"
        "</w:tblBorders></w:tblPr><w:tblGrid>");
    for (int c = 0; c < width; ++c) xml += QStringLiteral("<w:gridCol w:w=\"%1\"/>").arg(9600 / width);
    xml += QStringLiteral("</w:tblGrid>");
    for (const StructuredRow& row : table.rows) {
        xml += QStringLiteral("<w:tr>");
        for (const StructuredCell& c : row.cells) {
            xml += QStringLiteral("<w:tc><w:tcPr><w:tcW w:w=\"%1\" w:type=\"dxa\"/>").arg(9600 / width * c.columnSpan);
            if (c.columnSpan > 1) xml += QStringLiteral("<w:gridSpan w:val=\"%1\"/>").arg(c.columnSpan);
            if (c.continuation) xml += QStringLiteral("<w:vMerge/>");
            else if (c.rowSpan > 1) xml += QStringLiteral("<w:vMerge w:val=\"restart\"/>");
            xml += QStringLiteral("</w:tcPr>") + paragraph(c.text, runProperties);
            for (const StructuredTable& nested : c.nested) xml += tableXml(nested, runProperties) + QStringLiteral("<w:p/>");
            xml += QStringLiteral("</w:tc>");
        }
        xml += QStringLiteral("</w:tr>");
    }
    return xml + QStringLiteral("</w:tbl>");
}

}  // namespace

QByteArray zipArchive(const QList<ZipMember>& members) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) return {};  // callers then read nothing and fail on it
    for (const ZipMember& member : members) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(member.first))) return {};
        file.write(member.second);
        file.close();
    }
    zip.close();
    return buffer.data();
}

QByteArray documentXml(const QString& body) {
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
               "<w:body>%1<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
               "<w:pgMar w:top=\"1440\" w:right=\"1000\" w:bottom=\"1440\" w:left=\"1000\"/></w:sectPr></w:body></w:document>")
        .arg(body)
        .toUtf8();
}

QByteArray docxPackage(const QByteArray& documentXmlBytes) {
    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>";
    return zipArchive({{QStringLiteral("[Content_Types].xml"), contentTypes},
                       {QStringLiteral("_rels/.rels"), rels},
                       {QStringLiteral("word/document.xml"), documentXmlBytes}});
}

QString bodyXml(const StructuredDocument& document, const QString& runProperties) {
    QString xml;
    for (const StructuredBlock& block : document.blocks)
        xml += block.isTable ? tableXml(block.table, runProperties) + QStringLiteral("<w:p/>") : paragraph(block.paragraph, runProperties);
    return xml;
}

}  // namespace nianbao::test
