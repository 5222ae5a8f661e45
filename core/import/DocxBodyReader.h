#pragma once

#include "import/DocxNumbering.h"
#include "import/StructuredDocument.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

struct DocxBody {
    StructuredDocument document;
    QString encoding;  // as the XML declares it; UTF-8 when it does not
    QString error;     // Chinese; non-empty when the XML is malformed or has no body
    bool ok() const { return error.isEmpty(); }
};

// Reads word/document.xml (WordprocessingML) into paragraphs and tables:
//  - the current text of tracked changes (w:ins kept, w:del and w:moveFrom dropped);
//  - field results kept, field instructions (w:instrText) dropped;
//  - runs concatenated, so a number Word split over several runs stays one number;
//  - gridSpan as column spans, vMerge as row spans with empty continuation cells;
//  - nested tables attached to their cell; deleted table rows dropped;
//  - list numbering (w:numPr, directly or through the paragraph style) rendered
//    in front of the paragraph as Word shows it, when `numbering` is given;
//  - each paragraph's and cell's place in the XML kept as its origin;
//  - bookmarks, comments, drawings and other properties ignored.
DocxBody readDocxBody(const QByteArray& documentXml, DocxNumbering* numbering = nullptr);

}  // namespace nianbao
