#include "compare/ComparisonFindingsModel.h"

#include "models/CellRoles.h"
#include "style/SeverityStyle.h"

namespace nianbao {

void ComparisonFindingsModel::setGroup(const ComparisonGroup* group) {
    beginResetModel();
    group_ = group;
    endResetModel();
}

const ComparisonFinding* ComparisonFindingsModel::findingAt(int row) const {
    if (!group_ || row < 0 || row >= int(group_->findings.size())) return nullptr;
    return &group_->findings[size_t(row)];
}

int ComparisonFindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !group_ ? 0 : int(group_->findings.size());
}

int ComparisonFindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonFindingsModel::data(const QModelIndex& index, int role) const {
    const ComparisonFinding* f = findingAt(index.row());
    if (!f) return {};
    const Finding& finding = f->finding;
    if (role == SeverityRole) return int(finding.severity);
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole) return severityDisplayName(finding.severity);
        if (role == Qt::DecorationRole) return SeverityStyle::icon(finding.severity);
        return {};
    case MessageColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(finding.message) : QVariant();
    case RuleColumn:
        return role == Qt::DisplayRole ? QVariant(finding.rule) : QVariant();
    default:
        return {};
    }
}

QVariant ComparisonFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case SeverityColumn: return tr("级别");
    case MessageColumn: return tr("说明");
    case RuleColumn: return tr("规则");
    default: return {};
    }
}

}  // namespace nianbao
