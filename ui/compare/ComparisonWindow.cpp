#include "compare/ComparisonWindow.h"

#include "batch/ReportFiles.h"
#include "compare/ChartExport.h"
#include "compare/ComparisonCharts.h"
#include "compare/ComparisonExport.h"
#include "compare/ComparisonFindingsModel.h"
#include "compare/ComparisonTableModel.h"
#include "document/BackgroundRead.h"
#include "export/AtomicExport.h"
#include "views/CellDelegate.h"

#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao {

ComparisonWindow::ComparisonWindow(QWidget* parent) : QWidget(parent, Qt::Window) {
    setWindowTitle(tr("比较年度报告"));
    buildUi();
    resize(1500, 950);
}

ComparisonWindow::~ComparisonWindow() {
    // The child views outlive groups_ (QWidget deletes children after the members
    // are gone) and may still ask the models while they are hidden.
    tableModel_->setGroup(nullptr);
    findingsModel_->setGroup(nullptr);
}

void ComparisonWindow::buildUi() {
    groupNames_ = new QStringListModel(this);
    groupReports_ = new QStringListModel(this);
    tableModel_ = new ComparisonTableModel(this);
    findingsModel_ = new ComparisonFindingsModel(this);

    groupList_ = new QListView;
    groupList_->setModel(groupNames_);
    groupList_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(groupList_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showGroup(current.row()); });
    reportList_ = new QListView;
    reportList_->setModel(groupReports_);
    reportList_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* move = new QPushButton(tr("移到其他分组…"));
    move->setToolTip(tr("把所选报告归入另一机关的分组（例如机关更名后）"));
    connect(move, &QPushButton::clicked, this, &ComparisonWindow::chooseGroupForReport);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("机关分组")));
    leftLayout->addWidget(groupList_, 2);
    leftLayout->addWidget(new QLabel(tr("本组报告")));
    leftLayout->addWidget(reportList_, 1);
    leftLayout->addWidget(move);

    table_ = new QTableView;
    table_->setModel(tableModel_);
    table_->setItemDelegate(new CellDelegate(table_));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->setToolTip(tr("双击单元格，在工作台中打开该年报告并选中此格"));
    connect(table_, &QTableView::activated, this, &ComparisonWindow::openTableCell);

    findings_ = new QTableView;
    findings_->setModel(findingsModel_);
    findings_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    findings_->setSelectionBehavior(QAbstractItemView::SelectRows);
    findings_->setWordWrap(true);
    findings_->verticalHeader()->hide();
    findings_->horizontalHeader()->setSectionResizeMode(ComparisonFindingsModel::MessageColumn, QHeaderView::Stretch);
    findings_->horizontalHeader()->setSectionResizeMode(ComparisonFindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    findings_->horizontalHeader()->setSectionResizeMode(ComparisonFindingsModel::RuleColumn, QHeaderView::ResizeToContents);
    connect(findings_, &QTableView::activated, this, &ComparisonWindow::openFindingCell);

    auto* chartsPage = new QWidget;
    // Received and the outcome mix side by side; reviews and lawsuits below,
    // full width, as it has two bars per year.
    auto* chartsLayout = new QGridLayout(chartsPage);
    for (int i = 0; i < 3; ++i) {
        auto* view = new QChartView;
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(420, 300);
        chartsLayout->addWidget(view, i / 2, i % 2, 1, i == 2 ? 2 : 1);
        charts_.push_back(view);
    }

    auto* tabs = new QTabWidget;
    tabs->addTab(table_, tr("逐格对照"));
    tabs->addTab(chartsPage, tr("图表"));

    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(tabs);
    auto* findingsBox = new QWidget;
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(new QLabel(tr("跨年检查结果")));
    findingsLayout->addWidget(findings_);
    right->addWidget(findingsBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);

    threshold_ = new QSpinBox;
    threshold_->setRange(1, 1000);
    threshold_->setSuffix(QStringLiteral(" %"));
    threshold_->setValue(int(options_.changeThreshold * 100));
    connect(threshold_, &QSpinBox::valueChanged, this, &ComparisonWindow::setThresholdPercent);
    auto* exportCsv = new QPushButton(tr("导出对照表 CSV…"));
    connect(exportCsv, &QPushButton::clicked, this, &ComparisonWindow::chooseCsvPath);
    auto* exportCharts = new QPushButton(tr("导出图表（PNG、SVG）…"));
    connect(exportCharts, &QPushButton::clicked, this, &ComparisonWindow::chooseChartFolder);
    status_ = new QLabel;

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("较上年变化达")));
    bar->addWidget(threshold_);
    bar->addWidget(new QLabel(tr("即标为“变化较大”（▲ 蓝色）")));
    bar->addSpacing(24);
    bar->addWidget(status_, 1);
    bar->addWidget(exportCsv);
    bar->addWidget(exportCharts);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({280, 1200});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

std::optional<QStringList> ComparisonWindow::loadReports(const QStringList& filesOrFolders) {
    QStringList problems;
    QStringList readable;
    for (const ReportEntry& file : listReportFiles(filesOrFolders)) {
        if (file.problem.isEmpty()) readable << file.path;
        else problems << tr("%1：%2").arg(QFileInfo(file.path).fileName(), file.problem);
    }
    std::optional<std::vector<ReadForReview>> read = BackgroundRead::run(this, readable);
    if (!read) return std::nullopt;
    for (ReadForReview& file : *read) {
        if (file.result.ok()) reports_.push_back(std::make_unique<Report>(std::move(*file.result.report)));
        else problems << tr("%1：%2").arg(QFileInfo(file.path).fileName(), file.result.error);
    }
    recompute();
    selectGroup(0);
    return problems;
}

void ComparisonWindow::setThresholdPercent(int percent) {
    if (threshold_->value() != percent) threshold_->setValue(percent);  // comes back here through valueChanged
    options_.changeThreshold = percent / 100.0;
    recompute();
}

void ComparisonWindow::moveReportToGroup(const QString& file, const QString& agencyKey) {
    std::erase_if(options_.agencyOverrides, [&](const auto& o) { return o.first == file; });
    options_.agencyOverrides.emplace_back(file, agencyKey);
    recompute();
}

void ComparisonWindow::recompute() {
    const QString shownKey = currentGroup() ? currentGroup()->agencyKey : QString();
    std::vector<const Report*> reports;
    for (const auto& r : reports_) reports.push_back(r.get());
    // The models point into groups_: detach them before it is replaced.
    tableModel_->setGroup(nullptr);
    findingsModel_->setGroup(nullptr);
    groups_ = compareReports(reports, options_);

    QStringList names;
    int shown = groups_.empty() ? -1 : 0;
    for (size_t i = 0; i < groups_.size(); ++i) {
        const ComparisonGroup& g = groups_[i];
        names << tr("%1（%2 份，%3 个问题）").arg(g.agency).arg(g.reports.size()).arg(g.findings.size());
        if (g.agencyKey == shownKey) shown = int(i);
    }
    currentGroup_ = -1;
    groupNames_->setStringList(names);
    selectGroup(shown);
}

void ComparisonWindow::selectGroup(int index) {
    groupList_->setCurrentIndex(groupNames_->index(index));
    showGroup(index);  // also when the row was already current
}

const ComparisonGroup* ComparisonWindow::currentGroup() const {
    return currentGroup_ >= 0 && currentGroup_ < int(groups_.size()) ? &groups_[size_t(currentGroup_)] : nullptr;
}

void ComparisonWindow::showGroup(int index) {
    if (index == currentGroup_ && currentGroup()) return;
    currentGroup_ = index;
    const ComparisonGroup* group = currentGroup();
    tableModel_->setGroup(group);
    findingsModel_->setGroup(group);
    QStringList reports;
    if (group)
        for (const Report* r : group->reports) reports << tr("%1 年 · %2").arg(r->meta.year).arg(QFileInfo(r->meta.file).fileName());
    groupReports_->setStringList(reports);

    const auto setChart = [&](Chart which, QChart* (*build)(const ComparisonGroup&)) {
        QChartView* view = chartView(which);
        QChart* old = view->chart();
        view->setChart(group ? build(*group) : new QChart);
        delete old;  // the view does not own a chart it was given
    };
    setChart(Chart::Received, receivedChart);
    setChart(Chart::OutcomeMix, outcomeMixChart);
    setChart(Chart::ReviewsAndLawsuits, reviewsAndLawsuitsChart);

    table_->resizeColumnsToContents();
    table_->setColumnWidth(1, std::min(table_->columnWidth(1), 360));
    // Room beside each number for the delegate's severity marker.
    for (int c = 3; c < tableModel_->columnCount(); ++c) table_->setColumnWidth(c, table_->columnWidth(c) + 28);
    table_->resizeRowsToContents();
    status_->setText(group ? tr("%1 个对照单元格，双击单元格在工作台中打开").arg(group->cells.size()) : QString());
}

QChartView* ComparisonWindow::chartView(Chart chart) const {
    return charts_[size_t(chart)];
}

void ComparisonWindow::openTableCell(const QModelIndex& index) {
    if (const std::optional<ReportCellLocation> where = tableModel_->locationOf(index))
        emit openCellRequested(where->file, where->cell);
}

void ComparisonWindow::openFindingCell(const QModelIndex& index) {
    const ComparisonFinding* f = findingsModel_->findingAt(index.row());
    if (f && !f->finding.cells.empty() && !f->cellFiles.empty()) emit openCellRequested(f->cellFiles.front(), f->finding.cells.front());
}

void ComparisonWindow::chooseGroupForReport() {
    const ComparisonGroup* group = currentGroup();
    const int row = reportList_->currentIndex().row();
    if (!group || row < 0) return;
    QStringList keys;
    for (const ComparisonGroup& g : groups_) keys << g.agencyKey;
    bool ok = false;
    const QString key = QInputDialog::getItem(this, tr("移到其他分组"), tr("归入的机关（可输入新名称）："), keys,
                                              currentGroup_, true, &ok);
    if (ok && !key.trimmed().isEmpty()) moveReportToGroup(group->reports[size_t(row)]->meta.file, key.trimmed());
}

QString ComparisonWindow::exportCsv(const QString& path) const {
    return saveExportFile(path, comparisonToCsv(groups_), {});
}

QString ComparisonWindow::exportCharts(const QString& folder, const QString& baseName) const {
    const std::pair<Chart, const char*> names[] = {
        {Chart::Received, "received"}, {Chart::OutcomeMix, "outcomes"}, {Chart::ReviewsAndLawsuits, "reviews"}};
    for (const auto& [chart, name] : names) {
        const QString stem = QDir(folder).filePath(baseName + QLatin1Char('-') + QLatin1String(name));
        QString error = exportChartPng(chartView(chart), stem + QStringLiteral(".png"));
        if (error.isEmpty()) error = exportChartSvg(chartView(chart), stem + QStringLiteral(".svg"));
        if (!error.isEmpty()) return error;
    }
    return {};
}

QString ComparisonWindow::reportsFolder() const {
    const ComparisonGroup* group = currentGroup();
    if (group && !group->reports.empty()) return QFileInfo(group->reports.back()->meta.file).absolutePath();
    return reports_.empty() ? QString() : QFileInfo(reports_.front()->meta.file).absolutePath();
}

void ComparisonWindow::chooseCsvPath() {
    // Offered beside the reports compared, named after the agency, not in whatever folder the app was started from.
    const ComparisonGroup* group = currentGroup();
    const QString name = group && !group->agency.isEmpty() ? tr("%1 年度对照.csv").arg(group->agency) : tr("年度对照.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("导出对照表"), QDir(reportsFolder()).filePath(name),
                                                      tr("CSV 文件 (*.csv)"));
    if (path.isEmpty()) return;
    if (const QString error = exportCsv(path); !error.isEmpty()) QMessageBox::warning(this, tr("导出失败"), error);
}

void ComparisonWindow::chooseChartFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("图表保存到文件夹"), reportsFolder());
    if (folder.isEmpty()) return;
    if (const QString error = exportCharts(folder, QStringLiteral("chart")); !error.isEmpty())
        QMessageBox::warning(this, tr("导出失败"), error);
}

}  // namespace nianbao
