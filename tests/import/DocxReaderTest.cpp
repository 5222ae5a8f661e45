// The DOCX reader on the constructs Word produces and the damage it meets.
#include "DocxFixture.h"
#include "ImportTestSupport.h"
#include "OfficialLayout.h"

#include "import/DocxBodyReader.h"
#include "import/Importer.h"
#include "import/ZipPart.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace nianbao::test {
namespace {

QString p(const QString& runsXml) { return QStringLiteral("<w:p>") + runsXml + QStringLiteral("</w:p>"); }
QString r(const QString& text) { return QStringLiteral("<w:r><w:t>%1</w:t></w:r>").arg(text); }

StructuredDocument body(const QString& xml) {
    const DocxBody b = readDocxBody(documentXml(xml));
    EXPECT_TRUE(b.ok()) << b.error.toStdString();
    return b.document;
}

TEST(DocxReader, NumberSplitOverRunsIsOneNumber) {
    const StructuredDocument d = body(p(r("收到申请1") + QStringLiteral("<w:r><w:rPr><w:b/></w:rPr><w:t>2</w:t></w:r>") + r("3件")));
    ASSERT_EQ(d.blocks.size(), 1u);
    EXPECT_EQ(d.blocks[0].paragraph, QStringLiteral("收到申请123件"));
}

TEST(DocxReader, TrackedChangesKeepInsertionsAndDropDeletions) {
    const StructuredDocument d = body(p(r("予以公开") + QStringLiteral("<w:del w:id=\"1\"><w:r><w:delText>12</w:delText></w:r></w:del>") +
                                        QStringLiteral("<w:ins w:id=\"2\"><w:r><w:t>15</w:t></w:r></w:ins>") + r("件")));
    EXPECT_EQ(d.blocks.at(0).paragraph, QStringLiteral("予以公开15件"));
}

TEST(DocxReader, FieldResultKeptInstructionDropped) {
    const StructuredDocument d = body(p(r("第") + QStringLiteral("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                                                                "<w:r><w:instrText> PAGE </w:instrText></w:r>"
                                                                "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>") +
                                        r("3") + QStringLiteral("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>") + r("页") +
                                        QStringLiteral("<w:fldSimple w:instr=\"NUMPAGES\"><w:r><w:t>共9页</w:t></w:r></w:fldSimple>")));
    EXPECT_EQ(d.blocks.at(0).paragraph, QStringLiteral("第3页共9页"));
}

TEST(DocxReader, BookmarksAndCommentsLeaveNoText) {
    const StructuredDocument d =
        body(p(QStringLiteral("<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/>") + r("一、总体") +
               QStringLiteral("<w:commentRangeStart w:id=\"1\"/>") + r("情况") + QStringLiteral("<w:commentRangeEnd w:id=\"1\"/>"
                                                                                  "<w:r><w:commentReference w:id=\"1\"/></w:r>"
                                                                                  "<w:bookmarkEnd w:id=\"0\"/>")));
    EXPECT_EQ(d.blocks.at(0).paragraph, QStringLiteral("一、总体情况"));
}

TEST(DocxReader, GridSpanAndVerticalMerge) {
    const QString xml = QStringLiteral(
        "<w:tbl><w:tr>"
        "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>（三）不予公开</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>1.属于国家秘密</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>stale</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>2.其他法律行政法规禁止公开</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>4</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
    const StructuredDocument d = body(xml);
    ASSERT_EQ(d.blocks.size(), 1u);
    const StructuredTable& t = d.blocks[0].table;
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].cells[0].rowSpan, 2);
    EXPECT_EQ(t.rows[0].cells[1].columnSpan, 2);
    EXPECT_TRUE(t.rows[1].cells[0].continuation);
    EXPECT_EQ(t.rows[1].cells[0].text, QString());  // a continuation shows the merged cell, not its own text
    EXPECT_EQ(t.rows[1].cells[2].text, QStringLiteral("4"));
}

TEST(DocxReader, NestedTableRowsFollowTheirRowIndented) {
    const QString xml = QStringLiteral(
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外层</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>行政许可</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>8388</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p/></w:tc><w:tc><w:p><w:r><w:t>右</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
    const QByteArray docx = docxPackage(documentXml(xml));
    const ImportResult result = importDocument(docx, QStringLiteral("nested.docx"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(result.document.blocks.size(), 1u);
    const DocTable& t = result.document.blocks[0].table;
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[1].cells[1].text, QStringLiteral("8388"));
    const SourceSpan span = t.rows[1].cells[1].span;
    EXPECT_EQ(result.source.originalLine(span.line), QStringLiteral("\t行政许可 | 8388"));
    EXPECT_EQ(result.source.originalLine(span.line).mid(span.column, span.endColumn - span.column), QStringLiteral("8388"));
}

TEST(DocxReader, DeletedTableRowIsDropped) {
    const StructuredDocument d = body(QStringLiteral(
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>保留</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:trPr><w:del w:id=\"3\"/></w:trPr><w:tc><w:p><w:r><w:t>删除</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"));
    ASSERT_EQ(d.blocks.at(0).table.rows.size(), 1u);
    EXPECT_EQ(d.blocks[0].table.rows[0].cells[0].text, QStringLiteral("保留"));
}

TEST(DocxReader, CorpusDocxIsDetectedByContentWhateverItsName) {
    const QByteArray docx = docxFrom(officialLayout(corpusReport(kCorpusFiles[0])));
    EXPECT_EQ(detectInputFormat(docx), InputFormat::Docx);
    EXPECT_EQ(readBytesOrFail(docx, QStringLiteral("report.txt")).meta.format, QStringLiteral("docx"));
}

TEST(DocxReader, DamagedZipIsRefused) {
    QByteArray docx = docxFrom(officialLayout(corpusReport(kCorpusFiles[0])));
    docx.truncate(docx.size() / 2);  // central directory gone
    EXPECT_TRUE(readError(docx, QStringLiteral("damaged.docx")).contains(QStringLiteral("已损坏")));
}

TEST(DocxReader, CorruptedMemberFailsItsChecksum) {
    QByteArray docx = zipArchive({{QStringLiteral("word/document.xml"), documentXml(QString(2000, QLatin1Char('x')))}});
    const qsizetype data = docx.indexOf("word/document.xml") + 17;  // compressed bytes follow the local header's name
    for (qsizetype i = data + 4; i < data + 24; ++i) docx[i] = char(docx[i] ^ 0x5a);
    EXPECT_TRUE(readError(docx, QStringLiteral("corrupt.docx")).contains(QStringLiteral("损坏")));
}

TEST(DocxReader, ZipWithoutDocumentXmlIsNotWord) {
    const QByteArray zip = zipArchive({{QStringLiteral("xl/workbook.xml"), "<workbook/>"}});
    EXPECT_TRUE(readError(zip, QStringLiteral("book.xlsx")).contains(QStringLiteral("缺少 word/document.xml")));
}

TEST(DocxReader, MalformedXmlNamesTheLine) {
    const QByteArray docx = docxPackage("<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                                        "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>一</w:t></w:p></w:body>");
    const QString error = readError(docx, QStringLiteral("bad.docx"));
    EXPECT_TRUE(error.contains(QStringLiteral("不是合法的 XML"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("第 2 行"))) << error.toStdString();
}

TEST(DocxReader, ZipBombIsRefusedByDeclaredAndByCountedSize) {
    // 80 MiB of one byte deflates to about 80 KB: past the cap once inflated.
    const QByteArray bomb = zipArchive({{QStringLiteral("word/document.xml"), QByteArray(80 * 1024 * 1024, ' ')}});
    EXPECT_LT(bomb.size(), 1024 * 1024);
    EXPECT_TRUE(readError(bomb, QStringLiteral("bomb.docx")).contains(QStringLiteral("ZIP 炸弹")));
    // A member that lies about its size: the counted bytes still stop it.
    const ZipPartResult small = readZipPart(bomb, QStringLiteral("word/document.xml"), 1024 * 1024);
    EXPECT_FALSE(small.ok());
    QByteArray lying = bomb;
    const qsizetype central = lying.lastIndexOf("PK\x01\x02");
    ASSERT_GT(central, 0);
    lying[central + 24] = 0x10;  // central directory: uncompressed size := 16 bytes
    lying[central + 25] = lying[central + 26] = lying[central + 27] = 0;
    const ZipPartResult counted = readZipPart(lying, QStringLiteral("word/document.xml"));
    EXPECT_FALSE(counted.ok());
}

TEST(DocxReader, CliReportsFormatAndRefusesDamageWithExitTwo) {
    const QString dir = QDir::tempPath() + QStringLiteral("/nianbao-import-cli");
    QDir().mkpath(dir);
    QFile good(dir + QStringLiteral("/report.docx"));
    ASSERT_TRUE(good.open(QIODevice::WriteOnly));
    good.write(docxFrom(officialLayout(corpusReport(kCorpusFiles[3]))));
    good.close();
    QFile bad(dir + QStringLiteral("/broken.docx"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(zipArchive({{QStringLiteral("readme.txt"), "hello"}}));
    bad.close();

    QProcess cli;
    cli.start(QStringLiteral(NIANBAO_CLI), {QStringLiteral("check"), QStringLiteral("--json"), good.fileName()});
    ASSERT_TRUE(cli.waitForFinished(30000));
    EXPECT_EQ(cli.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    EXPECT_EQ(json.value(QStringLiteral("format")).toString(), QStringLiteral("docx"));

    cli.start(QStringLiteral(NIANBAO_CLI), {QStringLiteral("check"), bad.fileName()});
    ASSERT_TRUE(cli.waitForFinished(30000));
    EXPECT_EQ(cli.exitCode(), 2);
    EXPECT_TRUE(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("缺少 word/document.xml")));
}

}  // namespace
}  // namespace nianbao::test
