// What stays in view: a long explanation scrolls in its own band instead of
// squeezing the table, a cell reached in 表二's stack is brought fully into
// view, and a report opens on its findings.
#include "GuiTestSupport.h"

#include "document/ReviewDocument.h"
#include "models/ReportTableModel.h"
#include "views/CellDetailsPanel.h"
#include "views/FindingsPanel.h"
#include "views/FormTableView.h"
#include "views/ReportTablesWidget.h"

#include <QApplication>
#include <QDockWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

void settle() {
    for (int i = 0; i < 3; ++i) QApplication::processEvents();
}

TEST(WorkbenchLayout, LongExplanationScrollsInsteadOfSqueezingTheTable) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    bench.window->resize(1200, 800);
    bench.window->show();
    settle();
    const int tableHeight = bench.window->tables()->height();
    ASSERT_GT(tableHeight, 300);

    QStringList lines;
    for (int i = 1; i <= 40; ++i) lines << QStringLiteral("第 %1 条勾稽关系：总计＝各类申请人之和，应为 45。").arg(i);
    bench.window->details()->setText(lines.join(QStringLiteral("<br>")));
    settle();
    EXPECT_EQ(bench.window->tables()->height(), tableHeight);
    auto* area = bench.window->findChild<QScrollArea*>(QStringLiteral("detailsArea"));
    ASSERT_TRUE(area);
    EXPECT_GT(area->verticalScrollBar()->maximum(), 0);  // the rest is a scroll away, not lost
}

// The last row of the last table of 表二, in a window too short for the stack.
TEST(WorkbenchLayout, CellReachedInTheStackedTablesIsWhollyInView) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    bench.window->resize(1000, 520);
    bench.window->show();
    settle();
    const ReportTable* last = nullptr;
    for (const ReportTable& table : bench.window->document()->report().tables)
        if (table.spec->id != QLatin1String("requests") && table.spec->id != QLatin1String("reviews")) last = &table;
    ASSERT_TRUE(last);
    const CellRef cell{last->spec->id, static_cast<int>(last->rows.size()) - 1, 0};
    bench.window->tables()->selectCells({cell});
    settle();

    auto* area = qobject_cast<QScrollArea*>(bench.window->tables()->currentWidget());
    ASSERT_TRUE(area);
    ASSERT_GT(area->widget()->height(), area->viewport()->height());  // the stack does not fit
    FormTableView* view = bench.window->tables()->viewFor(cell.table);
    const QRect rect = view->visualRect(view->formModel()->indexOf(cell));
    ASSERT_TRUE(rect.isValid());
    const QRect inArea(view->viewport()->mapTo(area->viewport(), rect.topLeft()), rect.size());
    EXPECT_TRUE(area->viewport()->rect().contains(inArea)) << inArea.y() << '+' << inArea.height() << " in "
                                                           << area->viewport()->height();
}

// The current tab of the bottom docks' tab bar.
QString bottomTab(const MainWindow& window) {
    for (const QTabBar* bar : window.findChildren<QTabBar*>())
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabText(i) == QStringLiteral("检查结果")) return bar->tabText(bar->currentIndex());
    return {};
}

TEST(WorkbenchLayout, AReportOpensOnItsFindings) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    bench.window->resize(1200, 800);
    bench.window->show();
    settle();
    auto* corrections = bench.window->findChild<QDockWidget*>(QStringLiteral("correctionsDock"));
    ASSERT_TRUE(corrections);
    corrections->raise();
    settle();
    EXPECT_EQ(bottomTab(*bench.window), QStringLiteral("更正记录"));

    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus001)));
    settle();
    EXPECT_EQ(bottomTab(*bench.window), QStringLiteral("检查结果"));
}

}  // namespace
}  // namespace nianbao::test
