#pragma once

#include "format/LabelMatcher.h"

#include <vector>

namespace nianbao {

// How a value row of the report came to stand for an official row.
enum class RowPlacement {
    Label,       // its label matches, in the official order
    Position,    // its label is lost or unrecognisable, but the rows around it pin its place
    OutOfOrder,  // its label matches an official row, printed elsewhere in the table
};

// A row of values found in a report, as the alignment sees it.
struct RowCandidate {
    std::vector<LabelMatch> matches;  // against each official row; None throughout for a row without a label
    bool fitsColumns = false;         // as many value cells as the form has columns
};

struct PlacedRow {
    int candidate = -1;  // -1: the official row is not in the report
    RowPlacement placement = RowPlacement::Label;
};

struct RowAlignment {
    std::vector<PlacedRow> rows;  // one per official row
    std::vector<int> unplaced;    // candidates no official row could take
    int score = 0;                // how well the layout fits: compares the layouts of format versions
};

// The official row order is fixed, so the rows of a report are aligned with
// it rather than looked up one by one: the longest chain of label matches in
// order (exact matches weigh more than typos) pins the rows; a row printed
// out of order is placed by its label; between two pinned rows, rows whose
// label was lost or garbled fill the official rows left there when their
// numbers agree exactly. Anything else stays unplaced — never guessed.
RowAlignment alignRows(const std::vector<RowCandidate>& candidates, int officialRows);

}  // namespace nianbao
