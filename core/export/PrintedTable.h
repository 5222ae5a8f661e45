#pragma once

#include "check/Finding.h"
#include "report/Report.h"

#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

// A table as printed on paper: a grid of columns, with cells that span
// columns (gridSpan) and rows (vertical merges). DOCX and the CSV "form"
// shape both render this one model, so they cannot disagree on the layout.
struct PrintedCell {
    enum class Role { Header, Label, Value };
    Role role = Role::Value;
    QString text;
    int column = 0;      // first grid column
    int columnSpan = 1;
    int rowSpan = 1;     // on the first row of a vertical merge
    bool continued = false;       // covered by the vertical merge of the cell above (no text)
    std::optional<CellRef> cell;  // value cells: the report cell printed here
};

struct PrintedRow {
    std::vector<PrintedCell> cells;  // left to right; together they cover every grid column once
};

struct PrintedTable {
    QString id;       // "active", "requests", "reviews", or a name for other tables
    QString section;  // the section heading the table belongs under
    std::vector<int> columnWidths;  // twips at A4 text width (the DOCX scales them; CSV ignores them)
    int headerRows = 0;             // repeated at the top of each page
    bool keepTogether = false;      // move to the next page rather than split, when it fits on one
    std::vector<PrintedRow> rows;

    int columnCount() const { return static_cast<int>(columnWidths.size()); }
};

// Places cells on a grid and turns the placement into rows, adding the
// continuation cells that vertical merges need in every row they cover.
class GridBuilder {
public:
    GridBuilder(int rows, int columns);
    void place(int row, int column, int rowSpan, int columnSpan, PrintedCell::Role role, const QString& text,
               std::optional<CellRef> cell = std::nullopt);
    std::vector<PrintedRow> rows() const;

private:
    struct Slot {
        int origin = -1;  // index into placed_, -1 when nothing covers the slot
    };
    int columns_;
    std::vector<std::vector<Slot>> grid_;
    std::vector<std::pair<int, PrintedCell>> placed_;  // (first row, cell)
};

// The three statistical tables in the official layout: table 二 (all article
// items in one table), table 三 and table 四, with corrected values in place.
PrintedTable printActiveTable(const Report& report);
PrintedTable printRequestsTable(const Report& report);
PrintedTable printReviewsTable(const Report& report);

// A plain table: one header row, then the rows; used by the review appendix.
PrintedTable printSimpleTable(const QString& id, const QStringList& header, const std::vector<QStringList>& rows,
                              const std::vector<int>& columnWidths);

}  // namespace nianbao
