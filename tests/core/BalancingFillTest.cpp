// Which single fill fixes a report, on corpus 000 (表三 row 一: 总计 45 but
// 自然人 45 + 其他 10 = 55; column 其他: 一 10 + 二 0 ≠ 三（七）0 + 四 0).
// Filling 总计 = 55 balances the row but unbalances the 总计 column
// (一 55 + 二 0 ≠ 三（七）45 + 四 0); 其他 = 0 fixes both.
#include "TestSupport.h"

#include "check/BalancingFix.h"

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

const CellRef kTotal{QStringLiteral("requests"), 0, 6};
const CellRef kOther{QStringLiteral("requests"), 0, 5};

const Finding& relationFinding(const std::vector<Finding>& findings, const char* rule) {
    for (const Finding& f : findings)
        if (f.isRelation && f.rule == QLatin1String(rule)) return f;
    ADD_FAILURE() << "no " << rule;
    return findings.front();
}

class BalancingFill000 : public ::testing::Test {
protected:
    Report report = readOrFail(corpusPath("000_4e6edc37518c9b09.txt"));
    std::vector<Finding> findings = checkReport(report);
};

TEST_F(BalancingFill000, FillingTheRowTotalBreaksTheTotalColumn) {
    const std::optional<BalancingFill> fill = balancingFill(report, findings, kTotal);
    ASSERT_TRUE(fill);
    EXPECT_EQ(fill->value.number, 55);
    EXPECT_EQ(fill->fixed, 1);         // requests.row_total
    EXPECT_EQ(fill->stillFailing, 1);  // the 其他 column
    ASSERT_EQ(fill->broken.size(), 1u);
    EXPECT_EQ(fill->broken[0].rule, QStringLiteral("requests.column_balance"));
    EXPECT_TRUE(fill->broken[0].involves(kTotal));
    EXPECT_FALSE(fill->fixesEverything());
}

TEST_F(BalancingFill000, FillingOtherWithZeroFixesBoth) {
    const std::optional<BalancingFill> fill = balancingFill(report, findings, kOther);
    ASSERT_TRUE(fill);
    EXPECT_EQ(fill->value.number, 0);
    EXPECT_EQ(fill->fixed, 2);
    EXPECT_TRUE(fill->fixesEverything());
}

TEST_F(BalancingFill000, TheRowTotalFindingIsFixedThroughOtherNotThroughItsTotal) {
    for (const char* rule : {"requests.row_total", "requests.column_balance"}) {
        SCOPED_TRACE(rule);
        const std::optional<BalancingFill> best = bestBalancingFill(report, findings, relationFinding(findings, rule));
        ASSERT_TRUE(best);
        EXPECT_EQ(best->cell, kOther);
        EXPECT_EQ(best->value.number, 0);
        EXPECT_TRUE(best->fixesEverything());
    }
}

TEST_F(BalancingFill000, AroundTheTotalTheRepairIsOtherAndACleanCellHasNone) {
    const std::optional<BalancingFill> best = bestBalancingFillAround(report, findings, kTotal);
    ASSERT_TRUE(best);
    EXPECT_EQ(best->cell, kOther);
    EXPECT_EQ(best->value.number, 0);
    EXPECT_FALSE(bestBalancingFillAround(report, findings, CellRef{QStringLiteral("requests"), 3, 0}));
    // Its own fill fixes everything: the cell itself is the answer.
    const std::optional<BalancingFill> own = bestBalancingFillAround(report, findings, kOther);
    ASSERT_TRUE(own);
    EXPECT_EQ(own->cell, kOther);
}

TEST_F(BalancingFill000, SwitchedOffRulesAreNotCountedAsBroken) {
    CheckOptions options;
    options.disabledRules.insert(QStringLiteral("requests.column_balance"));
    const std::vector<Finding> checked = checkReport(report, options);
    const std::optional<BalancingFill> fill = balancingFill(report, checked, kTotal, options);
    ASSERT_TRUE(fill);
    EXPECT_TRUE(fill->broken.empty());
    EXPECT_TRUE(fill->fixesEverything());
}

TEST(BalancingFill, NothingToOfferForACleanReportOrATextFinding) {
    const Report report = readOrFail(corpusPath("001_ffb7cb016be5db93.txt"));
    const std::vector<Finding> findings = checkReport(report);
    for (const Finding& f : findings)
        if (!f.isRelation) EXPECT_FALSE(bestBalancingFill(report, findings, f)) << f.rule.toStdString();
}

}  // namespace
}  // namespace nianbao::test
