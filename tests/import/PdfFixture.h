#pragma once

#include "import/StructuredDocument.h"

#include <QByteArray>

namespace nianbao::test {

enum class PrintStyle {
    // Word's defaults: labels top-aligned and wrapped inside narrow columns,
    // numbers centred across their cell on the label's first line.
    TopAligned,
    // The official forms as WPS, Word and LibreOffice print them in real
    // reports: every cell's text vertically centred (a merged cell in its part
    // on the page), a narrow label column so labels wrap over two or three
    // lines with the numbers beside the middle one, the outer group label
    // ("三、本年度办理结果") in a one-character column so it prints
    // vertically, header words broken over lines in narrow value columns
    // ("社会/公益/组织", "结果/维持"), header cells centred; table 三 is then
    // tall enough to cross a page.
    Centred,
};

// The document printed to A4 with QPdfWriter: indented paragraphs wrapped to
// the text width, tables with ruled cells, merged cells spanning their rows
// and columns, rows kept whole across page breaks, and a page number at the
// foot of each page.
QByteArray printedPdf(const StructuredDocument& document, PrintStyle style = PrintStyle::TopAligned);

// `pages` pages each holding `wordsPerPage` short words ("词1", "词2"…) in
// a grid: a file past the reader's budgets, generated as large as a test needs.
QByteArray pagesOfWords(int pages, int wordsPerPage);

// A page of drawings and an image but no text, as a scanner produces.
QByteArray scannedPdf();

// A PDF with the standard security handler and a user password: poppler
// cannot open it without the password.
QByteArray passwordProtectedPdf();

}  // namespace nianbao::test
