#pragma once

#include "check/Finding.h"
#include "compare/Comparison.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>
#include <tuple>

namespace nianbao {

// Where a value of the side-by-side table comes from: a report and its cell.
struct ReportCellLocation {
    QString file;
    CellRef cell;
};

// The side-by-side table of one comparison group: one row per aligned cell,
// columns 表 / 行 / 列, then each year's value, with a 较上年 column after
// every year but the first. Highlighting is given as the CellDelegate's roles
// (FormCellKindRole, SeverityRole), so failing continuity cells look exactly
// like failing balance cells in the workbench and big changes are marked
// like warnings (blue, triangle "!").
class ComparisonTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // The group must outlive the model or be replaced before it goes.
    void setGroup(const ComparisonGroup* group);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The year (index into the group's reports) a column shows, and whether it shows the change.
    std::optional<int> yearOfColumn(int column) const;
    bool isChangeColumn(int column) const;
    int valueColumn(int year) const;
    // The report cell behind a value (or change) cell; nullopt where that year has no such cell.
    std::optional<ReportCellLocation> locationOf(const QModelIndex& index) const;

private:
    static constexpr int kLabelColumns = 3;
    using CellKey = std::tuple<QString, QString, QString>;  // table, row key, column key
    // The continuity finding (if any) naming an aligned cell in a year.
    const ComparisonFinding* continuityFinding(int row, int year) const;
    void indexFindings();

    const ComparisonGroup* group_ = nullptr;
    std::map<std::pair<CellKey, int>, const ComparisonFinding*> findingAt_;  // (cell, year) → finding
};

}  // namespace nianbao
