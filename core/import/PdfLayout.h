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

// Rebuilds paragraphs and table rows from positioned words, the way a reader
// sees a PDF printed from Word:
//  - words on one baseline form a line; wide gaps split it into chunks (cells);
//  - page numbers at the top or bottom of a page are dropped;
//  - lines holding numbers or several chunks are table rows, and short label
//    lines next to them belong to the same table; wrapped prose lines rejoin;
//  - a row's numbers sit on its label's (first) baseline, so a label-only
//    line just below a label cell, starting where it starts, continues it;
//  - value columns are the x ranges the numbers of the table occupy; a row
//    without a number in a column gets an empty cell there, as in the form.
StructuredDocument layoutPdfPages(const std::vector<PdfPage>& pages);

}  // namespace nianbao
