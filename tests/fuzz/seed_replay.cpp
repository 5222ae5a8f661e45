// Every fuzz seed and every kept crash reproducer goes through the DOCX, HTML
// and PDF readers and the whole text path without crashing or hanging, whatever the compiler: the
// reproducers stay regression tests after the fix, each with what it must give.
#include "import/DocxBodyReader.h"
#include "check/Checker.h"
#include "import/Importer.h"
#include "io/ReportReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <map>

namespace nianbao {
namespace {

struct Input {
    QString name;
    QByteArray bytes;
};

QList<Input> filesIn(const QString& dir) {
    QList<Input> out;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files)) {
        if (info.suffix() == QLatin1String("md") || info.suffix() == QLatin1String("py")) continue;  // notes, not inputs
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly)) out.append({info.fileName(), f.readAll()});
    }
    return out;
}

// A refusal a clerk can act on: non-empty, in Chinese.
bool isChineseReason(const QString& error) {
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return error.contains(han);
}

// Every span of a document read points into its source text.
void expectSpansInSource(const ImportResult& result, const QString& reader) {
    const auto inSource = [&](const SourceSpan& s) { return s.isValid() && s.line <= result.source.lineCount() && s.endLine <= result.source.lineCount(); };
    for (const DocBlock& block : result.document.blocks) {
        if (block.kind == DocBlock::Kind::Paragraph) {
            EXPECT_TRUE(inSource(block.paragraph.span)) << reader.toStdString();
            continue;
        }
        for (const DocRow& row : block.table.rows)
            for (const DocCell& cell : row.cells) EXPECT_TRUE(inSource(cell.span)) << reader.toStdString();
    }
}

// A reader either yields a document whose spans hold, or a Chinese reason and nothing else.
void expectReadOrRefused(const ImportResult& result, const QString& reader) {
    if (result.ok()) {
        EXPECT_FALSE(result.format.isEmpty()) << reader.toStdString();
        expectSpansInSource(result, reader);
    } else {
        EXPECT_TRUE(isChineseReason(result.error)) << reader.toStdString() << ": " << result.error.toStdString();
        EXPECT_TRUE(result.document.blocks.empty()) << reader.toStdString();
    }
}

// Returns the whole read, for the caller's own expectations.
ReadResult replay(const Input& input) {
    QElapsedTimer timer;
    timer.start();
    expectReadOrRefused(importerFor(InputFormat::Docx).import(input.bytes, input.name), QStringLiteral("docx"));
    const DocxBody body = readDocxBody(input.bytes);
    if (!body.ok()) {
        EXPECT_TRUE(isChineseReason(body.error)) << body.error.toStdString();
        EXPECT_TRUE(body.document.blocks.empty());
    }
    expectReadOrRefused(importerFor(InputFormat::Html).import(input.bytes, input.name), QStringLiteral("html"));
    expectReadOrRefused(importerFor(InputFormat::Pdf).import(input.bytes, input.name), QStringLiteral("pdf"));
    ReadResult whole = readReportBytes(input.bytes, input.name);
    if (whole.ok()) {
        checkReport(*whole.report);
        EXPECT_FALSE(whole.report->document.blocks.empty());
    } else {
        EXPECT_TRUE(isChineseReason(whole.error)) << whole.error.toStdString();
    }
    EXPECT_LT(timer.elapsed(), 5000) << input.name.toStdString() << " (" << input.bytes.size() << " bytes) took too long";
    return whole;
}

TEST(FuzzSeeds, ReplayThroughReaders) {
    const QList<Input> seeds = filesIn(QStringLiteral(NIANBAO_FUZZ_SEEDS "/docx")) + filesIn(QStringLiteral(NIANBAO_FUZZ_SEEDS "/html")) +
                               filesIn(QStringLiteral(NIANBAO_FUZZ_SEEDS "/pdf"));
    ASSERT_GE(seeds.size(), 4);
    for (const Input& seed : seeds) replay(seed);
}

// What each kept reproducer must give when read as a report: an empty string
// for "read", else words its refusal must contain. (make_regressions.py writes them.)
const std::map<QString, QString> kReproducers = {
    {QStringLiteral("docx-dtd-entities.docx"), QStringLiteral("DTD")},
    {QStringLiteral("docx-gridspan-1000.docx"), QString()},
    {QStringLiteral("docx-nfkc-expansion.docx"), QStringLiteral("报告过大：规范化后的字符数")},
    {QStringLiteral("html-deep-wide.html"), QString()},
};

TEST(FuzzSeeds, CrashReproducersStayFixed) {
    const QList<Input> reproducers = filesIn(QStringLiteral(NIANBAO_FUZZ_REGRESSIONS));
    ASSERT_GE(reproducers.size(), qsizetype(kReproducers.size()));
    for (const Input& input : reproducers) {
        const auto expected = kReproducers.find(input.name);
        ASSERT_NE(expected, kReproducers.end()) << input.name.toStdString() << ": say in kReproducers what it must give";
        const ReadResult whole = replay(input);
        if (expected->second.isEmpty())
            EXPECT_TRUE(whole.ok()) << input.name.toStdString() << ": " << whole.error.toStdString();
        else
            EXPECT_TRUE(whole.error.contains(expected->second)) << input.name.toStdString() << ": " << whole.error.toStdString();
    }
}

}  // namespace
}  // namespace nianbao
