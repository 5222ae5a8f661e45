#pragma once

#include <QStyledItemDelegate>

namespace nianbao {

// Paints the printed form: shaded header and label cells with wrapped text,
// value cells coloured and marked by the severity of their findings
// (SeverityRole) and flagged when corrected, with the source value beside
// the new one. Edits numbers with a validating line edit (EditPatternRole).
class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    static QColor headerFill();

private:
    void paintLabel(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintValue(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

}  // namespace nianbao
