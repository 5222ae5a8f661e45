// The PDF reader: what it refuses, and the corpus through LibreOffice where installed.
#include "DocxFixture.h"
#include "ImportTestSupport.h"
#include "OfficialLayout.h"
#include "PdfFixture.h"

#include "import/InputFormat.h"
#include "import/PdfLayout.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace nianbao::test {
namespace {

// The cell texts of a document that is one table, row by row (empty if it is not).
std::vector<QStringList> tableRows(const StructuredDocument& d) {
    std::vector<QStringList> rows;
    if (d.blocks.size() != 1 || !d.blocks[0].isTable) return rows;
    for (const StructuredRow& r : d.blocks[0].table.rows) {
        QStringList cells;
        for (const StructuredCell& c : r.cells) cells << c.text;
        rows.push_back(cells);
    }
    return rows;
}

TEST(PdfReader, ScanWithoutTextLayerIsRefused) {
    const QByteArray pdf = scannedPdf();
    EXPECT_EQ(detectInputFormat(pdf), InputFormat::Pdf);
    EXPECT_EQ(readError(pdf, QStringLiteral("scan.pdf")), QStringLiteral("PDF 没有文字层（可能是扫描件），暂不支持 OCR"));
}

TEST(PdfReader, PasswordProtectedPdfIsRefused) {
    EXPECT_TRUE(readError(passwordProtectedPdf(), QStringLiteral("locked.pdf")).contains(QStringLiteral("PDF 已加密")));
}

TEST(PdfReader, DamagedPdfIsRefused) {
    EXPECT_FALSE(readError("%PDF-1.7\n%garbage only\n", QStringLiteral("broken.pdf")).isEmpty());
}

TEST(PdfLayout, WrappedLabelContinuesItsCellAndNumbersFindTheirColumns) {
    // Top-aligned label wrapped in its cell; the row's numbers on its first
    // baseline; the middle column blank in this row but not in the next.
    auto word = [](const char* text, double x, double y, double w) { return PdfWord{QString::fromUtf8(text), QRectF(x, y, w, 11)}; };
    PdfPage page;
    page.size = QSizeF(595, 842);
    page.words = {word("（二）部分公开（区分处理的，", 50, 100, 140), word("3", 220, 100, 6), word("3", 320, 100, 6),
                  word("只计这一情形）", 50, 112, 70),
                  word("（三）不予公开", 50, 130, 70), word("1", 220, 130, 6), word("2", 270, 130, 6), word("3", 320, 130, 6)};
    const StructuredDocument d = layoutPdfPages({page});
    ASSERT_EQ(d.blocks.size(), 1u);
    const StructuredTable& t = d.blocks[0].table;
    ASSERT_EQ(t.rows.size(), 2u);
    ASSERT_EQ(t.rows[0].cells.size(), 4u);
    EXPECT_EQ(t.rows[0].cells[0].text, QStringLiteral("（二）部分公开（区分处理的，只计这一情形）"));
    EXPECT_EQ(t.rows[0].cells[2].text, QString());  // the blank middle column
    EXPECT_EQ(t.rows[0].cells[3].text, QStringLiteral("3"));
}

TEST(PdfLayout, CentredFormRowsAnchorOnTheirNumbers) {
    // Header words broken over two lines; a three-line label with its
    // numbers beside the middle line; a group label left of the row labels,
    // centred on its two rows; the 商业企业 column blank in every row, found
    // from its header.
    auto word = [](const char* text, double x, double y, double w) { return PdfWord{QString::fromUtf8(text), QRectF(x, y, w, 10)}; };
    PdfPage page;
    page.size = QSizeF(595, 842);
    page.words = {word("自然", 200, 50, 20), word("商业", 240, 50, 20), word("总计", 280, 56, 20),
                  word("人", 205, 62, 10),   word("企业", 240, 62, 20),
                  word("1.本机关不掌握", 100, 100, 60), word("相关政府信", 100, 113, 50), word("10", 205, 113, 12),
                  word("10", 283, 113, 12), word("息", 100, 126, 10), word("（四）无法提供", 50, 131, 45),
                  word("2.没有现成信息", 100, 150, 60), word("3", 207, 150, 6), word("3", 285, 150, 6)};
    const std::vector<QStringList> rows = tableRows(layoutPdfPages({page}));
    const std::vector<QStringList> expected = {
        {QStringLiteral("自然人"), QStringLiteral("商业企业"), QStringLiteral("总计")},
        {QStringLiteral("（四）无法提供")},
        {QStringLiteral("1.本机关不掌握相关政府信息"), QStringLiteral("10"), QString(), QStringLiteral("10")},
        {QStringLiteral("2.没有现成信息"), QStringLiteral("3"), QString(), QStringLiteral("3")},
    };
    EXPECT_EQ(rows, expected);
}

TEST(PdfLayout, TopAlignedTwoLevelLabelsWrapBelowTheirNumbersAndOverAPageBreak) {
    // The geometry LibreOffice prints for table 三 (cells top-aligned, 10.5pt
    // 宋体 in narrow columns): the tail of a label spanning group and item
    // columns runs down beside the next row's numbers; the group cell
    // "（三）不予公开" and the item "1.属于国家秘密" both open on that row's
    // value line (the item's box a little higher) and wrap differently; the
    // last item on page 1 goes on at the top of page 2.
    auto word = [](const char* text, double x, double y, double w) { return PdfWord{QString::fromUtf8(text), QRectF(x, y, w, 13.7)}; };
    auto value = [](const char* text, double x, double y) { return PdfWord{QString::fromUtf8(text), QRectF(x, y, 7, 14.3)}; };
    PdfPage first;
    first.size = QSizeF(595, 842);
    first.words = {word("（二）部分公开（区", 98.1, 105.8, 76), value("17", 194.1, 103.5), value("0", 242.1, 103.5),
                   word("分处理的，只计这", 98.1, 120.9, 77), word("一情形，不计其他", 98.1, 136, 77),
                   word("情形）", 98.1, 151.1, 25.3),
                   word("（三）", 98.1, 166.7, 31.5), word("1.属于", 146.1, 166.3, 31.5), value("0", 194.1, 164.4),
                   value("4", 242.1, 164.4), word("不予公", 98.1, 181.8, 31.5), word("国家秘", 146.1, 181.8, 31.5),
                   word("开", 98.1, 196.9, 10.5), word("密", 146.1, 196.9, 10.5),
                   word("2.其他", 146.1, 212.1, 31.5), value("5", 194.1, 210.2), value("0", 242.1, 210.2),
                   word("法律行", 146.1, 227.6, 31.5), word("政法规", 146.1, 242.7, 31.5), word("禁止公", 146.1, 257.8, 31.5),
                   word("开", 146.1, 272.9, 10.5),
                   word("2.没有", 146.1, 699.3, 31.5), value("6", 194.1, 697.4), value("1", 242.1, 697.4),
                   word("现成信", 146.1, 714.8, 31.5), word("息需要", 146.1, 729.9, 31.5), word("另行制", 146.1, 745, 31.5)};
    PdfPage second;
    second.size = QSizeF(595, 842);
    second.words = {word("作", 146.1, 74.6, 10.5), word("3.补正", 146.1, 89.8, 31.5), value("0", 194.1, 87.9),
                    value("2", 242.1, 87.9), word("后申请", 146.1, 105.3, 31.5)};
    const std::vector<QStringList> rows = tableRows(layoutPdfPages({first, second}));
    const std::vector<QStringList> expected = {
        {QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), QStringLiteral("17"), QStringLiteral("0")},
        {QStringLiteral("（三）不予公开")},
        {QStringLiteral("1.属于国家秘密"), QStringLiteral("0"), QStringLiteral("4")},
        {QStringLiteral("2.其他法律行政法规禁止公开"), QStringLiteral("5"), QStringLiteral("0")},
        {QStringLiteral("2.没有现成信息需要另行制作"), QStringLiteral("6"), QStringLiteral("1")},
        {QStringLiteral("3.补正后申请"), QStringLiteral("0"), QStringLiteral("2")},
    };
    EXPECT_EQ(rows, expected);
}

TEST(PdfLayout, CentredLabelOpeningAPageStaysWithItsRow) {
    // Cells vertically centred: a two-line label on page 1, then a three-line
    // label whose first line, on top of page 2, lies above its numbers — the
    // first row of that page, not the tail of the row before.
    auto word = [](const char* text, double x, double y, double w) { return PdfWord{QString::fromUtf8(text), QRectF(x, y, w, 10)}; };
    PdfPage first;
    first.size = QSizeF(595, 842);
    first.words = {word("行政许可事项", 50, 694, 60), word("1", 200, 700, 6), word("2", 250, 700, 6), word("（含备案）", 50, 706, 50),
                   word("行政处罚", 50, 760, 40), word("3", 200, 760, 6), word("4", 250, 760, 6)};
    PdfPage second;
    second.size = QSizeF(595, 842);
    second.words = {word("其他对外管理", 50, 88, 60), word("服务事项（含", 50, 100, 60), word("5", 200, 100, 6),
                    word("6", 250, 100, 6), word("行政确认）", 50, 112, 50)};
    const std::vector<QStringList> expected = {
        {QStringLiteral("行政许可事项（含备案）"), QStringLiteral("1"), QStringLiteral("2")},
        {QStringLiteral("行政处罚"), QStringLiteral("3"), QStringLiteral("4")},
        {QStringLiteral("其他对外管理服务事项（含行政确认）"), QStringLiteral("5"), QStringLiteral("6")},
    };
    EXPECT_EQ(tableRows(layoutPdfPages({first, second})), expected);
}

// PDFs converted by LibreOffice from the corpus DOCX fixtures: real fonts,
// real table layout, the way reports are published.
TEST(PdfReader, LibreOfficeConvertedCorpusMatchesText) {
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) GTEST_SKIP() << "LibreOffice (soffice) is not installed; apt-get install libreoffice-writer-nogui";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList inputs;
    for (const char* corpus : kCorpusFiles) {
        const QString path = dir.filePath(QString::fromLatin1(corpus).left(3) + QStringLiteral(".docx"));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(docxFrom(officialLayout(corpusReport(corpus))));
        inputs.append(path);
    }
    QProcess office;
    office.start(soffice, QStringList{QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                                      QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                      QStringLiteral("--outdir"), dir.path()} + inputs);
    ASSERT_TRUE(office.waitForFinished(240000)) << "LibreOffice did not finish";
    for (const char* corpus : kCorpusFiles) {
        SCOPED_TRACE(corpus);
        QFile pdf(dir.filePath(QString::fromLatin1(corpus).left(3) + QStringLiteral(".pdf")));
        ASSERT_TRUE(pdf.open(QIODevice::ReadOnly)) << "LibreOffice produced no PDF: " << office.readAllStandardError().toStdString();
        const Report text = corpusReport(corpus);
        const Report imported = readBytesOrFail(pdf.readAll(), pdf.fileName());
        ASSERT_FALSE(imported.tables.empty());
        EXPECT_EQ(imported.meta.format, QStringLiteral("pdf"));
        expectSameTables(text, imported);
        EXPECT_EQ(balanceFindingCells(imported), balanceFindingCells(text));
    }
}

}  // namespace
}  // namespace nianbao::test
