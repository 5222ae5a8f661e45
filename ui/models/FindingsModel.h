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
    enum Column { SeverityColumn, LineColumn, MessageColumn, RuleColumn, ColumnCount };

    explicit FindingsModel(ReviewDocument* document, QObject* parent = nullptr);

    const Finding* findingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReviewDocument* document_;
};

}  // namespace nianbao
