// Proofreading in the workbench: rules switched off per review (and saved
// with it), the exact words of a finding underlined in the raw text, and the
// one-click fill of a row's blank cells through the undo stack.
#include "GuiTestSupport.h"

#include "check/RuleCatalog.h"
#include "document/ReviewDocument.h"
#include "models/CellExplanation.h"
#include "models/RulesModel.h"
#include "views/CellDetailsPanel.h"
#include "views/FindingCountsWidget.h"
#include "views/FindingsPanel.h"
#include "views/FormTableView.h"
#include "views/ReportTablesWidget.h"
#include "views/RulesPanel.h"
#include "views/SourceView.h"

#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

const QString kArtifact = QStringLiteral("text.artifact");

int findingRow(const MainWindow& window, const QString& rule, const QString& messagePart = {}) {
    const std::vector<Finding>& findings = window.document()->findings();
    for (size_t i = 0; i < findings.size(); ++i)
        if (findings[i].rule == rule && findings[i].message.contains(messagePart)) return static_cast<int>(i);
    return -1;
}

// Ticks or unticks the rule's checkbox in the rules panel, as a click does.
void setRuleChecked(MainWindow& window, const QString& rule, bool checked) {
    RulesModel* model = window.rulesPanel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex id = model->index(row, RulesModel::IdColumn);
        if (id.data().toString() != rule) continue;
        ASSERT_TRUE(model->setData(id, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
        EXPECT_EQ(id.data(Qt::CheckStateRole).value<Qt::CheckState>(), checked ? Qt::Checked : Qt::Unchecked);
        return;
    }
    FAIL() << "rule not in the panel: " << rule.toStdString();
}

TEST(WorkbenchRules, ThePanelListsEveryRuleTickedByDefault) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    RulesModel* model = bench.window->rulesPanel()->model();
    ASSERT_EQ(model->rowCount(), static_cast<int>(allRules().size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_EQ(model->index(row, RulesModel::IdColumn).data().toString(), allRules()[static_cast<size_t>(row)].id);
        EXPECT_EQ(model->index(row, RulesModel::IdColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        EXPECT_FALSE(model->index(row, RulesModel::TitleColumn).data().toString().isEmpty());
    }
}

TEST(WorkbenchRules, DisablingTheArtifactRuleHidesTheBookmarkUntilReEnabledAndSurvivesTheSession) {
    QTemporaryDir folder;
    const QString report = folder.filePath(kCorpus000);
    ASSERT_TRUE(QFile::copy(corpusPath(kCorpus000), report));
    {
        Workbench bench;
        ASSERT_TRUE(bench.window->openReport(report));
        const int rows = bench.window->findingsPanel()->rowCount();
        ASSERT_EQ(countRule(*bench.window, kArtifact), 1);
        EXPECT_TRUE(bench.window->counts()->text().contains(QStringLiteral("3 个警告")));

        setRuleChecked(*bench.window, kArtifact, false);
        EXPECT_EQ(countRule(*bench.window, kArtifact), 0);
        EXPECT_EQ(bench.window->findingsPanel()->rowCount(), rows - 1);
        EXPECT_TRUE(bench.window->counts()->text().contains(QStringLiteral("2 个警告")));
        EXPECT_TRUE(bench.window->isWindowModified());  // the choice is part of the review

        setRuleChecked(*bench.window, kArtifact, true);
        EXPECT_EQ(bench.window->findingsPanel()->rowCount(), rows);
        EXPECT_TRUE(bench.window->counts()->text().contains(QStringLiteral("3 个警告")));

        setRuleChecked(*bench.window, kArtifact, false);
        ASSERT_TRUE(bench.window->saveSession());
        EXPECT_FALSE(bench.window->isWindowModified());
    }
    Workbench reopened;
    ASSERT_TRUE(reopened.window->openReport(report));
    EXPECT_TRUE(reopened.window->document()->disabledRules().contains(kArtifact));
    EXPECT_EQ(countRule(*reopened.window, kArtifact), 0);
    EXPECT_TRUE(reopened.window->counts()->text().contains(QStringLiteral("2 个警告")));
    const QModelIndex artifactRow = [&] {
        RulesModel* model = reopened.window->rulesPanel()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, RulesModel::IdColumn).data().toString() == kArtifact)
                return model->index(row, RulesModel::IdColumn);
        return QModelIndex();
    }();
    EXPECT_EQ(artifactRow.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

// 002 line 21 says "同意公开答复 12 件" where 表三 has 14: exactly "12" is underlined.
TEST(WorkbenchSourceSpan, TheNarrativeMismatchUnderlinesExactlyTheNumberInItsSentence) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus002)));
    const int row = findingRow(*bench.window, QStringLiteral("narrative.mismatch"));
    ASSERT_GE(row, 0);
    bench.window->findingsPanel()->selectRow(row);

    SourceView* source = bench.window->sourceView();
    const QList<QTextEdit::ExtraSelection> marks = source->extraSelections();
    ASSERT_FALSE(marks.isEmpty());
    const QTextEdit::ExtraSelection& mark = marks.last();
    const QTextBlock line21 = source->document()->findBlockByNumber(20);
    const int at = static_cast<int>(line21.text().indexOf(QStringLiteral("同意公开答复 12 件"))) + 7;
    ASSERT_GE(at, 7);
    EXPECT_EQ(mark.cursor.selectionStart(), line21.position() + at);
    EXPECT_EQ(mark.cursor.selectionEnd(), line21.position() + at + 2);
    EXPECT_EQ(mark.cursor.selectedText(), QStringLiteral("12"));
    EXPECT_EQ(mark.format.underlineStyle(), QTextCharFormat::WaveUnderline);
}

TEST(WorkbenchSourceSpan, ALabelTypoShowsTheOfficialWordingInTheDetails) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    const int row = findingRow(*bench.window, QStringLiteral("text.label_typo"));
    ASSERT_GE(row, 0);
    bench.window->findingsPanel()->selectRow(row);
    EXPECT_TRUE(bench.window->details()->text().contains(QStringLiteral("应为“（五）不予处理”")));
    // The source writes the label with full-width brackets; the mark covers the label, not the line.
    EXPECT_EQ(bench.window->sourceView()->extraSelections().last().cursor.selectedText(), QStringLiteral("（五）不予处9理"));
}

// The action "填入平衡值", found by its words (they carry the value when it applies).
QAction* fillAction(const MainWindow& window) {
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text().startsWith(QStringLiteral("填入平衡值"))) return action;
    return nullptr;
}

// Moving from a finding on a cell that has a balancing value to a finding
// about the text once left the cell selected, "填入平衡值" enabled for it and
// the cell's explanation on screen. Selection, actions and explanation follow
// the current finding, both ways.
TEST(WorkbenchFindingNavigation, ATextFindingLeavesNoCellSelectedNorItsActions) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    const std::vector<Finding> findings = bench.window->document()->findings();
    int onCell = -1;
    for (size_t i = 0; i < findings.size() && onCell < 0; ++i)
        if (!findings[i].cells.empty() && bench.window->document()->balancingValueFor(findings[i].cells.front()))
            onCell = static_cast<int>(i);
    const int onText = findingRow(*bench.window, QStringLiteral("text.label_typo"));
    ASSERT_GE(onCell, 0);
    ASSERT_GE(onText, 0);
    ASSERT_TRUE(findings[static_cast<size_t>(onText)].cells.empty());
    QAction* fill = fillAction(*bench.window);
    ASSERT_TRUE(fill);
    const CellRef cell = findings[static_cast<size_t>(onCell)].cells.front();

    bench.window->findingsPanel()->selectRow(onCell);
    EXPECT_EQ(bench.window->tables()->currentCell(), cell);
    EXPECT_TRUE(fill->isEnabled());
    const QString cellExplanation = explainCell(*bench.window->document(), cell);
    EXPECT_EQ(bench.window->details()->text(), cellExplanation);

    bench.window->findingsPanel()->selectRow(onText);
    EXPECT_FALSE(bench.window->tables()->currentCell().has_value());
    for (FormTableView* view : bench.window->tables()->views())
        EXPECT_TRUE(view->selectionModel()->selectedIndexes().isEmpty());
    EXPECT_FALSE(fill->isEnabled());
    EXPECT_EQ(fill->text(), QStringLiteral("填入平衡值(&B)"));
    EXPECT_EQ(bench.window->details()->text(), findings[static_cast<size_t>(onText)].message);

    // Back to the cell finding: its cell was current before, so no currentChanged comes.
    bench.window->findingsPanel()->selectRow(onCell);
    EXPECT_EQ(bench.window->tables()->currentCell(), cell);
    EXPECT_TRUE(fill->isEnabled());
    EXPECT_EQ(bench.window->details()->text(), cellExplanation);
}

// 001's 本年新收 row has four blank cells; filling them is one step, undone as one.
TEST(WorkbenchFillBlanks, FillingARowsBlanksClearsItsFindingAndUndoBringsItBack) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus001)));
    const QString receivedRow = QStringLiteral("“一、本年新收政府信息公开申请数量”行");
    const int row = findingRow(*bench.window, QStringLiteral("cell.blank"), receivedRow);
    ASSERT_GE(row, 0);
    const int blanks = countRule(*bench.window, QStringLiteral("cell.blank"));
    bench.window->findingsPanel()->selectRow(row);
    bench.window->fillBlankCellsOfCurrentFinding();

    ReviewDocument& document = *bench.window->document();
    EXPECT_EQ(findingRow(*bench.window, QStringLiteral("cell.blank"), receivedRow), -1);
    EXPECT_EQ(countRule(*bench.window, QStringLiteral("cell.blank")), blanks - 1);
    EXPECT_EQ(document.corrections().size(), 4u);
    EXPECT_EQ(document.report().cell({QStringLiteral("requests"), 0, 5})->value, CellValue::fromNumber(0));
    EXPECT_EQ(document.undoStack()->count(), 1);

    document.undoStack()->undo();
    EXPECT_GE(findingRow(*bench.window, QStringLiteral("cell.blank"), receivedRow), 0);
    EXPECT_EQ(countRule(*bench.window, QStringLiteral("cell.blank")), blanks);
    EXPECT_TRUE(document.corrections().empty());
}

TEST(WorkbenchFillBlanks, OfferedOnlyForBlankCellFindings) {
    Finding blank = Finding::make(QStringLiteral("cell.blank"), {}, {}, {{QStringLiteral("requests"), 0, 2}});
    EXPECT_TRUE(ReviewDocument::canFillBlankCells(blank));
    blank.rule = QStringLiteral("requests.row_total");
    EXPECT_FALSE(ReviewDocument::canFillBlankCells(blank));
}

}  // namespace
}  // namespace nianbao::test
