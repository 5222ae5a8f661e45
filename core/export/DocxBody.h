#pragma once

#include "export/OfficeXml.h"
#include "export/PrintedTable.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace nianbao {

// The pieces every Word document the program writes is made of — the
// exported report (DocxWriter) and the review letters (ReviewLetter): body
// paragraphs named by style (DocxParts.h), tables from the PrintedTable
// model with real merges, the A4 section, and the package around them.
class DocxBodyWriter {
public:
    explicit DocxBodyWriter(OfficeXmlWriter& x) : x_(x) {}

    void paragraph(const char* style, const QString& text, bool keepNext = false);
    void pageBreak();
    void table(const PrintedTable& t);
    // A4 with the official margins and the page-number footer `footerId`;
    // the last child of w:body.
    void sectionProperties(const QString& footerId);

private:
    static std::vector<int> scaledWidths(const std::vector<int>& weights);
    void cell(const PrintedCell& c, const std::vector<int>& widths, bool keepNext);

    OfficeXmlWriter& x_;
};

// The .docx package: word/document.xml from `documentXml(footerId)`, the
// styles, settings, font table and footer of DocxParts.h, and the given
// core and custom properties. The bytes, or empty with `error` set.
QByteArray zipWordDocument(const std::function<QByteArray(const QString& footerId)>& documentXml, const QByteArray& coreProperties,
                           const QByteArray& customProperties, QString* error);

}  // namespace nianbao
