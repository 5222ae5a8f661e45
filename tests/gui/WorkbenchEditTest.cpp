// Correcting a value re-checks at once; undo, redo, merge, revert and the
// balancing-value fill all go through the undo stack.
#include "GuiTestSupport.h"

#include "document/ReviewDocument.h"
#include "models/CellRoles.h"
#include "models/CellValueText.h"
#include "models/ReportTableModel.h"
#include "views/FormTableView.h"
#include "views/ReportTablesWidget.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStatusBar>
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

// Types `text` key by key into the widget, as the keyboard would.
void typeKeys(QWidget* widget, const QString& text) {
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, ch.toUpper().unicode(), Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
    }
}

void pressKey(QWidget* widget, int key) {
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
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

// The in-place editor once had a validator that dropped "-" and letters
// without a word, so "-5" went in as 5. Now refused text stays in the editor
// as typed, framed, and the status bar says why and what the cell takes.
TEST_F(WorkbenchEdit, RefusedTypingStaysInTheEditorWithTheReason) {
    bench.window->resize(1200, 800);
    bench.window->show();
    FormTableView* view = bench.window->tables()->viewFor(kRequests);
    bench.window->tables()->setCurrentWidget(view);
    const CellRef total{kRequests, 0, 6};
    const QModelIndex index = view->formModel()->indexOf(total);
    view->setCurrentIndex(index);
    view->edit(index);
    auto* editor = qobject_cast<QLineEdit*>(view->indexWidget(index));
    ASSERT_TRUE(editor);
    editor->clear();

    typeKeys(editor, QStringLiteral("-5"));
    EXPECT_EQ(editor->text(), QStringLiteral("-5"));  // nothing swallowed
    pressKey(editor, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(view->indexWidget(index), editor);  // still editing
    EXPECT_EQ(editor->text(), QStringLiteral("-5"));
    EXPECT_TRUE(document().corrections().empty());
    const QString message = bench.window->statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("未采用“-5”"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("不能为负数"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("不带符号的整数"))) << message.toStdString();
    EXPECT_EQ(editor->toolTip(), message);

    editor->clear();
    typeKeys(editor, QStringLiteral("5x"));
    EXPECT_TRUE(editor->toolTip().isEmpty());  // the mark goes as soon as the text changes
    pressKey(editor, Qt::Key_Tab);
    EXPECT_EQ(editor->text(), QStringLiteral("5x"));
    EXPECT_TRUE(bench.window->statusBar()->currentMessage().contains(QStringLiteral("不是数字")));
    EXPECT_TRUE(document().corrections().empty());

    editor->clear();
    typeKeys(editor, QStringLiteral("55"));
    pressKey(editor, Qt::Key_Return);
    QApplication::processEvents();  // Qt commits an Enter through a queued call
    EXPECT_EQ(view->indexWidget(index), nullptr);  // taken: the editor closed
    ASSERT_EQ(document().corrections().size(), 1u);
    EXPECT_EQ(document().report().cell(total)->value.number, 55);
}

TEST_F(WorkbenchEdit, RefusalSaysWhatIsWrongForEachKindOfColumn) {
    EXPECT_TRUE(editRefusal(QStringLiteral("12"), ColumnKind::Count).isEmpty());
    EXPECT_TRUE(editRefusal(QString(), ColumnKind::Count).isEmpty());  // blank is allowed
    EXPECT_TRUE(editRefusal(QStringLiteral("2.5"), ColumnKind::Count).contains(QStringLiteral("须为整数")));
    EXPECT_TRUE(editRefusal(QStringLiteral("+3"), ColumnKind::Count).contains(QStringLiteral("不能带正负号")));
    EXPECT_TRUE(editRefusal(QStringLiteral("-4"), ColumnKind::Delta).isEmpty());
    EXPECT_TRUE(editRefusal(QStringLiteral("-4.5"), ColumnKind::Delta).contains(QStringLiteral("须为整数")));
    EXPECT_TRUE(editRefusal(QStringLiteral("3.27"), ColumnKind::Money).isEmpty());
    EXPECT_TRUE(editRefusal(QStringLiteral("-3.27"), ColumnKind::Money).contains(QStringLiteral("不能为负数")));
    EXPECT_TRUE(editRefusal(QStringLiteral("1234567890"), ColumnKind::Count).contains(QStringLiteral("位数过多")));
    EXPECT_TRUE(editRefusal(QStringLiteral("三"), ColumnKind::Count).contains(QStringLiteral("不是数字")));
}

TEST_F(WorkbenchEdit, HeaderCellsAreNotEditable) {
    ReportTableModel* model = bench.window->tables()->viewFor(kRequests)->formModel();
    EXPECT_FALSE(model->flags(model->index(0, 0)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model->setData(model->index(3, 0), QStringLiteral("1")));
    EXPECT_TRUE(model->flags(model->index(3, 3)) & Qt::ItemIsEditable);
}

}  // namespace
}  // namespace nianbao::test
