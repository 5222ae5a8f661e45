#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace nianbao {

// What the DOCX, HTML and PDF readers recover before anything is rendered:
// paragraphs and tables as the file structures them, without source
// positions. renderStructuredDocument() turns it into the text the raw view
// shows and the Document whose spans point into that text.
struct StructuredTable;

// Where a paragraph or cell sits in the file it was read from, in the
// reader's own units (DOCX: UTF-16 offsets into word/document.xml, from the
// start tag's "<" to past the end tag's ">"), so an export can edit exactly
// that element of the user's own file. Invalid when the reader keeps none.
struct SourceRange {
    qint64 start = -1;
    qint64 end = -1;
    bool isValid() const { return start >= 0 && end >= start; }
};

struct StructuredCell {
    QString text;  // the cell's paragraphs joined by a space
    int columnSpan = 1;
    int rowSpan = 1;
    // A cell covered by a merged cell above it (DOCX vMerge continuation,
    // the positions an HTML rowspan fills): kept as an empty cell so every
    // row lines up with the grid, as reconstruction expects.
    bool continuation = false;
    std::vector<StructuredTable> nested;  // tables inside this cell, in order
    SourceRange origin;
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
    SourceRange origin;  // of the paragraph
};

struct StructuredDocument {
    std::vector<StructuredBlock> blocks;

    void addParagraph(const QString& text, SourceRange origin = {});  // skips blank paragraphs
    void addTable(StructuredTable table);    // skips tables without rows
};

// Whitespace runs (including line breaks and tabs) collapsed to one space, trimmed.
QString simplifiedText(const QString& text);

}  // namespace nianbao
