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
    connect(document_, &ReviewDocument::textFixesChanged, this, [this] {
        if (rowCount() > 0) emit dataChanged(index(0, FixColumn), index(rowCount() - 1, FixColumn), {Qt::CheckStateRole});
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
    case FixColumn:
        if (!f->fix) break;
        if (role == Qt::DisplayRole)
            return f->fix->replacement.isEmpty() ? tr("删除") : tr("改为“%1”").arg(f->fix->replacement);
        if (role == Qt::CheckStateRole) return document_->acceptedTextFixes().contains(textFixKey(*f)) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole) return tr("勾选后，导出 Word 文档时在原文件中以修订标记写入这一修正");
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
    case FixColumn: return tr("文字修正");
    default: return {};
    }
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const Finding* f = findingAt(index.row());
    if (index.column() == FixColumn && f && f->fix) flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool FindingsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const Finding* f = findingAt(index.row());
    if (index.column() != FixColumn || role != Qt::CheckStateRole || !f || !f->fix) return false;
    document_->setTextFixAccepted(*f, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

}  // namespace nianbao
