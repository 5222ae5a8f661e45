// Every corpus report opens in the workbench and highlights exactly the
// cells of its failing relations, verified by hand against the text.
#include "GuiTestSupport.h"

#include "document/ReviewDocument.h"
#include "models/ReportTableModel.h"
#include "views/FindingCountsWidget.h"
#include "views/FindingsPanel.h"
#include "views/FormTableView.h"
#include "views/ReportTablesWidget.h"
#include "views/SourceView.h"

#include <QItemSelectionModel>
#include <QTableView>

#include <gtest/gtest.h>

#include <map>

namespace nianbao::test {
namespace {

const QString kRequests = QStringLiteral("requests");

// 表三 row 一 (总计 45 ≠ 55: all seven cells) and column 其他 (10 + 0 ≠ 0 + 0: rows 一, 二, 三（七）, 四).
std::set<CellKey> failingCellsOf000() {
    std::set<CellKey> cells;
    for (int c = 0; c < 7; ++c) cells.insert({kRequests, 0, c});
    for (int r : {1, 21, 22}) cells.insert({kRequests, r, 5});
    return cells;
}

TEST(WorkbenchCorpus, CorpusFilesArePresent) {
    EXPECT_EQ(corpusFiles().size(), 5) << NIANBAO_CORPUS_DIR;
}

TEST(WorkbenchCorpus, Report000HighlightsRowTotalAndColumnBalanceCells) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    EXPECT_EQ(highlightedCells(*bench.window), failingCellsOf000());
    EXPECT_EQ(countRule(*bench.window, QStringLiteral("requests.row_total")), 1);
    EXPECT_EQ(countRule(*bench.window, QStringLiteral("requests.column_balance")), 1);
    EXPECT_TRUE(bench.window->counts()->text().contains(QStringLiteral("2 个错误")));
    EXPECT_TRUE(bench.script->errors.isEmpty());
}

// The other four balance; what they highlight are the proofreading warnings
// read by hand: the narrative's numbers (001: 区本级 1 review and 0 lawsuits
// against table 四's 4 and 10; 002: 同意公开 12 against 14) and 004's bare
// 采购总金额 94946 with no unit anywhere. 003's only warning is its date line,
// which is no cell.
TEST(WorkbenchCorpus, OtherReportsHighlightOnlyTheirWarningCells) {
    const std::map<QString, std::set<CellKey>> expected = {
        {QStringLiteral("001_ffb7cb016be5db93.txt"),
         {{QStringLiteral("reviews"), 0, 4}, {QStringLiteral("reviews"), 0, 9}, {QStringLiteral("reviews"), 0, 14}}},
        {QStringLiteral("002_be932dc10881290c.txt"), {{kRequests, 2, 6}}},
        {QStringLiteral("003_1ba3202efab2ed16.txt"), {}},
        {QStringLiteral("004_f67e4a3518b11040.txt"), {{QStringLiteral("active.20.9"), 0, 1}}},
    };
    for (const auto& [file, cells] : expected) {
        Workbench bench;
        ASSERT_TRUE(bench.window->openReport(corpusPath(file))) << file.toStdString();
        EXPECT_EQ(highlightedCells(*bench.window), cells) << file.toStdString();
        EXPECT_EQ(bench.window->document()->counts().errors, 0) << file.toStdString();
        EXPECT_TRUE(bench.window->counts()->text().contains(QStringLiteral("0 个错误"))) << file.toStdString();
    }
}

TEST(WorkbenchCorpus, Report003IsShownIn2021ShapeWithFourTable2Items) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus003)));
    const ReportTablesWidget* tables = bench.window->tables();
    EXPECT_EQ(tables->count(), 3);
    EXPECT_EQ(tables->views().size(), 4u + 2u);
    EXPECT_EQ(tables->viewFor(kRequests)->formModel()->rowCount(), 3 + 25);
    EXPECT_EQ(tables->viewFor(QStringLiteral("reviews"))->formModel()->columnCount(), 15);
    // Merged header cells are real spans of the view.
    EXPECT_EQ(tables->viewFor(kRequests)->columnSpan(1, 4), 5);
    EXPECT_EQ(tables->viewFor(QStringLiteral("reviews"))->columnSpan(0, 5), 10);
}

TEST(WorkbenchCorpus, ChoosingAFindingSelectsItsCellsAndMarksItsSourceLine) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    const auto& findings = bench.window->document()->findings();
    int row = -1;
    for (size_t i = 0; i < findings.size(); ++i)
        if (findings[i].rule == QLatin1String("requests.row_total")) row = static_cast<int>(i);
    ASSERT_GE(row, 0);
    bench.window->findingsPanel()->selectRow(row);

    FormTableView* view = bench.window->tables()->viewFor(kRequests);
    EXPECT_EQ(bench.window->tables()->currentWidget(), view);
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    EXPECT_EQ(selected.size(), 7);
    for (const QModelIndex& index : selected) EXPECT_EQ(view->formModel()->cellAt(index)->row, 0);
    EXPECT_EQ(bench.window->sourceView()->highlightedSpan().line, findings[static_cast<size_t>(row)].span.line);
    EXPECT_EQ(bench.window->sourceView()->highlightedSpan().line, 113);
}

TEST(WorkbenchCorpus, SelectingACellMarksItsSourceSpan) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    const CellRef cell{kRequests, 0, 5};
    bench.window->selectCell(cell);
    const SourceSpan span = bench.window->document()->report().cell(cell)->span;
    ASSERT_TRUE(span.isValid());
    EXPECT_EQ(bench.window->sourceView()->highlightedSpan(), span);
    EXPECT_EQ(span.line, 112);  // "10" under 其他
    const QTextCursor caret = bench.window->sourceView()->textCursor();
    EXPECT_EQ(caret.blockNumber() + 1, 112);
}

TEST(WorkbenchCorpus, F8StepsThroughFindingsAndWraps) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    FindingsPanel* panel = bench.window->findingsPanel();
    // Two balance errors and three proofreading warnings (bookmark, 不予处9理, "5、").
    ASSERT_EQ(panel->rowCount(), 5);
    for (int expected = 0; expected < 5; ++expected) {
        panel->step(+1);
        EXPECT_EQ(panel->currentRow(), expected);
    }
    panel->step(+1);
    EXPECT_EQ(panel->currentRow(), 0);
    panel->step(-1);
    EXPECT_EQ(panel->currentRow(), 4);
    EXPECT_EQ(bench.window->sourceView()->highlightedSpan().line,
              bench.window->document()->findings()[4].span.line);
}

}  // namespace
}  // namespace nianbao::test
