// Every fuzz seed and every kept crash reproducer goes through the DOCX, HTML
// and PDF readers and the whole text path without crashing or hanging, whatever the compiler: the
// reproducers stay regression tests after the fix.
#include "import/DocxBodyReader.h"
#include "check/Checker.h"
#include "import/Importer.h"
#include "io/ReportReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

namespace nianbao {
namespace {

QList<QByteArray> filesIn(const QString& dir) {
    QList<QByteArray> out;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files)) {
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly)) out.append(f.readAll());
    }
    return out;
}

void replay(const QList<QByteArray>& inputs) {
    for (const QByteArray& bytes : inputs) {
        QElapsedTimer timer;
        timer.start();
        const ImportResult docx = importerFor(InputFormat::Docx).import(bytes, QStringLiteral("seed"));
        const DocxBody body = readDocxBody(bytes);
        const ImportResult html = importerFor(InputFormat::Html).import(bytes, QStringLiteral("seed"));
        const ImportResult pdf = importerFor(InputFormat::Pdf).import(bytes, QStringLiteral("seed"));
        const ReadResult whole = readReportBytes(bytes, QStringLiteral("seed"));
        if (whole.ok()) checkReport(*whole.report);
        // Each reader either yields a document or says why not, in words.
        EXPECT_TRUE(docx.ok() || !docx.error.isEmpty());
        EXPECT_TRUE(body.ok() || !body.error.isEmpty());
        EXPECT_TRUE(html.ok() || !html.error.isEmpty());
        EXPECT_TRUE(pdf.ok() || !pdf.error.isEmpty());
        EXPECT_TRUE(whole.ok() || !whole.error.isEmpty());
        EXPECT_LT(timer.elapsed(), 5000) << "an input of " << bytes.size() << " bytes took too long";
    }
}

TEST(FuzzSeeds, ReplayThroughReaders) {
    const QList<QByteArray> seeds = filesIn(QStringLiteral(NIANBAO_FUZZ_SEEDS "/docx")) + filesIn(QStringLiteral(NIANBAO_FUZZ_SEEDS "/html")) +
                                    filesIn(QStringLiteral(NIANBAO_FUZZ_SEEDS "/pdf"));
    ASSERT_GE(seeds.size(), 4);
    replay(seeds);
}

TEST(FuzzSeeds, CrashReproducersStayFixed) {
    replay(filesIn(QStringLiteral(NIANBAO_FUZZ_REGRESSIONS)));
}

}  // namespace
}  // namespace nianbao
