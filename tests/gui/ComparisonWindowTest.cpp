// The comparison window on a year pair built from the corpus: grouping, the
// side-by-side columns, a flagged change, the broken carry-over highlighted
// like a balance failure, the chart values, the exports, and a cell opened
// in the workbench.
#include "GuiTestSupport.h"
#include "YearPairFixture.h"

#include "compare/ChartExport.h"
#include "compare/ComparisonFindingsModel.h"
#include "compare/ComparisonTableModel.h"
#include "compare/ComparisonWindow.h"
#include "document/ReviewDocument.h"
#include "models/CellRoles.h"
#include "views/ReportTablesWidget.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLegend>
#include <QPainter>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <utility>

namespace nianbao::test {
namespace {

// The table row of the aligned cell (table, row key, column key).
// Share of pixels of two equally sized images that differ clearly in some channel.
double differingShare(const QImage& a, const QImage& b) {
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
            if (std::abs(qRed(p) - qRed(q)) > 80 || std::abs(qGreen(p) - qGreen(q)) > 80 || std::abs(qBlue(p) - qBlue(q)) > 80)
                ++differing;
        }
    return double(differing) / (x.width() * x.height());
}

// Non-white pixels in the bottom-right quadrant of the image.
int inkInBottomRightQuadrant(const QImage& image) {
    int ink = 0;
    for (int row = image.height() / 2; row < image.height(); ++row)
        for (int col = image.width() / 2; col < image.width(); ++col)
            if (qGray(image.pixel(col, row)) < 200) ++ink;
    return ink;
}

int rowOf(const ComparisonGroup& group, const char* table, const char* row, const char* column) {
    for (size_t i = 0; i < group.cells.size(); ++i)
        if (group.cells[i].table == QLatin1String(table) && group.cells[i].rowKey == QLatin1String(row) &&
            group.cells[i].columnKey == QLatin1String(column))
            return int(i);
    ADD_FAILURE() << table << ' ' << row << ' ' << column;
    return 0;
}

class ComparisonWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder.isValid());
        writeNingheYearPair(folder.path());
        comparison = bench.window->compareReports({folder.path()});
        ASSERT_TRUE(comparison);
        comparison->resize(1400, 900);
        comparison->show();
    }
    QString file(const char* name) const { return QDir(folder.path()).filePath(QLatin1String(name)); }

    QTemporaryDir folder;
    Workbench bench;
    ComparisonWindow* comparison = nullptr;
};

TEST_F(ComparisonWindowTest, OneGroupWithAValueColumnPerYearAndChangeBetween) {
    ASSERT_EQ(comparison->groups().size(), 1u);
    const ComparisonGroup& group = *comparison->currentGroup();
    EXPECT_EQ(group.agency, QStringLiteral("宁河区人民政府办公室"));
    ASSERT_EQ(group.reports.size(), 2u);
    const ComparisonTableModel& model = *comparison->tableModel();
    ASSERT_EQ(model.columnCount(), 6);
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c) headers << model.headerData(c, Qt::Horizontal).toString();
    EXPECT_EQ(headers, (QStringList{QStringLiteral("表"), QStringLiteral("行"), QStringLiteral("列"), QStringLiteral("2019 年"),
                                    QStringLiteral("较上年"), QStringLiteral("2020 年")}));
    EXPECT_EQ(model.rowCount(), int(group.cells.size()));
}

// Exports are offered beside the reports, not in the folder the app was started from.
TEST_F(ComparisonWindowTest, ExportsAreOfferedInTheReportsFolder) {
    EXPECT_EQ(comparison->reportsFolder(), QFileInfo(folder.path()).absoluteFilePath());
    EXPECT_NE(comparison->reportsFolder(), QDir::currentPath());
}

TEST_F(ComparisonWindowTest, BigChangeIsFlaggedAndThresholdRecomputes) {
    const ComparisonTableModel& model = *comparison->tableModel();
    const int received = rowOf(*comparison->currentGroup(), "requests", "received", "total");
    const QModelIndex change = model.index(received, 4);
    EXPECT_EQ(model.index(received, 3).data().toString(), QStringLiteral("20"));
    EXPECT_EQ(model.index(received, 5).data().toString(), QStringLiteral("45"));
    EXPECT_EQ(change.data(SeverityRole).toInt(), int(Severity::Warning));
    EXPECT_TRUE(change.data(Qt::ToolTipRole).toString().contains(QStringLiteral("变化较大")));

    comparison->setThresholdPercent(200);  // +125 % is no longer news
    const QModelIndex after = comparison->tableModel()->index(received, 4);
    EXPECT_EQ(after.data(SeverityRole).toInt(), -1);
}

TEST_F(ComparisonWindowTest, BrokenCarryOverIsHighlightedWithItsMessage) {
    const ComparisonGroup& group = *comparison->currentGroup();
    // The broken carry-over, and the copied narrative (the 2019 report is a copy of 2020's).
    ASSERT_EQ(group.findings.size(), 2u);
    EXPECT_EQ(comparison->findingsModel()->rowCount(), 2);
    const auto carryOver = std::find_if(group.findings.begin(), group.findings.end(),
                                        [](const ComparisonFinding& f) { return f.finding.rule == QStringLiteral("compare.carry_over"); });
    ASSERT_NE(carryOver, group.findings.end());
    const Finding& finding = carryOver->finding;
    const ComparisonTableModel& model = *comparison->tableModel();
    const QModelIndex carriedOver2020 = model.index(rowOf(group, "requests", "carried_over", "natural"), 5);
    const QModelIndex carriedForward2019 = model.index(rowOf(group, "requests", "carried_forward", "natural"), 3);
    for (const QModelIndex& cell : {carriedOver2020, carriedForward2019}) {
        EXPECT_EQ(cell.data(SeverityRole).toInt(), int(Severity::Error));
        EXPECT_EQ(cell.data(Qt::ToolTipRole).toString(), finding.message);
    }
    EXPECT_EQ(model.index(rowOf(group, "requests", "carried_over", "total"), 5).data(SeverityRole).toInt(), -1);
}

TEST_F(ComparisonWindowTest, ReceivedChartHasOneBarPerYear) {
    auto* series = qobject_cast<QBarSeries*>(comparison->chartView(ComparisonWindow::Chart::Received)->chart()->series().value(0));
    ASSERT_TRUE(series);
    ASSERT_EQ(series->barSets().size(), 1);
    QBarSet* received = series->barSets()[0];
    ASSERT_EQ(received->count(), 2);
    EXPECT_EQ(received->at(0), 20);
    EXPECT_EQ(received->at(1), 45);
    const QChart* mix = comparison->chartView(ComparisonWindow::Chart::OutcomeMix)->chart();
    EXPECT_EQ(qobject_cast<QAbstractBarSeries*>(mix->series().value(0))->barSets().size(), 6);
}

TEST_F(ComparisonWindowTest, ExportsCsvAndChartImages) {
    QTemporaryDir out;
    const QString csv = QDir(out.path()).filePath(QStringLiteral("compare.csv"));
    ASSERT_EQ(comparison->exportCsv(csv), QString());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("宁河区人民政府办公室")));

    ASSERT_EQ(comparison->exportCharts(out.path(), QStringLiteral("chart")), QString());
    for (const char* name : {"received", "outcomes", "reviews"})
        for (const char* ext : {".png", ".svg"}) {
            const QFileInfo image(QDir(out.path()).filePath(QStringLiteral("chart-%1%2").arg(QLatin1String(name), QLatin1String(ext))));
            EXPECT_TRUE(image.exists() && image.size() > 1000) << image.filePath().toStdString();
        }
}

// At a pixel ratio of 2 the PNG once held only the chart's top-left quarter,
// blown up. Now the 2x PNG, scaled down, and the SVG, drawn at 1x, both show
// the same whole chart as the 1x PNG. A chart of its own, shown at a known
// size, so the view's size is settled (a view in a hidden tab is not).
TEST(ChartExportTest, ExportedChartShowsTheWholeChartAtEveryPixelRatio) {
    auto* series = new QBarSeries;
    for (const auto& [name, values] : {std::pair{"2019 年", QList<qreal>{20, 5, 3}}, {"2020 年", QList<qreal>{45, 9, 6}}}) {
        auto* set = new QBarSet(QString::fromUtf8(name));
        set->append(values);
        series->append(set);
    }
    auto* chart = new QChart;
    chart->setTitle(QStringLiteral("收到申请数"));
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChartView view(chart);
    view.resize(800, 500);
    view.show();
    const QSize size = view.viewport()->size();
    ASSERT_GT(size.width(), 700);

    QTemporaryDir out;
    const QString single = QDir(out.path()).filePath(QStringLiteral("x1.png"));
    const QString doubled = QDir(out.path()).filePath(QStringLiteral("x2.png"));
    const QString svg = QDir(out.path()).filePath(QStringLiteral("chart.svg"));
    ASSERT_EQ(exportChartPng(&view, single, 1), QString());
    ASSERT_EQ(exportChartPng(&view, doubled, 2), QString());
    ASSERT_EQ(exportChartSvg(&view, svg), QString());

    const QImage one(single), two(doubled);
    ASSERT_EQ(one.size(), size);
    ASSERT_EQ(two.size(), size * 2);
    EXPECT_GT(inkInBottomRightQuadrant(two), 500);  // bars, axis labels and legend reach that quadrant
    EXPECT_LT(differingShare(two.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), one), 0.03);

    QSvgRenderer renderer(svg);
    ASSERT_TRUE(renderer.isValid());
    EXPECT_EQ(renderer.viewBox(), QRect(QPoint(0, 0), size));
    QImage drawn(size, QImage::Format_ARGB32);
    drawn.fill(Qt::white);
    {
        QPainter painter(&drawn);
        renderer.render(&painter);
    }
    EXPECT_GT(inkInBottomRightQuadrant(drawn), 100);
    EXPECT_LT(differingShare(drawn, one), 0.03);
}

TEST_F(ComparisonWindowTest, MovingAReportToAnotherGroupSplitsTheGroup) {
    comparison->moveReportToGroup(file("ninghe-2019.txt"), QStringLiteral("另一机关"));
    EXPECT_EQ(comparison->groups().size(), 2u);
    for (const ComparisonGroup& g : comparison->groups()) EXPECT_EQ(g.reports.size(), 1u);
    comparison->moveReportToGroup(file("ninghe-2019.txt"), comparison->groups()[0].agencyKey == QStringLiteral("另一机关")
                                                                 ? comparison->groups()[1].agencyKey
                                                                 : comparison->groups()[0].agencyKey);
    EXPECT_EQ(comparison->groups().size(), 1u);
}

TEST_F(ComparisonWindowTest, ActivatingACellOpensThatReportAtThatCell) {
    const ComparisonTableModel& model = *comparison->tableModel();
    const QModelIndex cell = model.index(rowOf(*comparison->currentGroup(), "requests", "carried_forward", "natural"), 3);
    emit comparison->tableView()->activated(cell);
    ASSERT_TRUE(bench.window->document());
    EXPECT_EQ(QFileInfo(bench.window->document()->filePath()), QFileInfo(file("ninghe-2019.txt")));
    EXPECT_EQ(bench.window->tables()->currentCell(), (CellRef{QStringLiteral("requests"), 22, 0}));
}

}  // namespace
}  // namespace nianbao::test
