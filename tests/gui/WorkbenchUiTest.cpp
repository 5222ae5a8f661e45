// What the reviewer reads: tooltips and the details line explain a failing
// cell; files arrive by drag and drop and come back in the recent list; the
// English catalogue is compiled in.
#include "GuiTestSupport.h"

#include "app/RecentFiles.h"
#include "document/ReviewDocument.h"
#include "models/ReportTableModel.h"
#include "views/CellDetailsPanel.h"
#include "views/CorrectionsPanel.h"
#include "views/FormTableView.h"
#include "views/ReportTablesWidget.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMimeData>
#include <QTranslator>
#include <QUndoStack>
#include <QUrl>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

const CellRef kTotal{QStringLiteral("requests"), 0, 6};

QString tooltipOf(MainWindow& window, const CellRef& cell) {
    ReportTableModel* model = window.tables()->viewFor(cell.table)->formModel();
    return model->indexOf(cell).data(Qt::ToolTipRole).toString();
}

TEST(WorkbenchUi, TooltipNamesTheRelationBothSidesAndTheBalancingValue) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    const QString tip = tooltipOf(*bench.window, kTotal);
    EXPECT_TRUE(tip.contains(QStringLiteral("行合计：总计＝各类申请人之和"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("总计为 45"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("左边合计 45，右边合计 55"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("本格填 <b>55</b>"))) << tip.toStdString();

    bench.window->selectCell(kTotal);
    EXPECT_EQ(bench.window->details()->text(), tip);
}

TEST(WorkbenchUi, CorrectedCellTooltipShowsTheSourceValue) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("55")));
    const QString tip = tooltipOf(*bench.window, kTotal);
    EXPECT_TRUE(tip.contains(QStringLiteral("已更正：原文为 45，现为 55"))) << tip.toStdString();
    EXPECT_TRUE(bench.window->windowTitle().contains(kCorpus000));
}

TEST(WorkbenchUi, CorrectionsPanelListsEachCorrectedCellAndShowsIt) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    CorrectionsPanel* panel = bench.window->correctionsPanel();
    EXPECT_EQ(panel->rowCount(), 0);
    ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("50")));
    ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("55")));
    EXPECT_EQ(panel->rowCount(), 1);  // one record per cell, latest value
    bench.window->selectCell({QStringLiteral("active.20.1"), 0, 0});
    panel->selectRow(0);
    EXPECT_EQ(bench.window->tables()->currentCell(), std::optional<CellRef>(kTotal));
    bench.window->document()->undoStack()->undo();
    EXPECT_EQ(panel->rowCount(), 0);
}

TEST(WorkbenchUi, DroppedFileOpensAndJoinsTheRecentList) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    const QString dropped = corpusPath(kCorpus003);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dropped)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(bench.window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(bench.window.get(), &drop);
    EXPECT_TRUE(drop.isAccepted());
    // The drop opens the file once the drag has finished, from the event loop.
    QElapsedTimer waited;
    waited.start();
    while (bench.window->document()->filePath() != dropped && waited.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(bench.window->document()->filePath(), dropped);
    EXPECT_EQ(RecentFiles::list().value(0), QFileInfo(dropped).absoluteFilePath());
    EXPECT_EQ(RecentFiles::list().value(1), QFileInfo(corpusPath(kCorpus000)).absoluteFilePath());
}

TEST(WorkbenchUi, EnglishCatalogueIsCompiledIn) {
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral("nianbao_en"), QStringLiteral(":/i18n")));
    EXPECT_EQ(english.translate("nianbao::MainWindow", "检查结果"), QStringLiteral("Findings"));
    EXPECT_EQ(english.translate("nianbao::FindingCountsWidget", "%n 个错误", nullptr, 2), QStringLiteral("%n errors"));
    QTranslator chinese;
    EXPECT_TRUE(chinese.load(QStringLiteral("nianbao_zh_CN"), QStringLiteral(":/i18n")));
}

}  // namespace
}  // namespace nianbao::test
