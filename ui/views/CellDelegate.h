#pragma once

#include <QStyledItemDelegate>

namespace nianbao {

// Paints the printed form: shaded header and label cells with wrapped text,
// value cells coloured and marked by the severity of their findings
// (SeverityRole) and flagged when corrected, with the source value beside
// the new one. Edits numbers in a plain line edit that takes whatever is
// typed: text the column does not accept (ColumnKindRole) is refused on
// Enter/Tab with the reason (editRefused) and left as typed in the editor,
// never trimmed to something acceptable ("-5" is not 5).
class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    static QColor headerFill();

signals:
    // Text typed into a cell was not taken; `reason` says why and what the cell takes.
    void editRefused(const QString& reason) const;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    void paintLabel(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintValue(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

}  // namespace nianbao
