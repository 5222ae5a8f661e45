// nianbao-cli export end to end: exit statuses, printed findings, the files
// written (or not written), sessions applied or refused.
#include "ExportTestSupport.h"

#include "check/RuleCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace nianbao::test {
namespace {

CliRun exportCli(const QStringList& args) {
    return runCli(QStringList{QStringLiteral("export")} + args);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TEST(CliExport, ErrorsArePrintedAndEverythingIsStillExported) {
    QTemporaryDir dir;
    const QString report = corpusPath("000_4e6edc37518c9b09.txt");
    const CliRun r = exportCli({QStringLiteral("--docx"), dir.filePath(QStringLiteral("a.docx")), QStringLiteral("--csv"),
                             dir.filePath(QStringLiteral("a.csv")), QStringLiteral("--csv-shape"), QStringLiteral("form"),
                             QStringLiteral("--json"), dir.filePath(QStringLiteral("a.json")), report});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(report + QStringLiteral(":112: error: 表三“其他”列不平衡"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(report + QStringLiteral(":113: error: ")));
    EXPECT_TRUE(zipEntryNames(dir.filePath(QStringLiteral("a.docx"))).contains(QStringLiteral("word/document.xml")));
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("a.csv"))).startsWith("\xEF\xBB\xBF" "二、主动公开政府信息情况\r\n"));
    const QJsonObject json = QJsonDocument::fromJson(readAll(dir.filePath(QStringLiteral("a.json")))).object();
    EXPECT_EQ(json.value(QStringLiteral("template")).toString(), QStringLiteral("2019"));
    int errors = 0;
    for (const QJsonValue& f : json.value(QStringLiteral("findings")).toArray())
        errors += f.toObject().value(QStringLiteral("severity")).toString() == QStringLiteral("error");
    EXPECT_EQ(errors, 2);
    EXPECT_TRUE(json.value(QStringLiteral("corrections")).toArray().isEmpty());
}

TEST(CliExport, CleanReportExitsZero) {
    QTemporaryDir dir;
    const CliRun r = exportCli({QStringLiteral("--csv"), dir.filePath(QStringLiteral("b.csv")), corpusPath("003_1ba3202efab2ed16.txt")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral(": error: ")));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("b.csv"))));
}

TEST(CliExport, SessionCorrectionsAreExported) {
    QTemporaryDir dir;
    const QString report = corpusPath("000_4e6edc37518c9b09.txt");
    const QString session = dir.filePath(QStringLiteral("review.nianbao.json"));
    saveOrFail(oneCorrection(report, CellRef{QStringLiteral("requests"), 0, 6}, 45, 55, QStringLiteral("行合计")), session);
    const QString docx = dir.filePath(QStringLiteral("c.docx"));
    const QString json = dir.filePath(QStringLiteral("c.json"));
    const CliRun r = exportCli({QStringLiteral("--session"), session, QStringLiteral("--docx"), docx, QStringLiteral("--json"), json,
                             QStringLiteral("--appendix"), report});
    EXPECT_EQ(r.exitCode, 1);  // the 其他 column still does not balance
    EXPECT_FALSE(r.out.contains(QStringLiteral("[requests.row_total]")));  // the row total is fixed
    EXPECT_TRUE(r.out.contains(QStringLiteral("应用更正 1 处")));
    const std::vector<DocxTable> tables = tablesOf(readDocxBody(zipEntry(docx, QStringLiteral("word/document.xml"))));
    ASSERT_GE(tables.size(), 4u);
    EXPECT_EQ(tables[1].at(3).back().text, QStringLiteral("55"));
    const QJsonArray corrections = QJsonDocument::fromJson(readAll(json)).object().value(QStringLiteral("corrections")).toArray();
    ASSERT_EQ(corrections.size(), 1);
    EXPECT_EQ(corrections[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("行合计"));
}

TEST(CliExport, UnreadableReportWritesNothing) {
    QTemporaryDir dir;
    const CliRun r = exportCli({QStringLiteral("--docx"), dir.filePath(QStringLiteral("d.docx")), QStringLiteral("--csv"),
                             dir.filePath(QStringLiteral("d.csv")), dir.filePath(QStringLiteral("missing.txt"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("无法导出"))) << r.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST(CliExport, BadSessionWritesNothing) {
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(session);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
    }
    const QString docx = dir.filePath(QStringLiteral("e.docx"));
    CliRun r = exportCli({QStringLiteral("--session"), session, QStringLiteral("--docx"), docx, corpusPath("000_4e6edc37518c9b09.txt")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("审校记录"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(docx));

    // A session saved on another draft (checksum differs) is refused too.
    const QString other = dir.filePath(QStringLiteral("other.json"));
    saveOrFail(oneCorrection(corpusPath("001_ffb7cb016be5db93.txt"), CellRef{QStringLiteral("requests"), 0, 6}, 1, 2, {}), other);
    r = exportCli({QStringLiteral("--session"), other, QStringLiteral("--docx"), docx, corpusPath("000_4e6edc37518c9b09.txt")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("校验和"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(docx));
}

TEST(CliExport, RefusesToOverwriteTheSource) {
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("report.txt"));
    ASSERT_TRUE(QFile::copy(corpusPath("003_1ba3202efab2ed16.txt"), source));
    const QByteArray before = readAll(source);
    const QString json = dir.filePath(QStringLiteral("f.json"));
    const CliRun r = exportCli({QStringLiteral("--json"), json, QStringLiteral("--csv"), source, source});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("拒绝写入"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("原报告")));
    EXPECT_EQ(readAll(source), before);
    EXPECT_FALSE(QFile::exists(json));  // refused before anything was written
}

// Rules switched off in the session change what "0 errors" means: every
// export says how many were off and which.
TEST(CliExport, DisabledRulesAreRecordedInEveryExportAndTheSummary) {
    QTemporaryDir dir;
    const QString report = corpusPath("000_4e6edc37518c9b09.txt");
    ReviewSession s = oneCorrection(report, CellRef{QStringLiteral("requests"), 0, 6}, 45, 55, {});
    for (const RuleInfo& rule : allRules()) s.disabledRules.insert(rule.id);
    const QString session = dir.filePath(QStringLiteral("all-off.nianbao.json"));
    saveOrFail(s, session);
    const QString docx = dir.filePath(QStringLiteral("h.docx"));
    const QString json = dir.filePath(QStringLiteral("h.json"));
    const CliRun r = exportCli({QStringLiteral("--session"), session, QStringLiteral("--docx"), docx, QStringLiteral("--json"), json,
                                QStringLiteral("--appendix"), report});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString all = QString::number(allRules().size());
    EXPECT_TRUE(r.out.contains(QStringLiteral("已关闭 %1 条检查规则").arg(all))) << r.out.toStdString();
    const QJsonObject exported = QJsonDocument::fromJson(readAll(json)).object();
    EXPECT_EQ(exported.value(QStringLiteral("disabled_rules")).toArray().size(), static_cast<qsizetype>(allRules().size()));
    EXPECT_TRUE(exported.value(QStringLiteral("findings")).toArray().isEmpty());
    const auto props = readCustomProperties(zipEntry(docx, QStringLiteral("docProps/custom.xml")));
    EXPECT_EQ(props.at(QStringLiteral("nianbao.disabled_rules")), all);
    EXPECT_EQ(props.at(QStringLiteral("nianbao.disabled_rule.1")), [] {
        QStringList ids;
        for (const RuleInfo& rule : allRules()) ids << rule.id;
        ids.sort();
        return ids.first();
    }());
    EXPECT_TRUE(QString::fromUtf8(zipEntry(docx, QStringLiteral("word/document.xml"))).contains(QStringLiteral("已关闭 %1 条检查规则").arg(all)));
}

TEST(CliExport, UsageErrors) {
    EXPECT_EQ(exportCli({corpusPath("003_1ba3202efab2ed16.txt")}).exitCode, 2);  // no output named
    QTemporaryDir dir;
    const CliRun shape = exportCli({QStringLiteral("--csv"), dir.filePath(QStringLiteral("g.csv")), QStringLiteral("--csv-shape"),
                                 QStringLiteral("wide"), corpusPath("003_1ba3202efab2ed16.txt")});
    EXPECT_EQ(shape.exitCode, 2);
    EXPECT_TRUE(shape.err.contains(QStringLiteral("long 或 form")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("g.csv"))));
}

}  // namespace
}  // namespace nianbao::test
