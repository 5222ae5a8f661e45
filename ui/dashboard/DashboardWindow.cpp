#include "dashboard/DashboardWindow.h"

#include "check/RuleCatalog.h"
#include "dashboard/DashboardFilter.h"
#include "dashboard/DashboardModel.h"
#include "dashboard/FolderScan.h"
#include "dashboard/LetterBatch.h"
#include "export/AtomicExport.h"
#include "style/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace nianbao {

DashboardWindow::DashboardWindow(QWidget* parent) : QWidget(parent, Qt::Window) {
    setWindowTitle(tr("文件夹总览"));
    scan_ = new FolderScan(this);
    model_ = new DashboardModel(this);
    filter_ = new DashboardFilter(this);
    filter_->setSourceModel(model_);
    buildUi();
    resize(1500, 900);

    connect(scan_, &FolderScan::started, this, [this](int total) {
        progress_->setRange(0, std::max(1, total));
        progress_->setValue(0);
    });
    connect(scan_, &FolderScan::rowsChecked, model_, &DashboardModel::append);
    connect(scan_, &FolderScan::progress, this, [this](int done, int total) {
        progress_->setValue(done);
        status_->setText(tr("已检查 %1 / %2 份").arg(done).arg(total));
    });
    connect(scan_, &FolderScan::finished, this, &DashboardWindow::scanEnded);

    letters_ = new LetterBatch(this);
    connect(letters_, &LetterBatch::progress, this, [this](int done, int total) {
        progress_->setRange(0, std::max(1, total));
        progress_->setValue(done);
        status_->setText(tr("已生成 %1 / %2 份审核意见书").arg(done).arg(total));
    });
    connect(letters_, &LetterBatch::finished, this, &DashboardWindow::lettersEnded);
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::buildUi() {
    text_ = new QLineEdit;
    text_->setPlaceholderText(tr("按机关或文件名筛选"));
    text_->setClearButtonEnabled(true);
    connect(text_, &QLineEdit::textChanged, filter_, &DashboardFilter::setText);
    year_ = new QComboBox;
    connect(year_, &QComboBox::currentIndexChanged, this, [this] { filter_->setYear(year_->currentData().toInt()); });
    severity_ = new QComboBox;
    severity_->addItem(tr("全部报告"), -1);
    severity_->addItem(tr("有错误"), int(Severity::Error));
    severity_->addItem(tr("有警告或错误"), int(Severity::Warning));
    severity_->addItem(tr("有任何问题"), int(Severity::Info));
    connect(severity_, &QComboBox::currentIndexChanged, this,
            [this] { filter_->setMinimumSeverity(severity_->currentData().toInt()); });
    rule_ = new QComboBox;
    rule_->setMinimumContentsLength(24);
    connect(rule_, &QComboBox::currentIndexChanged, this, [this] { filter_->setRule(rule_->currentData().toString()); });
    auto* exportCsv = new QPushButton(tr("导出 CSV…"));
    connect(exportCsv, &QPushButton::clicked, this, &DashboardWindow::chooseCsvPath);
    writeLetters_ = new QPushButton(tr("生成审核意见书…"));
    writeLetters_->setToolTip(tr("为表中列出的每份报告生成审核意见书（DOCX），另生成审核情况汇总"));
    connect(writeLetters_, &QPushButton::clicked, this, &DashboardWindow::reviewLettersRequested);

    auto* filters = new QHBoxLayout;
    filters->addWidget(text_, 2);
    filters->addWidget(new QLabel(tr("年度")));
    filters->addWidget(year_);
    filters->addWidget(new QLabel(tr("问题")));
    filters->addWidget(severity_);
    filters->addWidget(new QLabel(tr("规则")));
    filters->addWidget(rule_, 1);
    filters->addWidget(exportCsv);
    filters->addWidget(writeLetters_);

    table_ = new QTableView;
    table_->setModel(filter_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder);  // folder order until the user picks a column
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->setAlternatingRowColors(true);
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    for (const auto& [column, width] : {std::pair{DashboardModel::StatusColumn, 70}, {DashboardModel::FileColumn, 200},
                                        {DashboardModel::AgencyColumn, 180}, {DashboardModel::YearColumn, 60},
                                        {DashboardModel::VersionColumn, 60}, {DashboardModel::ErrorsColumn, 50},
                                        {DashboardModel::WarningsColumn, 50}, {DashboardModel::InfosColumn, 50},
                                        {DashboardModel::FirstErrorColumn, 420}})
        table_->setColumnWidth(column, width);
    table_->setToolTip(tr("双击一行，在工作台中打开该报告"));
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit openReportRequested(model_->rowAt(filter_->mapToSource(index).row()).path);
    });

    ruleChart_ = new QChartView;
    ruleChart_->setRenderHint(QPainter::Antialiasing);
    ruleChart_->setMinimumWidth(420);

    progress_ = new QProgressBar;
    progress_->setRange(0, 1);
    progress_->setValue(0);
    cancel_ = new QPushButton(tr("取消检查"));
    cancel_->setEnabled(false);
    connect(cancel_, &QPushButton::clicked, this, &DashboardWindow::cancelScan);
    status_ = new QLabel;
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(cancel_);
    progressRow->addWidget(status_);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(table_);
    split->addWidget(ruleChart_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({1100, 460});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(progressRow);
    refreshChoicesAndChart();
}

void DashboardWindow::scanFolder(const QString& folder) {
    model_->clear();
    setWindowTitle(tr("文件夹总览 — %1").arg(folder));
    status_->setText(tr("正在查找报告…"));
    cancel_->setEnabled(true);
    writeLetters_->setEnabled(false);  // letters wait for the whole list
    scan_->start(folder);
}

void DashboardWindow::cancelScan() {
    scan_->cancel();
    letters_->cancel();
}

bool DashboardWindow::isScanning() const {
    return cancel_->isEnabled() && !writingLetters_;
}

bool DashboardWindow::isWritingLetters() const {
    return writingLetters_;
}

QStringList DashboardWindow::listedReports() const {
    QStringList paths;
    for (int row = 0; row < filter_->rowCount(); ++row) paths << model_->rowAt(filter_->mapToSource(filter_->index(row, 0)).row()).path;
    return paths;
}

void DashboardWindow::writeReviewLetters(const QString& folder, const LetterSettings& settings) {
    const QStringList reports = listedReports();
    writingLetters_ = true;
    writeLetters_->setEnabled(false);
    cancel_->setEnabled(true);
    cancel_->setText(tr("取消生成"));
    progress_->setRange(0, std::max<int>(1, reports.size()));
    progress_->setValue(0);
    status_->setText(tr("正在生成审核意见书…"));
    letters_->start(reports, folder, settings);
}

void DashboardWindow::lettersEnded(bool cancelled, int written, const QString& summaryPath, const QStringList& problems) {
    writingLetters_ = false;
    const bool scanning = scan_->isRunning();
    writeLetters_->setEnabled(!scanning);
    cancel_->setEnabled(scanning);
    cancel_->setText(tr("取消检查"));
    if (cancelled)
        status_->setText(tr("已取消：已写出 %n 份审核意见书，未生成汇总", nullptr, written));
    else
        status_->setText(tr("完成：%n 份审核意见书及审核情况汇总", nullptr, written));
    emit reviewLettersFinished(cancelled, written, summaryPath, problems);
}

void DashboardWindow::scanEnded(bool cancelled) {
    cancel_->setEnabled(writingLetters_);
    writeLetters_->setEnabled(!writingLetters_);
    status_->setText(cancelled ? tr("已取消：检查了 %1 份报告").arg(model_->rowCount())
                               : tr("完成：%1 份报告").arg(model_->rowCount()));
    refreshChoicesAndChart();
    emit scanFinished(cancelled);
}

// The year and rule choices offer what the folder has; the chart counts findings by rule.
void DashboardWindow::refreshChoicesAndChart() {
    std::set<int> years;
    std::map<QString, int> perRule;
    for (const DashboardRow& row : model_->rows()) {
        if (row.summary.year) years.insert(row.summary.year);
        for (auto it = row.ruleCounts.begin(); it != row.ruleCounts.end(); ++it) perRule[it.key()] += it.value();
    }
    const int keptYear = year_->currentData().toInt();
    const QString keptRule = rule_->currentData().toString();
    year_->clear();
    year_->addItem(tr("全部年度"), 0);
    for (int y : years) year_->addItem(tr("%1 年").arg(y), y);
    year_->setCurrentIndex(std::max(0, year_->findData(keptYear)));
    rule_->clear();
    rule_->addItem(tr("全部规则"), QString());
    for (const RuleInfo& rule : allRules())
        if (perRule.count(rule.id)) rule_->addItem(QStringLiteral("%1（%2）").arg(rule.title, rule.id), rule.id);
    rule_->setCurrentIndex(std::max(0, rule_->findData(keptRule)));

    auto* chart = new QChart;
    chart->setTitle(tr("各规则发现的问题数（全文件夹）"));
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(tr("问题数"));
    set->setColor(ChartStyle::seriesColour(0));
    QStringList rules;
    int highest = 0;
    for (const auto& [rule, count] : perRule) {
        rules << rule;
        *set << count;
        highest = std::max(highest, count);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* ruleAxis = new QBarCategoryAxis;
    ruleAxis->append(rules);
    chart->addAxis(ruleAxis, Qt::AlignLeft);
    series->attachAxis(ruleAxis);
    QValueAxis* counts = ChartStyle::countAxis(highest, tr("问题数"));
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->hide();
    QChart* old = ruleChart_->chart();
    ruleChart_->setChart(chart);
    delete old;
}

QString DashboardWindow::exportCsv(const QString& path) const {
    return saveExportFile(path, model_->toCsv(), {});
}

void DashboardWindow::chooseCsvPath() {
    const QString path = QFileDialog::getSaveFileName(this, tr("导出总览"), tr("文件夹总览.csv"), tr("CSV 文件 (*.csv)"));
    if (path.isEmpty()) return;
    if (const QString error = exportCsv(path); !error.isEmpty()) QMessageBox::warning(this, tr("导出失败"), error);
}

}  // namespace nianbao
