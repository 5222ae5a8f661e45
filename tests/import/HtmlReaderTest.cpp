// The HTML reader: grids from rowspan/colspan, encodings, pages without a report.
#include "HtmlFixture.h"
#include "ImportTestSupport.h"
#include "OfficialLayout.h"

#include "import/HtmlBodyReader.h"
#include "import/HtmlEncoding.h"
#include "import/InputFormat.h"

#include <QStringEncoder>

namespace nianbao::test {
namespace {

const QString kSections = QStringLiteral(
    "<p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>"
    "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p>");

TEST(HtmlReader, RowspanPositionsBecomeEmptyContinuationCells) {
    const HtmlBody body = readHtmlBody(kSections + QStringLiteral(
        "<table><tr><td rowspan=\"2\">（三）不予公开</td><td>1.属于国家秘密</td><td colspan=\"2\">0</td></tr>"
        "<tr><td>2.其他法律行政法规禁止公开</td><td>3</td><td>4</td></tr>"
        "<tr><td rowspan=\"0\">x</td><td>y</td></tr><tr><td>z</td></tr></table>"));
    ASSERT_TRUE(body.ok()) << body.error.toStdString();
    const StructuredTable* table = nullptr;
    for (const StructuredBlock& b : body.document.blocks)
        if (b.isTable) table = &b.table;
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rows.size(), 4u);
    EXPECT_EQ(table->rows[0].cells[0].rowSpan, 2);
    EXPECT_EQ(table->rows[0].cells[2].columnSpan, 2);
    ASSERT_EQ(table->rows[1].cells.size(), 4u);
    EXPECT_TRUE(table->rows[1].cells[0].continuation);
    EXPECT_EQ(table->rows[1].cells[1].text, QStringLiteral("2.其他法律行政法规禁止公开"));
    EXPECT_TRUE(table->rows[3].cells[0].continuation);  // rowspan="0" runs to the end of the table
}

TEST(HtmlReader, NavigationScriptsAndFooterAreNotTheReport) {
    const Report r = readBytesOrFail(portalPage(officialLayout(corpusReport(kCorpusFiles[2])), QStringLiteral("utf-8")),
                                     QStringLiteral("page.html"));
    for (int line = 1; line <= r.source.lineCount(); ++line) {
        const QString text = r.source.originalLine(line);
        EXPECT_FALSE(text.contains(QStringLiteral("当前位置")) || text.contains(QStringLiteral("网站标识码")) ||
                     text.contains(QStringLiteral("var menu")) || text.contains(QStringLiteral("相关链接")))
            << "line " << line << ": " << text.toStdString();
    }
}

TEST(HtmlReader, PageWithoutReportIsRefused) {
    const QByteArray page = "<!DOCTYPE html><html><head><title>政府信息公开</title></head><body><nav><a href=\"/\">首页</a></nav>"
                            "<ul><li><a href=\"/1\">2020年政府信息公开工作年度报告</a></li><li><a href=\"/2\">政府信息公开指南</a></li></ul>"
                            "</body></html>";
    EXPECT_EQ(detectInputFormat(page), InputFormat::Html);
    EXPECT_TRUE(readError(page, QStringLiteral("list.html")).contains(QStringLiteral("没有找到政府信息公开工作年度报告正文")));
}

TEST(HtmlReader, EncodingFromHttpEquivMetaCharsetBomOrGuess) {
    const StructuredDocument layout = officialLayout(corpusReport(kCorpusFiles[4]));
    const QByteArray httpEquiv = portalPage(layout, QStringLiteral("gb2312"), CharsetDeclaration::HttpEquiv);
    EXPECT_EQ(declaredHtmlCharset(httpEquiv), QStringLiteral("gb2312"));
    EXPECT_EQ(readBytesOrFail(httpEquiv, QStringLiteral("a.html")).meta.encoding, QStringLiteral("GB18030"));

    QStringEncoder gbk("GB18030");
    const QByteArray undeclared = portalPage(layout, QStringLiteral("gbk"), CharsetDeclaration::None);
    EXPECT_EQ(declaredHtmlCharset(undeclared), QString());
    EXPECT_EQ(readBytesOrFail(undeclared, QStringLiteral("b.html")).meta.encoding, QStringLiteral("GB18030"));

    const QByteArray bom = "\xEF\xBB\xBF" + portalPage(layout, QStringLiteral("utf-8"), CharsetDeclaration::None);
    const Report withBom = readBytesOrFail(bom, QStringLiteral("c.html"));
    EXPECT_EQ(withBom.meta.encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(withBom.meta.byteOrderMark);

    // A page that declares UTF-8 but is GBK: the declaration cannot decode it, the guess can.
    QByteArray lying = portalPage(layout, QStringLiteral("gbk"), CharsetDeclaration::None);
    lying.replace("<head>", "<head><meta charset=\"utf-8\">");
    EXPECT_EQ(readBytesOrFail(lying, QStringLiteral("d.html")).meta.encoding, QStringLiteral("GB18030"));
}

TEST(HtmlReader, TitleOutsideTheArticleIsKept) {
    const QByteArray page = QStringLiteral(
        "<html><body><div class=\"side\"><a href=\"/x\">2019年政府信息公开工作年度报告</a></div>"
        "<div class=\"main\"><h1 class=\"title\">某某区2021年政府信息公开工作年度报告</h1><div class=\"info\">发布日期：2022-01-20</div>"
        "<div class=\"content\">%1</div></div></body></html>").arg(kSections).toUtf8();
    const Report r = readBytesOrFail(page, QStringLiteral("t.html"));
    EXPECT_EQ(r.source.originalLine(1), QStringLiteral("某某区2021年政府信息公开工作年度报告"));
    EXPECT_EQ(r.meta.year, 2021);
}

}  // namespace
}  // namespace nianbao::test
