#include "report/Report.h"

namespace nianbao {

const ReportTable* Report::table(const QString& id) const {
    for (const ReportTable& t : tables)
        if (t.spec && t.spec->id == id) return &t;
    return nullptr;
}

const TableSpec* Report::tableSpec(const QString& id) const {
    if (const ReportTable* t = table(id)) return t->spec;
    return spec ? spec->table(id) : nullptr;
}

ReportTable* Report::table(const QString& id) {
    return const_cast<ReportTable*>(static_cast<const Report*>(this)->table(id));
}

const ReportCell* Report::cell(const CellRef& ref) const {
    const ReportTable* t = table(ref.table);
    if (!t || ref.row < 0 || ref.row >= static_cast<int>(t->rows.size())) return nullptr;
    const ReportRow& row = t->rows[ref.row];
    if (ref.column < 0 || ref.column >= static_cast<int>(row.cells.size())) return nullptr;
    return &row.cells[ref.column];
}

ReportCell* Report::cell(const CellRef& ref) {
    return const_cast<ReportCell*>(static_cast<const Report*>(this)->cell(ref));
}

}  // namespace nianbao

namespace nianbao {

QString describeTable(const TableSpec& table) {
    if (table.kind == TableKind::ArticleItem) return QStringLiteral("%1“%2”").arg(table.name, table.heading);
    return table.name;
}

QString describeCell(const TableSpec& table, int row, int column) {
    const ColumnSpec& c = table.columns[column];
    if (table.kind == TableKind::GroupedColumns)  // one unlabelled row: the column names the cell
        return QStringLiteral("%1“%2·%3”列").arg(table.name, c.group, c.label);
    return QStringLiteral("%1“%2”行“%3”列").arg(describeTable(table), table.rows[row].label, c.label);
}

}  // namespace nianbao
