// Comparing years: grouping, alignment across format versions, and each
// cross-year rule firing on a broken link and silent on a sound one. The year
// pairs are built from the corpus: a report copied, its year changed, one
// value changed through the cell's own source span.
#include "TestSupport.h"

#include "compare/Comparison.h"
#include "compare/ComparisonExport.h"
#include "compare/TextSimilarity.h"

#include <QFile>
#include <QJsonArray>

namespace nianbao::test {
namespace {

const char* k000 = "000_4e6edc37518c9b09.txt";
const char* k002 = "002_be932dc10881290c.txt";
const char* k003 = "003_1ba3202efab2ed16.txt";

QString replaced(const QString& text, const QString& from, const QString& to) {
    EXPECT_TRUE(text.contains(from)) << from.toStdString();
    return QString(text).replace(from, to);
}

// `text` with the cell at `ref` rewritten to `value`, found through its source span.
QString withCell(const QString& text, const CellRef& ref, const QString& value) {
    const Report report = readTextOrFail(text);
    const ReportCell* cell = report.cell(ref);
    EXPECT_TRUE(cell && cell->span.isValid()) << ref.table.toStdString() << ' ' << ref.row << ' ' << ref.column;
    QStringList lines = text.split(QLatin1Char('\n'));
    lines[cell->span.line - 1].replace(cell->span.column, cell->span.endColumn - cell->span.column, value);
    return lines.join(QLatin1Char('\n'));
}

Report named(const QString& text, const QString& file) {
    ReadResult r = readReportBytes(text.toUtf8(), file);
    EXPECT_TRUE(r.ok()) << r.error.toStdString();
    return std::move(*r.report);
}

// 000 moved back to 2019: same agency, same numbers (its 四 row is all 0, as 000's 二 row).
QString report000As2019() {
    return replaced(replaced(corpusText(k000), QStringLiteral("2020年宁河区人民政府办公室信息"), QStringLiteral("2019年宁河区人民政府办公室信息")),
                    QStringLiteral("2020年，宁河区"), QStringLiteral("2019年，宁河区"));
}

// 003 (天津市宁河区人民政府, 2022) moved to 2021 with 6 行政规范性文件 in force, so 2022's 6 + 1 − 0 = 7 holds.
QString report003As2021(const QString& inForce = QStringLiteral("6")) {
    const QString text = replaced(corpusText(k003), QStringLiteral("从2022年1月1日至2022年12月31日"), QStringLiteral("从2021年1月1日至2021年12月31日"));
    return withCell(text, {QStringLiteral("active.20.1"), 1, 2}, inForce);
}

std::vector<ComparisonFinding> findingsOf(const std::vector<ComparisonGroup>& groups, const QString& rule) {
    std::vector<ComparisonFinding> out;
    for (const ComparisonGroup& g : groups)
        for (const ComparisonFinding& f : g.findings)
            if (f.finding.rule == rule) out.push_back(f);
    return out;
}

TEST(AgencyKey, ProvinceOrCityPrefixAndPunctuationDoNotSeparate) {
    EXPECT_EQ(agencyKey(QStringLiteral("天津市宁河区人民政府")), agencyKey(QStringLiteral("宁河区人民政府")));
    EXPECT_EQ(agencyKey(QStringLiteral("宁河区 人民政府办公室")), QStringLiteral("宁河区人民政府办公室"));
    EXPECT_NE(agencyKey(QStringLiteral("宁河区人民政府")), agencyKey(QStringLiteral("宁河区人民政府办公室")));
    EXPECT_EQ(agencyKey(QStringLiteral("宁园街")), QStringLiteral("宁园街"));
}

TEST(Compare, GroupsByAgencyAndOrdersByYear) {
    const Report r2020 = named(corpusText(k000), QStringLiteral("ninghe-2020.txt"));
    const Report r2019 = named(report000As2019(), QStringLiteral("ninghe-2019.txt"));
    const Report other = named(corpusText(k002), QStringLiteral("shunhe-2020.txt"));
    const std::vector<ComparisonGroup> groups = compareReports({&r2020, &other, &r2019});
    ASSERT_EQ(groups.size(), 2u);
    ASSERT_EQ(groups[0].reports.size(), 2u);
    EXPECT_EQ(groups[0].reports[0]->meta.year, 2019);
    EXPECT_EQ(groups[0].reports[1]->meta.year, 2020);
    EXPECT_EQ(groups[1].agency, QStringLiteral("顺河回族区人民政府"));
    EXPECT_TRUE(groups[1].findings.empty());
}

TEST(Compare, CarryOverHoldsThenBreaks) {
    const Report r2020 = named(corpusText(k000), QStringLiteral("2020.txt"));
    const Report sound = named(report000As2019(), QStringLiteral("2019.txt"));
    EXPECT_TRUE(findingsOf(compareReports({&sound, &r2020}), QStringLiteral("compare.carry_over")).empty());
    EXPECT_TRUE(findingsOf(compareReports({&sound, &r2020}), QStringLiteral("compare.item_count")).empty());

    // 2019 carried 3 natural persons' applications forward; 2020 says it received 0 from last year.
    const Report broken = named(withCell(report000As2019(), {QStringLiteral("requests"), 22, 0}, QStringLiteral("3")), QStringLiteral("2019.txt"));
    const std::vector<ComparisonFinding> f = findingsOf(compareReports({&broken, &r2020}), QStringLiteral("compare.carry_over"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].finding.severity, Severity::Error);
    EXPECT_EQ(f[0].finding.cells, (std::vector<CellRef>{{QStringLiteral("requests"), 1, 0}, {QStringLiteral("requests"), 22, 0}}));
    EXPECT_EQ(f[0].cellFiles, (std::vector<QString>{QStringLiteral("2020.txt"), QStringLiteral("2019.txt")}));
    EXPECT_TRUE(f[0].finding.message.contains(QStringLiteral("“自然人”列为 0，但2019 年“四、结转下年度继续办理”为 3")))
        << f[0].finding.message.toStdString();
}

TEST(Compare, ItemCountChainOf2019Format) {
    const Report r2019 = named(report000As2019(), QStringLiteral("2019.txt"));
    // 2020 claims 5 行政许可 items last year, but 2019 had 0 and added 0.
    const Report r2020 = named(withCell(corpusText(k000), {QStringLiteral("active.20.5"), 0, 0}, QStringLiteral("5")), QStringLiteral("2020.txt"));
    const std::vector<ComparisonFinding> f = findingsOf(compareReports({&r2019, &r2020}), QStringLiteral("compare.item_count"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].finding.severity, Severity::Warning);
    EXPECT_TRUE(f[0].finding.message.contains(QStringLiteral("应为 0 项")));
}

TEST(Compare, RegulationsInForceOf2021Format) {
    const Report r2022 = named(corpusText(k003), QStringLiteral("2022.txt"));
    const Report sound = named(report003As2021(), QStringLiteral("2021.txt"));
    EXPECT_TRUE(findingsOf(compareReports({&sound, &r2022}), QStringLiteral("compare.regulations_in_force")).empty());
    const Report broken = named(report003As2021(QStringLiteral("5")), QStringLiteral("2021.txt"));
    const std::vector<ComparisonFinding> f = findingsOf(compareReports({&broken, &r2022}), QStringLiteral("compare.regulations_in_force"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(f[0].finding.message.contains(QStringLiteral("应为 6 件"))) << f[0].finding.message.toStdString();
}

TEST(Compare, Transition2019To2021FormatAlignsSharedCellsOnly) {
    // 宁河区人民政府办公室: 2020 in the 2019 format (000), 2021 in the 2021 format (003's tables).
    const QString text2021 = replaced(replaced(corpusText(k003), QStringLiteral("天津市宁河区人民政府\n"), QStringLiteral("宁河区人民政府办公室\n")),
                                      QStringLiteral("从2022年1月1日至2022年12月31日"), QStringLiteral("从2021年1月1日至2021年12月31日"));
    const Report r2020 = named(corpusText(k000), QStringLiteral("2020.txt"));
    const Report r2021 = named(text2021, QStringLiteral("2021.txt"));
    std::vector<ComparisonGroup> groups = compareReports({&r2021, &r2020});
    ASSERT_EQ(groups.size(), 1u);
    const ComparisonGroup& g = groups[0];
    EXPECT_EQ(g.reports[0]->meta.version, QStringLiteral("2019"));
    EXPECT_EQ(g.reports[1]->meta.version, QStringLiteral("2021"));
    EXPECT_TRUE(g.findings.empty());  // both carry-over rows are all 0; the narratives differ
    auto find = [&](const QString& table, const QString& row, const QString& column) -> const AlignedCell* {
        for (const AlignedCell& c : g.cells)
            if (c.table == table && c.rowKey == row && c.columnKey == column) return &c;
        return nullptr;
    };
    const AlignedCell* received = find(QStringLiteral("requests"), QStringLiteral("received"), QStringLiteral("total"));
    ASSERT_NE(received, nullptr);
    EXPECT_EQ(received->values, (std::vector<std::optional<double>>{45, 122}));
    EXPECT_EQ(received->flagged, (std::vector<bool>{false, true}));  // 45 → 122: +171 %
    const AlignedCell* oldOther = find(QStringLiteral("requests"), QStringLiteral("other_handling"), QStringLiteral("total"));
    ASSERT_NE(oldOther, nullptr);
    EXPECT_EQ(oldOther->present, (std::vector<bool>{true, false}));  // only in the 2019 format: shown as such
    const AlignedCell* newOther = find(QStringLiteral("requests"), QStringLiteral("other_handling.other"), QStringLiteral("total"));
    ASSERT_NE(newOther, nullptr);
    EXPECT_EQ(newOther->present, (std::vector<bool>{false, true}));
    EXPECT_EQ(find(QStringLiteral("active.20.9"), QStringLiteral("procurement"), QStringLiteral("amount"))->present,
              (std::vector<bool>{true, false}));

    // Break the link across the versions: 2021 says 2 applications were carried over.
    const Report broken = named(withCell(text2021, {QStringLiteral("requests"), 1, 0}, QStringLiteral("2")), QStringLiteral("2021.txt"));
    EXPECT_EQ(findingsOf(compareReports({&r2020, &broken}), QStringLiteral("compare.carry_over")).size(), 1u);
}

TEST(Compare, CopiedNarrativeIsCaughtDifferentAgenciesAreNot) {
    const Report r2022 = named(corpusText(k003), QStringLiteral("2022.txt"));
    const Report r2021 = named(report003As2021(), QStringLiteral("2021.txt"));
    const std::vector<ComparisonFinding> copied = findingsOf(compareReports({&r2021, &r2022}), QStringLiteral("compare.duplicate_text"));
    ASSERT_EQ(copied.size(), 1u);
    EXPECT_TRUE(copied[0].finding.message.contains(QStringLiteral("相似度为 100%"))) << copied[0].finding.message.toStdString();
    EXPECT_TRUE(copied[0].finding.message.contains(QStringLiteral("相同段落")));

    const TextSimilarity different = compareTexts(narrativeText(readOrFail(corpusPath(k000))), narrativeText(readOrFail(corpusPath(k002))));
    EXPECT_LT(different.jaccard, 0.1);
    const TextSimilarity alsoDifferent = compareTexts(narrativeText(readOrFail(corpusPath(k000))), narrativeText(r2022));
    EXPECT_LT(alsoDifferent.jaccard, 0.1);
}

TEST(Compare, NumbersChangedButTextCopiedIsStillACopy) {
    const QString a = QStringLiteral("2021年，我区共收到政府信息公开申请23件，均按期答复。加强政务公开平台建设，提升公开质量和时效。");
    const QString b = QStringLiteral("2022年，我区共收到政府信息公开申请41件，均按期答复。加强政务公开平台建设，提升公开质量和时效。");
    EXPECT_GT(compareTexts(a, b).jaccard, 0.6);
}

TEST(Compare, JsonAndCsv) {
    const Report r2020 = named(corpusText(k000), QStringLiteral("2020.txt"));
    const Report broken = named(withCell(report000As2019(), {QStringLiteral("requests"), 22, 0}, QStringLiteral("3")), QStringLiteral("2019.txt"));
    const std::vector<ComparisonGroup> groups = compareReports({&broken, &r2020});
    const QJsonObject json = comparisonToJson(groups);
    const QJsonObject group = json.value(QStringLiteral("groups")).toArray()[0].toObject();
    EXPECT_EQ(group.value(QStringLiteral("years")).toArray().size(), 2);
    QJsonObject carry;
    for (const QJsonValue& f : group.value(QStringLiteral("findings")).toArray())
        if (f.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("compare.carry_over")) carry = f.toObject();
    const QJsonArray cells = carry.value(QStringLiteral("cells")).toArray();
    ASSERT_EQ(cells.size(), 2);
    EXPECT_EQ(cells[0].toObject().value(QStringLiteral("file")).toString(), QStringLiteral("2020.txt"));
    EXPECT_EQ(cells[1].toObject().value(QStringLiteral("file")).toString(), QStringLiteral("2019.txt"));

    const QByteArray csv = comparisonToCsv(groups);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // 2019 format both years: (22 + 161 + 15) cells × 2 years, plus the header.
    EXPECT_EQ(lines.size(), 1 + 2 * (22 + 161 + 15));
    EXPECT_EQ(changeText(45, 55), QStringLiteral("+10（+22.2%）"));
    EXPECT_EQ(changeText(4, 2), QStringLiteral("−2（-50%）"));
}

}  // namespace
}  // namespace nianbao::test

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

namespace nianbao::test {
namespace {

TEST(CliCompare, ExitStatusJsonAndCsv) {
    QTemporaryDir dir;
    auto write = [&](const char* name, const QString& text) {
        QFile f(dir.filePath(QString::fromUtf8(name)));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return f.fileName();
    };
    const QString y2019 = write("ninghe-2019.txt", withCell(report000As2019(), {QStringLiteral("requests"), 22, 0}, QStringLiteral("3")));
    const QString y2020 = write("ninghe-2020.txt", corpusText(k000));
    // Outside the folder compared below: every file of a folder is read, and content decides.
    QTemporaryDir outDir;
    const QString csv = outDir.filePath(QStringLiteral("compare.csv"));
    QProcess p;
    p.start(QStringLiteral(NIANBAO_CLI), {QStringLiteral("compare"), QStringLiteral("--csv"), csv, y2020, y2019});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 1);  // the broken carry-over is an error
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(out.startsWith(QStringLiteral("宁河区人民政府办公室：2019 年（2019 格式） → 2020 年（2019 格式）"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("[compare.carry_over]")));
    EXPECT_TRUE(QFile::exists(csv));

    p.start(QStringLiteral(NIANBAO_CLI), {QStringLiteral("compare"), QStringLiteral("--json"), dir.path()});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    EXPECT_EQ(json.value(QStringLiteral("groups")).toArray().size(), 1);

    p.start(QStringLiteral(NIANBAO_CLI), {QStringLiteral("compare"), y2020, dir.filePath(QStringLiteral("missing.txt"))});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 2);
}

}  // namespace
}  // namespace nianbao::test
