// Hostile documents may not take the machine: each test generates the input
// that used to cost gigabytes or minutes, and asserts that it is now refused
// or read (and exported) within a budget. Budgets are generous — many times
// what the run takes here — and far below what the unbounded code took
// (the quadratic readers failed them by 10×), so they cannot flake and
// cannot pass by luck.
#include "TestSupport.h"

#include "DocxFixture.h"
#include "export/PrintedReport.h"
#include "import/DocxBodyReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <cstdio>

namespace nianbao::test {
namespace {

// What the CLI may use to read and export one hostile report: the unbounded
// DOCX export took 4.5 GB, the entity expansion 4.6 GB.
constexpr qint64 kAddressSpaceBudget = qint64(2) * 1024 * 1024 * 1024;
constexpr qint64 kCliMilliseconds = 20000;
constexpr qint64 kReadMilliseconds = 10000;  // for inputs refused before any work

// How long Qt's XML tokenizer alone takes over `xml`: the floor for any
// reader of it. Reading hostile markup may cost a small multiple of this
// (the reader's own work is linear); the quadratic code took about 20 times
// as long. Measured right before the read, so a loaded machine slows both.
qint64 tokenizeMilliseconds(const QByteArray& xml) {
    QElapsedTimer timer;
    timer.start();
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) reader.readNext();
    return timer.elapsed();
}
// Under AddressSanitizer the reader's own code runs instrumented and Qt's
// tokenizer does not, so the ratio grows; the quadratic code stays far beyond.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kLinearReadFactor = 24;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int kLinearReadFactor = 24;
#else
constexpr int kLinearReadFactor = 8;
#endif
#else
constexpr int kLinearReadFactor = 8;
#endif


QString xmlEscaped(const QString& text) {
    return text.toHtmlEscaped();
}

// The corpus report as paragraphs, so the hostile part sits inside something
// the reader accepts as an annual report and the export really runs.
QString reportParagraphs(const char* name) {
    QString body;
    for (const QString& line : corpusText(name).split(QLatin1Char('\n')))
        body += QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">%1</w:t></w:r></w:p>").arg(xmlEscaped(line));
    return body;
}

// A table of `rows` rows of `cells` cells, each spanning `span` grid columns.
QString wideTable(int rows, int cells, int span) {
    QString row;
    for (int c = 0; c < cells; ++c)
        row += QStringLiteral("<w:tc><w:tcPr><w:gridSpan w:val=\"%1\"/></w:tcPr><w:p><w:r><w:t>格%2</w:t></w:r></w:p></w:tc>").arg(span).arg(c);
    QString table = QStringLiteral("<w:tbl>");
    for (int r = 0; r < rows; ++r) table += QStringLiteral("<w:tr>") + row + QStringLiteral("</w:tr>");
    return table + QStringLiteral("</w:tbl>");
}

CliRun runWithinBudget(const QStringList& args, QElapsedTimer* timer) {
    timer->start();
    return runCli(args, CliLimits{0, kAddressSpaceBudget});
}

TEST(HostileDocx, DtdIsRefusedBeforeAnyEntityIsExpanded) {
    // "Billion laughs": 1 KB entities referenced 200,000 times would expand to 200 MB of text.
    QString references;
    for (int i = 0; i < 200000; ++i) references += QStringLiteral("&e;");
    const QByteArray xml = QStringLiteral(
                               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<!DOCTYPE w:document [<!ENTITY e \"%1\">]>"
                               "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                               "<w:body><w:p><w:r><w:t>%2</w:t></w:r></w:p></w:body></w:document>")
                               .arg(QString(1024, QLatin1Char('a')), references)
                               .toUtf8();
    QElapsedTimer timer;
    timer.start();
    const DocxBody body = readDocxBody(xml);
    EXPECT_LT(timer.elapsed(), kReadMilliseconds);
    EXPECT_TRUE(body.error.contains(QStringLiteral("DTD"))) << body.error.toStdString();
    EXPECT_TRUE(body.document.blocks.empty());

    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("entities.docx"), docxPackage(xml));
    EXPECT_LT(QFileInfo(path).size(), 64 * 1024);  // a small file: the danger is all in the expansion
    const CliRun r = runWithinBudget({QStringLiteral("check"), path}, &timer);
    EXPECT_LT(timer.elapsed(), kCliMilliseconds);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("DTD"))) << r.err.toStdString();
}

TEST(HostileDocx, TwoHundredThousandOpenFieldsAreReadInLinearTime) {
    // Each field is begun and separated but never ended, so every one stays
    // open; its result text ("1") is what the page shows. (The instruction
    // runs are left out: they do not change the cost, only the file's size.)
    const QString field = QStringLiteral(
        "<w:r><w:fldChar w:fldCharType=\"begin\"/><w:fldChar w:fldCharType=\"separate\"/><w:t>1</w:t></w:r>");
    QString paragraph = QStringLiteral("<w:p>");
    for (int i = 0; i < 200000; ++i) paragraph += field;
    paragraph += QStringLiteral("</w:p>");
    const QByteArray xml = documentXml(paragraph);
    const qint64 floor = tokenizeMilliseconds(xml);
    QElapsedTimer timer;
    timer.start();
    const DocxBody body = readDocxBody(xml);
    EXPECT_LT(timer.elapsed(), kLinearReadFactor * floor + 1000) << "tokenizing alone took " << floor << " ms";
    ASSERT_TRUE(body.ok()) << body.error.toStdString();
    ASSERT_EQ(body.document.blocks.size(), 1u);
    EXPECT_EQ(body.document.blocks[0].paragraph.size(), 200000);
    EXPECT_EQ(body.document.blocks[0].paragraph.count(QLatin1Char('1')), 200000);  // no instruction text leaked in
}

TEST(HostileDocx, HundredThousandVerticalMergesAreResolvedInLinearTime) {
    // Row 1: 100,000 cells that each restart a vertical merge; row 2 continues every one.
    QString restart, next;
    for (int c = 0; c < 100000; ++c) {
        restart += QStringLiteral("<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p/></w:tc>");
        next += QStringLiteral("<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>");
    }
    const QString table = QStringLiteral("<w:tbl><w:tr>%1</w:tr><w:tr>%2</w:tr></w:tbl>").arg(restart, next);
    const QByteArray xml = documentXml(table);
    const qint64 floor = tokenizeMilliseconds(xml);
    QElapsedTimer timer;
    timer.start();
    const DocxBody body = readDocxBody(xml);
    EXPECT_LT(timer.elapsed(), kLinearReadFactor * floor + 1000) << "tokenizing alone took " << floor << " ms";
    ASSERT_TRUE(body.ok()) << body.error.toStdString();
    ASSERT_EQ(body.document.blocks.size(), 1u);
    const StructuredTable& t = body.document.blocks[0].table;
    ASSERT_EQ(t.rows.size(), 2u);
    ASSERT_EQ(t.rows[0].cells.size(), 100000u);
    EXPECT_EQ(t.rows[0].cells[0].rowSpan, 2);
    EXPECT_EQ(t.rows[0].cells[99999].rowSpan, 2);
    EXPECT_TRUE(t.rows[1].cells[99999].continuation);
}

TEST(HostileDocx, VerticalMergesStillSpanExactlyTheirContinuations) {
    // Column 0 merges rows 1–2, column 1 rows 1–3; row 4 restarts column 0 alone.
    const QString table = QStringLiteral(
        "<w:tbl>"
        "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>d</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>e</w:t></w:r></w:p></w:tc></w:tr>"
        "</w:tbl>");
    const DocxBody body = readDocxBody(documentXml(table));
    ASSERT_TRUE(body.ok());
    const StructuredTable& t = body.document.blocks[0].table;
    ASSERT_EQ(t.rows.size(), 4u);
    EXPECT_EQ(t.rows[0].cells[0].rowSpan, 2);
    EXPECT_EQ(t.rows[0].cells[1].rowSpan, 3);
    EXPECT_EQ(t.rows[2].cells[0].rowSpan, 1);
    EXPECT_EQ(t.rows[3].cells[0].rowSpan, 1);
    EXPECT_TRUE(t.rows[1].cells[0].continuation);
    EXPECT_TRUE(t.rows[2].cells[1].continuation);
}

TEST(HostileDocx, GridSpansAreCappedAtWordsColumnLimit) {
    const DocxBody body = readDocxBody(documentXml(wideTable(2, 3, 1000)));
    ASSERT_TRUE(body.ok());
    for (const StructuredCell& c : body.document.blocks[0].table.rows[0].cells) EXPECT_EQ(c.columnSpan, 63);
}

// One row of very wide cells above many short rows: the export used to give
// every row a cell for every grid column (rows × sum of the wide row's spans),
// most of them filling the holes of the short rows.
TEST(HostileDocx, WideSpansExportWithinBudget) {
    QTemporaryDir dir;
    const QString shortRows = [] {
        QString rows;
        for (int r = 0; r < 200; ++r) rows += QStringLiteral("<w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>");
        return rows;
    }();
    QString table = wideTable(1, 100, 1000);
    table.insert(table.size() - int(QStringLiteral("</w:tbl>").size()), shortRows);
    const QByteArray docx = docxPackage(documentXml(reportParagraphs("003_1ba3202efab2ed16.txt") + table));
    const QString path = writeFile(dir, QStringLiteral("wide.docx"), docx);
    EXPECT_LT(QFileInfo(path).size(), 16 * 1024);
    const QString out = dir.filePath(QStringLiteral("wide-clean.docx"));
    QElapsedTimer timer;
    const CliRun r = runWithinBudget({QStringLiteral("export"), QStringLiteral("--docx"), out, path}, &timer);
    EXPECT_LT(timer.elapsed(), kCliMilliseconds);
    EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 1) << r.exitCode << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("已导出 DOCX"))) << r.out.toStdString();
    EXPECT_LT(QFileInfo(out).size(), 2 * 1024 * 1024);
}

TEST(HostileHtml, ColspansExportWithinBudget) {
    // A page of about 21 KB: the report, then a table of one row of 500 cells
    // claiming 1000 columns each above 200 one-cell rows.
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>");
    for (const QString& line : corpusText("003_1ba3202efab2ed16.txt").split(QLatin1Char('\n')))
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    html += QStringLiteral("<table><tr>");
    for (int c = 0; c < 500; ++c) html += QStringLiteral("<td colspan=1000></td>");
    html += QStringLiteral("</tr>");
    for (int r = 0; r < 200; ++r) html += QStringLiteral("<tr><td>x</td></tr>");
    html += QStringLiteral("</table></body></html>");
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("wide.html"), html.toUtf8());
    EXPECT_LT(QFileInfo(path).size(), 32 * 1024);
    const QString out = dir.filePath(QStringLiteral("wide-clean.docx"));
    QElapsedTimer timer;
    const CliRun r = runWithinBudget({QStringLiteral("export"), QStringLiteral("--docx"), out, path}, &timer);
    EXPECT_LT(timer.elapsed(), kCliMilliseconds);
    EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 1) << r.exitCode << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(out));
}

TEST(HostileExport, AnOtherTableIsFoldedIntoSixtyThreeColumnsWithoutLosingText) {
    Report report = readTextOrFail(corpusText("003_1ba3202efab2ed16.txt"));
    DocTable wide;
    for (int r = 0; r < 3; ++r) {
        DocRow row;
        for (int c = 0; c < 100; ++c) row.cells.push_back(DocCell{QStringLiteral("c%1").arg(c), {}, 1000, 1});
        wide.rows.push_back(row);
    }
    DocBlock block;
    block.kind = DocBlock::Kind::Table;
    block.table = wide;
    report.document.blocks.push_back(block);
    const PrintedReport printed = printReport(report);
    const PrintedTable& other = printed.tables.back();
    ASSERT_EQ(other.id, QStringLiteral("other.1"));
    EXPECT_EQ(other.columnCount(), 63);
    ASSERT_EQ(other.rows.size(), 3u);
    // The first cell is clipped to the whole width; the other 99 cells' text follows its own.
    ASSERT_EQ(other.rows[0].cells.size(), 1u);
    EXPECT_EQ(other.rows[0].cells[0].columnSpan, 63);
    EXPECT_TRUE(other.rows[0].cells[0].text.startsWith(QStringLiteral("c0 c1 c2")));
    EXPECT_TRUE(other.rows[0].cells[0].text.endsWith(QStringLiteral("c98 c99")));
}

}  // namespace
}  // namespace nianbao::test
