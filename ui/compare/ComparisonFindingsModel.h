#pragma once

#include "compare/Comparison.h"

#include <QAbstractTableModel>

namespace nianbao {

// The cross-year findings of one comparison group: severity, message, rule.
class ComparisonFindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, RuleColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setGroup(const ComparisonGroup* group);
    const ComparisonFinding* findingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ComparisonGroup* group_ = nullptr;
};

}  // namespace nianbao
