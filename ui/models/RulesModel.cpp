#include "models/RulesModel.h"

#include "check/RuleCatalog.h"
#include "document/ReviewDocument.h"
#include "models/CellExplanation.h"
#include "style/SeverityStyle.h"

namespace nianbao {

RulesModel::RulesModel(ReviewDocument* document, QObject* parent) : QAbstractTableModel(parent), document_(document) {
    // Switched here, or brought by a loaded session.
    connect(document_, &ReviewDocument::disabledRulesChanged, this, [this] {
        emit dataChanged(index(0, IdColumn), index(rowCount() - 1, IdColumn), {Qt::CheckStateRole});
    });
}

int RulesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(allRules().size());
}

int RulesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const RuleInfo& rule = allRules()[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole) return rule.id;
        if (role == Qt::CheckStateRole)
            return document_->disabledRules().contains(rule.id) ? Qt::Unchecked : Qt::Checked;
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) return rule.title;
        break;
    case SeverityColumn:
        if (role == Qt::DisplayRole) return severityLabel(rule.severity);
        if (role == Qt::DecorationRole) return SeverityStyle::icon(rule.severity);
        break;
    default: break;
    }
    return {};
}

bool RulesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != IdColumn || role != Qt::CheckStateRole) return false;
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    document_->setRuleEnabled(allRules()[static_cast<size_t>(index.row())].id, enabled);
    return true;  // the document's disabledRulesChanged repaints the checkbox
}

Qt::ItemFlags RulesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == IdColumn) f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case IdColumn: return tr("规则（勾选即检查）");
    case TitleColumn: return tr("名称");
    case SeverityColumn: return tr("级别");
    default: return {};
    }
}

}  // namespace nianbao
