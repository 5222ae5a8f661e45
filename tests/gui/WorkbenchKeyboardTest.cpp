// The keyboard a clerk uses all day: Ctrl+Tab / Ctrl+PgDn and back switch
// 表二/三/四 from inside a table; tabbing into a table chooses no cell; the
// recent-files menu tells two drafts of one name apart.
#include "GuiTestSupport.h"

#include "app/RecentFiles.h"
#include "views/FormTableView.h"
#include "views/ReportTablesWidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

class WorkbenchKeyboard : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
        bench.window->show();
        QApplication::setActiveWindow(bench.window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(bench.window.get()));
        tables = bench.window->tables();
    }
    Workbench bench;
    ReportTablesWidget* tables = nullptr;
};

TEST_F(WorkbenchKeyboard, CtrlTabAndCtrlPageKeysSwitchTablesFromInsideATable) {
    ASSERT_EQ(tables->count(), 3);
    tables->setCurrentIndex(1);  // 表三
    FormTableView* requests = tables->viewFor(QStringLiteral("requests"));
    requests->setFocus();
    requests->setCurrentIndex(requests->model()->index(5, 3));
    ASSERT_TRUE(requests->hasFocus());

    QTest::keyClick(requests, Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(tables->currentIndex(), 2);  // 表四
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(tables->currentIndex(), 0);  // wraps round to 表二
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(tables->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(tables->currentIndex(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(tables->currentIndex(), 2);
    // The focus stays within the tables, so the keys keep working.
    EXPECT_TRUE(tables->isAncestorOf(QApplication::focusWidget()));
}

TEST_F(WorkbenchKeyboard, TabbingIntoATableChoosesNoCell) {
    tables->setCurrentIndex(1);
    FormTableView* requests = tables->viewFor(QStringLiteral("requests"));
    ASSERT_FALSE(requests->currentIndex().isValid());
    requests->setFocus(Qt::TabFocusReason);  // as Tab (or Shift+Tab) from the tab bar enters it
    ASSERT_TRUE(requests->hasFocus());
    EXPECT_FALSE(requests->currentIndex().isValid());
    EXPECT_FALSE(tables->currentCell().has_value());
    EXPECT_TRUE(requests->selectionModel()->selectedIndexes().isEmpty());
    // The arrow keys then choose the first cell, as the clerk asked.
    QTest::keyClick(requests, Qt::Key_Down);
    EXPECT_TRUE(requests->currentIndex().isValid());
}

TEST_F(WorkbenchKeyboard, RecentFilesOfTheSameNameShowTheirFolders) {
    QTemporaryDir root;
    ASSERT_TRUE(QDir(root.path()).mkpath(QStringLiteral("初稿")));
    ASSERT_TRUE(QDir(root.path()).mkpath(QStringLiteral("终稿")));
    for (const char* draft : {"初稿", "终稿"})
        ASSERT_TRUE(QFile::copy(corpusPath(kCorpus000), QDir(root.path()).filePath(QString::fromUtf8(draft) + QLatin1Char('/') + kCorpus000)));
    ASSERT_TRUE(bench.window->openReport(QDir(root.path()).filePath(QStringLiteral("初稿/") + kCorpus000)));
    ASSERT_TRUE(bench.window->openReport(QDir(root.path()).filePath(QStringLiteral("终稿/") + kCorpus000)));
    QMenu* recent = bench.window->findChild<QMenu*>(QStringLiteral("recentMenu"));
    ASSERT_NE(recent, nullptr);
    emit recent->aboutToShow();
    QStringList texts;
    for (QAction* action : recent->actions()) texts << action->text();
    ASSERT_GE(texts.size(), 2);
    EXPECT_EQ(texts[0], kCorpus000 + QStringLiteral(" — 终稿"));
    EXPECT_EQ(texts[1], kCorpus000 + QStringLiteral(" — 初稿"));
}

}  // namespace
}  // namespace nianbao::test
