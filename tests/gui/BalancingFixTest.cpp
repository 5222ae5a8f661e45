// The single value that fixes a cell's failing relations, on corpus 000
// (表三 row 一: 总计 45 but 自然人 45 + 其他 10 = 55; column 其他: 10 + 0 ≠ 0 + 0).
#include "check/BalancingFix.h"
#include "document/ReviewDocument.h"

#include "GuiTestSupport.h"

#include "views/FindingsPanel.h"
#include "views/ReportTablesWidget.h"

#include <QAction>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

namespace nianbao {
namespace {

std::unique_ptr<ReviewDocument> open000() {
    QString error;
    auto document = ReviewDocument::open(test::corpusPath(test::kCorpus000), &error);
    EXPECT_TRUE(document) << error.toStdString();
    return document;
}

TEST(BalancingFix, TotalCellOfTheRowGetsTheSumOfItsParts) {
    auto document = open000();
    const auto fix = document->balancingValueFor({QStringLiteral("requests"), 0, 6});
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->number, 55);
}

TEST(BalancingFix, CellInTwoFailingRelationsIsOfferedOnlyTheValueBothAgreeOn) {
    auto document = open000();
    const auto fix = document->balancingValueFor({QStringLiteral("requests"), 0, 5});
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->number, 0);  // clears the row total and the column balance alike
}

TEST(BalancingFix, CellsOutsideFailingRelationsAndNegativeCountsAreNotOffered) {
    auto document = open000();
    EXPECT_FALSE(document->balancingValueFor({QStringLiteral("requests"), 3, 0}));
    // With 总计 lowered to 5, 自然人 would need -5: a count cannot be negative.
    ASSERT_TRUE(document->editCell({QStringLiteral("requests"), 0, 6}, CellValue::fromNumber(5)));
    EXPECT_FALSE(document->balancingValueFor({QStringLiteral("requests"), 0, 0}));
    // 总计 5 now fails its row (needs 55) and its column (一 + 二 = 三（七）+ 四 needs 45): no single value fixes both.
    EXPECT_FALSE(document->balancingValueFor({QStringLiteral("requests"), 0, 6}));
}

}  // namespace
}  // namespace nianbao

// Through the window: the cell's own fill warns what it breaks, and the repair
// that balances everything is offered from the cell and from the finding.
namespace nianbao::test {
namespace {

const CellRef kRowTotal{QStringLiteral("requests"), 0, 6};
const CellRef kRowOther{QStringLiteral("requests"), 0, 5};

QAction* action(MainWindow& window, const char* name) {
    QAction* a = window.findChild<QAction*>(QLatin1String(name));
    EXPECT_NE(a, nullptr) << name;
    return a;
}

TEST(BalancingFixWindow, TheTotalsFillWarnsAndTheFixThatBalancesAllIsOffered) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    bench.window->selectCell(kRowTotal);
    QAction* fill = action(*bench.window, "fillAction");
    QAction* best = action(*bench.window, "bestFixAction");
    ASSERT_TRUE(fill->isEnabled());
    EXPECT_TRUE(fill->text().contains(QStringLiteral("55")));
    EXPECT_TRUE(fill->toolTip().startsWith(QStringLiteral("填入后将使 1 处关系不平衡"))) << fill->toolTip().toStdString();
    EXPECT_TRUE(fill->toolTip().contains(QStringLiteral("“总计”列不平衡"))) << fill->toolTip().toStdString();
    ASSERT_TRUE(best->isEnabled());
    EXPECT_TRUE(best->text().contains(QStringLiteral("“其他”列 填 0（全部平衡）"))) << best->text().toStdString();
    best->trigger();
    EXPECT_EQ(bench.window->document()->counts().errors, 0);
    EXPECT_EQ(bench.window->document()->report().cell(kRowOther)->value.number, 0);
    EXPECT_EQ(bench.window->document()->report().cell(kRowTotal)->value.number, 45);
    EXPECT_EQ(bench.window->tables()->currentCell(), kRowOther);
    bench.window->document()->undoStack()->undo();  // one step, like any fill
    EXPECT_EQ(bench.window->document()->counts().errors, 2);
}

TEST(BalancingFixWindow, TheFixIsOfferedFromTheFinding) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    const std::vector<Finding>& findings = bench.window->document()->findings();
    const auto it = std::find_if(findings.begin(), findings.end(),
                                 [](const Finding& f) { return f.rule == QLatin1String("requests.row_total"); });
    ASSERT_NE(it, findings.end());
    bench.window->findingsPanel()->selectRow(int(it - findings.begin()));
    ASSERT_EQ(bench.window->findingsPanel()->currentRow(), int(it - findings.begin()));
    QAction* best = action(*bench.window, "bestFixAction");
    ASSERT_TRUE(best->isEnabled());
    EXPECT_TRUE(best->text().contains(QStringLiteral("“其他”列 填 0"))) << best->text().toStdString();
    best->trigger();
    EXPECT_EQ(bench.window->document()->counts().errors, 0);
}

}  // namespace
}  // namespace nianbao::test
