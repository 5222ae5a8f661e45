// A Word report exported from the workbench goes back as the clerk's own
// file: the corrected cell as a tracked change, the text fixes the reviewer
// ticked in the findings panel too, every open finding as a comment — and
// the ticks survive saving and reopening the review.
#include "GuiTestSupport.h"

#include "DocxFixture.h"
#include "OfficialLayout.h"

#include "document/ReviewDocument.h"
#include "import/ZipPart.h"
#include "io/ReportReader.h"
#include "models/FindingsModel.h"
#include "views/FindingsPanel.h"

#include <QFile>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

const CellRef kTotal{QStringLiteral("requests"), 0, 6};  // reads 45; 55 balances the row

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray partOf(const QString& docx, const QString& part) {
    return readZipPart(readAll(docx), part).data;
}

class WorkbenchTrackedDocx : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder.isValid());
        const ReadResult text = readReportFile(corpusPath(kCorpus000));
        ASSERT_TRUE(text.ok()) << text.error.toStdString();
        report = folder.filePath(QStringLiteral("区政府办公室年报.docx"));
        sourceBytes = docxFrom(officialLayout(*text.report));
        QFile file(report);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(sourceBytes);
        file.close();
        ASSERT_TRUE(bench.window->openReport(report));
        ASSERT_TRUE(typeIntoCell(*bench.window, kTotal, QStringLiteral("55")));
        bench.script->exportDespiteErrors = true;
    }
    // The findings panel's model, and the row of the drafting-leftover finding.
    QAbstractItemModel* findingsModel() { return bench.window->findChild<FindingsPanel*>()->findChild<QTableView*>()->model(); }
    int leftoverRow() {
        const std::vector<Finding>& findings = bench.window->document()->findings();
        for (size_t i = 0; i < findings.size(); ++i)
            if (findings[i].fix && findings[i].message.contains(QStringLiteral("_GoBack"))) return int(i);
        return -1;
    }
    QTemporaryDir folder;
    QString report;
    QByteArray sourceBytes;
    Workbench bench;
};

TEST_F(WorkbenchTrackedDocx, TickedFixAndCorrectionGoIntoTheClerksFileWithComments) {
    const int row = leftoverRow();
    ASSERT_GE(row, 0);
    QAbstractItemModel* model = findingsModel();
    const QModelIndex fix = model->index(row, FindingsModel::FixColumn);
    EXPECT_TRUE(model->flags(fix) & Qt::ItemIsUserCheckable);
    EXPECT_EQ(model->data(fix).toString(), QStringLiteral("删除"));
    EXPECT_EQ(model->data(fix, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    ASSERT_TRUE(model->setData(fix, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model->data(fix, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    EXPECT_TRUE(bench.window->document()->isModified());

    bench.script->exportPath = folder.filePath(QStringLiteral("退回.docx"));
    ASSERT_TRUE(bench.window->exportReport(ExportKind::Docx)) << bench.script->errors.join(QLatin1Char('\n')).toStdString();
    const QString document = QString::fromUtf8(partOf(bench.script->exportPath, QStringLiteral("word/document.xml")));
    EXPECT_TRUE(document.contains(QStringLiteral("<w:delText xml:space=\"preserve\">4</w:delText>")));  // "45", split over two runs
    EXPECT_TRUE(document.contains(QStringLiteral("<w:t xml:space=\"preserve\">55</w:t></w:r></w:ins>")));
    EXPECT_TRUE(document.contains(QStringLiteral("_GoBack]</w:delText>")));
    const QString comments = QString::fromUtf8(partOf(bench.script->exportPath, QStringLiteral("word/comments.xml")));
    EXPECT_EQ(comments.count(QStringLiteral("<w:comment ")), qsizetype(bench.window->document()->findings().size()));
    // The source itself is untouched.
    EXPECT_EQ(readAll(report), sourceBytes);
}

TEST_F(WorkbenchTrackedDocx, TickedFixesSurviveSavingAndReopeningTheReview) {
    const int row = leftoverRow();
    ASSERT_GE(row, 0);
    ASSERT_TRUE(findingsModel()->setData(findingsModel()->index(row, FindingsModel::FixColumn), Qt::Checked, Qt::CheckStateRole));
    const QString key = textFixKey(bench.window->document()->findings()[size_t(row)]);
    QString error;
    const QString session = folder.filePath(QStringLiteral("review.nianbao.json"));
    ASSERT_TRUE(bench.window->document()->saveSession(session, &error)) << error.toStdString();
    EXPECT_FALSE(bench.window->document()->isModified());

    std::unique_ptr<ReviewDocument> reopened = ReviewDocument::open(report, &error);
    ASSERT_TRUE(reopened) << error.toStdString();
    EXPECT_TRUE(reopened->acceptedTextFixes().isEmpty());
    ASSERT_TRUE(reopened->loadSession(session, &error)) << error.toStdString();
    EXPECT_EQ(reopened->acceptedTextFixes(), QSet<QString>{key});
}

}  // namespace
}  // namespace nianbao::test
