// Each check firing on a one-cell change of a clean corpus report, and
// staying silent where the change keeps the balance.
#include "TestSupport.h"

namespace nianbao::test {
namespace {

const char* k003 = "003_1ba3202efab2ed16.txt";

std::vector<Finding> check003With(int line, const char* replacement) {
    return checkOnly(readTextOrFail(replaceLine(corpusText(k003), line, QString::fromUtf8(replacement))), kTableRules);
}

std::set<QString> rulesOf(const std::vector<Finding>& findings) {
    std::set<QString> rules;
    for (const Finding& f : findings) rules.insert(f.rule);
    return rules;
}

TEST(Rules, NotANumberSkipsTheRelationsItBelongsTo) {
    const std::vector<Finding> f = check003With(73, "无 |");  // 一、本年新收 / 自然人
    EXPECT_EQ(rulesOf(f), std::set<QString>{QStringLiteral("cell.not_a_number")});
    EXPECT_EQ(f.at(0).cells, (std::vector<CellRef>{{QStringLiteral("requests"), 0, 0}}));
    EXPECT_EQ(f.at(0).span.line, 73);
    EXPECT_TRUE(f.at(0).message.contains(QStringLiteral("“无”不是数字")));
}

TEST(Rules, FractionInACountIsNotANumber) {
    const std::vector<Finding> f = check003With(92, "74.5 |");
    EXPECT_TRUE(rulesOf(f).count(QStringLiteral("cell.not_a_number")));
}

TEST(Rules, NegativeCount) {
    const std::vector<Finding> f = check003With(74, "-2 |");  // 一、本年新收 / 商业企业
    const std::set<QString> rules = rulesOf(f);
    EXPECT_TRUE(rules.count(QStringLiteral("cell.negative")));
    // -2 also breaks the row total and its column's balance: 一+二 = -2 but 三（七）+四 = 2.
    EXPECT_TRUE(rules.count(QStringLiteral("requests.row_total")));
    EXPECT_TRUE(rules.count(QStringLiteral("requests.column_balance")));
}

TEST(Rules, NegativeDeltaIsAllowed) {
    const Report r = readOrFail(corpusPath("002_be932dc10881290c.txt"));
    EXPECT_TRUE(findingsWithRule(checkReport(r), QStringLiteral("cell.negative")).empty());
}

TEST(Rules, ResultsTotal) {
    const std::vector<Finding> f = check003With(92, "75 |");  // （一）予以公开 / 自然人: 74 → 75
    const std::vector<Finding> results = findingsWithRule(f, QStringLiteral("requests.results_total"));
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].leftSum, 119);
    EXPECT_EQ(results[0].rightSum, 120);
    EXPECT_EQ(results[0].cells.front(), (CellRef{QStringLiteral("requests"), 23, 0}));
    EXPECT_EQ(results[0].cells.size(), 1u + 21u);  // （七）总计 and the 21 leaf rows of the 2021 format
    const std::vector<Finding> row = findingsWithRule(f, QStringLiteral("requests.row_total"));
    ASSERT_EQ(row.size(), 1u);
    EXPECT_EQ(row[0].cells.front(), (CellRef{QStringLiteral("requests"), 2, 6}));
    EXPECT_TRUE(findingsWithRule(f, QStringLiteral("requests.column_balance")).empty());
}

TEST(Rules, ColumnBalance) {
    const std::vector<Finding> f = check003With(294, "3 |");  // 四、结转下年度 / 自然人: 0 → 3
    const std::vector<Finding> balance = findingsWithRule(f, QStringLiteral("requests.column_balance"));
    ASSERT_EQ(balance.size(), 1u);
    EXPECT_EQ(balance[0].leftSum, 119);
    EXPECT_EQ(balance[0].rightSum, 122);
    EXPECT_EQ(balance[0].cells, (std::vector<CellRef>{{QStringLiteral("requests"), 0, 0},
                                                      {QStringLiteral("requests"), 1, 0},
                                                      {QStringLiteral("requests"), 23, 0},
                                                      {QStringLiteral("requests"), 24, 0}}));
    EXPECT_EQ(findingsWithRule(f, QStringLiteral("requests.row_total")).size(), 1u);
}

TEST(Rules, ReviewsTotal) {
    // 002 table 四: 未经复议直接起诉 7+0+2+2 = 11; write 12.
    const QString text = replaceLine(corpusText("002_be932dc10881290c.txt"), 80,
                                     QStringLiteral("0\t0\t0\t0\t0\t7\t0\t2\t2\t12\t0\t0\t0\t0\t0"));
    const Report r = readTextOrFail(text);
    const std::vector<Finding> f = findingsWithRule(checkReport(r), QStringLiteral("reviews.total"));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].cells.front(), (CellRef{QStringLiteral("reviews"), 0, 9}));
    EXPECT_EQ(f[0].leftSum, 12);
    EXPECT_EQ(f[0].rightSum, 11);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("未经复议直接起诉")));
    double fix = 0;
    ASSERT_TRUE(balancingValue(r, f[0], CellRef{QStringLiteral("reviews"), 0, 9}, &fix));
    EXPECT_EQ(fix, 11);
    ASSERT_TRUE(balancingValue(r, f[0], CellRef{QStringLiteral("reviews"), 0, 5}, &fix));
    EXPECT_EQ(fix, 8);  // or raise 结果维持 from 7 to 8
}

TEST(Rules, BlankCellsCountAsZeroInSums) {
    // 001 balances only when its blank cells count as 0 (e.g. 商业企业: 1 + blank = blank + 1).
    const Report r = readOrFail(corpusPath("001_ffb7cb016be5db93.txt"));
    const std::vector<Finding> f = checkReport(r);
    EXPECT_TRUE(findingsWithRule(f, QStringLiteral("requests.column_balance")).empty());
    EXPECT_FALSE(findingsWithRule(f, QStringLiteral("cell.blank")).empty());
}

TEST(Rules, DisabledRulesAreLeftOut) {
    const Report r = readOrFail(corpusPath("000_4e6edc37518c9b09.txt"));
    CheckOptions options;
    options.disabledRules.insert(QStringLiteral("requests.row_total"));
    std::set<QString> left;
    for (const Finding& f : checkReport(r, options)) left.insert(f.rule);
    EXPECT_FALSE(left.count(QStringLiteral("requests.row_total")));
    EXPECT_TRUE(left.count(QStringLiteral("requests.column_balance")));
}

TEST(Rules, CorrectionClearsTheFinding) {
    Report r = readOrFail(corpusPath("000_4e6edc37518c9b09.txt"));
    r.cell(CellRef{QStringLiteral("requests"), 0, 5})->value = CellValue::fromNumber(0);  // 其他 10 → 0
    EXPECT_TRUE(checkOnly(r, kTableRules).empty());
    EXPECT_TRUE(r.cell(CellRef{QStringLiteral("requests"), 0, 5})->isCorrected());
}

}  // namespace
}  // namespace nianbao::test
