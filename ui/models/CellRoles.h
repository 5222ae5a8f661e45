#pragma once

#include <Qt>

namespace nianbao {

// What ReportTableModel tells its delegate about a grid position, beyond
// the text. Highlighting is decided here, in the model, from the findings;
// the delegate only paints what these roles say.
enum CellRole {
    // FormCellKind as int.
    FormCellKindRole = Qt::UserRole + 1,
    // The most severe finding involving the cell: Severity as int, or -1.
    // Only failing findings count (every finding is a failure to report).
    SeverityRole,
    // True when the cell holds a reviewer's correction.
    CorrectedRole,
    // What the source says, as text ("45", "空白"), for corrected cells.
    OriginalTextRole,
    // The ColumnKind (as int) of the cell: what a value typed into it may be
    // (counts: digits; 本年增/减: a sign allowed; money: decimals allowed).
    ColumnKindRole,
};

enum class FormCellKind { Caption, ColumnHeader, RowHeader, Value, Empty };

}  // namespace nianbao
