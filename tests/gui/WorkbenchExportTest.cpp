// File → 导出: the corrected report as DOCX, CSV and JSON, asked about
// remaining errors first, never written over the source report.
#include "GuiTestSupport.h"

#include "document/ReviewDocument.h"
#include "import/ZipPart.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

// 总计 of 本年新收 reads 45; 55 balances its row but leaves the 其他 column's two errors.
const CellRef kTotal{QStringLiteral("requests"), 0, 6};

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class WorkbenchExport : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder.isValid());
        report = folder.filePath(kCorpus000);
        ASSERT_TRUE(QFile::copy(corpusPath(kCorpus000), report));
        ASSERT_TRUE(bench.window->openReport(report));
        ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("55")));
        ASSERT_GT(bench.window->document()->counts().errors, 0);
        bench.script->exportDespiteErrors = true;
    }
    // Exports to `name` in the temporary folder; the path written.
    QString exportAs(ExportKind kind, const QString& name) {
        bench.script->exportPath = folder.filePath(name);
        EXPECT_TRUE(bench.window->exportReport(kind));
        return bench.script->exportPath;
    }
    QTemporaryDir folder;
    QString report;
    Workbench bench;
};

TEST_F(WorkbenchExport, DocxHoldsTheCorrectedValueAndTheStatusBarSaysWhere) {
    const QString path = exportAs(ExportKind::DocxWithAppendix, QStringLiteral("out.docx"));
    EXPECT_EQ(bench.script->exportErrorQuestions, 1);
    const ZipPartResult body = readZipPart(readAll(path), QStringLiteral("word/document.xml"));
    ASSERT_TRUE(body.ok()) << body.error.toStdString();
    EXPECT_TRUE(body.data.contains("<w:t>55</w:t>"));
    EXPECT_TRUE(bench.window->statusBar()->currentMessage().contains(QStringLiteral("out.docx")));
}

TEST_F(WorkbenchExport, CsvLongMarksTheCellCorrectedWithItsOriginal) {
    const QString text = QString::fromUtf8(readAll(exportAs(ExportKind::CsvLong, QStringLiteral("long.csv"))));
    EXPECT_TRUE(text.contains(QStringLiteral(",总计,55,,45,corrected\r\n"))) << text.left(400).toStdString();
}

TEST_F(WorkbenchExport, CsvFormPrintsTheCorrectedTotal) {
    const QString text = QString::fromUtf8(readAll(exportAs(ExportKind::CsvForm, QStringLiteral("form.csv"))));
    const qsizetype received = text.indexOf(QStringLiteral("一、本年新收政府信息公开申请数量"));
    ASSERT_GE(received, 0);
    const QString line = text.mid(received, text.indexOf(QLatin1Char('\n'), received) - received);
    EXPECT_TRUE(line.trimmed().endsWith(QStringLiteral(",55"))) << line.toStdString();
}

TEST_F(WorkbenchExport, XlsxHoldsTheCorrectedTotalAsANumber) {
    const QString path = exportAs(ExportKind::Xlsx, QStringLiteral("out.xlsx"));
    const ZipPartResult sheet = readZipPart(readAll(path), QStringLiteral("xl/worksheets/sheet2.xml"));  // 表三
    ASSERT_TRUE(sheet.ok()) << sheet.error.toStdString();
    // J5: 总计 of row 一, below the caption and three header rows.
    EXPECT_TRUE(QString::fromUtf8(sheet.data).contains(QRegularExpression(QStringLiteral("<c r=\"J5\" s=\"\\d+\"><v>55</v></c>"))));
}

// The letter lists the report as submitted: the 45 the clerk corrected to 55
// in the workbench is still a problem of the department's report.
TEST_F(WorkbenchExport, ReviewLetterListsTheSubmittedReportsProblems) {
    bench.script->letterOffice = QStringLiteral("测试区政务公开办公室");
    bench.script->exportPath = folder.filePath(QStringLiteral("letter.docx"));
    ASSERT_TRUE(bench.window->writeReviewLetter());
    EXPECT_EQ(bench.script->letterSettingsQuestions, 1);
    const ZipPartResult body = readZipPart(readAll(bench.script->exportPath), QStringLiteral("word/document.xml"));
    ASSERT_TRUE(body.ok()) << body.error.toStdString();
    const QString xml = QString::fromUtf8(body.data);
    EXPECT_TRUE(xml.contains(QStringLiteral("测试区政务公开办公室")));
    EXPECT_TRUE(xml.contains(QStringLiteral("总计应为 55")));
    EXPECT_TRUE(bench.window->statusBar()->currentMessage().contains(QStringLiteral("letter.docx")));

    // Cancelling the settings writes nothing; the report itself is refused as the target.
    bench.script->acceptLetterSettings = false;
    bench.script->exportPath = folder.filePath(QStringLiteral("other.docx"));
    EXPECT_FALSE(bench.window->writeReviewLetter());
    EXPECT_FALSE(QFile::exists(bench.script->exportPath));
    bench.script->acceptLetterSettings = true;
    bench.script->exportPath = report;
    EXPECT_FALSE(bench.window->writeReviewLetter());
    EXPECT_EQ(bench.script->errors.size(), 1);
    EXPECT_EQ(readAll(report), readAll(corpusPath(kCorpus000)));
}

TEST_F(WorkbenchExport, JsonCarriesTheCorrectionWithItsReason) {
    ASSERT_TRUE(bench.window->document()->setReason(kTotal, QStringLiteral("按各类申请人之和")));
    const QJsonObject root = QJsonDocument::fromJson(readAll(exportAs(ExportKind::Json, QStringLiteral("out.json")))).object();
    const QJsonArray corrections = root.value(QStringLiteral("corrections")).toArray();
    ASSERT_EQ(corrections.size(), 1);
    const QJsonObject c = corrections.first().toObject();
    EXPECT_EQ(c.value(QStringLiteral("reason")).toString(), QStringLiteral("按各类申请人之和"));
    EXPECT_FALSE(c.value(QStringLiteral("time")).isNull());
    EXPECT_EQ(c.value(QStringLiteral("value")).toInt(), 55);
    EXPECT_EQ(c.value(QStringLiteral("original")).toInt(), 45);
}

TEST_F(WorkbenchExport, CancellingAtTheErrorQuestionWritesNothing) {
    bench.script->exportDespiteErrors = false;
    bench.script->exportPath = folder.filePath(QStringLiteral("never.docx"));
    EXPECT_FALSE(bench.window->exportReport(ExportKind::Docx));
    EXPECT_EQ(bench.script->exportErrorQuestions, 1);
    EXPECT_FALSE(QFile::exists(bench.script->exportPath));
}

TEST_F(WorkbenchExport, NoQuestionOnceTheErrorsAreCorrected) {
    ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("45")));
    ASSERT_TRUE(typeIntoCell(*bench.window, {QStringLiteral("requests"), 0, 5}, QStringLiteral("0")));
    ASSERT_EQ(bench.window->document()->counts().errors, 0);
    EXPECT_TRUE(QFile::exists(exportAs(ExportKind::CsvLong, QStringLiteral("clean.csv"))));
    EXPECT_EQ(bench.script->exportErrorQuestions, 0);
}

TEST_F(WorkbenchExport, TheSourceReportIsRefusedWithTheCoresMessage) {
    const QByteArray before = readAll(report);
    bench.script->exportPath = report;
    EXPECT_FALSE(bench.window->exportReport(ExportKind::Docx));
    ASSERT_EQ(bench.script->errors.size(), 1);
    EXPECT_TRUE(bench.script->errors.first().startsWith(QStringLiteral("拒绝写入"))) << bench.script->errors.first().toStdString();
    EXPECT_EQ(readAll(report), before);
}

TEST_F(WorkbenchExport, TheSessionAndFilesOfAnotherTypeAreRefused) {
    ASSERT_TRUE(bench.window->saveSession());
    const QString session = bench.window->sessionPath();
    const QByteArray saved = readAll(session);
    bench.script->exportPath = session;
    EXPECT_FALSE(bench.window->exportReport(ExportKind::Json));
    ASSERT_EQ(bench.script->errors.size(), 1);
    EXPECT_TRUE(bench.script->errors.first().contains(QStringLiteral("审校记录"))) << bench.script->errors.first().toStdString();
    EXPECT_EQ(readAll(session), saved);

    const QString notes = folder.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("my notes");
    file.close();
    bench.script->exportPath = notes;
    EXPECT_FALSE(bench.window->exportReport(ExportKind::CsvLong));
    ASSERT_EQ(bench.script->errors.size(), 2);
    EXPECT_TRUE(bench.script->errors.last().contains(QStringLiteral("不是 .csv 文件"))) << bench.script->errors.last().toStdString();
    EXPECT_EQ(readAll(notes), QByteArray("my notes"));
}

}  // namespace
}  // namespace nianbao::test
