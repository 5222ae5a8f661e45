// Table 三 read by alignment with the official row order: a misspelt label,
// a lost label, rows printed out of order, a 2019 layout inside a 2021
// report, a header without a column, and what the clerk reads about blanks
// and relations that cannot be checked. Reports are written in the
// tab-separated layout from a small balanced table.
#include "TestSupport.h"

#include "format/FormatSpec.h"
#include "report/RowAlignment.h"

namespace nianbao::test {
namespace {

const FormatSpec& format2021() { return *FormatSpec::find(QStringLiteral("2021")); }

// A balanced 2021 table 三: natural persons only, 总计 equal to them.
std::vector<std::pair<QString, Row>> balancedRows() {
    std::map<QString, double> natural = {{"received", 10}, {"carried_over", 2}, {"disclosed", 5},
                                         {"partly_disclosed", 1}, {"withheld.secret", 1}, {"unable.not_held", 2},
                                         {"not_processed.petition", 1}, {"other_handling.other", 1},
                                         {"results_total", 11}, {"carried_forward", 1}};
    std::vector<std::pair<QString, Row>> rows;
    for (const RowSpec& r : format2021().requests.rows) {
        const double n = natural.count(r.key) ? natural[r.key] : 0;
        rows.emplace_back(r.label, Row{n, 0, 0, 0, 0, 0, n});
    }
    return rows;
}

QString cellText(const std::optional<double>& v) { return v ? QString::number(*v) : QString(); }

// A 2022 report in the tab-separated layout: one line per row, cells split by tabs.
QString reportText(const std::vector<std::pair<QString, Row>>& rows, const QString& header = {}) {
    QStringList lines = {QStringLiteral("某某区人民政府2022年政府信息公开工作年度报告"),
                         QStringLiteral("二、主动公开政府信息情况"),
                         QStringLiteral("第二十条第（一）项"),
                         QStringLiteral("信息内容\t本年制发件数\t本年废止件数\t现行有效件数"),
                         QStringLiteral("规章\t0\t0\t0"),
                         QStringLiteral("行政规范性文件\t1\t0\t9"),
                         QStringLiteral("第二十条第（五）项"),
                         QStringLiteral("信息内容\t本年处理决定数量"),
                         QStringLiteral("行政许可\t12"),
                         QStringLiteral("第二十条第（六）项"),
                         QStringLiteral("信息内容\t本年处理决定数量"),
                         QStringLiteral("行政处罚\t3"),
                         QStringLiteral("行政强制\t0"),
                         QStringLiteral("第二十条第（八）项"),
                         QStringLiteral("信息内容\t本年收费金额（单位：万元）"),
                         QStringLiteral("行政事业性收费\t0"),
                         QStringLiteral("三、收到和处理政府信息公开申请情况"),
                         QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")};
    if (!header.isEmpty()) lines << header;
    for (const auto& [label, values] : rows) {
        QStringList cells = {label};
        for (const auto& v : values) cells << cellText(v);
        lines << cells.join(QLatin1Char('\t'));
    }
    lines << QStringLiteral("四、政府信息公开行政复议、行政诉讼情况")
          << QStringLiteral("行政复议\t行政诉讼")
          << QStringLiteral("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0")
          << QStringLiteral("五、存在的主要问题及改进情况");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int rowIndex(const char* key) { return format2021().requests.rowIndex(QString::fromLatin1(key)); }

Report readRows(const std::vector<std::pair<QString, Row>>& rows, const QString& header = {}) {
    ReadOptions options;
    options.reconstruct.formatVersion = QStringLiteral("2021");
    return readTextOrFail(reportText(rows, header), options);
}

TEST(RowAlignment, BalancedTableReadsCleanly) {
    const Report r = readRows(balancedRows());
    EXPECT_TRUE(checkOnly(r, kTableRules).empty());
    for (const ReportRow& row : r.table(QStringLiteral("requests"))->rows) EXPECT_EQ(row.placement, RowPlacement::Label);
}

TEST(RowAlignment, MisspeltLabelKeepsItsRowAndValues) {
    auto rows = balancedRows();
    rows[rowIndex("withheld.prohibited")] = {QStringLiteral("2.其他法律行政止公开"), Row{3, 0, 0, 0, 0, 0, 3}};
    const Report r = readRows(rows);
    const ReportRow& row = r.table(QStringLiteral("requests"))->rows[rowIndex("withheld.prohibited")];
    EXPECT_TRUE(row.located);
    EXPECT_EQ(row.placement, RowPlacement::Position);
    EXPECT_EQ(rowValues(r, QStringLiteral("requests"), rowIndex("withheld.prohibited")), (Row{3, 0, 0, 0, 0, 0, 3}));
    const std::vector<Finding> typos = findingsWithRule(checkReport(r), QStringLiteral("text.label_typo"));
    ASSERT_EQ(typos.size(), 1u);
    EXPECT_EQ(typos.front().message,
              QStringLiteral("表格标签“2.其他法律行政止公开”与官方表述不一致，应为“2.其他法律行政法规禁止公开”。"));
    // The 3 it carries now breaks the results total, as it should: the value was read, not dropped.
    EXPECT_EQ(findingsWithRule(checkReport(r), QStringLiteral("requests.results_total")).size(), 2u);
    EXPECT_TRUE(findingsWithRule(checkReport(r), QStringLiteral("table.missing")).empty());
}

TEST(RowAlignment, LostLabelPinnedByItsNeighboursIsPlacedByPosition) {
    auto rows = balancedRows();
    rows[rowIndex("partly_disclosed")].first.clear();  // "\t1\t0…": the converter lost the label
    rows[rowIndex("unable.not_held")].first.clear();
    const Report r = readRows(rows);
    const ReportTable* t = r.table(QStringLiteral("requests"));
    EXPECT_EQ(t->rows[rowIndex("partly_disclosed")].placement, RowPlacement::Position);
    EXPECT_EQ(rowValues(r, QStringLiteral("requests"), rowIndex("partly_disclosed")), (Row{1, 0, 0, 0, 0, 0, 1}));
    EXPECT_EQ(rowValues(r, QStringLiteral("requests"), rowIndex("unable.not_held")), (Row{2, 0, 0, 0, 0, 0, 2}));
    EXPECT_TRUE(checkOnly(r, kTableRules).empty());
    const std::vector<Finding> notes = findingsWithRule(checkReport(r), QStringLiteral("table.row_by_position"));
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes.front().severity, Severity::Info);
    EXPECT_TRUE(notes.front().message.contains(QStringLiteral("1.本机关不掌握相关政府信息")));
}

TEST(RowAlignment, TwoLostLabelsInOneGapArePlacedInOrder) {
    auto rows = balancedRows();
    rows[rowIndex("disclosed")].first.clear();
    rows[rowIndex("partly_disclosed")].first.clear();
    const Report r = readRows(rows);
    EXPECT_EQ(rowValues(r, QStringLiteral("requests"), rowIndex("disclosed")), (Row{5, 0, 0, 0, 0, 0, 5}));
    EXPECT_EQ(rowValues(r, QStringLiteral("requests"), rowIndex("partly_disclosed")), (Row{1, 0, 0, 0, 0, 0, 1}));
    EXPECT_TRUE(checkOnly(r, kTableRules).empty());
}

TEST(RowAlignment, UnlabelledRowsThatOutnumberTheGapStayUnplaced) {
    auto rows = balancedRows();
    rows.insert(rows.begin() + rowIndex("partly_disclosed"), {QString(), Row{7, 0, 0, 0, 0, 0, 7}});
    const Report r = readRows(rows);
    const std::vector<Finding> unplaced = findingsWithRule(checkReport(r), QStringLiteral("table.unplaced_row"));
    ASSERT_EQ(unplaced.size(), 1u);
    EXPECT_TRUE(unplaced.front().message.contains(QStringLiteral("7 0 0 0 0 0 7")));
    // Every official row still has its own values.
    EXPECT_TRUE(checkOnly(r, kTableRules).empty());
}

TEST(RowAlignment, SwappedRowsAreReadByLabelAndReported) {
    auto rows = balancedRows();
    std::swap(rows[rowIndex("disclosed")], rows[rowIndex("unable.not_held")]);
    const Report r = readRows(rows);
    EXPECT_EQ(rowValues(r, QStringLiteral("requests"), rowIndex("disclosed")), (Row{5, 0, 0, 0, 0, 0, 5}));
    EXPECT_EQ(rowValues(r, QStringLiteral("requests"), rowIndex("unable.not_held")), (Row{2, 0, 0, 0, 0, 0, 2}));
    EXPECT_TRUE(checkOnly(r, kTableRules).empty());
    // Both rows stand where the other belongs: each is named.
    const std::vector<Finding> order = findingsWithRule(checkReport(r), QStringLiteral("table.row_order"));
    ASSERT_EQ(order.size(), 2u);
    EXPECT_EQ(order.front().severity, Severity::Warning);
    EXPECT_TRUE(order[0].message.contains(QStringLiteral("（一）予以公开")) || order[1].message.contains(QStringLiteral("（一）予以公开")));
}

TEST(RowAlignment, A2019LayoutInA2021ReportKeepsEveryValue) {
    auto rows = balancedRows();
    // The three （六） rows of 2021 printed as 2019's one row, carrying their sum.
    const int first = rowIndex("other_handling.no_supplement");
    rows.erase(rows.begin() + first, rows.begin() + first + 3);
    rows.insert(rows.begin() + first, {QStringLiteral("（六）其他处理"), Row{1, 0, 0, 0, 0, 0, 1}});
    const Report r = readRows(rows);
    const ReportTable* t = r.table(QStringLiteral("requests"));
    ASSERT_EQ(t->rows.size(), 23u);
    EXPECT_EQ(FormatSpec::owning(t->spec)->version, QStringLiteral("2019"));
    EXPECT_EQ(rowValues(r, QStringLiteral("requests"), t->spec->rowIndex(QStringLiteral("other_handling"))),
              (Row{1, 0, 0, 0, 0, 0, 1}));
    const std::vector<Finding> findings = checkReport(r);
    EXPECT_TRUE(checkOnly(r, kTableRules).empty()) << "balanced under the 2019 relations; no table.missing";
    const std::vector<Finding> layout = findingsWithRule(findings, QStringLiteral("table.layout_version"));
    ASSERT_EQ(layout.size(), 1u);
    EXPECT_EQ(layout.front().severity, Severity::Warning);
}

TEST(RowAlignment, HeaderWithoutAColumnLeavesThatColumnMissingNotShifted) {
    auto rows = balancedRows();
    for (auto& [label, values] : rows) values.erase(values.begin() + 5);  // no 其他 column
    const Report r = readRows(rows, QStringLiteral("申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t总计"));
    // 总计 stays 总计 (it is not shifted into 其他); 其他 is missing, not 0.
    EXPECT_EQ(rowValues(r, QStringLiteral("requests"), rowIndex("received")), (Row{10, 0, 0, 0, 0, _, 10}));
    const ReportCell* other = r.cell(CellRef{QStringLiteral("requests"), 0, 5});
    ASSERT_NE(other, nullptr);
    EXPECT_EQ(other->value.kind, CellValue::Kind::Missing);
    const std::vector<Finding> findings = checkReport(r);
    const std::vector<Finding> missing = findingsWithRule(findings, QStringLiteral("table.missing"));
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_TRUE(missing.front().message.contains(QStringLiteral("“其他”列")));
    // The row totals and the 其他 column balance cannot be known; the other columns are still checked.
    EXPECT_TRUE(findingsWithRule(findings, QStringLiteral("requests.column_balance")).empty());
    EXPECT_FALSE(findingsWithRule(findings, QStringLiteral("relation.unknown")).empty());
}

TEST(RowAlignment, HeaderWithAnExtraColumnIsReported) {
    auto rows = balancedRows();
    for (auto& [label, values] : rows) values.insert(values.begin() + 6, 99.0);  // a made-up 合计 column
    const Report r = readRows(rows, QStringLiteral("申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t合计\t总计"));
    EXPECT_EQ(rowValues(r, QStringLiteral("requests"), rowIndex("received")), (Row{10, 0, 0, 0, 0, 0, 10}));
    EXPECT_EQ(findingsWithRule(checkReport(r), QStringLiteral("table.extra_columns")).size(), 1u);
}

TEST(RowAlignment, MissingRowMakesOnlyItsRelationsUnknown) {
    auto rows = balancedRows();
    rows.erase(rows.begin() + rowIndex("carried_over"));
    rows[rowIndex("received")].second = Row{12, 0, 0, 0, 0, 0, 13};  // a real row-total error elsewhere
    const Report r = readRows(rows);
    const std::vector<Finding> findings = checkReport(r);
    EXPECT_EQ(findingsWithRule(findings, QStringLiteral("table.missing")).size(), 1u);
    // The column balance needs 二、上年结转: unknown for every column, and said so.
    EXPECT_TRUE(findingsWithRule(findings, QStringLiteral("requests.column_balance")).empty());
    const std::vector<Finding> unknown = findingsWithRule(findings, QStringLiteral("relation.unknown"));
    ASSERT_FALSE(unknown.empty());
    EXPECT_TRUE(unknown.front().message.contains(QStringLiteral("列勾稽")));
    // The row total of 一 is still checked: 12 ≠ 13.
    EXPECT_EQ(findingsWithRule(findings, QStringLiteral("requests.row_total")).size(), 1u);
}

TEST(RowAlignment, BlankTotalIsReportedAsBlankWithTheValueThatBelongs) {
    auto rows = balancedRows();
    rows[rowIndex("received")].second = Row{10, 0, 0, 0, 0, 0, _};
    const Report r = readRows(rows);
    const std::vector<Finding> totals = findingsWithRule(checkReport(r), QStringLiteral("requests.row_total"));
    ASSERT_EQ(totals.size(), 1u);
    EXPECT_EQ(totals.front().message,
              QStringLiteral("表三“一、本年新收政府信息公开申请数量”行：总计为空白，按各列应为 10（自然人 10）。"));
    const std::vector<Finding> balance = findingsWithRule(checkReport(r), QStringLiteral("requests.column_balance"));
    ASSERT_EQ(balance.size(), 1u);
    EXPECT_TRUE(balance.front().message.contains(QStringLiteral("一、本年新收 空白"))) << balance.front().message.toStdString();
    double value = 0;
    ASSERT_TRUE(balancingValue(r, totals.front(), CellRef{QStringLiteral("requests"), 0, 6}, &value));
    EXPECT_EQ(value, 10);
}

// The alignment itself, on match matrices.
TEST(RowAlignment, ChainPrefersExactMatchesAndFillsPinnedGaps) {
    using M = LabelMatch;
    // Official rows A B C D; the report prints A, (lost), C, D.
    std::vector<RowCandidate> candidates = {
        {{M::Exact, M::None, M::None, M::None}, true},
        {{M::None, M::None, M::None, M::None}, true},
        {{M::None, M::None, M::Exact, M::None}, true},
        {{M::None, M::None, M::None, M::Fuzzy}, true},
    };
    const RowAlignment a = alignRows(candidates, 4);
    ASSERT_EQ(a.rows.size(), 4u);
    EXPECT_EQ(a.rows[0].candidate, 0);
    EXPECT_EQ(a.rows[1].candidate, 1);
    EXPECT_EQ(a.rows[1].placement, RowPlacement::Position);
    EXPECT_EQ(a.rows[2].candidate, 2);
    EXPECT_EQ(a.rows[3].candidate, 3);
    EXPECT_TRUE(a.unplaced.empty());
    // A row without the form's column count is never placed by position.
    candidates[1].fitsColumns = false;
    const RowAlignment b = alignRows(candidates, 4);
    EXPECT_EQ(b.rows[1].candidate, -1);
    EXPECT_EQ(b.unplaced, std::vector<int>{1});
}

}  // namespace
}  // namespace nianbao::test
