// Correcting a value re-checks at once; undo, redo, merge, revert and the
// balancing-value fill all go through the undo stack.
#include "GuiTestSupport.h"

#include "document/ReviewDocument.h"
#include "models/CellRoles.h"
#include "models/ReportTableModel.h"
#include "views/FormTableView.h"
#include "views/ReportTablesWidget.h"

#include <QUndoStack>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

const QString kRequests = QStringLiteral("requests");
const QString kRowTotal = QStringLiteral("requests.row_total");
const QString kColumnBalance = QStringLiteral("requests.column_balance");

std::set<CellKey> columnBalanceCells(int column) {
    return {{kRequests, 0, column}, {kRequests, 1, column}, {kRequests, 21, column}, {kRequests, 22, column}};
}

class WorkbenchEdit : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000))); }
    ReviewDocument& document() { return *bench.window->document(); }
    QVariant role(const CellRef& cell, int r) {
        ReportTableModel* model = bench.window->tables()->viewFor(cell.table)->formModel();
        return model->indexOf(cell).data(r);
    }
    Workbench bench;
};

// 总计 55 balances the row, but the 总计 column then no longer balances
// (55 + 0 ≠ 45 + 0): the source's real error is the 10 under 其他.
TEST_F(WorkbenchEdit, TotalSetToBalancingValueClearsRowTotalButNotColumnBalance) {
    ASSERT_TRUE(typeIntoCell(*bench.window, {kRequests, 0, 6}, QStringLiteral("55")));
    EXPECT_EQ(countRule(*bench.window, kRowTotal), 0);
    EXPECT_EQ(countRule(*bench.window, kColumnBalance), 2);
    std::set<CellKey> expected = columnBalanceCells(5);
    expected.merge(columnBalanceCells(6));
    EXPECT_EQ(highlightedCells(*bench.window), expected);
    EXPECT_TRUE(role({kRequests, 0, 6}, CorrectedRole).toBool());
    EXPECT_EQ(role({kRequests, 0, 6}, OriginalTextRole).toString(), QStringLiteral("45"));
    EXPECT_TRUE(bench.window->isWindowModified());

    document().undoStack()->undo();
    EXPECT_EQ(countRule(*bench.window, kRowTotal), 1);
    EXPECT_EQ(highlightedCells(*bench.window).size(), 10u);
    EXPECT_FALSE(role({kRequests, 0, 6}, CorrectedRole).toBool());
    EXPECT_FALSE(bench.window->isWindowModified());

    document().undoStack()->redo();
    EXPECT_EQ(countRule(*bench.window, kRowTotal), 0);
    EXPECT_EQ(role({kRequests, 0, 6}, Qt::DisplayRole).toString(), QStringLiteral("55"));
}

TEST_F(WorkbenchEdit, OtherSetToZeroClearsBothFindings) {
    ASSERT_TRUE(typeIntoCell(*bench.window, {kRequests, 0, 5}, QStringLiteral("0")));
    EXPECT_EQ(document().counts().errors, 0);
    EXPECT_TRUE(highlightedCells(*bench.window).empty());
    document().undoStack()->undo();
    EXPECT_EQ(document().counts().errors, 2);
}

TEST_F(WorkbenchEdit, FillBalancingValueIsOneUndoableStep) {
    bench.window->selectCell({kRequests, 0, 6});
    bench.window->fillCurrentCell();
    EXPECT_EQ(document().report().cell({kRequests, 0, 6})->value.number, 55);
    EXPECT_EQ(countRule(*bench.window, kRowTotal), 0);
    EXPECT_EQ(document().undoStack()->count(), 1);
    document().undoStack()->undo();
    EXPECT_EQ(document().report().cell({kRequests, 0, 6})->value.number, 45);
}

TEST_F(WorkbenchEdit, ConsecutiveEditsOfOneCellMergeIntoOneStep) {
    ASSERT_TRUE(typeIntoCell(*bench.window, {kRequests, 0, 6}, QStringLiteral("50")));
    ASSERT_TRUE(typeIntoCell(*bench.window, {kRequests, 0, 6}, QStringLiteral("55")));
    EXPECT_EQ(document().undoStack()->count(), 1);
    ASSERT_TRUE(typeIntoCell(*bench.window, {kRequests, 0, 5}, QStringLiteral("0")));
    EXPECT_EQ(document().undoStack()->count(), 2);
    document().undoStack()->undo();
    document().undoStack()->undo();
    EXPECT_EQ(document().report().cell({kRequests, 0, 6})->value.number, 45);
    EXPECT_TRUE(document().corrections().empty());
}

TEST_F(WorkbenchEdit, RevertPutsBackTheSourceValue) {
    ASSERT_TRUE(typeIntoCell(*bench.window, {kRequests, 0, 6}, QStringLiteral("55")));
    bench.window->selectCell({kRequests, 0, 6});
    bench.window->revertCurrentCell();
    EXPECT_EQ(document().report().cell({kRequests, 0, 6})->value.number, 45);
    EXPECT_TRUE(document().corrections().empty());
    EXPECT_EQ(countRule(*bench.window, kRowTotal), 1);
    document().undoStack()->undo();  // undoing the revert brings the correction back
    EXPECT_EQ(document().report().cell({kRequests, 0, 6})->value.number, 55);
    ASSERT_EQ(document().corrections().size(), 1u);
}

TEST_F(WorkbenchEdit, OnlyNumbersTheColumnAcceptsAreTaken) {
    const CellRef total{kRequests, 0, 6};
    EXPECT_FALSE(typeIntoCell(*bench.window, total, QStringLiteral("abc")));
    EXPECT_FALSE(typeIntoCell(*bench.window, total, QStringLiteral("-3")));   // counts are not negative
    EXPECT_FALSE(typeIntoCell(*bench.window, total, QStringLiteral("2.5")));  // nor fractional
    EXPECT_TRUE(document().corrections().empty());
    EXPECT_TRUE(typeIntoCell(*bench.window, total, QString()));  // blank is allowed (counts as 0)
    EXPECT_EQ(document().report().cell(total)->value.kind, CellValue::Kind::Blank);
    // 本年增/减 may be negative.
    const CellRef delta{QStringLiteral("active.20.5"), 0, 1};
    EXPECT_TRUE(typeIntoCell(*bench.window, delta, QStringLiteral("-4")));
    EXPECT_EQ(document().report().cell(delta)->value.number, -4);
}

TEST_F(WorkbenchEdit, HeaderCellsAreNotEditable) {
    ReportTableModel* model = bench.window->tables()->viewFor(kRequests)->formModel();
    EXPECT_FALSE(model->flags(model->index(0, 0)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model->setData(model->index(3, 0), QStringLiteral("1")));
    EXPECT_TRUE(model->flags(model->index(3, 3)) & Qt::ItemIsEditable);
}

}  // namespace
}  // namespace nianbao::test
