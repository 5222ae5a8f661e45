#include "compare/ComparisonTableModel.h"

#include "compare/ComparisonExport.h"
#include "format/FormatSpec.h"
#include "models/CellRoles.h"

#include <cmath>

namespace nianbao {
namespace {

QString tableName(const QString& id) {
    if (id == QLatin1String("requests")) return ComparisonTableModel::tr("表三");
    if (id == QLatin1String("reviews")) return ComparisonTableModel::tr("表四");
    return ComparisonTableModel::tr("表二");
}

QString valueText(const AlignedCell& cell, int year) {
    if (!cell.present[size_t(year)]) return ComparisonTableModel::tr("—（该年格式无此项）");
    const std::optional<double>& v = cell.values[size_t(year)];
    return v ? formatNumber(*v, *v == std::floor(*v)) : ComparisonTableModel::tr("空白");
}

}  // namespace

void ComparisonTableModel::setGroup(const ComparisonGroup* group) {
    beginResetModel();
    group_ = group;
    indexFindings();
    endResetModel();
}

void ComparisonTableModel::indexFindings() {
    findingAt_.clear();
    if (!group_) return;
    for (const ComparisonFinding& f : group_->findings) {
        for (size_t i = 0; i < f.finding.cells.size() && i < f.cellFiles.size(); ++i) {
            for (size_t y = 0; y < group_->reports.size(); ++y) {
                const Report& report = *group_->reports[y];
                if (report.meta.file != f.cellFiles[i]) continue;
                const CellRef& ref = f.finding.cells[i];
                const TableSpec* spec = report.tableSpec(ref.table);
                if (!spec || ref.row >= int(spec->rows.size()) || ref.column >= int(spec->columns.size())) continue;
                const CellKey key{ref.table, spec->rows[size_t(ref.row)].key, spec->columns[size_t(ref.column)].key};
                findingAt_[{key, int(y)}] = &f;
            }
        }
    }
}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !group_ ? 0 : int(group_->cells.size());
}

int ComparisonTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || !group_ || group_->reports.empty()) return 0;
    return kLabelColumns + 2 * int(group_->reports.size()) - 1;
}

// Columns after the labels: year 0, then (change 1, year 1), (change 2, year 2) …
std::optional<int> ComparisonTableModel::yearOfColumn(int column) const {
    if (column < kLabelColumns || column >= columnCount()) return std::nullopt;
    return (column - kLabelColumns + 1) / 2;
}

bool ComparisonTableModel::isChangeColumn(int column) const {
    return column >= kLabelColumns && (column - kLabelColumns) % 2 == 1;
}

int ComparisonTableModel::valueColumn(int year) const {
    return kLabelColumns + 2 * year;
}

const ComparisonFinding* ComparisonTableModel::continuityFinding(int row, int year) const {
    const AlignedCell& cell = group_->cells[size_t(row)];
    const auto it = findingAt_.find({CellKey{cell.table, cell.rowKey, cell.columnKey}, year});
    return it == findingAt_.end() ? nullptr : it->second;
}

std::optional<ReportCellLocation> ComparisonTableModel::locationOf(const QModelIndex& index) const {
    const std::optional<int> year = index.isValid() ? yearOfColumn(index.column()) : std::nullopt;
    if (!group_ || !year) return std::nullopt;
    const AlignedCell& cell = group_->cells[size_t(index.row())];
    const Report& report = *group_->reports[size_t(*year)];
    const TableSpec* spec = report.tableSpec(cell.table);
    if (!spec || !cell.present[size_t(*year)]) return std::nullopt;
    return ReportCellLocation{report.meta.file, CellRef{cell.table, spec->rowIndex(cell.rowKey), spec->columnIndex(cell.columnKey)}};
}

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const {
    if (!group_ || !index.isValid()) return {};
    const AlignedCell& cell = group_->cells[size_t(index.row())];
    const std::optional<int> year = yearOfColumn(index.column());
    if (!year) {
        if (role == FormCellKindRole) return int(FormCellKind::RowHeader);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
        switch (index.column()) {
        case 0: return tableName(cell.table);
        case 1: return cell.rowLabel;
        default: return cell.columnLabel;
        }
    }
    const size_t y = size_t(*year);
    const bool change = isChangeColumn(index.column());
    const ComparisonFinding* finding = change ? nullptr : continuityFinding(index.row(), *year);
    const bool flagged = change && cell.flagged[y];
    switch (role) {
    case FormCellKindRole:
        return int(FormCellKind::Value);
    case Qt::DisplayRole:
        if (!change) return valueText(cell, *year);
        if (!cell.present[y] || !cell.present[y - 1]) return QString();
        return changeText(cell.values[y - 1], cell.values[y]);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case SeverityRole:
        if (finding) return int(finding->finding.severity);
        return flagged ? int(Severity::Warning) : -1;
    case Qt::ToolTipRole:
        if (finding) return finding->finding.message;
        if (flagged) return tr("变化较大：较上年 %1").arg(changeText(cell.values[y - 1], cell.values[y]));
        return {};
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !group_) return {};
    if (section == 0) return tr("表");
    if (section == 1) return tr("行");
    if (section == 2) return tr("列");
    const std::optional<int> year = yearOfColumn(section);
    if (!year) return {};
    if (isChangeColumn(section)) return tr("较上年");
    return tr("%1 年").arg(group_->reports[size_t(*year)]->meta.year);
}

}  // namespace nianbao
