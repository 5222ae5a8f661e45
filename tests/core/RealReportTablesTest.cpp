// The real reports of shared/corpus/real, as users get them (a WPS PDF, OCR
// markdown, converter markdown, a portal page): every value of tables 三 and
// 四 and of table 二, read by hand from the documents (a blank stays blank),
// and the exact balance and table findings each one deserves.
#include "TestSupport.h"

#include "format/FormatSpec.h"
#include "report/RowAlignment.h"

namespace nianbao::test {
namespace {

const std::set<QString> kBalanceRules = {QStringLiteral("requests.column_balance"), QStringLiteral("requests.row_total"),
                                         QStringLiteral("requests.results_total"), QStringLiteral("reviews.total")};
const std::set<QString> kStructureRules = {QStringLiteral("table.missing"), QStringLiteral("table.extra_columns"),
                                           QStringLiteral("table.layout_version"), QStringLiteral("table.row_order"),
                                           QStringLiteral("table.unplaced_row"), QStringLiteral("cell.not_a_number")};

QString realPath(const char* name) {
    return corpusPath((QByteArrayLiteral("real/") + name).constData());
}

Row person(double natural, double total) { return Row{natural, 0, 0, 0, 0, 0, total}; }
Row zeros(int n) { return Row(n, 0.0); }

void expectRows(const Report& report, const QString& table, const std::vector<Row>& rows) {
    const ReportTable* t = report.table(table);
    ASSERT_NE(t, nullptr) << table.toStdString();
    ASSERT_EQ(t->rows.size(), rows.size()) << table.toStdString();
    for (size_t r = 0; r < rows.size(); ++r) {
        EXPECT_TRUE(t->rows[r].located) << table.toStdString() << " row " << r;
        EXPECT_EQ(rowValues(report, table, int(r)), rows[r]) << table.toStdString() << " row " << r;
    }
}

int row(const Report& report, const char* key) {
    return report.table(QStringLiteral("requests"))->spec->rowIndex(QString::fromLatin1(key));
}

// r02: 洪泽区人民政府 2023, a WPS PDF. Table 三 is printed in the 2019 layout
// (one （六）其他处理 row) inside a 2021 report; table 四 has two real errors.
TEST(RealR02Pdf, TablesAsPrinted) {
    const Report r = readOrFail(realPath("r02_hongzequ_2023.pdf"));
    EXPECT_EQ(r.meta.version, QStringLiteral("2021"));
    EXPECT_EQ(r.meta.year, 2023);
    const ReportTable* requests = r.table(QStringLiteral("requests"));
    ASSERT_NE(requests, nullptr);
    EXPECT_EQ(FormatSpec::owning(requests->spec)->version, QStringLiteral("2019"));
    std::vector<Row> rows(23, zeros(7));
    rows[row(r, "received")] = person(21, 21);
    rows[row(r, "partly_disclosed")] = person(4, 4);
    rows[row(r, "withheld.secret")] = person(1, 1);
    rows[row(r, "withheld.process")] = person(1, 1);
    rows[row(r, "withheld.enforcement")] = person(1, 1);
    rows[row(r, "unable.not_held")] = person(10, 10);
    rows[row(r, "unable.needs_creation")] = person(3, 3);
    rows[row(r, "not_processed.petition")] = person(1, 1);
    rows[row(r, "results_total")] = person(21, 21);
    expectRows(r, QStringLiteral("requests"), rows);
    // "2.其他法律行政止公开": a misspelt label keeps its row, placed between its neighbours.
    const ReportRow& typo = requests->rows[row(r, "withheld.prohibited")];
    EXPECT_EQ(typo.sourceLabel, QStringLiteral("2.其他法律行政止公开"));
    expectRows(r, QStringLiteral("reviews"), {Row{10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0}});
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 0), zeros(3));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 1), (Row{0, 5, 5}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.5"), 0), (Row{550}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 0), (Row{4119}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 1), (Row{195}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.8"), 0), (Row{7730.28}));
}

TEST(RealR02Pdf, FindingsOnTheTables) {
    const Report r = readOrFail(realPath("r02_hongzequ_2023.pdf"));
    const std::vector<Finding> findings = checkReport(r);
    // 复议 10 + 1 + 0 + 0 ≠ 总计 0; 复议后起诉 5 + 0 + 0 + 0 ≠ 总计 0.
    EXPECT_EQ(findingCells(findings, kBalanceRules),
              (std::set<FindingCell>{
                  {QStringLiteral("reviews.total"), QStringLiteral("reviews"), 0, 0},
                  {QStringLiteral("reviews.total"), QStringLiteral("reviews"), 0, 1},
                  {QStringLiteral("reviews.total"), QStringLiteral("reviews"), 0, 2},
                  {QStringLiteral("reviews.total"), QStringLiteral("reviews"), 0, 3},
                  {QStringLiteral("reviews.total"), QStringLiteral("reviews"), 0, 4},
                  {QStringLiteral("reviews.total"), QStringLiteral("reviews"), 0, 10},
                  {QStringLiteral("reviews.total"), QStringLiteral("reviews"), 0, 11},
                  {QStringLiteral("reviews.total"), QStringLiteral("reviews"), 0, 12},
                  {QStringLiteral("reviews.total"), QStringLiteral("reviews"), 0, 13},
                  {QStringLiteral("reviews.total"), QStringLiteral("reviews"), 0, 14},
              }));
    const std::vector<Finding> structure = checkOnly(r, kStructureRules);
    ASSERT_EQ(structure.size(), 1u);
    EXPECT_EQ(structure.front().rule, QStringLiteral("table.layout_version"));
    // The wrapped "5.要求行政机关确认或重 新出具 / 已获取信息" is one label: only the real typo is reported.
    const std::vector<Finding> typos = findingsWithRule(findings, QStringLiteral("text.label_typo"));
    ASSERT_EQ(typos.size(), 1u);
    EXPECT_EQ(typos.front().message,
              QStringLiteral("表格标签“2.其他法律行政止公开”与官方表述不一致，应为“2.其他法律行政法规禁止公开”。"));
}

// r05: 沭阳县人民政府 2025, OCR markdown: every row of table 三 in its own
// small table under generic headers, table 四 as three five-column tables.
TEST(RealR05OcrMarkdown, TablesAsPrinted) {
    const Report r = readOrFail(realPath("r05_shuyangxian_2025.txt"));
    EXPECT_EQ(r.meta.version, QStringLiteral("2021"));
    EXPECT_EQ(r.meta.year, 2025);
    std::vector<Row> rows(25, zeros(7));
    rows[row(r, "received")] = Row{705, 3, 0, 0, 5, 0, 713};
    rows[row(r, "carried_over")] = person(36, 36);
    rows[row(r, "disclosed")] = Row{290, 1, 0, 0, 3, 0, 294};
    rows[row(r, "partly_disclosed")] = Row{99, 0, 0, 0, 2, 0, 101};
    rows[row(r, "withheld.security")] = person(2, 2);
    rows[row(r, "withheld.third_party")] = person(2, 2);
    rows[row(r, "withheld.internal")] = person(13, 13);
    rows[row(r, "withheld.process")] = person(2, 2);
    rows[row(r, "withheld.enforcement")] = person(4, 4);
    rows[row(r, "withheld.inquiry")] = person(9, 9);
    rows[row(r, "unable.not_held")] = person(111, 111);
    rows[row(r, "unable.needs_creation")] = person(2, 2);
    rows[row(r, "not_processed.petition")] = person(12, 12);
    rows[row(r, "not_processed.repeated")] = Row{6, 1, 0, 0, 0, 0, 7};
    rows[row(r, "other_handling.no_supplement")] = person(9, 9);
    rows[row(r, "other_handling.unpaid_fee")] = person(7, 7);
    rows[row(r, "other_handling.other")] = Row{142, 1, 0, 0, 0, 0, 143};
    rows[row(r, "results_total")] = Row{710, 3, 0, 0, 5, 0, 718};
    rows[row(r, "carried_forward")] = person(31, 31);
    expectRows(r, QStringLiteral("requests"), rows);
    expectRows(r, QStringLiteral("reviews"), {Row{27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10}});
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 0), zeros(3));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 1), (Row{6, 1, 32}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.5"), 0), (Row{517645}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 0), (Row{693957}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 1), (Row{2154}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.8"), 0), (Row{4068.208}));
}

TEST(RealR05OcrMarkdown, EveryRelationHolds) {
    const Report r = readOrFail(realPath("r05_shuyangxian_2025.txt"));
    EXPECT_TRUE(checkOnly(r, kBalanceRules).empty());
    EXPECT_TRUE(checkOnly(r, kStructureRules).empty());
    EXPECT_TRUE(findingsWithRule(checkReport(r), QStringLiteral("relation.unknown")).empty());
}

// r06: 上海市科学技术委员会 2024, converter markdown: ten rows of table 三 lost
// their labels, and as converted the 总计 of 四、结转下年度继续办理 is empty.
TEST(RealR06ConverterMarkdown, TablesAsPrinted) {
    const Report r = readOrFail(realPath("r06_shanghaikewei_2024.md"));
    EXPECT_EQ(r.meta.version, QStringLiteral("2021"));
    EXPECT_EQ(r.meta.year, 2024);
    std::vector<Row> rows(25, zeros(7));
    rows[row(r, "received")] = Row{32, 2, 0, 0, 0, 0, 34};
    rows[row(r, "carried_over")] = person(2, 2);
    rows[row(r, "disclosed")] = person(9, 9);
    rows[row(r, "withheld.internal")] = person(1, 1);  // "| 1 | 0 | 0 | 0 | 0 | 0 | 1 |" between 4. and 6.
    rows[row(r, "withheld.process")] = person(1, 1);
    rows[row(r, "unable.not_held")] = person(4, 4);
    rows[row(r, "unable.needs_creation")] = person(6, 6);
    rows[row(r, "other_handling.no_supplement")] = Row{8, 2, 0, 0, 0, 0, 10};
    rows[row(r, "other_handling.other")] = person(4, 4);
    rows[row(r, "results_total")] = Row{33, 2, 0, 0, 0, 0, 35};
    rows[row(r, "carried_forward")] = Row{1, 0, 0, 0, 0, 0, _};
    expectRows(r, QStringLiteral("requests"), rows);
    const ReportTable* requests = r.table(QStringLiteral("requests"));
    int byPosition = 0;
    for (const ReportRow& rr : requests->rows) byPosition += rr.placement == RowPlacement::Position;
    EXPECT_EQ(byPosition, 10);
    expectRows(r, QStringLiteral("reviews"), {Row{1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}});
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 0), zeros(3));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 1), (Row{13, 0, 55}));  // printed after the other items
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.5"), 0), (Row{97}));          // loose line "行政许可 97"
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 0), (Row{0}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.6"), 1), (Row{0}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.8"), 0), (Row{0}));
}

TEST(RealR06ConverterMarkdown, TheEmptyTotalIsReportedAsBlank) {
    const Report r = readOrFail(realPath("r06_shanghaikewei_2024.md"));
    const std::vector<Finding> findings = checkReport(r);
    const int carried = row(r, "carried_forward");
    // 34 + 2 = 36 against 35 + blank in the 总计 column; the row 四 totals blank against 1.
    EXPECT_EQ(findingCells(findings, {QStringLiteral("requests.row_total")}),
              (std::set<FindingCell>{
                  {QStringLiteral("requests.row_total"), QStringLiteral("requests"), carried, 0},
                  {QStringLiteral("requests.row_total"), QStringLiteral("requests"), carried, 1},
                  {QStringLiteral("requests.row_total"), QStringLiteral("requests"), carried, 2},
                  {QStringLiteral("requests.row_total"), QStringLiteral("requests"), carried, 3},
                  {QStringLiteral("requests.row_total"), QStringLiteral("requests"), carried, 4},
                  {QStringLiteral("requests.row_total"), QStringLiteral("requests"), carried, 5},
                  {QStringLiteral("requests.row_total"), QStringLiteral("requests"), carried, 6},
              }));
    const std::vector<Finding> rowTotal = findingsWithRule(findings, QStringLiteral("requests.row_total"));
    ASSERT_EQ(rowTotal.size(), 1u);
    EXPECT_EQ(rowTotal.front().message, QStringLiteral("表三“四、结转下年度继续办理”行：总计为空白，按各列应为 1（自然人 1）。"));
    const std::vector<Finding> columns = findingsWithRule(findings, QStringLiteral("requests.column_balance"));
    ASSERT_EQ(columns.size(), 1u);
    EXPECT_TRUE(columns.front().message.startsWith(QStringLiteral("表三“总计”列不平衡")));
    EXPECT_TRUE(columns.front().message.contains(QStringLiteral("四、结转下年度 空白")));
    EXPECT_TRUE(findingsWithRule(findings, QStringLiteral("requests.results_total")).empty());
    EXPECT_TRUE(findingsWithRule(findings, QStringLiteral("reviews.total")).empty());
    EXPECT_TRUE(checkOnly(r, kStructureRules).empty());
    EXPECT_EQ(findingsWithRule(findings, QStringLiteral("table.row_by_position")).size(), 1u);
}

// r09: 沭阳县发展和改革局 2023, a portal page: the five legal-person columns
// of table 三 are left blank throughout — blanks, never zeros.
TEST(RealR09Portal, TablesAsPrinted) {
    const Report r = readOrFail(realPath("r09_shuyangfagaiju_2023.html"));
    EXPECT_EQ(r.meta.version, QStringLiteral("2021"));
    EXPECT_EQ(r.meta.year, 2023);
    auto naturalOnly = [](double n) { return Row{n, _, _, _, _, _, n}; };
    std::vector<Row> rows(25, naturalOnly(0));
    rows[row(r, "received")] = naturalOnly(26);
    rows[row(r, "disclosed")] = naturalOnly(26);
    rows[row(r, "results_total")] = naturalOnly(26);
    expectRows(r, QStringLiteral("requests"), rows);
    expectRows(r, QStringLiteral("reviews"), {Row{0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}});
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 0), zeros(3));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.1"), 1), (Row{8, 0, 18}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.5"), 0), (Row{0}));
    EXPECT_EQ(rowValues(r, QStringLiteral("active.20.8"), 0), (Row{0}));
}

TEST(RealR09Portal, BlanksBalanceAndAreNoted) {
    const Report r = readOrFail(realPath("r09_shuyangfagaiju_2023.html"));
    const std::vector<Finding> findings = checkReport(r);
    EXPECT_TRUE(checkOnly(r, kBalanceRules).empty());
    EXPECT_TRUE(checkOnly(r, kStructureRules).empty());
    EXPECT_EQ(findingsWithRule(findings, QStringLiteral("cell.blank")).size(), 25u);  // one per row of table 三
}

}  // namespace
}  // namespace nianbao::test
