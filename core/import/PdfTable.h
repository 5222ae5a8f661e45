#pragma once

#include "import/PdfLayout.h"
#include "import/StructuredDocument.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace nianbao {

// A run of words on one line of a PDF table, closer together than cell
// padding: one line of one cell. y runs on across pages (each page starts
// below the previous one), so a table crossing a page is one coordinate space.
struct PdfPiece {
    QString text;
    QRectF box;
    int page = 0;
    bool isValue = false;
    std::vector<PdfWord> words;  // as poppler split it, for splitting the piece again
};

// Rebuilds the rows of a table from its pieces the way the printed form is
// read, without ruling lines (the text layer has none):
//  - a row is anchored on its numbers: the numbers on one baseline;
//  - the label fragments in a row's vertical band, in the rightmost label
//    column, are its label, wrapped lines joined — a label is vertically
//    centred beside its numbers, its lines above, on and below them;
//  - label fragments in columns left of that are the labels of merged group
//    cells ("三、本年度办理结果", "（三）不予公开"), often wrapped or printed
//    vertically: joined into one label and kept as a label-only row before
//    the rows their cell spans;
//  - text over the value columns, above a run of rows, is a header block:
//    its rows are output as header rows, words broken over lines joined,
//    and its lowest cells are the value columns, so a column that has no
//    number in any row is still an empty cell at its x position;
//  - a label with no numbers and nothing right of it is a row whose cells
//    are all blank: it gets an empty cell per column, as in the form.
// `height` is the document's typical word height: every threshold is a fraction of it.
StructuredTable buildPdfTable(std::vector<PdfPiece> pieces, double height);

}  // namespace nianbao
