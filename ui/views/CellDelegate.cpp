#include "views/CellDelegate.h"

#include "check/Severity.h"
#include "models/CellRoles.h"
#include "models/CellValueText.h"
#include "style/SeverityStyle.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>

namespace nianbao {
namespace {

FormCellKind kindOf(const QModelIndex& index) {
    return static_cast<FormCellKind>(index.data(FormCellKindRole).toInt());
}

// The editor carries its cell's ColumnKind, so a refusal needs no model index.
constexpr const char* kColumnKindProperty = "nianbaoColumnKind";

QString refusalOf(const QLineEdit* editor) {
    const QVariant kind = editor->property(kColumnKindProperty);
    return kind.isValid() ? editRefusal(editor->text(), static_cast<ColumnKind>(kind.toInt())) : QString();
}

// Marks the editor as holding refused text (red frame, reason on hover) or clears the mark.
void markRefused(QLineEdit* editor, const QString& reason) {
    editor->setStyleSheet(reason.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #C62828; }"));
    editor->setToolTip(reason);
}

bool isCommitKey(const QEvent* event) {
    if (event->type() != QEvent::KeyPress) return false;
    const int key = static_cast<const QKeyEvent*>(event)->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab;
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
    // No validator: one would swallow keystrokes silently and turn "-5" into 5.
    auto* editor = new QLineEdit(parent);
    editor->setAlignment(Qt::AlignCenter);
    editor->setProperty(kColumnKindProperty, index.data(ColumnKindRole));
    connect(editor, &QLineEdit::textEdited, editor, [editor] { markRefused(editor, QString()); });
    return editor;
}

bool CellDelegate::eventFilter(QObject* object, QEvent* event) {
    auto* editor = qobject_cast<QLineEdit*>(object);
    if (editor && isCommitKey(event)) {
        if (const QString reason = refusalOf(editor); !reason.isEmpty()) {
            // Stay in the editor with the text as typed, so it can be corrected.
            markRefused(editor, reason);
            emit editRefused(reason);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void CellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    static_cast<QLineEdit*>(editor)->setText(index.data(Qt::EditRole).toString());
}

void CellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    auto* lineEdit = static_cast<QLineEdit*>(editor);
    // Committed another way (focus moved away): the cell keeps its value and the user is told.
    if (const QString reason = refusalOf(lineEdit); !reason.isEmpty()) {
        emit editRefused(reason);
        return;
    }
    model->setData(index, lineEdit->text(), Qt::EditRole);
}

}  // namespace nianbao
