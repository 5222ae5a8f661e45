#pragma once

#include <QAbstractTableModel>

namespace nianbao {

class ReviewDocument;
struct Correction;

// The reviewer's corrections, in the order they were first made: which
// cell, what the source said, the new value, when and why.
class CorrectionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CellColumn, OriginalColumn, ValueColumn, TimeColumn, ReasonColumn, ColumnCount };

    explicit CorrectionsModel(ReviewDocument* document, QObject* parent = nullptr);

    const Correction* correctionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReviewDocument* document_;
};

}  // namespace nianbao
