#pragma once

#include "check/Finding.h"
#include "compare/Comparison.h"

#include <QWidget>

#include <memory>
#include <vector>

class QChartView;
class QLabel;
class QListView;
class QSpinBox;
class QStringListModel;
class QTableView;

namespace nianbao {

class ComparisonFindingsModel;
class ComparisonTableModel;

// The auditor's view across years: the reports grouped by agency (the user
// may move a report to another group), and for the chosen group the
// side-by-side table, the cross-year findings and three charts. Every change
// of grouping or threshold recomputes the comparison in the core.
class ComparisonWindow : public QWidget {
    Q_OBJECT
public:
    enum class Chart { Received, OutcomeMix, ReviewsAndLawsuits };

    explicit ComparisonWindow(QWidget* parent = nullptr);
    ~ComparisonWindow() override;

    // Reads every report (folders walked) in the background; returns why each
    // unreadable one was left out, or nothing when the user cancelled the read.
    std::optional<QStringList> loadReports(const QStringList& filesOrFolders);
    void setThresholdPercent(int percent);
    void moveReportToGroup(const QString& file, const QString& agencyKey);
    void selectGroup(int index);

    const std::vector<ComparisonGroup>& groups() const { return groups_; }
    const ComparisonGroup* currentGroup() const;
    // Where the reports of the shown group lie: where exports are offered.
    QString reportsFolder() const;
    ComparisonTableModel* tableModel() const { return tableModel_; }
    ComparisonFindingsModel* findingsModel() const { return findingsModel_; }
    QTableView* tableView() const { return table_; }
    QChartView* chartView(Chart chart) const;

    QString exportCsv(const QString& path) const;
    // Writes <baseName>-received/-outcomes/-reviews .png and .svg; returns the first error.
    QString exportCharts(const QString& folder, const QString& baseName) const;

signals:
    // The user asked to see this cell in the workbench.
    void openCellRequested(const QString& file, const CellRef& cell);

private:
    void buildUi();
    void recompute();
    void showGroup(int index);
    void openTableCell(const QModelIndex& index);
    void openFindingCell(const QModelIndex& index);
    void chooseGroupForReport();
    void chooseCsvPath();
    void chooseChartFolder();

    std::vector<std::unique_ptr<Report>> reports_;
    ComparisonOptions options_;
    std::vector<ComparisonGroup> groups_;
    int currentGroup_ = -1;

    QStringListModel* groupNames_ = nullptr;
    QStringListModel* groupReports_ = nullptr;
    ComparisonTableModel* tableModel_ = nullptr;
    ComparisonFindingsModel* findingsModel_ = nullptr;
    QListView* groupList_ = nullptr;
    QListView* reportList_ = nullptr;
    QTableView* table_ = nullptr;
    QTableView* findings_ = nullptr;
    QSpinBox* threshold_ = nullptr;
    QLabel* status_ = nullptr;
    std::vector<QChartView*> charts_;
};

}  // namespace nianbao
