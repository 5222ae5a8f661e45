// The two real markdown reports of shared/corpus/real, read into the document
// model: every row of tables 三 and 四 and the table-二 rows as table rows,
// cell by cell as read by hand from the files (blank cells stay blank), and
// the headings as paragraphs whose spans point at the words.
#include "TestSupport.h"

#include "document/TextLayoutReader.h"

#include <QFile>

namespace nianbao::test {
namespace {

QString realPath(const char* name) {
    return QStringLiteral(NIANBAO_CORPUS_DIR "/real/") + QString::fromUtf8(name);
}

struct ReadDocument {
    SourceText source;
    Document document;
};

ReadDocument readDocument(const char* name) {
    QFile file(realPath(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    ReadDocument d;
    d.source = SourceText(QString::fromUtf8(file.readAll()));
    d.document = readTextLayout(d.source);
    return d;
}

QStringList cellsOf(const DocRow& row) {
    QStringList cells;
    for (const DocCell& c : row.cells) cells << c.text;
    return cells;
}

// Every table, as its rows' cell texts.
std::vector<std::vector<QStringList>> tablesOf(const Document& doc) {
    std::vector<std::vector<QStringList>> tables;
    for (const DocBlock& b : doc.blocks) {
        if (b.kind != DocBlock::Kind::Table) continue;
        std::vector<QStringList> rows;
        for (const DocRow& r : b.table.rows) rows.push_back(cellsOf(r));
        tables.push_back(rows);
    }
    return tables;
}

// The table whose rows include `row` exactly; empty when none does.
std::vector<QStringList> tableWithRow(const Document& doc, const QStringList& row) {
    for (const std::vector<QStringList>& table : tablesOf(doc))
        for (const QStringList& r : table)
            if (r == row) return table;
    return {};
}

const DocParagraph* paragraph(const Document& doc, const QString& text) {
    for (const DocBlock& b : doc.blocks)
        if (b.kind == DocBlock::Kind::Paragraph && b.paragraph.text == text) return &b.paragraph;
    return nullptr;
}

// Index of the block holding paragraph `text` or the table with row `row`; -1 if none.
int blockIndexOfParagraph(const Document& doc, const QString& text) {
    for (size_t i = 0; i < doc.blocks.size(); ++i)
        if (doc.blocks[i].kind == DocBlock::Kind::Paragraph && doc.blocks[i].paragraph.text == text) return int(i);
    return -1;
}
int blockIndexOfRow(const Document& doc, const QStringList& row) {
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
        if (doc.blocks[i].kind != DocBlock::Kind::Table) continue;
        for (const DocRow& r : doc.blocks[i].table.rows)
            if (cellsOf(r) == row) return int(i);
    }
    return -1;
}

QStringList row(std::initializer_list<const char*> cells) {
    QStringList out;
    for (const char* c : cells) out << QString::fromUtf8(c);
    return out;
}
QStringList zeros7() { return row({"0", "0", "0", "0", "0", "0", "0"}); }
QStringList labelled(const char* label, std::initializer_list<const char*> values) {
    return QStringList{QString::fromUtf8(label)} + row(values);
}

const QStringList kOcrHeader = row({"类别", "数据1", "数据2", "数据3", "数据4", "数据5", "数据6", "总计"});
const QStringList kReviewHeader = row({"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"});

// ---- r05: an OCR service's markdown ------------------------------------------------

TEST(MarkdownReal05, ReadAsMarkdownAndAReport) {
    const Report r = readOrFail(realPath("r05_shuyangxian_2025.txt"));
    EXPECT_EQ(r.meta.format, QStringLiteral("markdown"));  // by content: the file is a .txt
    EXPECT_EQ(r.meta.encoding, QStringLiteral("UTF-8"));
}

TEST(MarkdownReal05, HeadingsAreParagraphsWithoutMarksSpanningTheWords) {
    const ReadDocument d = readDocument("r05_shuyangxian_2025.txt");
    // Line 1: "# 沐阳县人民政府 2025 年 政府信息公开工作年度报告" (OCR reads 沭 as 沐).
    const DocParagraph* title = paragraph(d.document, QStringLiteral("沐阳县人民政府 2025 年 政府信息公开工作年度报告"));
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->span, (SourceSpan{1, 2, 1, 29}));
    const DocParagraph* section = paragraph(d.document, QStringLiteral("一、总体情况"));  // line 8 "## 一、总体情况"
    ASSERT_NE(section, nullptr);
    EXPECT_EQ(section->span, (SourceSpan{8, 3, 8, 9}));
    EXPECT_NE(paragraph(d.document, QStringLiteral("四、政府信息公开行政复议、行政诉讼情况")), nullptr);
    EXPECT_NE(paragraph(d.document, QStringLiteral("(一) 予以公开")), nullptr);   // "### (一) 予以公开"
    EXPECT_NE(paragraph(d.document, QStringLiteral("第二十条第(五)项")), nullptr);  // "### 第二十条第（五）项", NFKC
    EXPECT_NE(paragraph(d.document, QStringLiteral("行政诉讼(复议后起诉)")), nullptr);
    // Nothing of a heading line is left in a paragraph's text.
    for (const DocBlock& b : d.document.blocks) {
        if (b.kind == DocBlock::Kind::Paragraph)
            EXPECT_FALSE(b.paragraph.text.startsWith(QLatin1Char('#'))) << b.paragraph.text.toStdString();
    }
}

TEST(MarkdownReal05, TableTwoItems) {
    const ReadDocument d = readDocument("r05_shuyangxian_2025.txt");
    EXPECT_EQ(tableWithRow(d.document, labelled("规章", {"0", "0", "0"})),
              (std::vector<QStringList>{row({"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}),
                                        labelled("规章", {"0", "0", "0"}), labelled("行政规范性文件", {"6", "1", "32"})}));
    EXPECT_EQ(tableWithRow(d.document, labelled("行政许可", {"517645"})),
              (std::vector<QStringList>{row({"信息内容", "本年处理决定数量"}), labelled("行政许可", {"517645"})}));
    EXPECT_EQ(tableWithRow(d.document, labelled("行政处罚", {"693957"})),
              (std::vector<QStringList>{row({"信息内容", "本年处理决定数量"}), labelled("行政处罚", {"693957"}),
                                        labelled("行政强制", {"2154"})}));
    EXPECT_EQ(tableWithRow(d.document, labelled("行政事业性收费", {"4068.208"})),
              (std::vector<QStringList>{row({"信息内容", "本年收费金额(单位:万元)"}), labelled("行政事业性收费", {"4068.208"})}));
}

TEST(MarkdownReal05, TableThreeOneSmallTablePerHeading) {
    const ReadDocument d = readDocument("r05_shuyangxian_2025.txt");
    using Table = std::vector<QStringList>;
    EXPECT_EQ(tableWithRow(d.document, labelled("本年新收政府信息公开申请数量", {"705", "3", "0", "0", "5", "0", "713"})),
              (Table{kOcrHeader, labelled("本年新收政府信息公开申请数量", {"705", "3", "0", "0", "5", "0", "713"})}));
    EXPECT_EQ(tableWithRow(d.document, labelled("上年结转政府信息公开申请数量", {"36", "0", "0", "0", "0", "0", "36"})).size(), 2u);
    EXPECT_EQ(tableWithRow(d.document, labelled("予以公开", {"290", "1", "0", "0", "3", "0", "294"})).size(), 2u);
    EXPECT_EQ(tableWithRow(d.document, labelled("部分公开 (区分处理的, 只计这一情形, 不计其他情形)",
                                                {"99", "0", "0", "0", "2", "0", "101"})).size(), 2u);
    EXPECT_EQ(tableWithRow(d.document, labelled("1. 属于国家秘密", {"0", "0", "0", "0", "0", "0", "0"})),
              (Table{kOcrHeader, labelled("1. 属于国家秘密", {"0", "0", "0", "0", "0", "0", "0"}),
                     labelled("2. 其他法律行政法规禁止公开", {"0", "0", "0", "0", "0", "0", "0"}),
                     labelled("3. 危及“三安全一稳定”", {"2", "0", "0", "0", "0", "0", "2"}),
                     labelled("4. 保护第三方合法权益", {"2", "0", "0", "0", "0", "0", "2"}),
                     labelled("5. 属于三类内部事务信息", {"13", "0", "0", "0", "0", "0", "13"}),
                     labelled("6. 属于四类过程性信息", {"2", "0", "0", "0", "0", "0", "2"}),
                     labelled("7. 属于行政执法案卷", {"4", "0", "0", "0", "0", "0", "4"}),
                     labelled("8. 属于行政查询事项", {"9", "0", "0", "0", "0", "0", "9"})}));
    EXPECT_EQ(tableWithRow(d.document, labelled("1. 本机关不掌握相关政府信息", {"111", "0", "0", "0", "0", "0", "111"})),
              (Table{kOcrHeader, labelled("1. 本机关不掌握相关政府信息", {"111", "0", "0", "0", "0", "0", "111"}),
                     labelled("2. 没有现成信息需要另行制作", {"2", "0", "0", "0", "0", "0", "2"}),
                     labelled("3. 补正后申请内容仍不明确", {"0", "0", "0", "0", "0", "0", "0"})}));
    EXPECT_EQ(tableWithRow(d.document, labelled("2. 重复申请", {"6", "1", "0", "0", "0", "0", "7"})),
              (Table{kOcrHeader, labelled("1. 信访举报投诉类申请", {"12", "0", "0", "0", "0", "0", "12"}),
                     labelled("2. 重复申请", {"6", "1", "0", "0", "0", "0", "7"}),
                     labelled("3. 要求提供公开出版物", {"0", "0", "0", "0", "0", "0", "0"}),
                     labelled("4. 无正当理由大量反复申请", {"0", "0", "0", "0", "0", "0", "0"}),
                     labelled("5. 要求行政机关确认或重新出具已获取信息", {"0", "0", "0", "0", "0", "0", "0"})}));
    EXPECT_EQ(tableWithRow(d.document, labelled("1. 申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请",
                                                {"9", "0", "0", "0", "0", "0", "9"})).size(), 2u);
    // The last rows under a wrong header row, as the OCR grouped them.
    EXPECT_EQ(tableWithRow(d.document, labelled("(七)总计", {"710", "3", "0", "0", "5", "0", "718"})),
              (Table{row({"项目", "本年新收件数", "上年结转件数", "予以公开", "部分公开", "不予公开", "结转下年度", "总计"}),
                     labelled("2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                              {"7", "0", "0", "0", "0", "0", "7"}),
                     labelled("3. 其他", {"142", "1", "0", "0", "0", "0", "143"}),
                     labelled("(七)总计", {"710", "3", "0", "0", "5", "0", "718"}),
                     labelled("四、结转下年度继续办理", {"31", "0", "0", "0", "0", "0", "31"})}));
    // The applicant tables with "-" cells are rows too; a "-" is text, not a value.
    EXPECT_EQ(tableWithRow(d.document, row({"商业企业", "科研机构", "社会公益", "法律服务机构", "其他"})),
              (Table{row({"商业企业", "科研机构", "社会公益", "法律服务机构", "其他"}), row({"-", "-", "-", "-", "-"})}));
}

TEST(MarkdownReal05, CellSpansPointAtTheCellText) {
    const ReadDocument d = readDocument("r05_shuyangxian_2025.txt");
    // Line 99: "| 本年新收政府信息公开申请数量 | 705 | 3 | 0 | 0 | 5 | 0 | 713 |".
    const int index = blockIndexOfRow(d.document, labelled("本年新收政府信息公开申请数量", {"705", "3", "0", "0", "5", "0", "713"}));
    ASSERT_GE(index, 0);
    const DocRow& data = d.document.blocks[index].table.rows[1];
    EXPECT_EQ(data.cells[0].span, (SourceSpan{99, 2, 99, 16}));
    EXPECT_EQ(data.cells[1].span, (SourceSpan{99, 19, 99, 22}));
    EXPECT_EQ(data.cells[7].span, (SourceSpan{99, 45, 99, 48}));
}

TEST(MarkdownReal05, TableFourAsThreeTablesUnderTheirHeadings) {
    const ReadDocument d = readDocument("r05_shuyangxian_2025.txt");
    const struct {
        const char* heading;
        QStringList values;
    } groups[] = {{"行政复议", row({"27", "10", "9", "15", "61"})},
                  {"行政诉讼(未经复议直接起诉)", row({"3", "0", "0", "0", "3"})},
                  {"行政诉讼(复议后起诉)", row({"8", "0", "1", "1", "10"})}};
    for (const auto& g : groups) {
        const int heading = blockIndexOfParagraph(d.document, QString::fromUtf8(g.heading));
        ASSERT_GE(heading, 0) << g.heading;
        ASSERT_LT(heading + 1, int(d.document.blocks.size()));
        const DocBlock& table = d.document.blocks[heading + 1];
        ASSERT_EQ(table.kind, DocBlock::Kind::Table) << g.heading;
        std::vector<QStringList> rows;
        for (const DocRow& r : table.table.rows) rows.push_back(cellsOf(r));
        EXPECT_EQ(rows, (std::vector<QStringList>{kReviewHeader, g.values})) << g.heading;
    }
}

// ---- r06: a PDF converter's markdown ------------------------------------------------

TEST(MarkdownReal06, TableTwoLooseLinesStayWithTheirItemHeadings) {
    const ReadDocument d = readDocument("r06_shanghaikewei_2024.md");
    // Lines 74-84: item headings, header lines and "label number" lines, one table.
    EXPECT_EQ(tableWithRow(d.document, labelled("行政许可", {"97"})),
              (std::vector<QStringList>{row({"第二十条第(一)项"}), row({"第二十条第(五)项"}), row({"信息内容本年处理决定数量"}),
                                        labelled("行政许可", {"97"}), row({"第二十条第(六)项"}),
                                        row({"信息内容本年处理决定数量"}), labelled("行政处罚", {"0"}),
                                        labelled("行政强制", {"0"}), row({"第二十条第(八)项"}),
                                        row({"信息内容本年收费金额(单位:万元)"}), labelled("行政事业性收费", {"0"})}));
    // The section heading above them stays a paragraph, and so does the markdown heading below.
    EXPECT_NE(paragraph(d.document, QStringLiteral("一、主动公开政府信息情况")), nullptr);
    const DocParagraph* tableTwo = paragraph(d.document, QStringLiteral("表二:主动公开政府信息情况"));
    ASSERT_NE(tableTwo, nullptr);
    EXPECT_EQ(tableTwo->span, (SourceSpan{85, 3, 85, 16}));
    EXPECT_EQ(tableWithRow(d.document, labelled("规范性文件", {"13", "0", "55"})),
              (std::vector<QStringList>{row({"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}),
                                        labelled("规章", {"0", "0", "0"}), labelled("规范性文件", {"13", "0", "55"})}));
}

TEST(MarkdownReal06, TableThreeRowsBlankCellsAndRowsThatLostTheirLabels) {
    const ReadDocument d = readDocument("r06_shanghaikewei_2024.md");
    using Table = std::vector<QStringList>;
    // Lines 100-106: header fragments with blank cells, rows with a blank ninth cell,
    // "三、" split from its row label, a row that lost its label. Separators are not rows.
    EXPECT_EQ(tableWithRow(d.document, labelled("一、本年新收政府信息公开申请数量", {"32", "2", "0", "0", "0", "0", "34", ""})),
              (Table{row({"业", "构", "益组织", "务机构", "", "", "", "", ""}),
                     labelled("一、本年新收政府信息公开申请数量", {"32", "2", "0", "0", "0", "0", "34", ""}),
                     labelled("二、上年结转政府信息公开申请数量", {"2", "0", "0", "0", "0", "0", "2", ""}),
                     labelled("三、", {"(一)予以公开", "9", "0", "0", "0", "0", "0", "9"}), zeros7()}));
    EXPECT_EQ(tableWithRow(d.document, labelled("1.属于国家秘密", {"0", "0", "0", "0", "0", "0", "0"})),
              (Table{labelled("1.属于国家秘密", {"0", "0", "0", "0", "0", "0", "0"}), zeros7(),
                     labelled("3.危及“三安全一稳定”", {"0", "0", "0", "0", "0", "0", "0"}),
                     labelled("4.保护第三方合法权益", {"0", "0", "0", "0", "0", "0", "0"})}));
    EXPECT_EQ(tableWithRow(d.document, labelled("6.属于四类过程性信息", {"1", "0", "0", "0", "0", "0", "1"})),
              (Table{row({"1", "0", "0", "0", "0", "0", "1"}), labelled("6.属于四类过程性信息", {"1", "0", "0", "0", "0", "0", "1"}),
                     labelled("7.属于行政执法案卷", {"0", "0", "0", "0", "0", "0", "0"}),
                     labelled("8.属于行政查询事项", {"0", "0", "0", "0", "0", "0", "0"}), row({"4", "0", "0", "0", "0", "0", "4"})}));
    EXPECT_EQ(tableWithRow(d.document, labelled("2.重复申请", {"0", "0", "0", "0", "0", "0", "0"})),
              (Table{row({"6", "0", "0", "0", "0", "0", "6"}), zeros7(),
                     labelled("1.信访举报投诉类申请", {"0", "0", "0", "0", "0", "0", "0"}),
                     labelled("2.重复申请", {"0", "0", "0", "0", "0", "0", "0"}),
                     labelled("3.要求提供公开出版物", {"0", "0", "0", "0", "0", "0", "0"})}));
    EXPECT_EQ(tableWithRow(d.document, row({"8", "2", "0", "0", "0", "0", "10"})),
              (Table{zeros7(), zeros7(), row({"8", "2", "0", "0", "0", "0", "10"})}));
    // Line 178: "| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 |  |" — the 总计 cell exists and is blank.
    const Table last = tableWithRow(d.document, labelled("(七)总计", {"33", "2", "0", "0", "0", "0", "35"}));
    EXPECT_EQ(last, (Table{zeros7(), labelled("3.其他", {"4", "0", "0", "0", "0", "0", "4"}),
                           labelled("(七)总计", {"33", "2", "0", "0", "0", "0", "35"}),
                           labelled("四、结转下年度继续办理", {"1", "0", "0", "0", "0", "0", ""})}));
    const int index = blockIndexOfRow(d.document, labelled("四、结转下年度继续办理", {"1", "0", "0", "0", "0", "0", ""}));
    ASSERT_GE(index, 0);
    const DocCell& blankTotal = d.document.blocks[index].table.rows[3].cells[7];
    EXPECT_TRUE(blankTotal.text.isEmpty());
    EXPECT_EQ(blankTotal.span.line, 178);
}

TEST(MarkdownReal06, LooseLabelFragmentsAreParagraphsNeverValues) {
    const ReadDocument d = readDocument("r06_shanghaikewei_2024.md");
    for (const char* fragment : {"(二)部分公开(区分处理的,只", "度办", "果", "止公开", "(三)不", "予公开", "府信息", "(六)其", "1"})
        EXPECT_NE(paragraph(d.document, QString::fromUtf8(fragment)), nullptr) << fragment;
    // No table has a one-cell row holding only a number.
    for (const std::vector<QStringList>& table : tablesOf(d.document))
        for (const QStringList& r : table) EXPECT_FALSE(r.size() == 1 && r[0] == QStringLiteral("1"));
}

TEST(MarkdownReal06, TableFourHeaderFragmentsAndFifteenValues) {
    const ReadDocument d = readDocument("r06_shanghaikewei_2024.md");
    const QStringList values = row({"1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"});
    EXPECT_EQ(tableWithRow(d.document, values),
              (std::vector<QStringList>{row({"维持", "纠正", "结果", "审结", "结果", "结果", "其他", "尚未", "结果", "结果", "其他", "尚未"}),
                                        values}));
    EXPECT_NE(paragraph(d.document, QStringLiteral("三、政府信息公开行政复议、行政诉讼情况")), nullptr);
}

TEST(MarkdownReal06, ReadAsMarkdown) {
    const Report r = readOrFail(realPath("r06_shanghaikewei_2024.md"));
    EXPECT_EQ(r.meta.format, QStringLiteral("markdown"));
}

}  // namespace
}  // namespace nianbao::test
