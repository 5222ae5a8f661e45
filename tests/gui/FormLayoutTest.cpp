// The printed form's grid: merged headers and row groups where the official
// form has them.
#include "form/FormLayout.h"

#include <gtest/gtest.h>

namespace nianbao {
namespace {

const FormLabel& labelAt(const FormLayout& layout, int row, int column) {
    const FormLabel* label = layout.labelAt(row, column);
    EXPECT_NE(label, nullptr) << row << "," << column;
    static const FormLabel none;
    return label ? *label : none;
}

TEST(FormLayout, Table3Of2019HasApplicantHeadersOverSevenColumnsAndThreeLabelColumns) {
    const FormatSpec& spec = *FormatSpec::find(QStringLiteral("2019"));
    const FormLayout layout = FormLayout::forTable(spec.requests, spec);
    EXPECT_EQ(layout.headerRows(), 3);
    EXPECT_EQ(layout.labelColumns(), 3);
    EXPECT_EQ(layout.rowCount(), 3 + 23);
    EXPECT_EQ(layout.columnCount(), 3 + 7);

    const FormLabel& caption = labelAt(layout, 0, 3);
    EXPECT_EQ(caption.text, QStringLiteral("申请人情况"));
    EXPECT_EQ(caption.columnSpan, 7);
    const FormLabel& natural = labelAt(layout, 1, 3);
    EXPECT_EQ(natural.text, QStringLiteral("自然人"));
    EXPECT_EQ(natural.rowSpan, 2);
    const FormLabel& legal = labelAt(layout, 1, 4);
    EXPECT_EQ(legal.text, QStringLiteral("法人或其他组织"));
    EXPECT_EQ(legal.columnSpan, 5);
    EXPECT_EQ(labelAt(layout, 2, 8).text, QStringLiteral("其他"));
    EXPECT_EQ(labelAt(layout, 2, 9).text, QStringLiteral("总计"));  // 总计 spans rows 1-2
    EXPECT_EQ(labelAt(layout, 0, 0).rowSpan, 3);                    // the column-balance note

    // 一、本年新收 spans all three label columns; 三、本年度办理结果 merges down over (一)…(七).
    EXPECT_EQ(labelAt(layout, 3, 0).columnSpan, 3);
    const FormLabel& results = labelAt(layout, 5, 0);
    EXPECT_EQ(results.text, QStringLiteral("三、本年度办理结果"));
    EXPECT_EQ(results.rowSpan, 20);
    const FormLabel& withheld = labelAt(layout, 7, 1);
    EXPECT_EQ(withheld.text, QStringLiteral("（三）不予公开"));
    EXPECT_EQ(withheld.rowSpan, 8);
    EXPECT_EQ(labelAt(layout, 7, 2).text, QStringLiteral("1.属于国家秘密"));
    EXPECT_EQ(labelAt(layout, 5, 1).columnSpan, 2);  // （一）予以公开
    EXPECT_EQ(labelAt(layout, 25, 0).text, QStringLiteral("四、结转下年度继续办理"));
    EXPECT_TRUE(layout.isValue(3, 3));
    EXPECT_FALSE(layout.isValue(2, 3));
}

TEST(FormLayout, Table3Of2021HasThreeOtherHandlingRows) {
    const FormatSpec& spec = *FormatSpec::find(QStringLiteral("2021"));
    const FormLayout layout = FormLayout::forTable(spec.requests, spec);
    EXPECT_EQ(layout.rowCount(), 3 + 25);
    const FormLabel& other = labelAt(layout, 3 + 20, 1);
    EXPECT_EQ(other.text, QStringLiteral("（六）其他处理"));
    EXPECT_EQ(other.rowSpan, 3);
    EXPECT_EQ(labelAt(layout, 5, 0).rowSpan, 22);
}

TEST(FormLayout, Table4HasThreeGroupsOfFiveUnderTwoLevels) {
    const FormatSpec& spec = *FormatSpec::find(QStringLiteral("2019"));
    const FormLayout layout = FormLayout::forTable(spec.reviews, spec);
    EXPECT_EQ(layout.headerRows(), 3);
    EXPECT_EQ(layout.labelColumns(), 0);
    EXPECT_EQ(layout.columnCount(), 15);
    const FormLabel& review = labelAt(layout, 0, 0);
    EXPECT_EQ(review.text, QStringLiteral("行政复议"));
    // As the official form (and the DOCX export) prints it: 行政复议 on the top row only,
    // its five labels two rows high beside 行政诉讼's two levels.
    EXPECT_EQ(review.rowSpan, 1);
    EXPECT_EQ(review.columnSpan, 5);
    EXPECT_EQ(labelAt(layout, 1, 0).text, QStringLiteral("结果维持"));
    EXPECT_EQ(labelAt(layout, 1, 0).rowSpan, 2);
    EXPECT_EQ(labelAt(layout, 2, 4).text, QStringLiteral("总计"));
    const FormLabel& suit = labelAt(layout, 0, 5);
    EXPECT_EQ(suit.text, QStringLiteral("行政诉讼"));
    EXPECT_EQ(suit.columnSpan, 10);
    EXPECT_EQ(labelAt(layout, 1, 5).text, QStringLiteral("未经复议直接起诉"));
    EXPECT_EQ(labelAt(layout, 1, 10).text, QStringLiteral("复议后起诉"));
    EXPECT_EQ(labelAt(layout, 1, 10).columnSpan, 5);
    EXPECT_EQ(labelAt(layout, 2, 14).text, QStringLiteral("总计"));
    EXPECT_TRUE(layout.isValue(3, 0));
}

TEST(FormLayout, Table2ItemHasArticleHeadingAcrossTheTop) {
    const FormatSpec& spec = *FormatSpec::find(QStringLiteral("2019"));
    const TableSpec& item = spec.activeItems.front();
    const FormLayout layout = FormLayout::forTable(item, spec);
    EXPECT_EQ(labelAt(layout, 0, 0).text, QStringLiteral("第二十条第（一）项"));
    EXPECT_EQ(labelAt(layout, 0, 0).columnSpan, 4);
    EXPECT_EQ(labelAt(layout, 1, 0).text, QStringLiteral("信息内容"));
    EXPECT_EQ(labelAt(layout, 2, 0).text, QStringLiteral("规章"));
    EXPECT_EQ(spec.activeItems.size(), 5u);
    EXPECT_EQ(FormatSpec::find(QStringLiteral("2021"))->activeItems.size(), 4u);
}

}  // namespace
}  // namespace nianbao
