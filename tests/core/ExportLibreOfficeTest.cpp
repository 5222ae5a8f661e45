// The exported DOCX opened by a real office suite: LibreOffice converts it to
// text and PDF, and every table value must come out. Skipped where
// LibreOffice is not installed (apt-get install libreoffice-writer-nogui).
#include "ExportTestSupport.h"
#include "OfficeConvert.h"

#include "export/DocxWriter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace nianbao::test {
namespace {

QString exportDocxOf(const char* name, const QTemporaryDir& dir, Report* report) {
    *report = readOrFail(corpusPath(name));
    const QString path = dir.filePath(QStringLiteral("report.docx"));
    const QString error = exportDocx(makeExportInput(*report), path);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return path;
}

class LibreOfficeCorpus : public ::testing::TestWithParam<const char*> {};

TEST_P(LibreOfficeCorpus, TextHasEveryTableValueInOrder) {
    if (office().isEmpty()) GTEST_SKIP() << "LibreOffice (soffice/libreoffice) is not on PATH; install libreoffice-writer-nogui to run this test";
    QTemporaryDir dir;
    Report report;
    const QString txt = convert(exportDocxOf(GetParam(), dir, &report), QStringLiteral("txt:Text"), dir);
    QFile f(txt);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << txt.toStdString();
    QStringList lines;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) lines << line.trimmed();

    // LibreOffice writes each table cell on its own line: every row label and
    // its printed values must appear in table order.
    QStringList expected;
    for (const ReportTable& t : report.tables) {
        for (size_t r = 0; r < t.rows.size(); ++r) {
            if (t.spec->id != QLatin1String("reviews")) expected << t.spec->rows[r].label;
            for (const ReportCell& cell : t.rows[r].cells)
                if (!printedCellText(cell).isEmpty()) expected << printedCellText(cell);
        }
    }
    qsizetype at = 0;
    for (const QString& e : expected) {
        while (at < lines.size() && lines[at] != e) ++at;
        ASSERT_LT(at, lines.size()) << "not found in LibreOffice's text, in order: " << e.toStdString();
        ++at;
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, LibreOfficeCorpus, ::testing::ValuesIn(kCorpusFiles),
                         [](const auto& info) { return "corpus" + std::string(info.param).substr(0, 3); });

TEST(LibreOffice, ConvertsToPdf) {
    if (office().isEmpty()) GTEST_SKIP() << "LibreOffice (soffice/libreoffice) is not on PATH; install libreoffice-writer-nogui to run this test";
    QTemporaryDir dir;
    Report report;
    const QString pdf = convert(exportDocxOf("000_4e6edc37518c9b09.txt", dir, &report), QStringLiteral("pdf"), dir);
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << pdf.toStdString();
    EXPECT_TRUE(f.read(5) == "%PDF-");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) return;  // the PDF exists; its text can only be checked with poppler-utils
    QProcess p;
    p.start(pdftotext, {pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString& s : {QStringLiteral("年度报告"), QStringLiteral("申请人情况"), QStringLiteral("未经复议直接起诉"),
                             QStringLiteral("本机关不掌握相关政府信息")})
        EXPECT_TRUE(text.contains(s)) << s.toStdString();
}

}  // namespace
}  // namespace nianbao::test
