// Input that is not a clean report: a clear reason or a table.missing
// finding, never a crash, a hang, or a number that is not in the file.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace nianbao::test {
namespace {


bool noNumberIn(const ReportRow& row) {
    for (const ReportCell& c : row.cells)
        if (c.value.kind != CellValue::Kind::Missing) return false;
    return true;
}

TEST(BadInput, EmptyFile) {
    QTemporaryDir dir;
    const ReadResult r = readReportFile(writeFile(dir, "empty.txt", {}));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.error, QStringLiteral("文件为空"));
}

TEST(BadInput, MissingFileAndFolder) {
    QTemporaryDir dir;
    EXPECT_EQ(readReportFile(dir.filePath(QStringLiteral("nope.txt"))).error, QStringLiteral("文件不存在"));
    EXPECT_FALSE(readReportFile(dir.path()).ok());
}

TEST(BadInput, BinaryFile) {
    QTemporaryDir dir;
    QByteArray bytes("\x7f" "ELF\x02\x01\x01", 7);
    bytes.append(QByteArray(200, '\0'));
    const ReadResult r = readReportFile(writeFile(dir, "a.out", bytes));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("二进制")));
}

TEST(BadInput, FiftyMegabytesIsRefusedWithoutReadingIt) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(50LL * 1024 * 1024));
    f.close();
    const ReadResult r = readReportFile(path);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("文件过大"))) << r.error.toStdString();
}

TEST(BadInput, TextThatIsNoReport) {
    const ReadResult r = readReportBytes(QStringLiteral("会议纪要\n今天讨论了绿化工作。\n\t甲\t乙\n").toUtf8(), QStringLiteral("x.txt"));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("不是政府信息公开工作年度报告"))) << r.error.toStdString();
}

TEST(BadInput, ReportWithoutTablesGetsTableMissingFindings) {
    const Report r = readTextOrFail(QStringLiteral(
        "某某区交通运输局2020年政府信息公开工作年度报告\n一、总体情况\n本年度依法做好政府信息公开工作。\n"
        "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"));
    EXPECT_EQ(r.meta.year, 2020);
    EXPECT_EQ(r.meta.agency, QStringLiteral("某某区交通运输局"));
    const std::vector<Finding> findings = checkOnly(r, kTableRules);
    // Five parts of table 二, table 三, table 四: one finding each, all errors.
    EXPECT_EQ(findings.size(), 7u);
    for (const Finding& f : findings) {
        EXPECT_EQ(f.rule, QStringLiteral("table.missing"));
        EXPECT_EQ(f.severity, Severity::Error);
    }
    for (const ReportTable& t : r.tables)
        for (const ReportRow& row : t.rows) EXPECT_TRUE(noNumberIn(row));
}

TEST(BadInput, TruncatedTableKeepsWhatIsThereAndFlagsTheRest) {
    // Cut 003 after line 200: table 三 stops inside （四）, table 四 is gone.
    const Report r = readTextOrFail(firstLines(corpusText("003_1ba3202efab2ed16.txt"), 200));
    const ReportTable& requests = *r.table(QStringLiteral("requests"));
    for (int row = 0; row <= 13; ++row) EXPECT_TRUE(requests.rows[row].located) << row;
    for (int row = 14; row < 25; ++row) {
        EXPECT_FALSE(requests.rows[row].located) << row;
        EXPECT_TRUE(noNumberIn(requests.rows[row])) << row;
    }
    const std::vector<Finding> findings = checkOnly(r, kTableRules);
    const std::vector<Finding> missing = findingsWithRule(findings, QStringLiteral("table.missing"));
    EXPECT_EQ(missing.size(), 11u + 1u);  // rows 14–24 of table 三, and table 四
    // Relations over the missing rows are not evaluated, so nothing else is claimed.
    EXPECT_EQ(findings.size(), missing.size());
}

TEST(BadInput, ExtraColumnIsNotGuessed) {
    const QString text = replaceLine(corpusText("002_be932dc10881290c.txt"), 50,
                                     QStringLiteral("一、本年新收政府信息公开申请数量\t\t23\t0\t0\t0\t0\t0\t23\t5"));
    const Report r = readTextOrFail(text);
    const std::vector<Finding> extra = findingsWithRule(checkReport(r), QStringLiteral("table.extra_columns"));
    ASSERT_EQ(extra.size(), 1u);
    EXPECT_EQ(extra[0].span.line, 50);
    EXPECT_TRUE(extra[0].message.contains(QStringLiteral("8 个数值单元格"))) << extra[0].message.toStdString();
    EXPECT_TRUE(noNumberIn(r.table(QStringLiteral("requests"))->rows[0]));
}

TEST(BadInput, MissingColumnsAreFlaggedAndLeftEmpty) {
    const QString text = replaceLine(corpusText("002_be932dc10881290c.txt"), 51,
                                     QStringLiteral("二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0"));
    const Report r = readTextOrFail(text);
    const std::vector<Finding> missing = findingsWithRule(checkReport(r), QStringLiteral("table.missing"));
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].cells, (std::vector<CellRef>{{QStringLiteral("requests"), 1, 5}, {QStringLiteral("requests"), 1, 6}}));
    EXPECT_EQ(rowValues(r, QStringLiteral("requests"), 1), (Row{2, 0, 0, 0, 0, _, _}));
    // Column balance of 其他 and 总计 involve the missing cells and are not evaluated.
    EXPECT_TRUE(findingsWithRule(checkReport(r), QStringLiteral("requests.column_balance")).empty());
}

}  // namespace
}  // namespace nianbao::test
