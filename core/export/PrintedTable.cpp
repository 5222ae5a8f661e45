#include "export/PrintedTable.h"

#include "export/ExportInput.h"
#include "form/FormLayout.h"

#include <algorithm>

namespace nianbao {

GridBuilder::GridBuilder(int rows, int columns) : columns_(columns), grid_(rows, std::vector<Slot>(columns)) {}

void GridBuilder::place(int row, int column, int rowSpan, int columnSpan, PrintedCell::Role role, const QString& text,
                        std::optional<CellRef> cell) {
    PrintedCell c;
    c.role = role;
    c.text = text;
    c.column = column;
    c.columnSpan = columnSpan;
    c.rowSpan = rowSpan;
    c.cell = std::move(cell);
    const int index = static_cast<int>(placed_.size());
    placed_.emplace_back(row, c);
    for (int r = row; r < row + rowSpan && r < static_cast<int>(grid_.size()); ++r)
        for (int k = column; k < column + columnSpan && k < columns_; ++k) grid_[r][k].origin = index;
}

std::vector<PrintedRow> GridBuilder::rows() const {
    std::vector<PrintedRow> out(grid_.size());
    for (size_t r = 0; r < grid_.size(); ++r) {
        for (int k = 0; k < columns_;) {
            const int origin = grid_[r][k].origin;
            if (origin < 0) {
                // A hole in the layout still needs a cell, or Word reports the table as damaged.
                PrintedCell empty;
                empty.column = k;
                out[r].cells.push_back(empty);
                ++k;
                continue;
            }
            const auto& [firstRow, placed] = placed_[origin];
            PrintedCell cell = placed;
            if (static_cast<int>(r) != firstRow) {
                cell.text.clear();
                cell.cell.reset();
                cell.continued = true;
                cell.rowSpan = 1;
            }
            out[r].cells.push_back(cell);
            k += placed.columnSpan;
        }
    }
    return out;
}

namespace {

// The description a table was read in: a 2019 table 三 inside a 2021 report is printed in its own layout.
const FormatSpec& formatOf(const Report& report, const ReportTable& table) {
    const FormatSpec* owner = FormatSpec::owning(table.spec);
    return owner ? *owner : *report.spec;
}

// Prints one official table's grid (FormLayout: the labels from the format
// description, the values from the report) with its top-left corner at
// (top, left). Whatever reaches the layout's right edge stretches to `edge`,
// as table 二's narrower items do in the one table they share.
void placeForm(GridBuilder& grid, const FormLayout& layout, const ReportTable& table, int top, int left, int edge) {
    auto spanTo = [&](int column, int columnSpan) {
        return column + columnSpan == layout.columnCount() ? edge - left - column : columnSpan;
    };
    for (const FormLabel& label : layout.labels())
        grid.place(top + label.row, left + label.column, label.rowSpan, spanTo(label.column, label.columnSpan),
                   label.kind == FormLabel::Kind::RowHeader ? PrintedCell::Role::Label : PrintedCell::Role::Header,
                   label.text);
    for (size_t r = 0; r < table.rows.size(); ++r)
        for (size_t c = 0; c < table.rows[r].cells.size(); ++c) {
            const int column = layout.gridColumn(static_cast<int>(c));
            grid.place(top + layout.gridRow(static_cast<int>(r)), left + column, 1, spanTo(column, 1),
                       PrintedCell::Role::Value, printedCellText(table.rows[r].cells[c]),
                       CellRef{table.spec->id, static_cast<int>(r), static_cast<int>(c)});
        }
}

}  // namespace

PrintedTable printActiveTable(const Report& report) {
    PrintedTable out;
    out.id = QStringLiteral("active");
    std::vector<std::pair<const ReportTable*, FormLayout>> items;
    int rows = 0, columns = 0;
    for (const ReportTable& t : report.tables) {
        if (!t.spec->id.startsWith(QLatin1String("active."))) continue;
        FormLayout layout = FormLayout::forTable(*t.spec, formatOf(report, t));
        rows += layout.rowCount();
        columns = std::max(columns, layout.columnCount());
        items.emplace_back(&t, std::move(layout));
    }
    out.section = report.spec ? report.spec->sections.value(1) : QString();
    // The official form prints every article item in one table, one under the other.
    GridBuilder grid(rows, columns);
    int row = 0;
    for (const auto& [table, layout] : items) {
        placeForm(grid, layout, *table, row, 0, columns);
        row += layout.rowCount();
    }
    out.rows = grid.rows();
    out.keepTogether = true;
    const int valueColumns = std::max(columns - 1, 0);
    out.columnWidths = {2844};
    for (int c = 0; c < valueColumns; ++c) out.columnWidths.push_back(6000 / std::max(valueColumns, 1));
    return out;
}

PrintedTable printRequestsTable(const Report& report) {
    PrintedTable out;
    out.id = QStringLiteral("requests");
    const ReportTable* table = report.table(QStringLiteral("requests"));
    if (!table || !report.spec) return out;
    out.section = table->spec->heading;
    const FormLayout layout = FormLayout::forTable(*table->spec, formatOf(report, *table));
    GridBuilder grid(layout.rowCount(), layout.columnCount());
    placeForm(grid, layout, *table, 0, 0, layout.columnCount());
    out.rows = grid.rows();
    out.headerRows = layout.headerRows();
    out.keepTogether = true;
    // Narrow outer label column (its text stacks one character per line, as
    // on the printed form) and value columns two characters wide leave the
    // item labels room for one line each, so the whole table fits one page.
    const std::vector<int> labelWidths = {454, 1000, 3070};
    for (int c = 0; c < layout.labelColumns(); ++c) out.columnWidths.push_back(labelWidths[std::min(c, 2)]);
    for (size_t c = 0; c < table->spec->columns.size(); ++c) out.columnWidths.push_back(620);
    return out;
}

PrintedTable printReviewsTable(const Report& report) {
    PrintedTable out;
    out.id = QStringLiteral("reviews");
    const ReportTable* table = report.table(QStringLiteral("reviews"));
    if (!table || !report.spec) return out;
    out.section = table->spec->heading;
    const FormLayout layout = FormLayout::forTable(*table->spec, formatOf(report, *table));
    GridBuilder grid(layout.rowCount(), layout.columnCount());
    placeForm(grid, layout, *table, 0, 0, layout.columnCount());
    out.rows = grid.rows();
    out.headerRows = layout.headerRows();
    out.keepTogether = true;
    out.columnWidths.assign(layout.columnCount(), 8844 / std::max(layout.columnCount(), 1));
    return out;
}

PrintedTable printSimpleTable(const QString& id, const QStringList& header, const std::vector<QStringList>& rows,
                              const std::vector<int>& columnWidths) {
    PrintedTable out;
    out.id = id;
    out.columnWidths = columnWidths;
    out.headerRows = 1;
    const int columns = static_cast<int>(columnWidths.size());
    GridBuilder grid(1 + static_cast<int>(rows.size()), columns);
    for (int c = 0; c < columns; ++c) grid.place(0, c, 1, 1, PrintedCell::Role::Header, header.value(c));
    for (size_t r = 0; r < rows.size(); ++r)
        for (int c = 0; c < columns; ++c)
            grid.place(1 + static_cast<int>(r), c, 1, 1, PrintedCell::Role::Label, rows[r].value(c));
    out.rows = grid.rows();
    return out;
}

}  // namespace nianbao
