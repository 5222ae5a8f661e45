#include "YearPairFixture.h"

#include "GuiTestSupport.h"
#include "io/ReportReader.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace nianbao::test {
namespace {

QString replaced(const QString& text, const QString& from, const QString& to) {
    EXPECT_TRUE(text.contains(from)) << from.toStdString();
    return QString(text).replace(from, to);
}

void writeText(const QString& path, const QString& text) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

}  // namespace

QString readCorpusText(const QString& name) {
    QFile file(corpusPath(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return QString::fromUtf8(file.readAll());
}

QString withCell(const QString& text, const CellRef& cell, const QString& value) {
    const ReadResult read = readReportBytes(text.toUtf8(), QStringLiteral("fixture.txt"));
    EXPECT_TRUE(read.ok()) << read.error.toStdString();
    const ReportCell* c = read.ok() ? read.report->cell(cell) : nullptr;
    EXPECT_TRUE(c && c->span.isValid()) << cell.table.toStdString() << ' ' << cell.row << ' ' << cell.column;
    if (!c || !c->span.isValid()) return text;
    QStringList lines = text.split(QLatin1Char('\n'));
    lines[c->span.line - 1].replace(c->span.column, c->span.endColumn - c->span.column, value);
    return lines.join(QLatin1Char('\n'));
}

void writeNingheYearPair(const QString& folder) {
    const QString r2020 = readCorpusText(kCorpus000);
    QString r2019 = replaced(replaced(r2020, QStringLiteral("2020年宁河区人民政府办公室信息"), QStringLiteral("2019年宁河区人民政府办公室信息")),
                             QStringLiteral("2020年，宁河区"), QStringLiteral("2019年，宁河区"));
    r2019 = withCell(r2019, {QStringLiteral("requests"), 0, 6}, QStringLiteral("20"));
    r2019 = withCell(r2019, {QStringLiteral("requests"), 22, 0}, QStringLiteral("3"));
    writeText(QDir(folder).filePath(QStringLiteral("ninghe-2019.txt")), r2019);
    writeText(QDir(folder).filePath(QStringLiteral("ninghe-2020.txt")), r2020);
}

void writeCountyYearPair(const QString& folder) {
    const QString r2022 = readCorpusText(kCorpus003);
    QString r2021 = replaced(r2022, QStringLiteral("从2022年1月1日至2022年12月31日"), QStringLiteral("从2021年1月1日至2021年12月31日"));
    r2021 = withCell(r2021, {QStringLiteral("requests"), 0, 0}, QStringLiteral("9"));
    r2021 = withCell(r2021, {QStringLiteral("requests"), 2, 0}, QStringLiteral("5"));
    writeText(QDir(folder).filePath(QStringLiteral("county-2021.txt")), r2021);
    writeText(QDir(folder).filePath(QStringLiteral("county-2022.txt")), r2022);
}

}  // namespace nianbao::test
