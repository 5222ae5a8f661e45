#include "export/DocxBody.h"

#include "export/DocxParts.h"
#include "export/OpcPackage.h"

#include <algorithm>

namespace nianbao {
namespace {

constexpr char kWordprocessingType[] = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
constexpr char kOfficeRelationship[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

QString wordType(const char* part) { return QString::fromLatin1(kWordprocessingType) + QString::fromLatin1(part); }
QString relationType(const char* type) { return QString::fromLatin1(kOfficeRelationship) + QString::fromLatin1(type); }

}  // namespace

void DocxBodyWriter::paragraph(const char* style, const QString& text, bool keepNext) {
    x_.start("w:p");
    if (style || keepNext) {
        x_.start("w:pPr");
        if (style) x_.val("w:pStyle", QString::fromLatin1(style));
        if (keepNext) x_.empty("w:keepNext");
        x_.end();
    }
    if (!text.isEmpty()) {
        x_.start("w:r");
        // A line feed is a line break inside the paragraph (a table cell holding two lines).
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) x_.empty("w:br");
            if (!lines[i].isEmpty()) x_.wordText(lines[i]);
        }
        x_.end();
    }
    x_.end();
}

void DocxBodyWriter::pageBreak() {
    x_.start("w:p");
    x_.start("w:r");
    x_.empty("w:br", {{"w:type", QStringLiteral("page")}});
    x_.end();
    x_.end();
}

void DocxBodyWriter::table(const PrintedTable& t) {
    const std::vector<int> widths = scaledWidths(t.columnWidths);
    x_.start("w:tbl");
    x_.start("w:tblPr");
    x_.empty("w:tblW", {{"w:w", QString::number(docx::kTextWidth)}, {"w:type", QStringLiteral("dxa")}});
    x_.val("w:jc", QStringLiteral("center"));
    x_.start("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        x_.empty(side, {{"w:val", QStringLiteral("single")}, {"w:sz", QStringLiteral("4")}, {"w:space", QStringLiteral("0")},
                        {"w:color", QStringLiteral("000000")}});
    x_.end();
    // Fixed layout: the official column widths, not widths guessed from content.
    x_.empty("w:tblLayout", {{"w:type", QStringLiteral("fixed")}});
    x_.start("w:tblCellMar");
    x_.empty("w:left", {{"w:w", QStringLiteral("57")}, {"w:type", QStringLiteral("dxa")}});
    x_.empty("w:right", {{"w:w", QStringLiteral("57")}, {"w:type", QStringLiteral("dxa")}});
    x_.end();
    x_.end();
    x_.start("w:tblGrid");
    for (int w : widths) x_.empty("w:gridCol", {{"w:w", QString::number(w)}});
    x_.end();
    for (size_t r = 0; r < t.rows.size(); ++r) {
        x_.start("w:tr");
        x_.start("w:trPr");
        x_.empty("w:cantSplit");
        x_.empty("w:trHeight", {{"w:val", QStringLiteral("340")}});
        if (static_cast<int>(r) < t.headerRows) x_.empty("w:tblHeader");
        x_.end();
        // "Keep with next" on every row but the last is how Word keeps a
        // table on one page; a table taller than a page still splits.
        const bool keepNext = t.keepTogether && r + 1 < t.rows.size();
        for (const PrintedCell& c : t.rows[r].cells) cell(c, widths, keepNext);
        x_.end();
    }
    x_.end();
}

std::vector<int> DocxBodyWriter::scaledWidths(const std::vector<int>& weights) {
    int total = 0;
    for (int w : weights) total += w;
    std::vector<int> out;
    int used = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const int w = i + 1 == weights.size() ? docx::kTextWidth - used
                                              : static_cast<int>(qint64(weights[i]) * docx::kTextWidth / std::max(total, 1));
        out.push_back(w);
        used += w;
    }
    return out;
}

void DocxBodyWriter::cell(const PrintedCell& c, const std::vector<int>& widths, bool keepNext) {
    int width = 0;
    for (int k = c.column; k < c.column + c.columnSpan && k < static_cast<int>(widths.size()); ++k) width += widths[k];
    x_.start("w:tc");
    x_.start("w:tcPr");
    x_.empty("w:tcW", {{"w:w", QString::number(width)}, {"w:type", QStringLiteral("dxa")}});
    if (c.columnSpan > 1) x_.val("w:gridSpan", QString::number(c.columnSpan));
    if (c.continued)
        x_.empty("w:vMerge");
    else if (c.rowSpan > 1)
        x_.val("w:vMerge", QStringLiteral("restart"));
    x_.val("w:vAlign", QStringLiteral("center"));
    x_.end();
    // Row labels read left to right; a label standing beside several rows
    // ("三、本年度办理结果", "（三）不予公开") is centred like the form prints it.
    const bool leftAligned = c.role == PrintedCell::Role::Label && c.rowSpan == 1 && !c.continued;
    paragraph(leftAligned ? docx::kTableLabel : docx::kTableText, c.text, keepNext);
    x_.end();
}

void DocxBodyWriter::sectionProperties(const QString& footerId) {
    x_.start("w:sectPr");
    x_.empty("w:footerReference", {{"w:type", QStringLiteral("default")}, {"r:id", footerId}});
    x_.empty("w:pgSz", {{"w:w", QString::number(docx::kPageWidth)}, {"w:h", QString::number(docx::kPageHeight)}});
    x_.empty("w:pgMar", {{"w:top", QString::number(docx::kMarginTop)}, {"w:right", QString::number(docx::kMarginRight)},
                         {"w:bottom", QString::number(docx::kMarginBottom)}, {"w:left", QString::number(docx::kMarginLeft)},
                         {"w:header", QStringLiteral("851")}, {"w:footer", QStringLiteral("992")}, {"w:gutter", QStringLiteral("0")}});
    x_.empty("w:cols", {{"w:space", QStringLiteral("425")}});
    x_.empty("w:docGrid", {{"w:linePitch", QStringLiteral("312")}});
    x_.end();
}

QByteArray zipWordDocument(const std::function<QByteArray(const QString& footerId)>& documentXml, const QByteArray& coreProperties,
                           const QByteArray& customProperties, QString* error) {
    const QString document = QStringLiteral("word/document.xml");
    OpcPackage package;
    package.addRelationship({}, relationType("officeDocument"), document);
    package.addRelationship({}, QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                            QStringLiteral("docProps/core.xml"));
    package.addRelationship({}, relationType("extended-properties"), QStringLiteral("docProps/app.xml"));
    if (!customProperties.isEmpty())
        package.addRelationship({}, relationType("custom-properties"), QStringLiteral("docProps/custom.xml"));
    package.addRelationship(document, relationType("styles"), QStringLiteral("styles.xml"));
    package.addRelationship(document, relationType("settings"), QStringLiteral("settings.xml"));
    package.addRelationship(document, relationType("fontTable"), QStringLiteral("fontTable.xml"));
    const QString footerId = package.addRelationship(document, relationType("footer"), QStringLiteral("footer1.xml"));

    package.addPart(document, wordType("document.main+xml"), documentXml(footerId));
    package.addPart(QStringLiteral("word/styles.xml"), wordType("styles+xml"), docxStylesXml());
    package.addPart(QStringLiteral("word/settings.xml"), wordType("settings+xml"), docxSettingsXml());
    package.addPart(QStringLiteral("word/fontTable.xml"), wordType("fontTable+xml"), docxFontTableXml());
    package.addPart(QStringLiteral("word/footer1.xml"), wordType("footer+xml"), docxFooterXml());
    package.addPart(QStringLiteral("docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"),
                    coreProperties);
    package.addPart(QStringLiteral("docProps/app.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"),
                    docxAppPropertiesXml());
    if (!customProperties.isEmpty())
        package.addPart(QStringLiteral("docProps/custom.xml"),
                        QStringLiteral("application/vnd.openxmlformats-officedocument.custom-properties+xml"), customProperties);
    return package.zip(error);
}

}  // namespace nianbao
