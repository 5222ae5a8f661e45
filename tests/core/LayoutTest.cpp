// The three text layouts of the corpus, cell by cell.
#include "TestSupport.h"

#include "document/TextLayoutReader.h"

namespace nianbao::test {
namespace {

std::vector<QStringList> rowsOf(const QString& text) {
    const SourceText source(text);
    const Document doc = readTextLayout(source);
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

TEST(Layout, CellPerLineWithLabelBrokenOntoNextLine) {
    const QString text = QStringLiteral("\t信息内容\n\t上一年项目数\n量\n\t本年增/减\n\n\t行政许可\n\t0\n\t　\n");
    const std::vector<QStringList> rows = rowsOf(text);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("信息内容"), QStringLiteral("上一年项目数量"), QStringLiteral("本年增/减")}));
    EXPECT_EQ(rows[1], (QStringList{QStringLiteral("行政许可"), QStringLiteral("0"), QString()}));  // full-width space = blank

    const SourceText source(text);
    const Document doc = readTextLayout(source);
    const DocCell& broken = doc.blocks.front().table.rows[0].cells[1];
    EXPECT_EQ(broken.span.line, 2);
    EXPECT_EQ(broken.span.endLine, 3);
}

TEST(Layout, HeadingAfterCellsIsAParagraphNotAContinuation) {
    const SourceText source(QStringLiteral("\t0\n三、收到和处理政府信息公开申请情况\n"));
    const Document doc = readTextLayout(source);
    ASSERT_EQ(doc.blocks.size(), 2u);
    EXPECT_EQ(doc.blocks[1].kind, DocBlock::Kind::Paragraph);
}

TEST(Layout, TabSeparatedRowsKeepLeadingEmptyCells) {
    const std::vector<QStringList> rows = rowsOf(QStringLiteral("规章\t0\t0\t0\n\t\t2. 其他\t0\n2. 重复申请\t\t0\t\n"));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].size(), 4);
    EXPECT_EQ(rows[1], (QStringList{QString(), QString(), QStringLiteral("2. 其他"), QStringLiteral("0")}));
    EXPECT_EQ(rows[2], (QStringList{QStringLiteral("2. 重复申请"), QString(), QStringLiteral("0"), QString()}));
}

TEST(Layout, PipeCellsWithSpanRunsAndSeparators) {
    const std::vector<QStringList> rows =
        rowsOf(QStringLiteral("|\n行政许可 |\n8388 | ||\n|\n结果 纠正 |\n0 |\n0 |\n"));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("行政许可"), QStringLiteral("8388")}));
    EXPECT_EQ(rows[1], (QStringList{QStringLiteral("结果 纠正"), QStringLiteral("0"), QStringLiteral("0")}));
}

TEST(Layout, StrayCharacterInsideARowLabelIsStillThatRow) {
    // 003 line 220 "2.重复申请 |" typed as "2.重复申9请 |".
    const Report r = readTextOrFail(replaceLine(corpusText("003_1ba3202efab2ed16.txt"), 220, QStringLiteral("2.重复申9请 |")));
    const ReportRow& row = r.table(QStringLiteral("requests"))->rows[16];
    EXPECT_TRUE(row.located);
    EXPECT_EQ(row.sourceLabel, QStringLiteral("2.重复申9请"));
    EXPECT_TRUE(checkOnly(r, kTableRules).empty());
    // …and the typo itself is worth a warning with the official wording.
    const std::vector<Finding> typos = findingsWithRule(checkReport(r), QStringLiteral("text.label_typo"));
    ASSERT_EQ(typos.size(), 1u);
    EXPECT_EQ(typos[0].span.line, 220);
    EXPECT_TRUE(typos[0].message.contains(QStringLiteral("应为“2.重复申请”")));
}

TEST(Layout, CellSpansPointAtTheOriginalText) {
    const Report r = readOrFail(corpusPath("001_ffb7cb016be5db93.txt"));
    const ReportCell* cell = r.cell(CellRef{QStringLiteral("active.20.1"), 1, 0});  // "→　　21" on line 36
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(cell->span.line, 36);
    EXPECT_EQ(r.source.originalLine(36).mid(cell->span.column, cell->span.endColumn - cell->span.column), QStringLiteral("21"));
}

TEST(Layout, ForcedFormatVersionIsUsed) {
    ReadOptions options;
    options.reconstruct.formatVersion = QStringLiteral("2021");
    const Report r = readOrFail(corpusPath("000_4e6edc37518c9b09.txt"), options);
    EXPECT_EQ(r.meta.version, QStringLiteral("2021"));
    EXPECT_EQ(r.meta.versionSource, QStringLiteral("option"));
    // Table 三 of this 2019 report prints （六）其他处理 as one row: it is read
    // in that layout, every value kept (line 321, seven 0s), and reported —
    // not turned into three missing 2021 rows and a lost row of values.
    const ReportTable* requests = r.table(QStringLiteral("requests"));
    ASSERT_NE(requests, nullptr);
    EXPECT_EQ(requests->rows.size(), 23u);
    EXPECT_EQ(FormatSpec::owning(requests->spec)->version, QStringLiteral("2019"));
    const ReportRow& other = requests->rows[requests->spec->rowIndex(QStringLiteral("other_handling"))];
    ASSERT_TRUE(other.located);
    EXPECT_EQ(other.labelSpan.line, 321);
    for (const ReportCell& cell : other.cells) EXPECT_EQ(cell.value, CellValue::fromNumber(0));
    const std::vector<Finding> findings = checkReport(r);
    EXPECT_EQ(findingsWithRule(findings, QStringLiteral("table.layout_version")).size(), 1u);
    for (const Finding& f : findingsWithRule(findings, QStringLiteral("table.missing")))
        EXPECT_FALSE(f.message.startsWith(QStringLiteral("表三"))) << f.message.toStdString();
}

}  // namespace
}  // namespace nianbao::test
