// nianbao-cli check end to end: output lines, JSON Lines schema, exit status.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <map>

namespace nianbao::test {
namespace {

TEST(CliCheck, PlainOutputNamesFileLineSeverityAndRule) {
    const QString file = corpusPath("000_4e6edc37518c9b09.txt");
    const CliRun r = runCli({QStringLiteral("check"), file});
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_EQ(lines[0], file + QStringLiteral(":11: warning: 正文中残留Word 书签“[bookmark: _GoBack]”，发布前应删除。 [text.artifact]"));
    EXPECT_TRUE(lines[1].startsWith(file + QStringLiteral(":112: error: 表三“其他”列不平衡"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("[requests.column_balance]")));
    EXPECT_TRUE(lines[2].startsWith(file + QStringLiteral(":113: error: "))) << lines[2].toStdString();
    EXPECT_TRUE(lines[2].endsWith(QStringLiteral("[requests.row_total]")));
    EXPECT_TRUE(lines[3].startsWith(file + QStringLiteral(":266: warning: "))) << lines[3].toStdString();
    EXPECT_TRUE(lines[4].startsWith(file + QStringLiteral(":399: warning: "))) << lines[4].toStdString();
    EXPECT_EQ(lines[5], file + QStringLiteral(": 2 个错误，3 个警告，0 条提示（2019 格式，2020 年度，宁河区人民政府办公室，编码 UTF-8）"));
}

TEST(CliCheck, CleanReportExitsZero) {
    const CliRun r = runCli({QStringLiteral("check"), corpusPath("003_1ba3202efab2ed16.txt")});
    EXPECT_EQ(r.exitCode, 0);  // its one warning (a date line of 2019) is not an error
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 个错误，1 个警告")));
}

// Each failing relation carries, per cell, the value that would balance it and what that value does to the others.
TEST(CliCheck, JsonGivesTheBalancingValueOfEachCellOfAFailingRelation) {
    const CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--json"), corpusPath("000_4e6edc37518c9b09.txt")});
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QJsonArray balancing;
    for (const QJsonValue& f : report.value(QStringLiteral("findings")).toArray())
        if (f.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("requests.row_total"))
            balancing = f.toObject().value(QStringLiteral("balancing")).toArray();
    std::map<int, QJsonObject> byColumn;
    for (const QJsonValue& b : balancing) byColumn[b.toObject().value(QStringLiteral("col")).toInt()] = b.toObject();
    ASSERT_TRUE(byColumn.count(6) && byColumn.count(5)) << r.out.toStdString();
    EXPECT_EQ(byColumn[6].value(QStringLiteral("value")).toInt(), 55);  // 总计
    EXPECT_FALSE(byColumn[6].value(QStringLiteral("fixes_all")).toBool());
    EXPECT_EQ(byColumn[6].value(QStringLiteral("breaks")).toArray(), QJsonArray{QStringLiteral("requests.column_balance")});
    EXPECT_EQ(byColumn[5].value(QStringLiteral("value")).toInt(), 0);  // 其他
    EXPECT_TRUE(byColumn[5].value(QStringLiteral("fixes_all")).toBool());
    EXPECT_TRUE(byColumn[5].value(QStringLiteral("breaks")).toArray().isEmpty());
    EXPECT_EQ(byColumn[0].value(QStringLiteral("value")).toInt(), 35);  // 自然人 45 → 35 balances the row, not the column
}

TEST(CliCheck, JsonLinesOneObjectPerFile) {
    const CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--json"), corpusPath("000_4e6edc37518c9b09.txt"),
                       corpusPath("003_1ba3202efab2ed16.txt")});
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    EXPECT_EQ(first.value(QStringLiteral("format")).toString(), QStringLiteral("text"));
    EXPECT_EQ(first.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    EXPECT_EQ(first.value(QStringLiteral("template")).toString(), QStringLiteral("2019"));
    EXPECT_EQ(first.value(QStringLiteral("year")).toInt(), 2020);
    EXPECT_EQ(first.value(QStringLiteral("agency")).toString(), QStringLiteral("宁河区人民政府办公室"));
    const QJsonObject tables = first.value(QStringLiteral("tables")).toObject();
    EXPECT_EQ(tables.value(QStringLiteral("active")).toObject().keys(),
              (QStringList{QStringLiteral("20.1"), QStringLiteral("20.5"), QStringLiteral("20.6"), QStringLiteral("20.8"), QStringLiteral("20.9")}));
    const QJsonObject requests = tables.value(QStringLiteral("requests")).toObject();
    EXPECT_EQ(requests.value(QStringLiteral("columns")).toArray().size(), 7);
    const QJsonArray rows = requests.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 23);
    const QJsonObject row0 = rows[0].toObject();
    EXPECT_EQ(row0.value(QStringLiteral("label")).toString(), QStringLiteral("一、本年新收政府信息公开申请数量"));
    const QJsonObject cell = row0.value(QStringLiteral("cells")).toArray()[0].toObject();
    EXPECT_EQ(cell.value(QStringLiteral("value")).toInt(), 45);
    EXPECT_EQ(cell.value(QStringLiteral("text")).toString(), QStringLiteral("45"));
    EXPECT_EQ(cell.value(QStringLiteral("line")).toInt(), 107);
    EXPECT_EQ(tables.value(QStringLiteral("reviews")).toObject().value(QStringLiteral("rows")).toArray()[0]
                  .toObject().value(QStringLiteral("cells")).toArray().size(), 15);
    const QJsonArray findings = first.value(QStringLiteral("findings")).toArray();
    ASSERT_EQ(findings.size(), 5);
    const QJsonObject f = findings[2].toObject();
    EXPECT_EQ(f.value(QStringLiteral("rule")).toString(), QStringLiteral("requests.row_total"));
    EXPECT_EQ(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    EXPECT_EQ(f.value(QStringLiteral("line")).toInt(), 113);
    const QJsonObject ref = f.value(QStringLiteral("cells")).toArray()[0].toObject();
    EXPECT_EQ(ref.value(QStringLiteral("table")).toString(), QStringLiteral("requests"));
    EXPECT_EQ(ref.value(QStringLiteral("row")).toInt(), 0);
    EXPECT_EQ(ref.value(QStringLiteral("col")).toInt(), 6);

    const QJsonObject second = QJsonDocument::fromJson(lines[1].toUtf8()).object();
    EXPECT_EQ(second.value(QStringLiteral("template")).toString(), QStringLiteral("2021"));
    EXPECT_EQ(second.value(QStringLiteral("tables")).toObject().value(QStringLiteral("requests")).toObject()
                  .value(QStringLiteral("rows")).toArray().size(), 25);
}

TEST(CliCheck, BlankCellIsJsonNull) {
    const CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--json"), corpusPath("001_ffb7cb016be5db93.txt")});
    EXPECT_EQ(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject cell = o.value(QStringLiteral("tables")).toObject().value(QStringLiteral("requests")).toObject()
                                 .value(QStringLiteral("rows")).toArray()[0].toObject()
                                 .value(QStringLiteral("cells")).toArray()[2].toObject();
    EXPECT_TRUE(cell.value(QStringLiteral("value")).isNull());
}

TEST(CliCheck, UnreadableFileIsNamedAndOthersStillChecked) {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope.txt"));
    const CliRun r = runCli({QStringLiteral("check"), missing, corpusPath("003_1ba3202efab2ed16.txt")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(missing + QStringLiteral(": 无法检查：文件或文件夹不存在"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("003_1ba3202efab2ed16.txt: 0 个错误")));
}

TEST(CliCheck, BadOptionsExitTwo) {
    EXPECT_EQ(runCli({QStringLiteral("check"), QStringLiteral("--format-version"), QStringLiteral("2020"),
                   corpusPath("003_1ba3202efab2ed16.txt")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("check")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
}

TEST(CliCheck, ForcedFormatVersion) {
    const CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--format-version"),
                       QStringLiteral("2019"), corpusPath("003_1ba3202efab2ed16.txt")});
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("template")).toString(), QStringLiteral("2019"));
    EXPECT_EQ(o.value(QStringLiteral("template_source")).toString(), QStringLiteral("option"));
}

}  // namespace
}  // namespace nianbao::test
