#pragma once

#include "document/Document.h"
#include "format/LabelMatcher.h"

#include <QStringList>

#include <deque>
#include <vector>

namespace nianbao {

// The rows of a document in reading order, across tables, with each cell's
// label key computed once. Short paragraphs take part as one-cell rows:
// converters print item headings ("### 第二十条第（一）项") and table 四's
// group titles as paragraphs, and reconstruction must find them there.
struct FlatRow {
    const DocRow* row = nullptr;
    int table = -1;          // index of the DocTable; -1 for a paragraph
    bool prose = false;      // a paragraph too long to be a heading or a label
    std::vector<LabelKey> keys;
    std::vector<bool> isLabel;  // non-blank and not a number

    bool isParagraph() const { return table < 0; }
    int lastLabel() const;  // index of the last label cell, -1 when none
    // The cells after the last label: the row's values (all cells when it has no label).
    std::vector<const DocCell*> valueCells() const;
    bool hasNumber() const;
};

struct FlatDocument {
    std::vector<FlatRow> rows;
    std::deque<DocRow> paragraphRows;  // owns the one-cell rows made for paragraphs
};

FlatDocument flatten(const Document& document);

// The official wording of a label and its aliases, as keys.
struct OfficialLabel {
    std::vector<LabelKey> keys;  // the official wording first, then aliases
};
// The reference stays valid for the thread's lifetime.
const OfficialLabel& officialLabel(const QString& label, const QStringList& aliases = {});
LabelMatch matchOfficial(const LabelKey& found, const OfficialLabel& official);

struct Position {
    int row = -1;
    int cell = -1;
    bool found() const { return row >= 0; }
};

enum class LabelSearch {
    TableCells,     // row labels: only table cells carry values
    AlsoParagraphs  // headings and anchors: printed in a table or as a paragraph
};

// First label cell in rows [from.row, endRow) — after from.cell on the first
// row — that matches `official`. `exact` demands the same key (headings that
// differ in one character, like 第二十条第（一）项 and 第二十条第（二）项).
Position findLabel(const std::vector<FlatRow>& rows, Position from, int endRow, const OfficialLabel& official,
                   bool exact = false, LabelSearch where = LabelSearch::TableCells);

}  // namespace nianbao
