// Markdown and loose-line layouts, piece by piece: what each construct becomes
// in the document model, and that the older text layouts are not mistaken for it.
#include "TestSupport.h"

#include "document/TextLayoutReader.h"

namespace nianbao::test {
namespace {

struct Read {
    SourceText source;
    Document document;
};

Read read(const QString& text) {
    Read r{SourceText(text), {}};
    r.document = readTextLayout(r.source);
    return r;
}

std::vector<QStringList> rowsOf(const Document& doc) {
    std::vector<QStringList> rows;
    for (const DocBlock& b : doc.blocks) {
        if (b.kind != DocBlock::Kind::Table) continue;
        for (const DocRow& r : b.table.rows) {
            QStringList cells;
            for (const DocCell& c : r.cells) cells << c.text;
            rows.push_back(cells);
        }
    }
    return rows;
}

QStringList paragraphsOf(const Document& doc) {
    QStringList out;
    for (const DocBlock& b : doc.blocks)
        if (b.kind == DocBlock::Kind::Paragraph) out << b.paragraph.text;
    return out;
}

int tableCount(const Document& doc) {
    int n = 0;
    for (const DocBlock& b : doc.blocks) n += b.kind == DocBlock::Kind::Table;
    return n;
}

TEST(MarkdownLayout, SeparatorRowsWithAlignmentAreNeverRows) {
    const Read r = read(QStringLiteral("| 项目 | 数量 |\n|:---|---:|\n| 行政许可 | 97 |\n| :-: | --- |\n"));
    // "| :-: | --- |" after the header's separator is another separator, not a row.
    EXPECT_EQ(rowsOf(r.document), (std::vector<QStringList>{{QStringLiteral("项目"), QStringLiteral("数量")},
                                                            {QStringLiteral("行政许可"), QStringLiteral("97")}}));
    EXPECT_TRUE(looksLikeMarkdown(r.source));
}

TEST(MarkdownLayout, SingleDashCellsAreARowUnlessRightUnderTheHeader) {
    const Read data = read(QStringLiteral("| 商业企业 | 其他 |\n|---|---|\n| - | - |\n"));
    EXPECT_EQ(rowsOf(data.document).size(), 2u);
    EXPECT_EQ(rowsOf(data.document)[1], (QStringList{QStringLiteral("-"), QStringLiteral("-")}));
    const Read minimal = read(QStringLiteral("| 规章 | 0 |\n| - | - |\n| 规范性文件 | 3 |\n"));
    EXPECT_EQ(rowsOf(minimal.document).size(), 2u);  // a minimal separator under the header
}

TEST(MarkdownLayout, BlankCellsStayAndALostLabelLeavesOnlyValues) {
    const Read r = read(QStringLiteral("| 四、结转下年度继续办理 | 1 | 0 |  |\n|---|---|---|---|\n| 0 | 0 | 0 |\n"));
    const std::vector<QStringList> rows = rowsOf(r.document);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("四、结转下年度继续办理"), QStringLiteral("1"), QStringLiteral("0"), QString()}));
    EXPECT_EQ(rows[1], (QStringList{QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")}));
    // The blank cell has an empty span where it stands (line 1, between its pipes).
    const DocCell& blank = r.document.blocks[0].table.rows[0].cells[3];
    EXPECT_EQ(blank.span.line, 1);
    EXPECT_EQ(blank.span.column, blank.span.endColumn);
}

TEST(MarkdownLayout, InlineMarkupEscapesAndLineBreaks) {
    const Read r = read(QStringLiteral("| **（七）总计** | 3\\|4 | 部分公开<br>（区分处理的） | 9<br/>0 | 2\\* |\n|---|---|---|---|---|\n"));
    const std::vector<QStringList> rows = rowsOf(r.document);
    ASSERT_EQ(rows.size(), 1u);
    // <br> rejoins a broken label, but keeps two digits apart: "90" would be an invented number.
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("(七)总计"), QStringLiteral("3|4"), QStringLiteral("部分公开(区分处理的)"),
                                    QStringLiteral("9 0"), QStringLiteral("2*")}));
    // The bold label's span is on the words, not on the asterisks.
    const DocCell& bold = r.document.blocks[0].table.rows[0].cells[0];
    EXPECT_EQ(bold.span, (SourceSpan{1, 4, 1, 9}));
}

TEST(MarkdownLayout, HeadingsAreParagraphsWithoutMarks) {
    const Read r = read(QStringLiteral("# 某区 2024 年政府信息公开工作年度报告\n\n## 一、总体情况 ##\n#### **（一）主动公开**\n#不是标题\n"));
    EXPECT_EQ(paragraphsOf(r.document),
              (QStringList{QStringLiteral("某区 2024 年政府信息公开工作年度报告"), QStringLiteral("一、总体情况"),
                           QStringLiteral("(一)主动公开"), QStringLiteral("#不是标题")}));
    EXPECT_EQ(r.document.blocks[1].paragraph.span, (SourceSpan{3, 3, 3, 9}));
    EXPECT_EQ(r.document.blocks[2].paragraph.span, (SourceSpan{4, 7, 4, 14}));
}

TEST(MarkdownLayout, RowsWithoutOuterPipesUnderASeparator) {
    const Read r = read(QStringLiteral("信息内容 | 本年处理决定数量\n---|---\n行政许可 | 97\n"));
    EXPECT_EQ(rowsOf(r.document), (std::vector<QStringList>{{QStringLiteral("信息内容"), QStringLiteral("本年处理决定数量")},
                                                            {QStringLiteral("行政许可"), QStringLiteral("97")}}));
}

TEST(MarkdownLayout, TablesEndAtBlankLinesAndHeadings) {
    const Read r = read(QStringLiteral("### 行政复议\n| 结果维持 | 总计 |\n|---|---|\n| 1 | 1 |\n\n"
                                       "### 行政诉讼\n| 结果维持 | 总计 |\n|---|---|\n| 2 | 2 |\n"));
    ASSERT_EQ(r.document.blocks.size(), 4u);
    EXPECT_EQ(r.document.blocks[0].paragraph.text, QStringLiteral("行政复议"));
    EXPECT_EQ(r.document.blocks[1].kind, DocBlock::Kind::Table);
    EXPECT_EQ(r.document.blocks[2].paragraph.text, QStringLiteral("行政诉讼"));
    EXPECT_EQ(r.document.blocks[3].table.rows.size(), 2u);
}

TEST(MarkdownLayout, FlattenedHtmlCellLinesAreNotMarkdown) {
    const QString text = QStringLiteral("|\n行政许可 |\n8388 | ||\n|\n结果 纠正 |\n0 |\n0 |\n");
    const Read r = read(text);
    EXPECT_FALSE(looksLikeMarkdown(r.source));
    EXPECT_EQ(rowsOf(r.document), (std::vector<QStringList>{{QStringLiteral("行政许可"), QStringLiteral("8388")},
                                                            {QStringLiteral("结果 纠正"), QStringLiteral("0"), QStringLiteral("0")}}));
}

TEST(Bullets, WordBulletAndTabMakeAParagraphNotATableRow) {
    const Read r = read(QString(QChar(0xF0B7)) + QStringLiteral("\t依申请公开工作规范有序。\n•\t主动公开 12 条\n"));
    EXPECT_EQ(tableCount(r.document), 0);
    EXPECT_EQ(paragraphsOf(r.document), (QStringList{QStringLiteral("依申请公开工作规范有序。"), QStringLiteral("主动公开 12 条")}));
    EXPECT_EQ(r.document.blocks[0].paragraph.span, (SourceSpan{1, 2, 1, 14}));
}

TEST(LooseRows, LabelAndNumbersMakeARowAndItemHeadingsJoinIt) {
    const Read r = read(QStringLiteral("二、主动公开政府信息情况\n第二十条第（五）项\n信息内容本年处理决定数量\n行政许可 97\n"
                                       "第二十条第（六）项\n信息内容本年处理决定数量\n行政处罚 0\n\n行政强制 1,024\n"
                                       "政府集中采购 1 3.27万元\n本年增减 -3\n"));
    EXPECT_EQ(paragraphsOf(r.document), QStringList{QStringLiteral("二、主动公开政府信息情况")});
    ASSERT_EQ(tableCount(r.document), 1);
    EXPECT_EQ(rowsOf(r.document),
              (std::vector<QStringList>{{QStringLiteral("第二十条第(五)项")}, {QStringLiteral("信息内容本年处理决定数量")},
                                        {QStringLiteral("行政许可"), QStringLiteral("97")}, {QStringLiteral("第二十条第(六)项")},
                                        {QStringLiteral("信息内容本年处理决定数量")}, {QStringLiteral("行政处罚"), QStringLiteral("0")},
                                        {QStringLiteral("行政强制"), QStringLiteral("1,024")},
                                        {QStringLiteral("政府集中采购"), QStringLiteral("1"), QStringLiteral("3.27万元")},
                                        {QStringLiteral("本年增减"), QStringLiteral("-3")}}));
    const DocCell& value = r.document.blocks[1].table.rows[2].cells[1];
    EXPECT_EQ(value.span, (SourceSpan{4, 5, 4, 7}));
}

TEST(LooseRows, ProseAndLabelsWithoutNumbersStayParagraphs) {
    const Read r = read(QStringLiteral("全年共受理政府信息公开申请 749 件，其中自然人申请 741\n"
                                       "年度报告\n根据《条例》规定编制本报告。\n"
                                       "沭阳县人民政府\n2026年1月23日\n度办\n果\n1\n"
                                       "截至 2024 年 12 月 31 日\n"));
    EXPECT_EQ(tableCount(r.document), 0);
    EXPECT_EQ(paragraphsOf(r.document).size(), 9);
}

TEST(LooseRows, OnlyTheShortLinesJustBeforeARowJoinIt) {
    const Read r = read(QStringLiteral("政府信息公开工作\n年度报告\n说明一\n说明二\n第二十条第（一）项\n规章 0 0 0\n"));
    // Four label lines at most stand before a row; the ones further up are paragraphs.
    EXPECT_EQ(paragraphsOf(r.document), QStringList{QStringLiteral("政府信息公开工作")});
    EXPECT_EQ(rowsOf(r.document).size(), 5u);
}

}  // namespace
}  // namespace nianbao::test
