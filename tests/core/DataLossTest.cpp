// Never lose a byte of the user's work: a full disk keeps the previous file
// and says so, an output can never be one of the run's inputs or a device,
// and the outputs of one export are replaced together or not at all.
#include "ExportTestSupport.h"
#include "FileSizeLimit.h"

#include "export/AtomicExport.h"
#include "io/AtomicFile.h"
#include "session/ReviewSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

namespace nianbao::test {
namespace {

// Far below any file the writers produce (the smallest, a one-row summary
// CSV, is a few hundred bytes), so every write fails as on a full disk.
constexpr qint64 kFullDiskBytes = 64;

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeOrFail(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

// What is in the folder besides the named files: no temporary may be left behind.
QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QString copyOfCorpus(const QTemporaryDir& dir, const char* name, const QString& as) {
    const QString path = dir.filePath(as);
    EXPECT_TRUE(QFile::copy(corpusPath(name), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

TEST(FullDisk, CoreHelperKeepsThePreviousFileAndSaysWhy) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.docx"));
    writeOrFail(path, "previous export");
    QString error;
    {
        FileSizeLimit full(kFullDiskBytes);
        error = writeFileAtomically(path, QByteArray(10 * 1024, 'x'));  // the size of a DOCX export
    }
    EXPECT_TRUE(error.contains(QStringLiteral("磁盘空间不足"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(path))) << error.toStdString();
    EXPECT_EQ(readAll(path), QByteArray("previous export"));
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("out.docx")});
}

TEST(FullDisk, SessionSaveKeepsThePreviousSession) {
    QTemporaryDir dir;
    const QString report = corpusPath("000_4e6edc37518c9b09.txt");
    const QString path = dir.filePath(QStringLiteral("review.nianbao.json"));
    saveOrFail(oneCorrection(report, CellRef{QStringLiteral("requests"), 0, 6}, 45, 55, QStringLiteral("行合计")), path);
    const QByteArray before = readAll(path);
    ReviewSession next = oneCorrection(report, CellRef{QStringLiteral("requests"), 0, 6}, 45, 50, QStringLiteral("另一次"));
    QString error;
    bool saved = true;
    {
        FileSizeLimit full(kFullDiskBytes);
        saved = saveSession(next, path, &error);
    }
    EXPECT_FALSE(saved);
    EXPECT_TRUE(error.contains(QStringLiteral("磁盘空间不足"))) << error.toStdString();
    EXPECT_EQ(readAll(path), before);
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("review.nianbao.json")});
}

TEST(FullDisk, CliExportFailsWithExitTwoAndKeepsEveryPreviousFile) {
    QTemporaryDir dir;
    const QString docx = dir.filePath(QStringLiteral("clean.docx"));
    const QString csv = dir.filePath(QStringLiteral("clean.csv"));
    writeOrFail(docx, "previous docx");
    writeOrFail(csv, "previous csv");
    const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("--docx"), docx, QStringLiteral("--csv"), csv,
                             corpusPath("003_1ba3202efab2ed16.txt")},
                            CliLimits{kFullDiskBytes, 0});
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("磁盘空间不足"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QDir::toNativeSeparators(docx)) || r.err.contains(QDir::toNativeSeparators(csv)));
    EXPECT_FALSE(r.out.contains(QStringLiteral("已导出")));
    EXPECT_EQ(readAll(docx), QByteArray("previous docx"));
    EXPECT_EQ(readAll(csv), QByteArray("previous csv"));
    EXPECT_EQ(filesIn(dir.path()), (QStringList{QStringLiteral("clean.csv"), QStringLiteral("clean.docx")}));
}

TEST(FullDisk, CliSummaryAndCompareCsvKeepThePreviousFile) {
    QTemporaryDir dir;
    const QString summary = dir.filePath(QStringLiteral("summary.csv"));
    writeOrFail(summary, "previous summary");
    CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--summary"), summary, corpusPath("003_1ba3202efab2ed16.txt")},
                      CliLimits{kFullDiskBytes, 0});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("磁盘空间不足"))) << r.err.toStdString();
    EXPECT_EQ(readAll(summary), QByteArray("previous summary"));

    const QString years = dir.filePath(QStringLiteral("years.csv"));
    writeOrFail(years, "previous comparison");
    r = runCli({QStringLiteral("compare"), QStringLiteral("--csv"), years, corpusPath("000_4e6edc37518c9b09.txt"),
                corpusPath("001_ffb7cb016be5db93.txt")},
               CliLimits{kFullDiskBytes, 0});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("磁盘空间不足"))) << r.err.toStdString();
    EXPECT_EQ(readAll(years), QByteArray("previous comparison"));
}

TEST(OutputGuard, DevicesFoldersAndMissingFoldersAreRefused) {
    QTemporaryDir dir;
    EXPECT_TRUE(outputPathProblem(QStringLiteral("/dev/null"), {}).contains(QStringLiteral("不是普通文件")));
    EXPECT_TRUE(outputPathProblem(dir.path(), {}).contains(QStringLiteral("不是普通文件")));
    EXPECT_TRUE(outputPathProblem(dir.filePath(QStringLiteral("no-such/out.csv")), {}).contains(QStringLiteral("不存在")));
    EXPECT_EQ(outputPathProblem(dir.filePath(QStringLiteral("new.csv")), {}), QString());
    const QString old = dir.filePath(QStringLiteral("old.csv"));
    writeOrFail(old, "x");
    EXPECT_EQ(outputPathProblem(old, {}), QString());
    EXPECT_EQ(outputPathProblem(old, {}, QStringLiteral("csv")), QString());
    const QString report = dir.filePath(QStringLiteral("report.txt"));
    writeOrFail(report, "a report");
    EXPECT_TRUE(outputPathProblem(report, {}, QStringLiteral("csv")).contains(QStringLiteral("不是 .csv 文件")));
    EXPECT_EQ(outputPathProblem(dir.filePath(QStringLiteral("new.txt")), {}, QStringLiteral("csv")), QString());
}

TEST(OutputGuard, AnInputIsRecognisedThroughHardAndSymbolicLinks) {
    QTemporaryDir dir;
    const QString report = copyOfCorpus(dir, "000_4e6edc37518c9b09.txt", QStringLiteral("report.txt"));
    const QString hard = dir.filePath(QStringLiteral("hard.txt"));
    const QString soft = dir.filePath(QStringLiteral("soft.txt"));
    ASSERT_EQ(::link(QFile::encodeName(report).constData(), QFile::encodeName(hard).constData()), 0);
    ASSERT_TRUE(QFile::link(report, soft));
    const std::vector<ProtectedFile> inputs{{report, QStringLiteral("原报告")}};
    for (const QString& alias : {report, hard, soft, dir.filePath(QStringLiteral("./../") + QFileInfo(dir.path()).fileName() + QStringLiteral("/report.txt"))}) {
        const QString problem = outputPathProblem(alias, inputs);
        EXPECT_TRUE(problem.contains(QStringLiteral("原报告"))) << alias.toStdString() << ' ' << problem.toStdString();
    }
}

TEST(OutputGuard, CompareCsvThatIsAnInputReportIsRefused) {
    QTemporaryDir dir;
    const QString a = copyOfCorpus(dir, "000_4e6edc37518c9b09.txt", QStringLiteral("a.txt"));
    const QString b = copyOfCorpus(dir, "001_ffb7cb016be5db93.txt", QStringLiteral("b.txt"));
    const QByteArray before = readAll(b);
    const CliRun r = runCli({QStringLiteral("compare"), QStringLiteral("--csv"), b, a, b});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("拒绝写入"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("输入报告")));
    EXPECT_EQ(readAll(b), before);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();  // refused before anything was compared
}

// `check --summary *.txt` with the summary's name forgotten: the shell makes
// the first report the summary file.
TEST(OutputGuard, SummaryThatIsAReportOfTheRunIsRefused) {
    QTemporaryDir dir;
    const QString first = copyOfCorpus(dir, "000_4e6edc37518c9b09.txt", QStringLiteral("first.txt"));
    const QString second = copyOfCorpus(dir, "001_ffb7cb016be5db93.txt", QStringLiteral("second.txt"));
    const QByteArray before = readAll(first);
    CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--summary"), first, second});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--summary"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("不是 .csv 文件"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());  // refused before anything was checked
    EXPECT_EQ(readAll(first), before);

    // Named as a report of the run as well (a folder holding it, or twice).
    const QString csvReport = dir.filePath(QStringLiteral("report.csv"));
    ASSERT_TRUE(QFile::rename(second, csvReport));
    r = runCli({QStringLiteral("check"), QStringLiteral("--summary"), csvReport, first, csvReport});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("待检查的报告"))) << r.err.toStdString();
}

TEST(OutputGuard, ExportOverTheSessionIsRefused) {
    QTemporaryDir dir;
    const QString report = corpusPath("000_4e6edc37518c9b09.txt");
    const QString session = dir.filePath(QStringLiteral("review.nianbao.json"));
    saveOrFail(oneCorrection(report, CellRef{QStringLiteral("requests"), 0, 6}, 45, 55, QStringLiteral("行合计")), session);
    const QByteArray before = readAll(session);
    for (const QString& option : {QStringLiteral("--json"), QStringLiteral("--docx")}) {
        const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("--session"), session, option, session, report});
        EXPECT_EQ(r.exitCode, 2) << option.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("审校记录"))) << r.err.toStdString();
        EXPECT_EQ(readAll(session), before);
    }
}

TEST(OutputGuard, DeviceNodeAsOutputIsRefusedAndLeftAlone) {
    const CliRun r = runCli({QStringLiteral("compare"), QStringLiteral("--csv"), QStringLiteral("/dev/null"),
                             corpusPath("000_4e6edc37518c9b09.txt")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("不是普通文件"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo(QStringLiteral("/dev/null")).isFile());
    EXPECT_TRUE(QFileInfo::exists(QStringLiteral("/dev/null")));
}

TEST(PartialExport, NothingIsWrittenWhenOneOutputCannotBe) {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("numbers.csv"));
    writeOrFail(csv, "previous csv");
    const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("--csv"), csv, QStringLiteral("--docx"),
                             dir.filePath(QStringLiteral("missing-folder/clean.docx")), corpusPath("003_1ba3202efab2ed16.txt")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("不存在"))) << r.err.toStdString();
    EXPECT_EQ(readAll(csv), QByteArray("previous csv"));
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("numbers.csv")});
}

TEST(PartialExport, WriteSetStagesEverythingBeforeReplacingAnything) {
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    writeOrFail(first, "previous first");
    AtomicWriteSet set;
    set.add(first, "new first");
    set.add(dir.filePath(QStringLiteral("gone/second.csv")), "new second");
    const QString error = set.commit();
    EXPECT_TRUE(error.contains(QStringLiteral("不存在"))) << error.toStdString();
    EXPECT_EQ(readAll(first), QByteArray("previous first"));
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("first.csv")});

    AtomicWriteSet ok;
    ok.add(first, "new first");
    ok.add(dir.filePath(QStringLiteral("second.csv")), "new second");
    EXPECT_EQ(ok.commit(), QString());
    EXPECT_EQ(readAll(first), QByteArray("new first"));
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("second.csv"))), QByteArray("new second"));
}

}  // namespace
}  // namespace nianbao::test
