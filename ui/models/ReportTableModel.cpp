#include "models/ReportTableModel.h"

#include "document/ReviewDocument.h"
#include "models/CellExplanation.h"
#include "models/CellValueText.h"

namespace nianbao {
namespace {

FormCellKind kindOf(const FormLabel& label) {
    switch (label.kind) {
    case FormLabel::Kind::Caption: return FormCellKind::Caption;
    case FormLabel::Kind::ColumnHeader: return FormCellKind::ColumnHeader;
    case FormLabel::Kind::RowHeader: return FormCellKind::RowHeader;
    }
    return FormCellKind::Empty;
}

}  // namespace

ReportTableModel::ReportTableModel(ReviewDocument* document, const QString& tableId, QObject* parent)
    : QAbstractTableModel(parent),
      document_(document),
      tableId_(tableId),
      layout_(FormLayout::forTable(*document->report().table(tableId)->spec, *document->report().spec)) {
    connect(document_, &ReviewDocument::cellChanged, this, [this](const CellRef& cell) {
        if (cell.table != tableId_) return;
        const QModelIndex index = indexOf(cell);
        emit dataChanged(index, index);
    });
    // Findings anywhere may change the highlight of any cell here.
    connect(document_, &ReviewDocument::findingsChanged, this, &ReportTableModel::valuesChanged);
    connect(document_, &ReviewDocument::cellsReset, this, &ReportTableModel::valuesChanged);
}

std::optional<CellRef> ReportTableModel::cellAt(const QModelIndex& index) const {
    if (!index.isValid() || !layout_.isValue(index.row(), index.column())) return std::nullopt;
    return CellRef{tableId_, layout_.tableRow(index.row()), layout_.tableColumn(index.column())};
}

QModelIndex ReportTableModel::indexOf(const CellRef& cell) const {
    if (cell.table != tableId_) return {};
    return index(layout_.gridRow(cell.row), layout_.gridColumn(cell.column));
}

int ReportTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : layout_.rowCount();
}

int ReportTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : layout_.columnCount();
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    if (const std::optional<CellRef> cell = cellAt(index)) return valueData(*cell, role);
    return labelData(index, role);
}

QVariant ReportTableModel::labelData(const QModelIndex& index, int role) const {
    const FormLabel* label = layout_.labelAt(index.row(), index.column());
    switch (role) {
    case FormCellKindRole: return static_cast<int>(label ? kindOf(*label) : FormCellKind::Empty);
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return label ? label->text : QString();
    case Qt::TextAlignmentRole:
        if (label && label->kind == FormLabel::Kind::RowHeader && label->columnSpan > 1)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignCenter);
    default: return {};
    }
}

QVariant ReportTableModel::valueData(const CellRef& cell, int role) const {
    const ReportCell* c = document_->report().cell(cell);
    switch (role) {
    case FormCellKindRole: return static_cast<int>(FormCellKind::Value);
    case Qt::DisplayRole: return displayText(*c);
    case Qt::EditRole: return editText(c->value);
    case Qt::ToolTipRole: return explainCell(*document_, cell);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    case SeverityRole: {
        int worst = -1;
        for (const Finding& f : document_->findings())
            if (f.involves(cell)) worst = std::max(worst, static_cast<int>(f.severity));
        return worst;
    }
    case CorrectedRole: return c->isCorrected();
    case OriginalTextRole: return c->isCorrected() ? originalText(*c) : QString();
    case ColumnKindRole: return static_cast<int>(columnKindOf(*document_, cell));
    default: return {};
    }
}

bool ReportTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const std::optional<CellRef> cell = cellAt(index);
    if (!cell || role != Qt::EditRole) return false;
    std::optional<CellValue> parsed = parseEditText(value.toString(), columnKindOf(*document_, *cell));
    if (!parsed) return false;
    // A unit written in the cell ("3.27万元") belongs to the cell, not to the number typed over it.
    if (parsed->isNumber()) parsed->unit = document_->report().cell(*cell)->value.unit;
    document_->editCell(*cell, *parsed);  // dataChanged follows from the document's cellChanged
    return true;
}

Qt::ItemFlags ReportTableModel::flags(const QModelIndex& index) const {
    if (!cellAt(index)) return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

void ReportTableModel::valuesChanged() {
    emit dataChanged(index(layout_.headerRows(), layout_.labelColumns()), index(rowCount() - 1, columnCount() - 1));
}

}  // namespace nianbao
