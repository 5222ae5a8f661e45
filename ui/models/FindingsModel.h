#pragma once

#include <QAbstractTableModel>

namespace nianbao {

class ReviewDocument;
struct Finding;

// Every finding of the document, one per row, in the checker's order
// (source line). Rebuilt whenever the document re-checks.
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // FixColumn: the text fix a rule proposes, checkable — checked fixes go
    // into the Word copy as tracked changes.
    enum Column { SeverityColumn, LineColumn, MessageColumn, RuleColumn, FixColumn, ColumnCount };

    explicit FindingsModel(ReviewDocument* document, QObject* parent = nullptr);

    const Finding* findingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    ReviewDocument* document_;
};

}  // namespace nianbao
