// A real published PDF (WPS export, corpus/real/r02): its tables read by
// hand from the rendered pages, asserted row by row at the level of the
// document the PDF reader produces.
#include "ImportTestSupport.h"

#include "import/PdfImporter.h"

#include <QFile>
#include <QRegularExpression>

namespace nianbao::test {
namespace {

using Rows = std::vector<QStringList>;

// Labels are compared as the document holds them: NFKC ("（" → "(", "，" → ",").
QString folded(const char* text) {
    return normalizeLine(QString::fromUtf8(text)).text;
}

QStringList row(const char* label, std::initializer_list<const char*> values) {
    QStringList cells{folded(label)};
    for (const char* v : values) cells << QString::fromUtf8(v);
    return cells;
}

QStringList zeros(const char* label) {
    return row(label, {"0", "0", "0", "0", "0", "0", "0"});
}

class HongzequPdf : public testing::Test {
protected:
    static void SetUpTestSuite() {
        QFile file(corpusPath("real/r02_hongzequ_2023.pdf"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "missing corpus file " << file.fileName().toStdString();
        result_ = new ImportResult(PdfImporter().import(file.readAll(), file.fileName()));
        ASSERT_TRUE(result_->ok()) << result_->error.toStdString();
    }
    static void TearDownTestSuite() {
        delete result_;
        result_ = nullptr;
    }

    // The rows of the table holding a row labelled `label`, as cell texts.
    static Rows tableWith(const char* label) {
        for (const DocBlock& block : result_->document.blocks) {
            if (block.kind != DocBlock::Kind::Table) continue;
            Rows rows;
            bool found = false;
            for (const DocRow& r : block.table.rows) {
                QStringList cells;
                for (const DocCell& c : r.cells) cells << c.text;
                found = found || (!cells.isEmpty() && cells.front() == folded(label));
                rows.push_back(cells);
            }
            if (found) return rows;
        }
        ADD_FAILURE() << "no table with a row " << label;
        return {};
    }

    static inline ImportResult* result_ = nullptr;
};

// Table 三 as printed: the 2019 layout (one （六）其他处理 row), the typo
// "行政止公开" kept, wrapped labels joined, stray spaces of the justification
// gone, group labels (the vertical 三、本年度办理结果 and the merged
// （三）（四）（五）) as label-only rows opening their groups, the table
// crossing from page 3 to page 4 without losing or splitting a row.
TEST_F(HongzequPdf, RequestsTableRowByRow) {
    const Rows expected = {
        {folded("申请人情况")},
        {folded("法人或其他组织")},
        {folded("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")},
        {folded("自然人"), folded("商业企业"), folded("科研机构"), folded("社会公益组织"), folded("法律服务机构"), folded("其他"),
         folded("总计")},
        row("一、本年新收政府信息公开申请数量", {"21", "0", "0", "0", "0", "0", "21"}),
        zeros("二、上年结转政府信息公开申请数量"),
        {folded("三、本年度办理结果")},
        zeros("（一）予以公开"),
        row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", {"4", "0", "0", "0", "0", "0", "4"}),
        {folded("（三）不予公开")},
        row("1.属于国家秘密", {"1", "0", "0", "0", "0", "0", "1"}),
        zeros("2.其他法律行政止公开"),
        zeros("3.危及“三安全一稳定”"),
        zeros("4.保护第三方合法权益"),
        zeros("5.属于三类内部事务信息"),
        row("6.属于四类过程性信息", {"1", "0", "0", "0", "0", "0", "1"}),
        row("7.属于行政执法案卷", {"1", "0", "0", "0", "0", "0", "1"}),
        zeros("8.属于行政查询事项"),
        {folded("（四）无法提供")},
        row("1.本机关不掌握相关政府信息", {"10", "0", "0", "0", "0", "0", "10"}),
        row("2.没有现成信息需要另行制作", {"3", "0", "0", "0", "0", "0", "3"}),
        zeros("3.补正后申请内容仍不明确"),
        {folded("（五）不予处理")},
        row("1.信访举报投诉类申请", {"1", "0", "0", "0", "0", "0", "1"}),
        zeros("2.重复申请"),
        zeros("3.要求提供公开出版物"),
        zeros("4.无正当理由大量反复申请"),
        zeros("5.要求行政机关确认或重新出具已获取信息"),
        zeros("（六）其他处理"),
        row("（七）总计", {"21", "0", "0", "0", "0", "0", "21"}),
        zeros("四、结转下年度继续办理"),
    };
    const Rows actual = tableWith("一、本年新收政府信息公开申请数量");
    ASSERT_EQ(actual.size(), expected.size());
    for (size_t r = 0; r < expected.size(); ++r) EXPECT_EQ(actual[r], expected[r]) << "row " << r;
}

// Table 四: a three-level header with words broken over two lines ("结果"
// over "维持"), then the 15 numbers in one row.
TEST_F(HongzequPdf, ReviewsTableHeaderAndFifteenValues) {
    const Rows actual = tableWith("行政复议");
    ASSERT_EQ(actual.size(), 4u);
    EXPECT_EQ(actual[0], (QStringList{folded("行政复议"), folded("行政诉讼")}));
    EXPECT_EQ(actual[1], (QStringList{folded("未经复议直接起诉"), folded("复议后起诉")}));
    QStringList leaves;
    for (int group = 0; group < 3; ++group)
        for (const char* label : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) leaves << folded(label);
    EXPECT_EQ(actual[2], leaves);
    EXPECT_EQ(actual[3], (QStringList{"10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0"}));
}

// Table 二: each item under its heading, the last item's heading at the foot
// of page 2 and its rows on page 3.
TEST_F(HongzequPdf, ActiveDisclosureItems) {
    const Rows expected = {
        {folded("第二十条第（一）项")},
        {folded("信息内容"), folded("本年制发件数"), folded("本年废止件数"), folded("现行有效件数")},
        row("规章", {"0", "0", "0"}),
        row("行政规范性文件", {"0", "5", "5"}),
        {folded("第二十条第（五）项")},
        {folded("信息内容"), folded("本年处理决定数量")},
        row("行政许可", {"550"}),
        {folded("第二十条第（六）项")},
        {folded("信息内容"), folded("本年处理决定数量")},
        row("行政处罚", {"4119"}),
        row("行政强制", {"195"}),
        {folded("第二十条第（八）项")},
        {folded("信息内容"), folded("本年收费金额（单位：万元）")},
        row("行政事业性收费", {"7730.28"}),
    };
    const Rows actual = tableWith("第二十条第（一）项");
    ASSERT_EQ(actual.size(), expected.size());
    for (size_t r = 0; r < expected.size(); ++r) EXPECT_EQ(actual[r], expected[r]) << "row " << r;
}

// Page numbers ("-3-") are furniture: in no paragraph and no cell; the
// section headings around the tables stay paragraphs.
TEST_F(HongzequPdf, PageNumbersDroppedAndHeadingsKept) {
    static const QRegularExpression pageNumber(QStringLiteral("-\\s*\\d\\s*-"));
    QStringList paragraphs;
    for (const DocBlock& block : result_->document.blocks) {
        if (block.kind == DocBlock::Kind::Paragraph) paragraphs << block.paragraph.text;
        for (const DocRow& r : block.table.rows)
            for (const DocCell& c : r.cells) EXPECT_FALSE(c.text.contains(pageNumber)) << c.text.toStdString();
    }
    for (const QString& p : paragraphs) EXPECT_FALSE(p.contains(pageNumber)) << p.toStdString();
    EXPECT_TRUE(paragraphs.contains(folded("三、收到和处理政府信息公开申请情况")));
    EXPECT_TRUE(paragraphs.contains(folded("四、政府信息公开行政复议、行政诉讼情况")));
}

}  // namespace
}  // namespace nianbao::test
