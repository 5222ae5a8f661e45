// Folder review from the CLI: recursion, --jobs, --summary, deterministic order,
// unreadable files as rows; and the ordered parallel map underneath.
#include "TestSupport.h"

#include "batch/OrderedParallel.h"
#include "batch/ReportFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <random>

namespace nianbao::test {
namespace {

struct Folder {
    QTemporaryDir dir;
    Folder() {
        // Two levels deep, every corpus report once, plus an empty report and a file that is no report type.
        const QStringList names = QDir(QStringLiteral(NIANBAO_CORPUS_DIR)).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        for (int i = 0; i < names.size(); ++i) {
            const QString sub = dir.filePath(i % 2 ? QStringLiteral("b/deeper") : QStringLiteral("a"));
            QDir().mkpath(sub);
            QFile::copy(QStringLiteral(NIANBAO_CORPUS_DIR "/") + names[i], sub + QLatin1Char('/') + names[i]);
        }
        QFile empty(dir.filePath(QStringLiteral("a/empty.txt")));
        empty.open(QIODevice::WriteOnly);
        QFile image(dir.filePath(QStringLiteral("a/logo.png")));
        image.open(QIODevice::WriteOnly);
        image.write("\x89PNG");
    }
};

TEST(ReportFiles, FoldersAreWalkedRecursivelyAndSorted) {
    Folder folder;
    QStringList missing;
    const QStringList files = collectReportFiles({folder.dir.path(), QStringLiteral("/no/such/place")}, &missing);
    EXPECT_EQ(files.size(), 6);  // five reports and empty.txt; logo.png is no report type
    EXPECT_TRUE(std::is_sorted(files.begin(), files.end()));
    EXPECT_EQ(missing, QStringList{QStringLiteral("/no/such/place")});
}

TEST(BatchCheck, SummaryHasOneRowPerReportIncludingTheUnreadable) {
    Folder folder;
    const QString summary = folder.dir.filePath(QStringLiteral("summary.csv"));
    const CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--summary"), summary, folder.dir.path()});
    EXPECT_EQ(r.exitCode, 2);  // empty.txt cannot be read; every other report is still checked
    QFile f(summary);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 6);
    EXPECT_EQ(lines[0], QStringLiteral("文件,机关,年度,格式版本,错误,警告,提示,第一个错误,无法读取的原因"));
    const QString emptyRow = lines.filter(QStringLiteral("empty.txt")).value(0);
    EXPECT_TRUE(emptyRow.endsWith(QStringLiteral(",,,,,,,,文件为空"))) << emptyRow.toStdString();
    const QString row000 = lines.filter(QStringLiteral("000_4e6edc37518c9b09.txt")).value(0);
    EXPECT_TRUE(row000.contains(QStringLiteral(",宁河区人民政府办公室,2020,2019,2,3,0,表三“其他”列不平衡"))) << row000.toStdString();
    EXPECT_TRUE(r.err.contains("empty.txt: "));
}

TEST(BatchCheck, OutputIsTheSameWhateverTheJobCount) {
    Folder folder;
    const CliRun one = runCli({QStringLiteral("check"), QStringLiteral("--jobs"), QStringLiteral("1"), folder.dir.path()});
    for (const char* jobs : {"2", "4", "8"}) {
        const CliRun many = runCli({QStringLiteral("check"), QStringLiteral("--jobs"), QString::fromLatin1(jobs), folder.dir.path()});
        EXPECT_EQ(many.out, one.out) << jobs;
        EXPECT_EQ(many.exitCode, one.exitCode);
    }
    const CliRun json1 = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--jobs"), QStringLiteral("1"), folder.dir.path()});
    const CliRun json2 = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--jobs"), QStringLiteral("2"), folder.dir.path()});
    EXPECT_EQ(json1.out, json2.out);
    EXPECT_EQ(json1.out.count('\n'), 5);
}

TEST(BatchCheck, NoProgressDrawnWhenStderrIsPiped) {
    Folder folder;
    const CliRun r = runCli({QStringLiteral("check"), folder.dir.path()});
    EXPECT_FALSE(r.err.contains('\r'));
}

TEST(BatchCheck, BadJobCount) {
    EXPECT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--jobs"), QStringLiteral("0"), QStringLiteral(NIANBAO_CORPUS_DIR)}).exitCode, 2);
}

TEST(OrderedParallel, DeliversInIndexOrderWithABoundedWindow) {
    std::atomic<int> running{0}, maxAhead{0};
    std::atomic<int> delivered{0};
    std::vector<int> order;
    std::mt19937 random(7);
    std::vector<int> delays(200);
    for (int& d : delays) d = static_cast<int>(random() % 300);
    runOrdered<int>(
        200, 3,
        [&](int i) {
            running++;
            maxAhead = std::max(maxAhead.load(), i - delivered.load());
            std::this_thread::sleep_for(std::chrono::microseconds(delays[i]));
            running--;
            return i * i;
        },
        [&](int i, int&& value) {
            EXPECT_EQ(value, i * i);
            order.push_back(i);
            delivered++;
        });
    ASSERT_EQ(order.size(), 200u);
    for (int i = 0; i < 200; ++i) EXPECT_EQ(order[i], i);
    EXPECT_LE(maxAhead.load(), 3 * 4);  // never more than jobs * 4 started past the last delivered
}

TEST(OrderedParallel, NothingToDo) {
    int calls = 0;
    runOrdered<int>(0, 4, [&](int) { return ++calls; }, [&](int, int&&) { ++calls; });
    EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace nianbao::test
