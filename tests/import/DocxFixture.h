#pragma once

#include "import/StructuredDocument.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace nianbao::test {

using ZipMember = QPair<QString, QByteArray>;

// A zip archive holding exactly these members, deflated.
QByteArray zipArchive(const QList<ZipMember>& members);

// word/document.xml around a body fragment (WordprocessingML, w: prefix bound).
QByteArray documentXml(const QString& bodyXml);

// A minimal valid .docx (content types, package relationship, document part)
// whose document.xml is `documentXmlBytes`.
QByteArray docxPackage(const QByteArray& documentXmlBytes);

// The body of `document` as Word writes it: each paragraph's and cell's text
// split into two runs mid-text (as Word's revision ids and spell checks split
// them), gridSpan for column spans, vMerge restart/continue for row spans,
// nested tables inside their cell. With `runProperties` (the inside of a
// w:rPr) every run and paragraph mark carries them, as a clerk's formatted
// draft does.
QString bodyXml(const StructuredDocument& document, const QString& runProperties = {});

inline QByteArray docxFrom(const StructuredDocument& document) {
    return docxPackage(documentXml(bodyXml(document)));
}

}  // namespace nianbao::test
