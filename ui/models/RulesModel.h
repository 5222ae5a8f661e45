#pragma once

#include <QAbstractTableModel>

namespace nianbao {

class ReviewDocument;

// Every rule the checks know (allRules()), one per row: a checkbox on the id
// switches the rule on or off for the document's review.
class RulesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, SeverityColumn, TitleColumn, ColumnCount };

    explicit RulesModel(ReviewDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReviewDocument* document_;
};

}  // namespace nianbao
