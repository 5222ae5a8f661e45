#pragma once

#include <QString>

#include <vector>

namespace nianbao {

// What the DOCX, HTML and PDF readers recover before anything is rendered:
// paragraphs and tables as the file structures them, without source
// positions. renderStructuredDocument() turns it into the text the raw view
// shows and the Document whose spans point into that text.
struct StructuredTable;

struct StructuredCell {
    QString text;  // the cell's paragraphs joined by a space
    int columnSpan = 1;
    int rowSpan = 1;
    // A cell covered by a merged cell above it (DOCX vMerge continuation,
    // the positions an HTML rowspan fills): kept as an empty cell so every
    // row lines up with the grid, as reconstruction expects.
    bool continuation = false;
    std::vector<StructuredTable> nested;  // tables inside this cell, in order
};

struct StructuredRow {
    std::vector<StructuredCell> cells;
};

struct StructuredTable {
    std::vector<StructuredRow> rows;
};

struct StructuredBlock {
    bool isTable = false;
    QString paragraph;
    StructuredTable table;
};

struct StructuredDocument {
    std::vector<StructuredBlock> blocks;

    void addParagraph(const QString& text);  // skips blank paragraphs
    void addTable(StructuredTable table);    // skips tables without rows
};

// Whitespace runs (including line breaks and tabs) collapsed to one space, trimmed.
QString simplifiedText(const QString& text);

}  // namespace nianbao
