// Corrections survive a saved session, a crash (recovery file) and are never
// dropped silently when the window closes.
#include "GuiTestSupport.h"

#include "document/ReviewDocument.h"
#include "session/ReviewSession.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

const CellRef kTotal{QStringLiteral("requests"), 0, 6};

// Sessions are written beside the report; the corpus itself stays untouched.
class WorkbenchSession : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder.isValid());
        report = folder.filePath(kCorpus000);
        ASSERT_TRUE(QFile::copy(corpusPath(kCorpus000), report));
    }
    QTemporaryDir folder;
    QString report;
};

TEST_F(WorkbenchSession, SavedCorrectionsComeBackWhenTheReportIsReopened) {
    {
        Workbench bench;
        ASSERT_TRUE(bench.window->openReport(report));
        ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("55")));
        ASSERT_TRUE(bench.window->document()->setReason(kTotal, QStringLiteral("按各类申请人之和")));
        EXPECT_TRUE(bench.window->isWindowModified());
        ASSERT_TRUE(bench.window->saveSession());
        EXPECT_FALSE(bench.window->isWindowModified());
        EXPECT_EQ(bench.window->sessionPath(), defaultSessionPath(report));
        EXPECT_TRUE(bench.window->close());
        EXPECT_EQ(bench.script->saveQuestions, 0);
    }
    Workbench reopened;
    ASSERT_TRUE(reopened.window->openReport(report));
    const ReviewDocument& document = *reopened.window->document();
    ASSERT_EQ(document.corrections().size(), 1u);
    const Correction& c = document.corrections().front();
    EXPECT_EQ(c.cell, kTotal);
    EXPECT_EQ(c.value.number, 55);
    EXPECT_EQ(c.original.number, 45);
    EXPECT_EQ(c.reason, QStringLiteral("按各类申请人之和"));
    EXPECT_TRUE(c.time.isValid());
    EXPECT_EQ(document.report().cell(kTotal)->value.number, 55);
    EXPECT_EQ(countRule(*reopened.window, QStringLiteral("requests.row_total")), 0);
    EXPECT_FALSE(reopened.window->isWindowModified());
    EXPECT_TRUE(reopened.script->errors.isEmpty());
}

TEST_F(WorkbenchSession, ClosingWithUnsavedCorrectionsAsksAndCancelKeepsTheWindow) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(report));
    ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("55")));
    bench.script->saveChoice = UserPrompts::SaveChoice::Cancel;
    EXPECT_FALSE(bench.window->close());
    EXPECT_EQ(bench.script->saveQuestions, 1);
    bench.script->saveChoice = UserPrompts::SaveChoice::Save;
    EXPECT_TRUE(bench.window->close());
    EXPECT_TRUE(QFileInfo::exists(defaultSessionPath(report)));
}

TEST_F(WorkbenchSession, AutosavedCorrectionsAreOfferedAfterACrash) {
    QString recoveryPath;
    {
        Workbench crashed;
        ASSERT_TRUE(crashed.window->openReport(report));
        ASSERT_TRUE(typeIntoCell(*crashed.window, kTotal, QStringLiteral("55")));
        crashed.window->autosave();
        recoveryPath = crashed.window->recovery().pathFor(report);
        ASSERT_TRUE(QFileInfo::exists(recoveryPath));
        // The process "dies" here: no close, no save. Destroying the window
        // without closeEvent leaves the recovery file, as a crash would.
    }
    Workbench next;
    next.script->restoreRecovery = true;
    ASSERT_TRUE(next.window->openReport(report));
    EXPECT_EQ(next.script->recoveryQuestions, 1);
    EXPECT_EQ(next.window->document()->report().cell(kTotal)->value.number, 55);
    EXPECT_TRUE(next.window->isWindowModified());  // restored, but not saved yet
    ASSERT_TRUE(next.window->saveSession());
    EXPECT_FALSE(QFileInfo::exists(recoveryPath));
}

TEST_F(WorkbenchSession, UndoingEveryCorrectionRetiresTheRecoveryFile) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(report));
    ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("55")));
    bench.window->autosave();
    ASSERT_TRUE(QFileInfo::exists(bench.window->recovery().pathFor(report)));
    bench.window->document()->undoStack()->undo();
    bench.window->autosave();
    EXPECT_FALSE(QFileInfo::exists(bench.window->recovery().pathFor(report)));
}

TEST_F(WorkbenchSession, DeclinedRecoveryIsDiscarded) {
    {
        Workbench crashed;
        ASSERT_TRUE(crashed.window->openReport(report));
        ASSERT_TRUE(typeIntoCell(*crashed.window, kTotal, QStringLiteral("55")));
        crashed.window->autosave();
    }
    Workbench next;
    next.script->restoreRecovery = false;
    ASSERT_TRUE(next.window->openReport(report));
    EXPECT_EQ(next.script->recoveryQuestions, 1);
    EXPECT_EQ(next.window->document()->report().cell(kTotal)->value.number, 45);
    EXPECT_FALSE(QFileInfo::exists(next.window->recovery().pathFor(report)));
}

TEST_F(WorkbenchSession, SessionForAnotherDraftIsRefusedAndTheReportStillOpens) {
    {
        Workbench bench;
        ASSERT_TRUE(bench.window->openReport(report));
        ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("55")));
        ASSERT_TRUE(bench.window->saveSession());
    }
    QFile file(report);
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("\n");  // a new draft: the checksum no longer matches
    file.close();
    Workbench reopened;
    ASSERT_TRUE(reopened.window->openReport(report));
    EXPECT_EQ(reopened.script->errors.size(), 1);
    EXPECT_TRUE(reopened.window->document()->corrections().empty());
}

}  // namespace
}  // namespace nianbao::test
