// A format revision that is nothing but a data file. tests/data/formats/2025.json
// is the 2021 format with one row renamed (table 三's 3.危及“三安全一稳定” →
// 3.危及国家安全、公共安全、经济安全和社会稳定), one row added (合计 under
// 第二十条第（六）项) and one relation added (active.20.6.total: 合计 =
// 行政处罚 + 行政强制). The report is the corpus's r05 (沭阳县 2025, OCR
// markdown) rewritten in that revision: the renamed label, and the new row
// printed as 696101 where 693957 + 2154 = 696111.
#include "TestSupport.h"

#include "check/RuleCatalog.h"

#include <algorithm>

namespace nianbao::test {
namespace {

const char* kRevisedReport = "reports/r05_shuyangxian_2025_format2025.txt";
const char* kOriginalReport = "real/r05_shuyangxian_2025.txt";

Report revisedReport() { return readOrFail(dataPath(kRevisedReport)); }

TEST(FormatRevision, LoadsFromAFolder) {
    std::vector<FormatSpec> specs;
    QString error;
    ASSERT_TRUE(loadFormatFolder(dataPath("formats"), &specs, &error)) << error.toStdString();
    ASSERT_EQ(specs.size(), 1u);
    const FormatSpec& spec = specs.front();
    EXPECT_EQ(spec.version, QStringLiteral("2025"));
    EXPECT_EQ(spec.firstYear, 2025);
    EXPECT_EQ(spec.table(QStringLiteral("active.20.6"))->rows.size(), 3u);
    EXPECT_EQ(spec.requests.rows[6].label, QStringLiteral("3.危及国家安全、公共安全、经济安全和社会稳定"));
    ASSERT_NE(spec.rule(QStringLiteral("active.20.6.total")), nullptr);
    EXPECT_EQ(spec.rule(QStringLiteral("active.20.6.total"))->severity, Severity::Error);
}

TEST(FormatRevision, JoinsTheBuiltInVersionsThroughTheEnvironment) {
    QStringList versions;
    for (const FormatSpec& s : FormatSpec::all()) versions << s.version;
    EXPECT_EQ(versions, (QStringList{QStringLiteral("2019"), QStringLiteral("2021"), QStringLiteral("2025")}));
    // The newer revision takes over the years it starts in; 2021 keeps the years before.
    EXPECT_EQ(FormatSpec::forYear(2025)->version, QStringLiteral("2025"));
    EXPECT_EQ(FormatSpec::forYear(2024)->version, QStringLiteral("2021"));
    EXPECT_EQ(FormatSpec::forYear(2020)->version, QStringLiteral("2019"));
    ASSERT_NE(findRule(QStringLiteral("active.20.6.total")), nullptr);
}

TEST(FormatRevision, ReportIsReadInTheRevision) {
    const Report r = revisedReport();
    EXPECT_EQ(r.meta.version, QStringLiteral("2025"));
    EXPECT_EQ(r.meta.versionSource, QStringLiteral("tables"));
    // The unchanged original still reads as 2021: only the revision's own labels select it.
    EXPECT_EQ(readOrFail(corpusPath(kOriginalReport)).meta.version, QStringLiteral("2021"));
}

TEST(FormatRevision, EveryRowIsPlaced) {
    const Report r = revisedReport();
    ASSERT_EQ(r.tables.size(), 6u);  // four items of table 二, table 三, table 四
    for (const ReportTable& t : r.tables) {
        EXPECT_TRUE(t.located) << t.spec->id.toStdString();
        for (size_t row = 0; row < t.rows.size(); ++row)
            EXPECT_TRUE(t.rows[row].located) << t.spec->id.toStdString() << " row " << row;
    }
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 0), (Row{693957}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 1), (Row{2154}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 2), (Row{696101}));
    const ReportTable& requests = *r.table(QStringLiteral("requests"));
    const int renamed = requests.spec->rowIndex(QStringLiteral("withheld.security"));
    EXPECT_EQ(requests.rows[renamed].labelMatch, LabelMatch::Exact);
    EXPECT_EQ(rowValues(r, QStringLiteral("requests"), renamed), (Row{2, 0, 0, 0, 0, 0, 2}));
}

TEST(FormatRevision, OnlyTheNewRelationFires) {
    const Report revised = revisedReport();
    const std::vector<Finding> findings = checkReport(revised);
    const std::vector<Finding> relation = findingsWithRule(findings, QStringLiteral("active.20.6.total"));
    ASSERT_EQ(relation.size(), 1u);
    const Finding& f = relation.front();
    EXPECT_EQ(f.severity, Severity::Error);
    EXPECT_EQ(f.leftSum, 696101);
    EXPECT_EQ(f.rightSum, 696111);  // 693957 + 2154, by hand
    const QString table = QStringLiteral("active.20.6");
    EXPECT_EQ(f.cells, (std::vector<CellRef>{{table, 2, 0}, {table, 0, 0}, {table, 1, 0}}));
    EXPECT_EQ(f.leftCount, 1);
    EXPECT_EQ(f.span.line, 71);  // the 合计 row
    EXPECT_EQ(f.message, QStringLiteral("表二“第二十条第（六）项”“本年处理决定数量”列：合计为 696101，但 行政处罚 693957 + "
                                        "行政强制 2154 = 696111，相差 10；合计应为 696111。"));
    double balancing = 0;
    ASSERT_TRUE(balancingValue(revised, f, {table, 2, 0}, &balancing));
    EXPECT_EQ(balancing, 696111);

    // Nothing else: exactly what the unchanged 2021 report has (its OCR quirks), no typo for the renamed row.
    // Once the 2025 revision exists, that report's 2021 tables are the wrong version for its year.
    std::vector<Finding> original = checkReport(readOrFail(corpusPath(kOriginalReport)));
    const std::vector<Finding> mismatch = findingsWithRule(original, QStringLiteral("template.version_mismatch"));
    ASSERT_EQ(mismatch.size(), 1u);
    EXPECT_EQ(mismatch.front().message, QStringLiteral("2025 年度报告应使用 2025 格式（测试用假想修订（非官方文件）），"
                                                       "但统计表按 2021 格式（国办公开办函〔2021〕30号）填写。"));
    std::erase_if(original, [](const Finding& x) { return x.rule == QLatin1String("template.version_mismatch"); });
    auto withoutSpans = [](std::vector<Finding> list) {
        std::vector<std::pair<QString, QString>> out;
        for (const Finding& x : list) out.emplace_back(x.rule, x.message);
        return out;
    };
    std::vector<Finding> rest = findings;
    std::erase_if(rest, [](const Finding& x) { return x.rule == QLatin1String("active.20.6.total"); });
    EXPECT_EQ(withoutSpans(rest), withoutSpans(original));
    // That is one finding: the OCR's own header typo (line 88), none for the renamed row.
    ASSERT_EQ(rest.size(), 1u);
    EXPECT_EQ(rest.front().rule, QStringLiteral("text.label_typo"));
    EXPECT_EQ(rest.front().message, QStringLiteral("表格标签“社会公益”与官方表述不一致，应为“社会公益组织”。"));
    EXPECT_EQ(rest.front().span.line, 88);
}

TEST(FormatRevision, CommandLineChecksTheRevision) {
    const CliRun run = runCli({QStringLiteral("check"), dataPath(kRevisedReport)});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(
        "r05_shuyangxian_2025_format2025.txt:71: error: 表二“第二十条第（六）项”“本年处理决定数量”列：合计为 696101")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("（2025 格式，2025 年度，"))) << run.out.toStdString();
}

}  // namespace
}  // namespace nianbao::test
