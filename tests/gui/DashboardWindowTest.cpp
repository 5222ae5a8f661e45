// The folder dashboard on the five corpus reports and one file that is not a
// report: rows, the unreadable row's reason, sorting, filters, cancelling,
// the CSV export, and how long the UI thread ever waits while 1,000 reports load.
#include "GuiTestSupport.h"

#include "dashboard/DashboardFilter.h"
#include "dashboard/DashboardModel.h"
#include "dashboard/DashboardWindow.h"
#include "export/ReviewLetter.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

// Waits (running the event loop) until the dashboard's scan ends; true when it was cancelled.
bool waitForScan(DashboardWindow& dashboard, int timeoutMs = 120000) {
    bool cancelled = false;
    QEventLoop loop;
    QObject::connect(&dashboard, &DashboardWindow::scanFinished, &loop, [&](bool c) {
        cancelled = c;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return cancelled;
}

// `count` report files in `folder`, copies of the corpus reports in turn.
void copyCorpus(const QString& folder, int count) {
    const QStringList corpus = corpusFiles();
    for (int i = 0; i < count; ++i)
        QFile::copy(corpusPath(corpus[i % corpus.size()]), QDir(folder).filePath(QStringLiteral("r%1.txt").arg(i, 5, 10, QLatin1Char('0'))));
}

QStringList visibleFiles(const DashboardWindow& dashboard) {
    QStringList files;
    const QAbstractItemModel* view = dashboard.filter();
    for (int r = 0; r < view->rowCount(); ++r) files << view->index(r, DashboardModel::FileColumn).data().toString();
    return files;
}

class DashboardTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (const QString& name : corpusFiles()) QFile::copy(corpusPath(name), QDir(folder.path()).filePath(name));
        QFile empty(QDir(folder.path()).filePath(QStringLiteral("empty.txt")));
        ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
        empty.close();
        dashboard.scanFolder(folder.path());
        ASSERT_FALSE(waitForScan(dashboard));
    }
    QTemporaryDir folder;
    DashboardWindow dashboard;
};

TEST_F(DashboardTest, OneRowPerFileWithTheUnreadableOnesReason) {
    ASSERT_EQ(dashboard.model()->rowCount(), 6);
    const DashboardRow* empty = nullptr;
    for (const DashboardRow& row : dashboard.model()->rows())
        if (row.path.endsWith(QStringLiteral("empty.txt"))) empty = &row;
    ASSERT_TRUE(empty);
    EXPECT_FALSE(empty->summary.readFailure.isEmpty());
    EXPECT_EQ(DashboardModel::worstSeverity(*empty), Severity::Error);
}

TEST_F(DashboardTest, SortingByErrorsPutsTheWorstReportFirst) {
    dashboard.table()->sortByColumn(DashboardModel::ErrorsColumn, Qt::DescendingOrder);
    EXPECT_TRUE(visibleFiles(dashboard).first().startsWith(QStringLiteral("000_"))) << visibleFiles(dashboard).join(' ').toStdString();
}

TEST_F(DashboardTest, FiltersByTextYearSeverityAndRule) {
    dashboard.textFilter()->setText(QStringLiteral("宁河"));
    const int ninghe = dashboard.filter()->rowCount();
    EXPECT_GE(ninghe, 1);
    EXPECT_LT(ninghe, 6);
    dashboard.textFilter()->clear();

    QComboBox* year = dashboard.yearChoice();
    ASSERT_GE(year->count(), 2);
    year->setCurrentIndex(1);
    for (int r = 0; r < dashboard.filter()->rowCount(); ++r)
        EXPECT_EQ(dashboard.filter()->index(r, DashboardModel::YearColumn).data().toInt(), year->currentData().toInt());
    year->setCurrentIndex(0);

    dashboard.severityChoice()->setCurrentIndex(dashboard.severityChoice()->findData(int(Severity::Error)));
    const int withErrors = dashboard.filter()->rowCount();
    EXPECT_TRUE(visibleFiles(dashboard).contains(QStringLiteral("empty.txt")));
    dashboard.severityChoice()->setCurrentIndex(0);
    EXPECT_EQ(dashboard.filter()->rowCount(), 6);

    QComboBox* rule = dashboard.ruleChoice();
    rule->setCurrentIndex(rule->findData(QStringLiteral("requests.row_total")));
    ASSERT_GT(rule->currentIndex(), 0);
    EXPECT_TRUE(visibleFiles(dashboard).contains(QStringLiteral("000_4e6edc37518c9b09.txt")));
    EXPECT_LE(dashboard.filter()->rowCount(), withErrors);
}

TEST_F(DashboardTest, CsvExportIsTheCliSummary) {
    QTemporaryDir out;
    const QString path = QDir(out.path()).filePath(QStringLiteral("summary.csv"));
    ASSERT_EQ(dashboard.exportCsv(path), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("文件"))) << lines[0].toStdString();
    EXPECT_TRUE(lines.filter(QStringLiteral("empty.txt")).size() == 1);
}

struct LettersResult {
    bool cancelled = false;
    int written = 0;
    QString summaryPath;
    QStringList problems;
};

LettersResult waitForLetters(DashboardWindow& dashboard, int timeoutMs = 120000) {
    LettersResult result;
    QEventLoop loop;
    QObject::connect(&dashboard, &DashboardWindow::reviewLettersFinished, &loop,
                     [&](bool cancelled, int written, const QString& summary, const QStringList& problems) {
                         result = {cancelled, written, summary, problems};
                         loop.quit();
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

const LetterSettings kLetterSettings{QStringLiteral("测试区政务公开办公室"), LetterSettings::defaultClosing(), QDate(2026, 3, 5)};

TEST_F(DashboardTest, LettersForTheListedReportsAndASummary) {
    // Only the reports with errors are listed: 000 and the unreadable empty.txt.
    dashboard.severityChoice()->setCurrentIndex(dashboard.severityChoice()->findData(int(Severity::Error)));
    const QStringList listed = dashboard.listedReports();
    QTemporaryDir out;
    dashboard.writeReviewLetters(out.path(), kLetterSettings);
    EXPECT_TRUE(dashboard.isWritingLetters());
    const LettersResult result = waitForLetters(dashboard);
    EXPECT_FALSE(result.cancelled);
    EXPECT_FALSE(dashboard.isWritingLetters());
    // empty.txt gets no letter: it is named with its reason, and counted in the summary.
    EXPECT_EQ(result.written, static_cast<int>(listed.size()) - 1);
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_TRUE(result.problems.first().contains(QStringLiteral("empty.txt")));
    EXPECT_EQ(result.summaryPath, QDir(out.path()).filePath(QStringLiteral("审核情况汇总.docx")));
    EXPECT_TRUE(QFile::exists(QDir(out.path()).filePath(QStringLiteral("000_4e6edc37518c9b09-审核意见书.docx"))));
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files).size(), listed.size());  // letters + summary
}

TEST(DashboardLetters, CancelLeavesCompleteLettersAndNoSummary) {
    QTemporaryDir folder;
    copyCorpus(folder.path(), 60);
    DashboardWindow dashboard;
    dashboard.scanFolder(folder.path());
    ASSERT_FALSE(waitForScan(dashboard));
    QTemporaryDir out;
    dashboard.writeReviewLetters(out.path(), kLetterSettings);
    dashboard.cancelScan();  // the one cancel button stops the letters too
    const LettersResult result = waitForLetters(dashboard);
    EXPECT_TRUE(result.cancelled);
    EXPECT_TRUE(result.summaryPath.isEmpty());
    EXPECT_LT(result.written, 60);
    const QStringList files = QDir(out.path()).entryList(QDir::Files);
    EXPECT_EQ(files.size(), result.written);
    EXPECT_FALSE(files.contains(QStringLiteral("审核情况汇总.docx")));
}

TEST(DashboardScan, CancelStopsTheScan) {
    QTemporaryDir folder;
    copyCorpus(folder.path(), 400);
    DashboardWindow dashboard;
    QObject::connect(dashboard.model(), &QAbstractItemModel::rowsInserted, &dashboard, [&] { dashboard.cancelScan(); });
    dashboard.scanFolder(folder.path());
    EXPECT_TRUE(waitForScan(dashboard));
    EXPECT_GT(dashboard.model()->rowCount(), 0);
    EXPECT_LT(dashboard.model()->rowCount(), 400);
    EXPECT_FALSE(dashboard.isScanning());
}

// A thousand reports load in the background while the UI thread keeps
// ticking. The longest gap between the ticks of a 5 ms timer is the figure for
// the budget (no stall over 50 ms): printed and recorded for
// docs/dashboard-figures.md, not asserted — timings belong in measurements,
// and a sanitizer or a loaded CI machine would make such an assertion flaky.
TEST(DashboardScan, UiThreadStaysResponsiveWhileAThousandReportsLoad) {
    QTemporaryDir folder;
    copyCorpus(folder.path(), 1000);
    DashboardWindow dashboard;
    dashboard.resize(1400, 900);
    dashboard.show();
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
    });
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    dashboard.scanFolder(folder.path());
    ASSERT_FALSE(waitForScan(dashboard));
    ticker.stop();
    EXPECT_EQ(dashboard.model()->rowCount(), 1000);
    std::printf("[ figures  ] 1000 reports loaded in %lld ms; longest UI-thread gap %lld ms\n",
                static_cast<long long>(total.elapsed()), static_cast<long long>(longestGap));
    RecordProperty("load_ms", static_cast<int>(total.elapsed()));
    RecordProperty("longest_ui_gap_ms", static_cast<int>(longestGap));
    EXPECT_GT(longestGap, 0);  // the timer ran: the event loop was serviced during the scan
}

}  // namespace
}  // namespace nianbao::test
