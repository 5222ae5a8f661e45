// The small pieces under reconstruction: NFKC with a map back to the source,
// cell values, and tolerant label matching.
#include "TestSupport.h"

#include "format/LabelMatcher.h"
#include "report/CellValue.h"
#include "text/SourceText.h"

namespace nianbao::test {
namespace {

TEST(Normalize, FullWidthDigitsSpacesAndBracketsFoldWithAMapBack) {
    const QString original = QStringLiteral("\t　　２１（一）\u00A0x");
    const NormalizedLine line = normalizeLine(original);
    EXPECT_EQ(line.text, QStringLiteral("\t  21(一) x"));
    ASSERT_EQ(line.origin.size(), size_t(line.text.size() + 1));
    EXPECT_EQ(line.origin[3], 3);  // '2' came from the full-width '２' at column 3
    EXPECT_EQ(line.origin[5], 5);  // '(' from '（'
    EXPECT_EQ(line.origin.back(), original.size());
}

TEST(Normalize, SpanMapsBackToOriginalColumns) {
    const SourceText source(QStringLiteral("规章\n\t　２１\n"));
    EXPECT_EQ(source.lineCount(), 2);
    const QString& text = source.normalizedLine(2).text;
    const int start = static_cast<int>(text.indexOf(QStringLiteral("21")));
    const SourceSpan span = source.spanOf(2, start, start + 2);
    EXPECT_EQ(span.line, 2);
    EXPECT_EQ(source.originalLine(2).mid(span.column, span.endColumn - span.column), QStringLiteral("２１"));
}

TEST(Normalize, CrLfAndLoneCrAreLineBreaks) {
    const SourceText source(QStringLiteral("a\r\nb\rc"));
    ASSERT_EQ(source.lineCount(), 3);
    EXPECT_EQ(source.originalLine(3), QStringLiteral("c"));
}

TEST(CellValues, Numbers) {
    EXPECT_EQ(parseCellValue(QStringLiteral("45")), CellValue::fromNumber(45));
    EXPECT_EQ(parseCellValue(QStringLiteral(" 0 ")), CellValue::fromNumber(0));
    EXPECT_EQ(parseCellValue(QStringLiteral("-267")), CellValue::fromNumber(-267));
    EXPECT_EQ(parseCellValue(QStringLiteral("−4")), CellValue::fromNumber(-4));  // U+2212 minus sign
    EXPECT_EQ(parseCellValue(QStringLiteral("+5")), CellValue::fromNumber(5));
    EXPECT_EQ(parseCellValue(QStringLiteral("1,968")), CellValue::fromNumber(1968));
    EXPECT_EQ(parseCellValue(QStringLiteral("434.18")), CellValue::fromNumber(434.18, false));
    EXPECT_EQ(parseCellValue(QStringLiteral("3.27万元")), CellValue::fromNumber(3.27, false, QStringLiteral("万元")));
    EXPECT_EQ(parseCellValue(QStringLiteral("12 件")), CellValue::fromNumber(12, true, QStringLiteral("件")));
}

TEST(CellValues, BlankAndInvalid) {
    EXPECT_EQ(parseCellValue(QString()).kind, CellValue::Kind::Blank);
    EXPECT_EQ(parseCellValue(QStringLiteral("   ")).kind, CellValue::Kind::Blank);
    for (const char* text : {"无", "—", "十二", "1.2.3", "12a", "1,23", "1e5"})
        EXPECT_EQ(parseCellValue(QString::fromUtf8(text)).kind, CellValue::Kind::Invalid) << text;
}

TEST(CellValues, FormatNumber) {
    EXPECT_EQ(formatNumber(55, true), QStringLiteral("55"));
    EXPECT_EQ(formatNumber(-4, true), QStringLiteral("-4"));
    EXPECT_EQ(formatNumber(3.27, false), QStringLiteral("3.27"));
}

TEST(Labels, NumberingAndPunctuationDoNotMatter) {
    EXPECT_EQ(matchLabel(QStringLiteral("(二) 部分公开（区分处理的，只计这一情形，不计其他情形）"),
                         QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")),
              LabelMatch::Exact);
    EXPECT_EQ(matchLabel(QStringLiteral("5.要求行政机关确认或重新 出具已获取信息"),
                         QStringLiteral("5.要求行政机关确认或重新出具已获取信息")),
              LabelMatch::Exact);
    EXPECT_EQ(matchLabel(QStringLiteral("其他结 果"), QStringLiteral("其他结果")), LabelMatch::Exact);
}

TEST(Labels, StrayCharacterAndTruncation) {
    EXPECT_EQ(matchLabel(QStringLiteral("（五）不予处9理"), QStringLiteral("（五）不予处理")), LabelMatch::Fuzzy);
    EXPECT_EQ(matchLabel(QStringLiteral("本年新"), QStringLiteral("本年新制作数量")), LabelMatch::Truncated);
    EXPECT_EQ(matchLabel(QStringLiteral("上一年项目数量"), QStringLiteral("上一年项目数量")), LabelMatch::Exact);
}

TEST(Labels, DifferentWordsOrNumbersNeverMatch) {
    EXPECT_EQ(matchLabel(QStringLiteral("行政处罚"), QStringLiteral("行政许可")), LabelMatch::None);
    EXPECT_EQ(matchLabel(QStringLiteral("结果纠正"), QStringLiteral("结果维持")), LabelMatch::None);
    EXPECT_EQ(matchLabel(QStringLiteral("2.重复申请"), QStringLiteral("1.重复申请")), LabelMatch::None);
    EXPECT_EQ(matchLabel(QStringLiteral("规章"), QStringLiteral("规范")), LabelMatch::None);  // short labels: exact only
    EXPECT_EQ(matchLabel(QStringLiteral("二、上年结转政府信息公开申请数量"), QStringLiteral("一、本年新收政府信息公开申请数量")),
              LabelMatch::None);
}

TEST(Labels, AliasesCount) {
    EXPECT_EQ(matchLabel(QStringLiteral("规范性文件"), QStringLiteral("行政规范性文件"), {QStringLiteral("规范性文件")}),
              LabelMatch::Exact);
}

}  // namespace
}  // namespace nianbao::test
