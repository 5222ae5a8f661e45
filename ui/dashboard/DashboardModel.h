#pragma once

#include "check/Severity.h"
#include "dashboard/FolderScan.h"

#include <QAbstractTableModel>

#include <optional>

namespace nianbao {

// One row per report of the scanned folder, in the order the scan delivers
// them. Counts and years are numbers, so sorting is numeric; the status
// column carries the worst severity as a colour band with its marker.
class DashboardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StatusColumn, FileColumn, AgencyColumn, YearColumn, VersionColumn, ErrorsColumn,
                  WarningsColumn, InfosColumn, FirstErrorColumn, ReadFailureColumn, ColumnCount };
    enum Role {
        // Worst severity as int (an unreadable report counts as an error), or -1 for a clean report.
        WorstSeverityRole = Qt::UserRole + 100,
        // The rule ids that fired on the report (QStringList).
        RulesRole,
        // What the columns sort by: the display value, except that an unreadable
        // report's empty counts sort below zero rather than as text.
        SortRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void append(const std::vector<DashboardRow>& rows);
    const DashboardRow& rowAt(int row) const { return rows_[size_t(row)]; }
    const std::vector<DashboardRow>& rows() const { return rows_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static std::optional<Severity> worstSeverity(const DashboardRow& row);
    // The dashboard as `nianbao-cli check --summary` writes it: UTF-8 with BOM, CRLF.
    QByteArray toCsv() const;

private:
    std::vector<DashboardRow> rows_;
};

}  // namespace nianbao
