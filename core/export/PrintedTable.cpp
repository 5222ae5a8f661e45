#include "export/PrintedTable.h"

#include "export/ExportInput.h"

#include <QRegularExpression>

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

// A header path from the outermost merged label down to the column's own label.
using Path = QStringList;

bool samePrefix(const Path& a, const Path& b, int depth) {
    if (a.size() <= depth || b.size() <= depth) return false;
    for (int i = 0; i <= depth; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

// Lays out multi-level header labels along one axis. Along the axis,
// consecutive paths that share a prefix merge into one cell; across it, a
// path shorter than the deepest one stretches its last label to the end.
// `put(position, level, alongSpan, acrossSpan, text)` receives each cell.
template <typename Put>
void layoutPaths(const std::vector<Path>& paths, Put put) {
    int depth = 0;
    for (const Path& p : paths) depth = std::max(depth, static_cast<int>(p.size()));
    for (int level = 0; level < depth; ++level) {
        for (int i = 0; i < static_cast<int>(paths.size());) {
            const Path& p = paths[i];
            if (level == p.size() - 1) {
                put(i, level, 1, depth - level, p[level]);
                ++i;
            } else if (level < p.size() - 1) {
                int j = i + 1;
                while (j < static_cast<int>(paths.size()) && level < paths[j].size() - 1 && samePrefix(p, paths[j], level)) ++j;
                put(i, level, j - i, 1, p[level]);
                i = j;
            } else {
                ++i;  // covered by a shorter path's stretched label
            }
        }
    }
}

int depthOf(const std::vector<Path>& paths) {
    int depth = 0;
    for (const Path& p : paths) depth = std::max(depth, static_cast<int>(p.size()));
    return depth;
}

void placeValues(GridBuilder& grid, const ReportTable& table, int row, int tableRow, int firstColumn, int lastColumnEnd) {
    const ReportRow& r = table.rows[tableRow];
    const int n = static_cast<int>(r.cells.size());
    for (int c = 0; c < n; ++c) {
        // Items with fewer columns than the widest one let their last value
        // cell run to the table's edge, as the official form draws them.
        const int span = c == n - 1 ? lastColumnEnd - (firstColumn + c) : 1;
        grid.place(row, firstColumn + c, 1, span, PrintedCell::Role::Value, printedCellText(r.cells[c]),
                   CellRef{table.spec->id, tableRow, c});
    }
}

// "（三）不予公开" is numbered as a sub-item: it sits inside the numbered
// group above it ("三、本年度办理结果"), which the format files do not repeat.
bool isSubItem(const QString& group) {
    static const QRegularExpression subItem(QStringLiteral("^[（(][一二三四五六七八九十]+[）)]"));
    return subItem.match(group).hasMatch();
}

std::vector<Path> rowPaths(const TableSpec& spec) {
    std::vector<Path> paths;
    QString outer;
    for (const RowSpec& row : spec.rows) {
        Path p;
        if (row.group.isEmpty()) {
            outer.clear();
        } else if (isSubItem(row.group)) {
            if (!outer.isEmpty()) p << outer;
            p << row.group;
        } else {
            outer = row.group;
            p << row.group;
        }
        p << row.label;
        paths.push_back(p);
    }
    return paths;
}

}  // namespace

PrintedTable printActiveTable(const Report& report) {
    PrintedTable out;
    out.id = QStringLiteral("active");
    std::vector<const ReportTable*> items;
    int valueColumns = 0;
    for (const ReportTable& t : report.tables) {
        if (!t.spec->id.startsWith(QLatin1String("active."))) continue;
        items.push_back(&t);
        valueColumns = std::max(valueColumns, static_cast<int>(t.spec->columns.size()));
    }
    out.section = report.spec ? report.spec->sections.value(1) : QString();
    int rows = 0;
    for (const ReportTable* t : items) rows += 2 + static_cast<int>(t->rows.size());
    const int columns = 1 + valueColumns;
    GridBuilder grid(rows, columns);
    int row = 0;
    for (const ReportTable* t : items) {
        grid.place(row++, 0, 1, columns, PrintedCell::Role::Header, t->spec->heading);
        // "信息内容" heads the label column of every item in the official form;
        // the format files describe only the value columns.
        grid.place(row, 0, 1, 1, PrintedCell::Role::Header, QStringLiteral("信息内容"));
        const int n = static_cast<int>(t->spec->columns.size());
        for (int c = 0; c < n; ++c)
            grid.place(row, 1 + c, 1, c == n - 1 ? columns - 1 - c : 1, PrintedCell::Role::Header, t->spec->columns[c].label);
        ++row;
        for (size_t r = 0; r < t->rows.size(); ++r) {
            grid.place(row, 0, 1, 1, PrintedCell::Role::Label, t->spec->rows[r].label);
            placeValues(grid, *t, row, static_cast<int>(r), 1, columns);
            ++row;
        }
    }
    out.rows = grid.rows();
    out.keepTogether = true;
    out.columnWidths = {2844};
    for (int c = 0; c < valueColumns; ++c) out.columnWidths.push_back(6000 / std::max(valueColumns, 1));
    return out;
}

PrintedTable printRequestsTable(const Report& report) {
    PrintedTable out;
    out.id = QStringLiteral("requests");
    const ReportTable* table = report.table(QStringLiteral("requests"));
    if (!table || !report.spec) return out;
    const TableSpec& spec = *table->spec;
    out.section = spec.heading;

    std::vector<Path> columnPaths;
    const QString top = report.spec->requestsHeader.value(0);  // "申请人情况"
    for (const ColumnSpec& c : spec.columns) {
        Path p;
        if (!top.isEmpty()) p << top;
        if (!c.group.isEmpty()) p << c.group;
        p << c.label;
        columnPaths.push_back(p);
    }
    const std::vector<Path> labelPaths = rowPaths(spec);
    const int headerRows = depthOf(columnPaths);
    const int labelColumns = depthOf(labelPaths);
    const int columns = labelColumns + static_cast<int>(spec.columns.size());
    GridBuilder grid(headerRows + static_cast<int>(spec.rows.size()), columns);

    // The corner holds the table's own note on its balance relation, as printed.
    grid.place(0, 0, headerRows, labelColumns, PrintedCell::Role::Header, report.spec->requestsNote);
    layoutPaths(columnPaths, [&](int column, int level, int along, int across, const QString& text) {
        grid.place(level, labelColumns + column, across, along, PrintedCell::Role::Header, text);
    });
    layoutPaths(labelPaths, [&](int row, int level, int along, int across, const QString& text) {
        grid.place(headerRows + row, level, along, across, PrintedCell::Role::Label, text);
    });
    for (size_t r = 0; r < spec.rows.size(); ++r)
        placeValues(grid, *table, headerRows + static_cast<int>(r), static_cast<int>(r), labelColumns, columns);

    out.rows = grid.rows();
    out.headerRows = headerRows;
    out.keepTogether = true;
    // Narrow outer label column (its text stacks one character per line, as
    // on the printed form) and value columns two characters wide leave the
    // item labels room for one line each, so the whole table fits one page.
    const std::vector<int> labelWidths = {454, 1000, 3070};
    for (int c = 0; c < labelColumns; ++c) out.columnWidths.push_back(labelWidths[std::min(c, 2)]);
    for (size_t c = 0; c < spec.columns.size(); ++c) out.columnWidths.push_back(620);
    return out;
}

PrintedTable printReviewsTable(const Report& report) {
    PrintedTable out;
    out.id = QStringLiteral("reviews");
    const ReportTable* table = report.table(QStringLiteral("reviews"));
    if (!table) return out;
    const TableSpec& spec = *table->spec;
    out.section = spec.heading;
    std::vector<Path> columnPaths;
    for (const ColumnSpec& c : spec.columns) {
        // "行政诉讼·未经复议直接起诉": the group names its own two header levels.
        Path p = c.group.split(QChar(0x00B7), Qt::SkipEmptyParts);
        p << c.label;
        columnPaths.push_back(p);
    }
    const int headerRows = depthOf(columnPaths);
    const int columns = static_cast<int>(spec.columns.size());
    GridBuilder grid(headerRows + static_cast<int>(table->rows.size()), columns);
    layoutPaths(columnPaths, [&](int column, int level, int along, int across, const QString& text) {
        grid.place(level, column, across, along, PrintedCell::Role::Header, text);
    });
    for (size_t r = 0; r < table->rows.size(); ++r)
        placeValues(grid, *table, headerRows + static_cast<int>(r), static_cast<int>(r), 0, columns);
    out.rows = grid.rows();
    out.headerRows = headerRows;
    out.keepTogether = true;
    out.columnWidths.assign(columns, 8844 / std::max(columns, 1));
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
