// Folder review from the CLI: recursion, --jobs, --summary, deterministic order,
// content deciding what is a report, every unreadable file or folder as a row;
// and the ordered parallel map underneath.
#include "TestSupport.h"

#include "batch/OrderedParallel.h"
#include "batch/ReportFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

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
    const std::vector<ReportEntry> entries = listReportFiles({folder.dir.path(), QStringLiteral("/no/such/place")});
    ASSERT_EQ(entries.size(), 8u);  // five reports, empty.txt and logo.png (content decides), the missing argument
    EXPECT_TRUE(std::is_sorted(entries.begin(), entries.end() - 1, [](const auto& a, const auto& b) { return a.path < b.path; }));
    for (size_t i = 0; i < 7; ++i) EXPECT_EQ(entries[i].problem, QString()) << entries[i].path.toStdString();
    EXPECT_EQ(entries[7].path, QStringLiteral("/no/such/place"));
    EXPECT_EQ(entries[7].problem, QStringLiteral("文件或文件夹不存在"));
}

// A folder as clerks have them: a portal page saved as .shtml, a report without
// an extension, converter markdown, a broken link, a file that is no report, a
// README about reports, a named pipe, the workbench's own session file, a hidden file and a link back up the tree.
struct MixedFolder {
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(name); }
    MixedFolder() {
        const QString real = QStringLiteral(NIANBAO_CORPUS_DIR "/real/");
        QDir().mkpath(path(QStringLiteral("sub")));
        QFile::copy(real + QStringLiteral("r09_shuyangfagaiju_2023.html"), path(QStringLiteral("page.shtml")));
        QFile::copy(real + QStringLiteral("r05_shuyangxian_2025.txt"), path(QStringLiteral("sub/report")));
        QFile::copy(real + QStringLiteral("r06_shanghaikewei_2024.md"), path(QStringLiteral("sub/kewei.md")));
        QFile::link(path(QStringLiteral("nowhere.txt")), path(QStringLiteral("gone.txt")));
        QFile::link(QStringLiteral(".."), path(QStringLiteral("sub/up")));
        QFile readme(path(QStringLiteral("README.md")));
        readme.open(QIODevice::WriteOnly);
        readme.write("# 各单位政府信息公开工作年度报告\n\n本文件夹收存 2023 年度报告，请逐份核对政府信息公开申请数据。\n");
        mkfifo(QFile::encodeName(path(QStringLiteral("pipe.txt"))).constData(), 0644);  // reading it would wait forever
        for (const char* name : {"notes.txt", "page.shtml.nianbao.json", ".DS_Store"}) {
            QFile f(path(QString::fromLatin1(name)));
            f.open(QIODevice::WriteOnly);
            f.write("会议纪要：下周讨论办公用品采购。\n");
        }
    }
};

TEST(ReportFiles, EveryFileIsTriedAndNothingVanishes) {
    MixedFolder folder;
    const std::vector<ReportEntry> entries = listReportFiles({folder.dir.path()});
    QStringList listed;
    for (const ReportEntry& e : entries) listed << QDir(folder.dir.path()).relativeFilePath(e.path) + QLatin1Char('=') + e.problem;
    // The session beside page.shtml and .DS_Store are not content; sub/up leads back to a folder already walked.
    EXPECT_EQ(listed, (QStringList{QStringLiteral("README.md="), QStringLiteral("gone.txt=符号链接指向的文件不存在（%1）").arg(folder.path(QStringLiteral("nowhere.txt"))),
                                   QStringLiteral("notes.txt="), QStringLiteral("page.shtml="),
                                   QStringLiteral("pipe.txt=不是普通文件（可能是管道、套接字或设备文件），无法作为报告读取"), QStringLiteral("sub/kewei.md="),
                                   QStringLiteral("sub/report=")}));
}

TEST(BatchCheck, ContentDecidesAndEveryFailureIsARow) {
    MixedFolder folder;
    const QString summary = folder.dir.filePath(QStringLiteral("summary.csv"));
    const CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--summary"), summary, folder.dir.path()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.contains(QStringLiteral("page.shtml: 0 个错误，0 个警告"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("（2021 格式，2023 年度，沭阳县发展和改革局，编码 UTF-8）")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("（2021 格式，2025 年度，沐阳县人民政府，编码 UTF-8）")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("（2021 格式，2024 年度，上海市科委，编码 UTF-8）")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("gone.txt: 无法检查：符号链接指向的文件不存在"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("notes.txt: 无法检查：不是政府信息公开工作年度报告")));
    QFile f(summary);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 7);
    // A text about reports is no report: it has neither their tables nor their sections.
    EXPECT_TRUE(lines.filter(QStringLiteral("README.md")).value(0).contains(QStringLiteral(",,,,,,,,不是政府信息公开工作年度报告")));
    EXPECT_TRUE(lines.filter(QStringLiteral("pipe.txt")).value(0).contains(QStringLiteral(",,,,,,,,不是普通文件")));
    EXPECT_TRUE(lines.filter(QStringLiteral("gone.txt")).value(0).contains(QStringLiteral(",,,,,,,,符号链接指向的文件不存在")));
    EXPECT_TRUE(lines.filter(QStringLiteral("notes.txt")).value(0).contains(QStringLiteral(",,,,,,,,不是政府信息公开工作年度报告")));
    EXPECT_TRUE(lines.filter(QStringLiteral("page.shtml")).value(0).contains(QStringLiteral(",沭阳县发展和改革局,2023,2021,0,0,")));
}

// Read permission cannot be taken from root: as root, the CLI runs without the
// capabilities that let root read anything (setpriv), so chmod 000 counts.
TEST(BatchCheck, UnreadableFileAndUnlistableSubfolderAreRows) {
    const bool root = geteuid() == 0;
    if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) GTEST_SKIP() << "setpriv is needed to drop root's read capabilities";
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("locked")));
    QFile::copy(corpusPath("003_1ba3202efab2ed16.txt"), dir.filePath(QStringLiteral("locked/inside.txt")));
    QFile::copy(corpusPath("003_1ba3202efab2ed16.txt"), dir.filePath(QStringLiteral("secret.txt")));
    QFile::copy(corpusPath("002_be932dc10881290c.txt"), dir.filePath(QStringLiteral("open.txt")));
    const QString summary = dir.filePath(QStringLiteral("summary.csv"));
    QFile::setPermissions(dir.filePath(QStringLiteral("secret.txt")), {});
    QFile::setPermissions(dir.filePath(QStringLiteral("locked")), {});
    QProcess p;
    const QStringList args = {QStringLiteral("check"), QStringLiteral("--summary"), summary, dir.path()};
    if (root) p.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--bounding-set"), QStringLiteral("-dac_override,-dac_read_search"), QStringLiteral(NIANBAO_CLI)} + args);
    else p.start(QStringLiteral(NIANBAO_CLI), args);
    ASSERT_TRUE(p.waitForFinished(60000));
    QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("locked: 无法检查：无法列出文件夹内容：没有读取权限"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("secret.txt: 无法检查：没有读取该文件的权限")));
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("open.txt: ")));
    QFile f(summary);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 3);  // locked, open.txt, secret.txt
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("locked,,,,,,,,无法列出文件夹内容：没有读取权限"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[3].endsWith(QStringLiteral("secret.txt,,,,,,,,没有读取该文件的权限"))) << lines[3].toStdString();
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
    ASSERT_EQ(lines.size(), 1 + 7);  // five reports, empty.txt, logo.png
    EXPECT_EQ(lines[0], QStringLiteral("文件,机关,年度,格式版本,错误,警告,提示,第一个错误,无法读取的原因"));
    const QString emptyRow = lines.filter(QStringLiteral("empty.txt")).value(0);
    EXPECT_TRUE(emptyRow.endsWith(QStringLiteral(",,,,,,,,文件为空"))) << emptyRow.toStdString();
    const QString row000 = lines.filter(QStringLiteral("000_4e6edc37518c9b09.txt")).value(0);
    EXPECT_TRUE(row000.contains(QStringLiteral(",宁河区人民政府办公室,2020,2019,2,3,0,表三“其他”列不平衡"))) << row000.toStdString();
    EXPECT_TRUE(r.err.contains("empty.txt: "));
    EXPECT_TRUE(lines.filter(QStringLiteral("logo.png")).value(0).endsWith(QStringLiteral("不是政府信息公开工作年度报告：没有找到任何统计表，也没有年度报告的章节标题（如“一、总体情况”）")))
        << lines.filter(QStringLiteral("logo.png")).value(0).toStdString();
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
