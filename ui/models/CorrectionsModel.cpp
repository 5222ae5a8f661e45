#include "models/CorrectionsModel.h"

#include "document/ReviewDocument.h"
#include "models/CellExplanation.h"

namespace nianbao {

CorrectionsModel::CorrectionsModel(ReviewDocument* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
    connect(document_, &ReviewDocument::correctionsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

const Correction* CorrectionsModel::correctionAt(int row) const {
    const std::vector<Correction>& all = document_->corrections();
    if (row < 0 || row >= static_cast<int>(all.size())) return nullptr;
    return &all[static_cast<size_t>(row)];
}

int CorrectionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(document_->corrections().size());
}

int CorrectionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrectionsModel::data(const QModelIndex& index, int role) const {
    const Correction* c = correctionAt(index.row());
    if (!c || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) return {};
    switch (index.column()) {
    case CellColumn: {
        const ReportTable* table = document_->report().table(c->cell.table);
        return describeCell(*table->spec, c->cell.row, c->cell.column);
    }
    case OriginalColumn: return cellValueLabel(c->original);
    case ValueColumn: return cellValueLabel(c->value);
    case TimeColumn: return c->time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ReasonColumn: return c->reason;
    default: return {};
    }
}

QVariant CorrectionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case CellColumn: return tr("单元格");
    case OriginalColumn: return tr("原值");
    case ValueColumn: return tr("更正为");
    case TimeColumn: return tr("时间");
    case ReasonColumn: return tr("原因");
    default: return {};
    }
}

}  // namespace nianbao
