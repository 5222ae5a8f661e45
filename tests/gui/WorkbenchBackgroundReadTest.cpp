// Reports are read off the UI thread: a slow document shows a progress dialog
// with its pages and 取消, the window keeps painting, and cancelling (or
// closing the window) leaves everything as it was.
#include "GuiTestSupport.h"

#include "compare/ComparisonWindow.h"
#include "document/BackgroundRead.h"
#include "document/ReviewDocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>

namespace nianbao::test {
namespace {

// Corpus report 000 drawn as a PDF, followed by `fillerPages` pages of
// narrative: a real report with a long annex, slow enough (a page costs the
// PDF reader a few milliseconds) to watch the read happen.
QString writeLongPdf(const QString& path, int fillerPages) {
    QFile source(corpusPath(kCorpus000));
    EXPECT_TRUE(source.open(QIODevice::ReadOnly));
    const QStringList reportLines = QString::fromUtf8(source.readAll()).split(QLatin1Char('\n'));
    QPdfWriter pdf(path);
    pdf.setResolution(72);
    QPainter painter(&pdf);
    painter.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 9));
    const int lineHeight = 12;
    const int linesPerPage = pdf.height() / lineHeight - 2;
    int y = lineHeight;
    const auto line = [&](const QString& text) {
        if (y > linesPerPage * lineHeight) {
            pdf.newPage();
            y = lineHeight;
        }
        painter.drawText(20, y, text);
        y += lineHeight;
    };
    for (const QString& text : reportLines) line(text);
    for (int page = 0; page < fillerPages; ++page)
        for (int i = 0; i < linesPerPage; ++i)
            line(QStringLiteral("附件%1：本机关依申请公开政府信息的办理情况说明，第%2段，依法依规按时答复申请人。").arg(page + 1).arg(i + 1));
    painter.end();
    return path;
}

// Runs `step` on every tick of a 10 ms timer while `action` runs: the ticks
// only come while the UI thread's event loop is serviced.
struct TickRecord {
    int ticks = 0;
    qint64 longestGapMs = 0;
    qint64 totalMs = 0;
};
TickRecord whileTicking(const std::function<void()>& action, const std::function<void()>& step = {}) {
    TickRecord record;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        ++record.ticks;
        record.longestGapMs = std::max(record.longestGapMs, sinceTick.restart());
        if (step) step();
    });
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    action();
    ticker.stop();
    record.totalMs = total.elapsed();
    return record;
}

// Presses the dialog's 取消 as the user would (QProgressDialog::cancel() only resets it).
void pressCancel(QProgressDialog* dialog) {
    QPushButton* button = dialog->findChild<QPushButton*>();
    ASSERT_NE(button, nullptr);
    button->click();
}

QProgressDialog* visibleProgress() {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<QProgressDialog*>(w); dialog && dialog->isVisible()) return dialog;
    return nullptr;
}

class BackgroundReading : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        folder_ = new QTemporaryDir;
        longPdf_ = writeLongPdf(folder_->filePath(QStringLiteral("long-annex.pdf")), 250);
    }
    static void TearDownTestSuite() { delete folder_; }
    void TearDown() override { BackgroundRead::setDialogDelay(400); }

    static QTemporaryDir* folder_;
    static QString longPdf_;
    Workbench bench;
};
QTemporaryDir* BackgroundReading::folder_ = nullptr;
QString BackgroundReading::longPdf_;

TEST_F(BackgroundReading, ASlowReportOpensWhileTheWindowKeepsPainting) {
    bench.window->show();
    BackgroundRead::setDialogDelay(100);  // the dialog must show even where the machine reads fast
    QStringList labels;
    bool opened = false;
    const TickRecord record = whileTicking([&] { opened = bench.window->openReport(longPdf_); },
                                           [&] {
                                               if (QProgressDialog* d = visibleProgress()) labels << d->labelText();
                                           });
    ASSERT_TRUE(opened) << bench.script->errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(QFileInfo(bench.window->document()->filePath()).fileName(), QStringLiteral("long-annex.pdf"));
    // Every page was read, the last annex page included.
    const SourceText& source = bench.window->document()->report().source;
    ASSERT_GT(source.lineCount(), 0);
    EXPECT_TRUE(source.originalLine(source.lineCount()).contains(QStringLiteral("附件250："))) << source.originalLine(source.lineCount()).toStdString();
    std::printf("[ figures  ] %lld ms to open a %d-page PDF; %d ticks of a 10 ms timer; longest UI-thread gap %lld ms\n",
                static_cast<long long>(record.totalMs), 252, record.ticks, static_cast<long long>(record.longestGapMs));
    RecordProperty("open_ms", static_cast<int>(record.totalMs));
    RecordProperty("longest_ui_gap_ms", static_cast<int>(record.longestGapMs));
    // On the UI thread the read gave the timer no tick at all; in the background
    // it ticks through the read (a tick per 10 ms on an idle machine; a loaded
    // or sanitized run still ticks many times).
    ASSERT_GT(record.totalMs, 300) << "the fixture no longer takes long enough to show anything";
    EXPECT_GE(record.ticks, record.totalMs / 100);
    ASSERT_FALSE(labels.isEmpty()) << "no progress dialog appeared during a read of " << record.totalMs << " ms";
    EXPECT_TRUE(labels.back().contains(QStringLiteral("long-annex.pdf"))) << labels.back().toStdString();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](const QString& l) { return l.contains(QStringLiteral("页")); }));
    EXPECT_EQ(visibleProgress(), nullptr);
}

TEST_F(BackgroundReading, CancelKeepsTheReportThatWasOpen) {
    ASSERT_TRUE(bench.window->openReport(corpusPath(kCorpus000)));
    ASSERT_TRUE(typeIntoCell(*bench.window, CellRef{QStringLiteral("requests"), 0, 5}, QStringLiteral("0")));
    BackgroundRead::setDialogDelay(0);
    bool cancelled = false;
    bool opened = true;
    whileTicking([&] { opened = bench.window->openReport(longPdf_); },
                 [&] {
                     if (QProgressDialog* d = visibleProgress(); d && !cancelled) {
                         cancelled = true;
                         pressCancel(d);
                     }
                 });
    ASSERT_TRUE(cancelled);
    EXPECT_FALSE(opened);
    EXPECT_TRUE(bench.script->errors.isEmpty());  // a cancel is not an error
    EXPECT_EQ(bench.script->saveQuestions, 0);    // nor a reason to ask about the unsaved edit
    EXPECT_EQ(QFileInfo(bench.window->document()->filePath()).fileName(), kCorpus000);
    EXPECT_TRUE(bench.window->document()->isModified());
    EXPECT_EQ(bench.window->document()->counts().errors, 0);
    EXPECT_TRUE(bench.window->statusBar()->currentMessage().contains(QStringLiteral("已取消")));
    EXPECT_FALSE(BackgroundRead::inProgress());
}

TEST_F(BackgroundReading, ASecondOpenDuringAReadIsRefusedNotStacked) {
    BackgroundRead::setDialogDelay(0);
    bool secondOpened = true;
    bool tried = false;
    bool opened = false;
    whileTicking([&] { opened = bench.window->openReport(longPdf_); },
                 [&] {
                     if (!tried && BackgroundRead::inProgress()) {
                         tried = true;
                         secondOpened = bench.window->openReport(corpusPath(kCorpus001));
                     }
                 });
    ASSERT_TRUE(tried);
    EXPECT_FALSE(secondOpened);
    EXPECT_TRUE(opened);
    EXPECT_EQ(QFileInfo(bench.window->document()->filePath()).fileName(), QStringLiteral("long-annex.pdf"));
}

TEST_F(BackgroundReading, ClosingTheWindowDuringAReadCancelsItAndCloses) {
    bench.window->show();
    BackgroundRead::setDialogDelay(0);
    bool askedToClose = false;
    bool opened = true;
    whileTicking([&] { opened = bench.window->openReport(longPdf_); },
                 [&] {
                     if (!askedToClose && visibleProgress()) {
                         askedToClose = true;
                         bench.window->close();
                     }
                 });
    ASSERT_TRUE(askedToClose);
    EXPECT_FALSE(opened);
    EXPECT_TRUE(bench.window->isVisible());  // the close waits for openReport to return...
    QApplication::processEvents();
    EXPECT_FALSE(bench.window->isVisible());  // ...and then happens
}

TEST_F(BackgroundReading, ComparisonCancelledLeavesNoHalfReadWindow) {
    BackgroundRead::setDialogDelay(0);
    ComparisonWindow* comparison = reinterpret_cast<ComparisonWindow*>(1);
    whileTicking([&] { comparison = bench.window->compareReports({corpusPath(kCorpus000), longPdf_}); },
                 [&] {
                     if (QProgressDialog* d = visibleProgress()) pressCancel(d);
                 });
    EXPECT_EQ(comparison, nullptr);
    EXPECT_TRUE(bench.script->errors.isEmpty());
    EXPECT_TRUE(bench.window->statusBar()->currentMessage().contains(QStringLiteral("已取消")));
}

}  // namespace
}  // namespace nianbao::test
