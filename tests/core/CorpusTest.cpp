// Every value of tables 三 and 四, the key cells of table 二, the metadata and
// the exact balance findings of the five real reports, as read by hand from
// the files in shared/corpus.
#include "TestSupport.h"

namespace nianbao::test {
namespace {

const std::set<QString> kBalanceRules = {QStringLiteral("requests.column_balance"), QStringLiteral("requests.row_total"),
                                         QStringLiteral("requests.results_total"), QStringLiteral("reviews.total")};

Row zeros(int n) { return Row(n, 0.0); }
Row person(double natural, double total) { return Row{natural, 0, 0, 0, 0, 0, total}; }
Row personBlank(double natural, double total) { return Row{natural, _, _, _, _, _, total}; }
Row blanks(int n) { return Row(n, std::nullopt); }

void expectRequests(const Report& report, const std::vector<Row>& rows) {
    const ReportTable* t = report.table(QStringLiteral("requests"));
    ASSERT_NE(t, nullptr);
    ASSERT_EQ(t->rows.size(), rows.size());
    for (size_t r = 0; r < rows.size(); ++r) {
        EXPECT_TRUE(t->rows[r].located) << "row " << r;
        EXPECT_EQ(rowValues(report, QStringLiteral("requests"), int(r)), rows[r]) << "table 三 row " << r;
    }
}

std::vector<Finding> errorsAndWarnings(const Report& report) {
    std::vector<Finding> out;
    for (const Finding& f : checkOnly(report, kTableRules))
        if (f.severity != Severity::Info) out.push_back(f);
    return out;
}

TEST(Corpus000, MetadataAndFormat) {
    const Report r = readOrFail(corpusPath("000_4e6edc37518c9b09.txt"));
    EXPECT_EQ(r.meta.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(r.meta.version, QStringLiteral("2019"));
    EXPECT_EQ(r.meta.versionSource, QStringLiteral("tables"));
    EXPECT_EQ(r.meta.year, 2020);
    EXPECT_EQ(r.meta.yearSource, QStringLiteral("title"));  // title broken over two lines
    EXPECT_EQ(r.meta.agency, QStringLiteral("宁河区人民政府办公室"));
}

TEST(Corpus000, TablesAsPrinted) {
    const Report r = readOrFail(corpusPath("000_4e6edc37518c9b09.txt"));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 0), zeros(3));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 1), (Row{6, 6, 42}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.9"), 0), zeros(2));
    std::vector<Row> rows(23, zeros(7));
    rows[0] = Row{45, 0, 0, 0, 0, 10, 45};
    rows[2] = person(15, 15);
    rows[8] = person(3, 3);    // （三）5.属于三类内部事务信息
    rows[9] = person(2, 2);    // （三）6.属于四类过程性信息
    rows[12] = person(25, 25); // （四）1.本机关不掌握相关政府信息
    rows[21] = person(45, 45); // （七）总计
    expectRequests(r, rows);
    EXPECT_EQ(rowValues(r, QStringLiteral("reviews"), 0), zeros(15));  // "0 " and NBSP-padded cells
}

TEST(Corpus000, BalanceFindings) {
    const Report r = readOrFail(corpusPath("000_4e6edc37518c9b09.txt"));
    const std::vector<Finding> findings = checkOnly(r, kTableRules);
    // Row 一 adds up to 55 (45 natural persons + 10 其他) but its 总计 says 45,
    // and the 10 其他 applications never appear in the results or carry-forward.
    std::set<FindingCell> expected;
    for (int c = 0; c < 7; ++c) expected.emplace(QStringLiteral("requests.row_total"), QStringLiteral("requests"), 0, c);
    for (int row : {0, 1, 21, 22}) expected.emplace(QStringLiteral("requests.column_balance"), QStringLiteral("requests"), row, 5);
    EXPECT_EQ(findingCells(findings, kBalanceRules), expected);
    ASSERT_EQ(errorsAndWarnings(r).size(), 2u);

    const Finding rowTotal = findingsWithRule(findings, QStringLiteral("requests.row_total")).at(0);
    EXPECT_EQ(rowTotal.leftSum, 45);
    EXPECT_EQ(rowTotal.rightSum, 55);
    EXPECT_EQ(rowTotal.span.line, 113);  // the 总计 cell "45"
    EXPECT_TRUE(rowTotal.message.contains(QStringLiteral("总计应为 55"))) << rowTotal.message.toStdString();
    double balancing = 0;
    ASSERT_TRUE(balancingValue(r, rowTotal, CellRef{QStringLiteral("requests"), 0, 6}, &balancing));
    EXPECT_EQ(balancing, 55);

    const Finding column = findingsWithRule(findings, QStringLiteral("requests.column_balance")).at(0);
    EXPECT_EQ(column.leftSum, 10);
    EXPECT_EQ(column.rightSum, 0);
    EXPECT_EQ(column.span.line, 112);  // 其他 of row 一
}

TEST(Corpus001, MetadataAndFormat) {
    const Report r = readOrFail(corpusPath("001_ffb7cb016be5db93.txt"));
    EXPECT_EQ(r.meta.version, QStringLiteral("2019"));
    EXPECT_EQ(r.meta.year, 2020);
    EXPECT_EQ(r.meta.agency, QStringLiteral("鄞州区人民政府办公室"));
    EXPECT_EQ(r.meta.agencySource, QStringLiteral("name_line"));  // under a title that names no one
}

TEST(Corpus001, TablesWithBlankCellsAndUnits) {
    const Report r = readOrFail(corpusPath("001_ffb7cb016be5db93.txt"));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 1), (Row{21, 21, 101}));  // "　　21", "  101"
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.9"), 0), (Row{1, 3.27}));
    const ReportCell* amount = r.cell(CellRef{QStringLiteral("active.20.9"), 0, 1});
    ASSERT_NE(amount, nullptr);
    EXPECT_EQ(amount->value.unit, QStringLiteral("万元"));
    EXPECT_EQ(amount->text, QStringLiteral("3.27万元"));
    EXPECT_FALSE(amount->value.integral);

    std::vector<Row> rows(23, blanks(7));
    rows[0] = Row{47, 1, _, _, _, _, 48};
    rows[1] = personBlank(4, 4);
    rows[2] = personBlank(13, 13);
    rows[3] = personBlank(10, 10);
    rows[12] = personBlank(5, 5);
    rows[13] = personBlank(1, 1);
    rows[14] = personBlank(3, 3);
    rows[15] = personBlank(2, 2);
    rows[16] = personBlank(2, 2);  // " 2" in the 总计 column
    rows[20] = personBlank(12, 12);
    rows[21] = personBlank(48, 48);
    rows[22] = Row{3, 1, _, _, _, _, 4};  // "1 " with a trailing space
    expectRequests(r, rows);
    EXPECT_EQ(rowValues(r, QStringLiteral("reviews"), 0), (Row{3, _, 1, _, 4, _, _, _, _, _, 9, _, 1, _, 10}));
}

TEST(Corpus001, BalancesButBlankCellsAreNoted) {
    const Report r = readOrFail(corpusPath("001_ffb7cb016be5db93.txt"));
    const std::vector<Finding> findings = checkOnly(r, kTableRules);
    EXPECT_TRUE(findingCells(findings, kBalanceRules).empty());
    EXPECT_TRUE(errorsAndWarnings(r).empty());
    // One note per row with blanks: 23 rows of table 三 and the row of table 四.
    const std::vector<Finding> blanksFound = findingsWithRule(findings, QStringLiteral("cell.blank"));
    EXPECT_EQ(blanksFound.size(), 24u);
    for (const Finding& f : blanksFound) EXPECT_EQ(f.severity, Severity::Info);
    const Finding& reviews = blanksFound.back();  // table 四 comes last in the source
    EXPECT_EQ(reviews.cells.front().table, QStringLiteral("reviews"));
    EXPECT_EQ(reviews.cells.size(), 9u);  // 3,_,1,_,4,_,_,_,_,_,9,_,1,_,10
}

TEST(Corpus002, TabSeparatedRowsWithLostTabs) {
    const Report r = readOrFail(corpusPath("002_be932dc10881290c.txt"));
    EXPECT_EQ(r.meta.version, QStringLiteral("2019"));
    EXPECT_EQ(r.meta.year, 2020);
    EXPECT_EQ(r.meta.agency, QStringLiteral("顺河回族区人民政府"));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 1), (Row{10, 10, 46}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.5"), 0), (Row{1395, -267, 1968}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.5"), 1), (Row{84, -28, 885}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 0), (Row{172, -32, 85}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 1), (Row{1, 5, 0}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.8"), 0), (Row{4, 1}));
    std::vector<Row> rows(23, zeros(7));
    rows[0] = person(23, 23);
    rows[1] = person(2, 2);
    rows[2] = person(14, 14);
    rows[3] = person(3, 3);
    rows[20] = person(8, 8);
    rows[21] = person(25, 25);
    expectRequests(r, rows);
    EXPECT_EQ(rowValues(r, QStringLiteral("reviews"), 0), (Row{0, 0, 0, 0, 0, 7, 0, 2, 2, 11, 0, 0, 0, 0, 0}));
    // Rows "2. 重复申请" … lost their leading tabs (lines 66–68); still read in place.
    EXPECT_EQ(r.table(QStringLiteral("requests"))->rows[16].labelSpan.line, 66);
    EXPECT_TRUE(errorsAndWarnings(r).empty());
}

TEST(Corpus003, Format2021PipeLayout) {
    const Report r = readOrFail(corpusPath("003_1ba3202efab2ed16.txt"));
    EXPECT_EQ(r.meta.version, QStringLiteral("2021"));
    EXPECT_EQ(r.meta.year, 2022);
    EXPECT_EQ(r.meta.yearSource, QStringLiteral("period"));  // no year in the title; the date line says 2019
    EXPECT_EQ(r.meta.agency, QStringLiteral("天津市宁河区人民政府"));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 0), zeros(3));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 1), (Row{1, 0, 7}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.5"), 0), (Row{8388}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 0), (Row{4201}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 1), (Row{1211}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.8"), 0), (Row{434.18}));
    std::vector<Row> rows(25, zeros(7));
    rows[0] = Row{119, 2, 0, 0, 0, 1, 122};
    rows[2] = Row{74, 2, 0, 0, 0, 1, 77};
    rows[3] = person(17, 17);
    rows[12] = person(25, 25);
    rows[13] = person(1, 1);
    rows[15] = person(1, 1);
    rows[22] = person(1, 1);  // （六）3.其他
    rows[23] = Row{119, 2, 0, 0, 0, 1, 122};
    expectRequests(r, rows);
    EXPECT_EQ(rowValues(r, QStringLiteral("reviews"), 0), (Row{0, 2, 1, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0}));
    EXPECT_TRUE(checkOnly(r, kTableRules).empty());
}

TEST(Corpus004, TruncatedHeadersNoTitle) {
    const Report r = readOrFail(corpusPath("004_f67e4a3518b11040.txt"));
    EXPECT_EQ(r.meta.version, QStringLiteral("2019"));
    EXPECT_EQ(r.meta.year, 2020);
    EXPECT_EQ(r.meta.yearSource, QStringLiteral("body"));
    // No title, no name line, no signature: only a body sentence ("2020年,宁园街在区委…")
    // names 宁园街, and body sentences are never read as the agency.
    EXPECT_EQ(r.meta.agency, QString());
    EXPECT_EQ(r.meta.agencySource, QString());
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.5"), 0), (Row{0, 3, 3}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 0), (Row{11, -4, 11}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.9"), 0), (Row{18, 94946}));
    expectRequests(r, std::vector<Row>(23, zeros(7)));
    EXPECT_EQ(rowValues(r, QStringLiteral("reviews"), 0), zeros(15));
    EXPECT_TRUE(checkOnly(r, kTableRules).empty());
}

}  // namespace
}  // namespace nianbao::test
