// Corrections survive a saved session, a crash (recovery file) and are never
// dropped silently when the window closes.
#include "GuiTestSupport.h"

#include "../core/FileSizeLimit.h"

#include "check/RuleCatalog.h"
#include "document/ReviewDocument.h"
#include "session/ReviewSession.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

const CellRef kTotal{QStringLiteral("requests"), 0, 6};
const CellRef kOther{QStringLiteral("requests"), 0, 5};

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

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

// The edit made the instant before the crash is journaled: no timer to wait for.
TEST_F(WorkbenchSession, TheLastEditBeforeACrashIsRestoredAndCanBeUndone) {
    QString recoveryPath;
    {
        Workbench crashed;
        ASSERT_TRUE(crashed.window->openReport(report));
        ASSERT_TRUE(typeIntoCell(*crashed.window, kTotal, QStringLiteral("55")));
        ASSERT_TRUE(typeIntoCell(*crashed.window, kOther, QStringLiteral("1")));
        recoveryPath = crashed.window->recovery().pathFor(report);
        ASSERT_TRUE(QFileInfo::exists(recoveryPath));
        // The process "dies" here: no close, no save. Destroying the window
        // without closeEvent leaves the recovery file, as a crash would.
    }
    Workbench next;
    next.script->restoreRecovery = true;
    ASSERT_TRUE(next.window->openReport(report));
    EXPECT_EQ(next.script->recoveryQuestions, 1);
    EXPECT_EQ(next.script->recoveryCount, 2);
    ReviewDocument& document = *next.window->document();
    EXPECT_EQ(document.report().cell(kTotal)->value.number, 55);
    EXPECT_EQ(document.report().cell(kOther)->value.number, 1);
    EXPECT_TRUE(next.window->isWindowModified());  // restored, but not saved yet
    // One undo takes the restored edits back to the report as it was saved (here: as read).
    ASSERT_TRUE(document.undoStack()->canUndo());
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("恢复 2 处未保存的更正"));
    document.undoStack()->undo();
    EXPECT_EQ(document.report().cell(kTotal)->value.number, 45);
    EXPECT_TRUE(document.corrections().empty());
    EXPECT_FALSE(next.window->isWindowModified());
    document.undoStack()->redo();
    EXPECT_EQ(document.report().cell(kTotal)->value.number, 55);
    ASSERT_TRUE(next.window->saveSession());
    EXPECT_FALSE(QFileInfo::exists(recoveryPath));
}

// The recovery question counts the edits that were never saved, not every correction.
TEST_F(WorkbenchSession, RecoveryCountsOnlyTheEditsMadeSinceTheLastSave) {
    {
        Workbench crashed;
        ASSERT_TRUE(crashed.window->openReport(report));
        ASSERT_TRUE(typeIntoCell(*crashed.window, kTotal, QStringLiteral("55")));
        ASSERT_TRUE(crashed.window->saveSession());
        ASSERT_TRUE(typeIntoCell(*crashed.window, kOther, QStringLiteral("1")));
    }
    Workbench next;
    next.script->restoreRecovery = true;
    ASSERT_TRUE(next.window->openReport(report));
    EXPECT_EQ(next.script->recoveryCount, 1);
    ReviewDocument& document = *next.window->document();
    EXPECT_EQ(document.corrections().size(), 2u);
    document.undoStack()->undo();  // back to the saved session, not to the bare report
    EXPECT_EQ(document.report().cell(kTotal)->value.number, 55);
    EXPECT_FALSE(document.report().cell(kOther)->isCorrected());
    EXPECT_FALSE(next.window->isWindowModified());
}

// A recovery file that holds nothing beyond the saved session is not offered.
TEST_F(WorkbenchSession, RecoveryThatAddsNothingIsNotOffered) {
    QString recoveryPath;
    {
        Workbench crashed;
        ASSERT_TRUE(crashed.window->openReport(report));
        ASSERT_TRUE(typeIntoCell(*crashed.window, kTotal, QStringLiteral("55")));
        recoveryPath = crashed.window->recovery().pathFor(report);
        ASSERT_TRUE(QFileInfo::exists(recoveryPath));
        const QByteArray journaled = readAll(recoveryPath);
        ASSERT_TRUE(crashed.window->saveSession());
        // A recovery file left by a crash during the save, after the session was written.
        QFile file(recoveryPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(journaled);
    }
    Workbench next;
    next.script->restoreRecovery = true;
    ASSERT_TRUE(next.window->openReport(report));
    EXPECT_EQ(next.script->recoveryQuestions, 0);
    EXPECT_FALSE(QFileInfo::exists(recoveryPath));
    EXPECT_FALSE(next.window->isWindowModified());
}

TEST_F(WorkbenchSession, UndoingEveryCorrectionRetiresTheRecoveryFile) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(report));
    ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("55")));
    ASSERT_TRUE(QFileInfo::exists(bench.window->recovery().pathFor(report)));
    bench.window->document()->undoStack()->undo();
    EXPECT_FALSE(QFileInfo::exists(bench.window->recovery().pathFor(report)));
}

TEST_F(WorkbenchSession, DeclinedRecoveryIsDiscarded) {
    {
        Workbench crashed;
        ASSERT_TRUE(crashed.window->openReport(report));
        ASSERT_TRUE(typeIntoCell(*crashed.window, kTotal, QStringLiteral("55")));
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


// The refused session holds the corrections of the previous draft: saving
// the new review asks first, and then keeps the old one under a dated name.
TEST_F(WorkbenchSession, SavingOverARefusedSessionAsksAndKeepsItAside) {
    {
        Workbench bench;
        ASSERT_TRUE(bench.window->openReport(report));
        ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("55")));
        ASSERT_TRUE(bench.window->saveSession());
    }
    const QString session = defaultSessionPath(report);
    const QByteArray refused = readAll(session);
    QFile file(report);
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("\n");
    file.close();

    Workbench reopened;
    ASSERT_TRUE(reopened.window->openReport(report));
    ASSERT_EQ(reopened.script->errors.size(), 1);
    ASSERT_TRUE(typeIntoCell(*reopened.window, kTotal, QStringLiteral("50")));

    reopened.script->setAsideRefusedSession = false;  // the reviewer cancels: nothing is written
    EXPECT_FALSE(reopened.window->saveSession());
    EXPECT_EQ(reopened.script->setAsideQuestions, 1);
    EXPECT_EQ(readAll(session), refused);

    reopened.script->setAsideRefusedSession = true;
    ASSERT_TRUE(reopened.window->saveSession());
    EXPECT_EQ(reopened.script->setAsideQuestions, 2);
    const QStringList backups = QDir(folder.path()).entryList({QStringLiteral("*.bak.json")}, QDir::Files);
    ASSERT_EQ(backups.size(), 1) << backups.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(readAll(folder.filePath(backups.first())), refused);
    QString error;
    const std::optional<ReviewSession> saved = loadSession(session, &error);
    ASSERT_TRUE(saved) << error.toStdString();
    EXPECT_EQ(saved->corrections.front().value.number, 50);

    // Once set aside, later saves go ahead without asking.
    ASSERT_TRUE(typeIntoCell(*reopened.window, kTotal, QStringLiteral("51")));
    ASSERT_TRUE(reopened.window->saveSession());
    EXPECT_EQ(reopened.script->setAsideQuestions, 2);
}

// The session is tied to the bytes the reviewer saw when the report was
// opened, not to a file changed on disk in the meantime.
TEST_F(WorkbenchSession, ChecksumIsOfTheReportAsOpened) {
    const QByteArray opened = readAll(report);
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(report));
    QFile file(report);
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("\n另一稿。\n");
    file.close();
    ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("55")));
    ASSERT_TRUE(bench.window->saveSession());
    QString error;
    const std::optional<ReviewSession> saved = loadSession(defaultSessionPath(report), &error);
    ASSERT_TRUE(saved) << error.toStdString();
    EXPECT_EQ(saved->sourceSha256, sha256Of(opened));
    EXPECT_NE(saved->sourceSha256, sha256OfFile(report, &error));
}

// A full disk: the save fails with the reason, the previous session stays,
// and the crash-recovery file — now the only copy of the edits — is kept.
TEST_F(WorkbenchSession, SaveOntoAFullDiskKeepsThePreviousSessionAndTheRecoveryFile) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(report));
    ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("55")));
    ASSERT_TRUE(bench.window->saveSession());
    const QString session = bench.window->sessionPath();
    const QByteArray saved = readAll(session);
    ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("50")));
    const QString recovery = bench.window->recovery().pathFor(report);
    ASSERT_TRUE(QFileInfo::exists(recovery));
    bool ok = true;
    {
        FileSizeLimit full(64);
        ok = bench.window->saveSession();
    }
    EXPECT_FALSE(ok);
    ASSERT_EQ(bench.script->errors.size(), 1);
    EXPECT_TRUE(bench.script->errors.first().contains(QStringLiteral("磁盘空间不足"))) << bench.script->errors.first().toStdString();
    EXPECT_EQ(readAll(session), saved);
    EXPECT_TRUE(QFileInfo::exists(recovery));
    EXPECT_TRUE(bench.window->isWindowModified());
}

TEST_F(WorkbenchSession, DisabledRulesAreShownAndNeverReadAsNoProblemFound) {
    Workbench bench;
    ASSERT_TRUE(bench.window->openReport(report));
    ReviewDocument& document = *bench.window->document();
    EXPECT_TRUE(bench.window->disabledRulesBanner()->isHidden());
    document.setRuleEnabled(QStringLiteral("requests.row_total"), false);
    EXPECT_FALSE(bench.window->disabledRulesBanner()->isHidden());
    EXPECT_TRUE(bench.window->disabledRulesBanner()->text().contains(QStringLiteral("已关闭 1 条检查规则")))
        << bench.window->disabledRulesBanner()->text().toStdString();

    for (const RuleInfo& rule : allRules()) document.setRuleEnabled(rule.id, false);
    ASSERT_TRUE(document.findings().empty());
    EXPECT_TRUE(bench.window->disabledRulesBanner()->text().startsWith(QStringLiteral("所有")))
        << bench.window->disabledRulesBanner()->text().toStdString();
    auto* dock = bench.window->findChild<QDockWidget*>(QStringLiteral("findingsDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_FALSE(dock->windowTitle().contains(QStringLiteral("未发现问题"))) << dock->windowTitle().toStdString();
    EXPECT_TRUE(dock->windowTitle().contains(QString::number(allRules().size()))) << dock->windowTitle().toStdString();

    for (const RuleInfo& rule : allRules()) document.setRuleEnabled(rule.id, true);
    EXPECT_TRUE(bench.window->disabledRulesBanner()->isHidden());
}

}  // namespace
}  // namespace nianbao::test
