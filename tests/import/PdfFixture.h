#pragma once

#include "import/StructuredDocument.h"

#include <QByteArray>

namespace nianbao::test {

// The document printed to A4 with QPdfWriter as Word prints it: indented
// paragraphs wrapped to the text width, tables with ruled cells, labels
// top-aligned and wrapped inside narrow columns, numbers centred, merged
// cells spanning their rows and columns, rows kept whole across page breaks,
// and a page number at the foot of each page.
QByteArray printedPdf(const StructuredDocument& document);

// A page of drawings and an image but no text, as a scanner produces.
QByteArray scannedPdf();

// A PDF with the standard security handler and a user password: poppler
// cannot open it without the password.
QByteArray passwordProtectedPdf();

}  // namespace nianbao::test
