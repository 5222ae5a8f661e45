#pragma once

#include "import/StructuredDocument.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace nianbao {

// A word of a PDF's text layer with its bounding box (points, y downwards).
struct PdfWord {
    QString text;
    QRectF box;
};

struct PdfPage {
    QSizeF size;
    std::vector<PdfWord> words;
};

// Rebuilds paragraphs and tables from positioned words, the way a reader
// sees a printed PDF:
//  - words overlapping in height form a line; words of one cell (one
//    baseline, closer than cell padding) form a piece;
//  - page numbers and running heads in the margins are dropped;
//  - lines holding numbers or several pieces are table lines, and short
//    label lines next to them belong to the same table; wrapped prose lines
//    rejoin;
//  - the pages are stacked on one y axis, so a table crossing a page is one
//    table; its rows are rebuilt by buildPdfTable (PdfTable.h).
StructuredDocument layoutPdfPages(const std::vector<PdfPage>& pages);

}  // namespace nianbao
