#pragma once

class QTableView;
class QWidget;

namespace nianbao {

// The read-only lists of the bottom docks (findings, corrections, rules), filling
// `panel`: whole rows, one at a time, no in-place editing, no row numbers,
// and Tab moves on to the next widget rather than through the cells.
QTableView* addListTable(QWidget* panel);

}  // namespace nianbao
