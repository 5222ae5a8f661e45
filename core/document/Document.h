#pragma once

#include "text/SourceText.h"

#include <QString>

#include <vector>

namespace nianbao {

// The layout-neutral model every importer yields and reconstruction reads:
// paragraphs and tables of cells, in document order, each piece knowing
// where it came from. Text is NFKC-normalised; spans point at the original.
struct DocCell {
    QString text;  // normalised, trimmed; a label broken across lines is rejoined
    SourceSpan span;
    int columnSpan = 1;
    int rowSpan = 1;
};

struct DocRow {
    std::vector<DocCell> cells;
};

struct DocTable {
    std::vector<DocRow> rows;
};

struct DocParagraph {
    QString text;  // normalised, trimmed
    SourceSpan span;
};

struct DocBlock {
    enum class Kind { Paragraph, Table };
    Kind kind = Kind::Paragraph;
    DocParagraph paragraph;
    DocTable table;
};

struct Document {
    std::vector<DocBlock> blocks;
};

}  // namespace nianbao
