#include "views/CellDelegate.h"

#include "check/Severity.h"
#include "models/CellRoles.h"
#include "style/SeverityStyle.h"

#include <QLineEdit>
#include <QPainter>
#include <QRegularExpressionValidator>

namespace nianbao {
namespace {

FormCellKind kindOf(const QModelIndex& index) {
    return static_cast<FormCellKind>(index.data(FormCellKindRole).toInt());
}

}  // namespace

QColor CellDelegate::headerFill() {
    return QColor(0xEC, 0xEF, 0xF3);
}

void CellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    if (kindOf(index) == FormCellKind::Value)
        paintValue(painter, option, index);
    else
        paintLabel(painter, option, index);
}

void CellDelegate::paintLabel(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    painter->save();
    painter->fillRect(option.rect, headerFill());
    QFont font = option.font;
    if (kindOf(index) == FormCellKind::Caption) font.setBold(true);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::WindowText));
    const int pad = option.fontMetrics.height() / 4;
    const auto alignment = index.data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    painter->drawText(option.rect.adjusted(pad, pad / 2, -pad, -pad / 2), int(alignment) | Qt::TextWordWrap,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

void CellDelegate::paintValue(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    painter->save();
    const QRectF cell = QRectF(option.rect);
    const int severityValue = index.data(SeverityRole).toInt();
    const bool failing = severityValue > static_cast<int>(Severity::Info);
    const auto severity = static_cast<Severity>(std::max(0, severityValue));
    const bool selected = option.state & QStyle::State_Selected;

    painter->fillRect(cell, failing ? SeverityStyle::fill(severity) : option.palette.color(QPalette::Base));
    if (failing) {
        // Errors get a solid frame, warnings a dashed one: a second cue beside the hue.
        QPen frame(SeverityStyle::accent(severity), 2, severity == Severity::Error ? Qt::SolidLine : Qt::DashLine);
        painter->setPen(frame);
        painter->drawRect(cell.adjusted(1, 1, -1, -1));
    }
    if (selected) {
        // The selection is a thick frame, so the severity colour stays visible under it.
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 3));
        painter->drawRect(cell.adjusted(2, 2, -2, -2));
    }

    const qreal unit = option.fontMetrics.height();
    if (severityValue >= 0) {
        const qreal size = unit * (failing ? 0.7 : 0.55);
        SeverityStyle::paintMarker(painter, QRectF(cell.right() - size - 3, cell.top() + 3, size, size), severity);
    }

    QFont font = option.font;
    const bool corrected = index.data(CorrectedRole).toBool();
    if (corrected) {
        SeverityStyle::paintCorrectedCorner(painter, cell, unit * 0.7);
        font.setBold(true);
        // The source value, struck through, so the change is visible without hovering.
        QFont small = option.font;
        if (small.pointSizeF() > 0)
            small.setPointSizeF(small.pointSizeF() * 0.8);
        else
            small.setPixelSize(std::max(1, small.pixelSize() * 4 / 5));
        small.setStrikeOut(true);
        painter->setFont(small);
        painter->setPen(SeverityStyle::correctedAccent().darker(130));
        painter->drawText(cell.adjusted(unit * 0.55, 1, -2, -2), Qt::AlignLeft | Qt::AlignBottom,
                          index.data(OriginalTextRole).toString());
    }
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(cell, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QWidget* CellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const {
    auto* editor = new QLineEdit(parent);
    editor->setAlignment(Qt::AlignCenter);
    const QRegularExpression pattern(index.data(EditPatternRole).toString());
    editor->setValidator(new QRegularExpressionValidator(pattern, editor));
    return editor;
}

void CellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    static_cast<QLineEdit*>(editor)->setText(index.data(Qt::EditRole).toString());
}

void CellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    model->setData(index, static_cast<QLineEdit*>(editor)->text(), Qt::EditRole);
}

}  // namespace nianbao
