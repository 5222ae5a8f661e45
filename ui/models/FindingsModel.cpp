#include "models/FindingsModel.h"

#include "document/ReviewDocument.h"
#include "models/CellExplanation.h"
#include "models/CellRoles.h"
#include "style/SeverityStyle.h"

namespace nianbao {

FindingsModel::FindingsModel(ReviewDocument* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
    connect(document_, &ReviewDocument::findingsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

const Finding* FindingsModel::findingAt(int row) const {
    const std::vector<Finding>& findings = document_->findings();
    if (row < 0 || row >= static_cast<int>(findings.size())) return nullptr;
    return &findings[static_cast<size_t>(row)];
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(document_->findings().size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    const Finding* f = findingAt(index.row());
    if (!f) return {};
    if (role == SeverityRole) return static_cast<int>(f->severity);
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole) return severityLabel(f->severity);
        if (role == Qt::DecorationRole) return SeverityStyle::icon(f->severity);
        break;
    case LineColumn:
        if (role == Qt::DisplayRole) return f->span.isValid() ? QVariant(f->span.line) : QVariant();
        if (role == Qt::TextAlignmentRole) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) return f->message;
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole) return f->rule;
        break;
    default: break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case SeverityColumn: return tr("级别");
    case LineColumn: return tr("行号");
    case MessageColumn: return tr("说明");
    case RuleColumn: return tr("规则");
    default: return {};
    }
}

}  // namespace nianbao
