// One report may cost only what ReportBudget allows: each test generates a
// small file that would grow past one limit once read, and asserts the CLI
// refuses it with "报告过大：…" naming the limit, within a time and an
// address-space budget (the unbounded reader took up to 3.1 GB).
#include "TestSupport.h"

#include "DocxFixture.h"
#include "text/ReportBudget.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace nianbao::test {
namespace {

constexpr qint64 kAddressSpaceBudget = qint64(2) * 1024 * 1024 * 1024;
constexpr qint64 kCliMilliseconds = 20000;


// The corpus report as DOCX paragraphs, so only the hostile part can be refused.
QString reportParagraphs() {
    QString body;
    for (const QString& line : corpusText("003_1ba3202efab2ed16.txt").split(QLatin1Char('\n')))
        body += QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">%1</w:t></w:r></w:p>").arg(line.toHtmlEscaped());
    return body;
}

// Checks `path` with the CLI and expects it refused for passing `limit`.
void expectRefused(const QString& path, const QString& what, qsizetype limit) {
    QElapsedTimer timer;
    timer.start();
    const CliRun r = runCli({QStringLiteral("check"), path}, CliLimits{0, kAddressSpaceBudget});
    EXPECT_LT(timer.elapsed(), kCliMilliseconds);
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("报告过大：") + what)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QString::number(limit))) << r.err.toStdString();
}

TEST(ReportBudget, TallyAllowsEachLimitAndRefusesOneMore) {
    ReportBudgetTally lines;
    EXPECT_TRUE(lines.addLines(ReportBudget::kMaxLines));
    EXPECT_FALSE(lines.exceeded());
    EXPECT_FALSE(lines.addLines(1));
    EXPECT_EQ(lines.error(), QStringLiteral("报告过大：段落和表格行数超过上限 200000（真实的年度报告远少于此），可能是损坏或恶意构造的文件，未读取"));
    EXPECT_FALSE(lines.addCharacters(1));  // once refused, stays refused with the first reason
    EXPECT_TRUE(lines.error().contains(QStringLiteral("段落和表格行数")));

    ReportBudgetTally cells;
    EXPECT_TRUE(cells.addTableCells(ReportBudget::kMaxTableCells));
    EXPECT_FALSE(cells.addTableCells(1));
    EXPECT_TRUE(cells.error().contains(QStringLiteral("表格单元格数超过上限 200000")));

    ReportBudgetTally characters;
    EXPECT_TRUE(characters.addCharacters(ReportBudget::kMaxCharacters));
    EXPECT_FALSE(characters.addCharacters(1));
    EXPECT_TRUE(characters.error().contains(QStringLiteral("规范化后的字符数超过上限 8000000")));
}

TEST(ReportBudget, NfkcExpansionIsRefusedBeforeItCostsGigabytes) {
    // U+FDFA (one character) is 18 characters after NFKC: 500 paragraphs of
    // 1000 of them are 500,000 characters in a file of a few KB, 9 million
    // once normalised.
    QString hostile;
    const QString paragraph = QStringLiteral("<w:p><w:r><w:t>%1</w:t></w:r></w:p>").arg(QString(1000, QChar(0xFDFA)));
    for (int i = 0; i < 500; ++i) hostile += paragraph;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("ligatures.docx"), docxPackage(documentXml(reportParagraphs() + hostile)));
    EXPECT_LT(QFileInfo(path).size(), 64 * 1024);
    expectRefused(path, QStringLiteral("规范化后的字符数"), ReportBudget::kMaxCharacters);
}

TEST(ReportBudget, MillionsOfParagraphsAreRefused) {
    QString hostile;
    for (int i = 0; i < 300000; ++i) hostile += QStringLiteral("<w:p><w:r><w:t>一</w:t></w:r></w:p>");
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("paragraphs.docx"), docxPackage(documentXml(reportParagraphs() + hostile)));
    EXPECT_LT(QFileInfo(path).size(), 64 * 1024);
    expectRefused(path, QStringLiteral("段落和表格行数"), ReportBudget::kMaxLines);
}

TEST(ReportBudget, TextOfMillionsOfLinesIsRefused) {
    QTemporaryDir dir;
    const QByteArray text = corpusText("003_1ba3202efab2ed16.txt").toUtf8() + QByteArray(3'000'000, '\n');
    expectRefused(writeFile(dir, QStringLiteral("lines.txt"), text), QStringLiteral("段落和表格行数"), ReportBudget::kMaxLines);
}

TEST(ReportBudget, TablesOfTooManyCellsAreRefused) {
    // 1000 rows of 250 empty cells: 250,000 cells.
    const QString row = QStringLiteral("<w:tr>") + QStringLiteral("<w:tc><w:p/></w:tc>").repeated(250) + QStringLiteral("</w:tr>");
    const QString table = QStringLiteral("<w:tbl>") + row.repeated(1000) + QStringLiteral("</w:tbl>");
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("cells.docx"), docxPackage(documentXml(reportParagraphs() + table)));
    EXPECT_LT(QFileInfo(path).size(), 64 * 1024);
    expectRefused(path, QStringLiteral("表格单元格数"), ReportBudget::kMaxTableCells);
}

TEST(ReportBudget, RealReportsAreFarBelowEveryLimit) {
    const Report report = readTextOrFail(corpusText("003_1ba3202efab2ed16.txt"));
    EXPECT_LT(qsizetype(report.source.lineCount()) * 100, ReportBudget::kMaxLines);
}

}  // namespace
}  // namespace nianbao::test
