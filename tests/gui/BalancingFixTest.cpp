// The single value that fixes a cell's failing relations, on corpus 000
// (表三 row 一: 总计 45 but 自然人 45 + 其他 10 = 55; column 其他: 10 + 0 ≠ 0 + 0).
#include "check/BalancingFix.h"
#include "document/ReviewDocument.h"

#include "GuiTestSupport.h"

#include <gtest/gtest.h>

namespace nianbao {
namespace {

std::unique_ptr<ReviewDocument> open000() {
    QString error;
    auto document = ReviewDocument::open(test::corpusPath(test::kCorpus000), &error);
    EXPECT_TRUE(document) << error.toStdString();
    return document;
}

TEST(BalancingFix, TotalCellOfTheRowGetsTheSumOfItsParts) {
    auto document = open000();
    const auto fix = document->balancingValueFor({QStringLiteral("requests"), 0, 6});
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->number, 55);
}

TEST(BalancingFix, CellInTwoFailingRelationsIsOfferedOnlyTheValueBothAgreeOn) {
    auto document = open000();
    const auto fix = document->balancingValueFor({QStringLiteral("requests"), 0, 5});
    ASSERT_TRUE(fix);
    EXPECT_EQ(fix->number, 0);  // clears the row total and the column balance alike
}

TEST(BalancingFix, CellsOutsideFailingRelationsAndNegativeCountsAreNotOffered) {
    auto document = open000();
    EXPECT_FALSE(document->balancingValueFor({QStringLiteral("requests"), 3, 0}));
    // With 总计 lowered to 5, 自然人 would need -5: a count cannot be negative.
    ASSERT_TRUE(document->editCell({QStringLiteral("requests"), 0, 6}, CellValue::fromNumber(5)));
    EXPECT_FALSE(document->balancingValueFor({QStringLiteral("requests"), 0, 0}));
    // 总计 5 now fails its row (needs 55) and its column (一 + 二 = 三（七）+ 四 needs 45): no single value fixes both.
    EXPECT_FALSE(document->balancingValueFor({QStringLiteral("requests"), 0, 6}));
}

}  // namespace
}  // namespace nianbao
