// Excel export: the workbook written by libxlsxwriter is opened by
// LibreOffice Calc, each sheet converted to CSV with text quoted and numbers
// bare, and every table value must come back as a number (or a blank) in its
// printed place; merges and frozen panes are read from the sheet XML.
#include "ExportTestSupport.h"
#include "OfficeConvert.h"

#include "export/XlsxExport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace nianbao::test {
namespace {

using Sheet = std::vector<std::vector<CsvFieldRead>>;

CsvFieldRead at(const Sheet& sheet, int row, int column) {
    if (row >= static_cast<int>(sheet.size()) || column >= static_cast<int>(sheet[row].size())) return {};
    return sheet[row][column];
}

// Every sheet of the workbook as LibreOffice Calc reads it, by sheet name.
std::map<QString, Sheet> calcSheets(const QString& xlsx, const QTemporaryDir& dir) {
    // Comma, double quote, UTF-8, from line 1, default cell formats, quote all
    // text cells, raw values (not as shown), every sheet to its own file.
    convert(xlsx, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1"), dir);
    std::map<QString, Sheet> sheets;
    for (const QString& name : {QStringLiteral("表二"), QStringLiteral("表三"), QStringLiteral("表四"), QStringLiteral("逐格数据")}) {
        QFile f(dir.filePath(QFileInfo(xlsx).completeBaseName() + QLatin1Char('-') + name + QStringLiteral(".csv")));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << "no sheet " << name.toStdString();
        sheets[name] = parseCsvFields(QString::fromUtf8(f.readAll()));
    }
    return sheets;
}

QString exportXlsxOf(const Report& report, const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    const QString error = exportXlsx(makeExportInput(report), path);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return path;
}

// The cell as Calc shows it must be the report's value: a bare number equal
// to it, an empty field for a blank, the text (quoted) for anything else.
void expectCell(const CsvFieldRead& f, const ReportCell& cell, const std::string& where) {
    switch (cell.value.kind) {
    case CellValue::Kind::Number:
        EXPECT_FALSE(f.quoted) << where << ": stored as text: " << f.text.toStdString();
        EXPECT_EQ(f.text.toDouble(), cell.value.number) << where;
        break;
    case CellValue::Kind::Blank:
    case CellValue::Kind::Missing: EXPECT_EQ(f.text, QString()) << where; break;
    case CellValue::Kind::Invalid: EXPECT_TRUE(f.quoted && f.text == cell.text) << where; break;
    }
}

QStringList numbers(const Sheet& sheet, int row, int from, int count) {
    QStringList out;
    for (int c = from; c < from + count; ++c) {
        const CsvFieldRead f = at(sheet, row, c);
        out << (f.quoted ? QStringLiteral("text:") + f.text : f.text);
    }
    return out;
}

class XlsxCorpus : public ::testing::TestWithParam<const char*> {};

TEST_P(XlsxCorpus, CalcReadsEveryTableValueAsANumberInItsPrintedPlace) {
    if (office().isEmpty()) GTEST_SKIP() << "LibreOffice is not on PATH; install libreoffice-calc-nogui to run this test";
    QTemporaryDir dir;
    const Report report = readOrFail(corpusPath(GetParam()));
    const std::map<QString, Sheet> sheets = calcSheets(exportXlsxOf(report, dir), dir);

    // 表三: caption, three header rows, then the rows; three label columns.
    const Sheet& requests = sheets.at(QStringLiteral("表三"));
    EXPECT_EQ(at(requests, 0, 0).text, report.table(QStringLiteral("requests"))->spec->heading);
    const ReportTable& t = *report.table(QStringLiteral("requests"));
    for (size_t r = 0; r < t.rows.size(); ++r) {
        // The label stands in the last of the three label columns it starts in
        // (一、 spans all three; （七）总计 the two right of 三、).
        QString label;
        for (int c = 0; c < 3; ++c)
            if (!at(requests, 4 + static_cast<int>(r), c).text.isEmpty()) label = at(requests, 4 + static_cast<int>(r), c).text;
        EXPECT_EQ(label, t.spec->rows[r].label);
        for (size_t c = 0; c < t.rows[r].cells.size(); ++c)
            expectCell(at(requests, 4 + static_cast<int>(r), 3 + static_cast<int>(c)), t.rows[r].cells[c],
                       "表三 row " + std::to_string(r) + " column " + std::to_string(c));
    }
    // 表四: caption, three header rows, one row of fifteen.
    const ReportTable& reviews = *report.table(QStringLiteral("reviews"));
    for (size_t c = 0; c < 15; ++c)
        expectCell(at(sheets.at(QStringLiteral("表四")), 4, static_cast<int>(c)), reviews.rows[0].cells[c], "表四 column " + std::to_string(c));
    // 逐格数据: one row per cell, the value column numeric.
    const Sheet& cells = sheets.at(QStringLiteral("逐格数据"));
    size_t cellCount = 0;
    for (const ReportTable& table : report.tables)
        for (const ReportRow& row : table.rows) {
            for (const ReportCell& cell : row.cells) {
                ++cellCount;
                expectCell(at(cells, static_cast<int>(cellCount), 10), cell, "逐格数据 row " + std::to_string(cellCount));
            }
        }
    EXPECT_EQ(cells.size(), cellCount + 1);
}

INSTANTIATE_TEST_SUITE_P(Corpus, XlsxCorpus, ::testing::ValuesIn(kCorpusFiles),
                         [](const auto& info) { return "corpus" + std::string(info.param).substr(0, 3); });

TEST(Xlsx, HandReadValuesOfReport001) {
    if (office().isEmpty()) GTEST_SKIP() << "LibreOffice is not on PATH";
    QTemporaryDir dir;
    const std::map<QString, Sheet> sheets = calcSheets(exportXlsxOf(readOrFail(corpusPath("001_ffb7cb016be5db93.txt")), dir), dir);
    // Table 三 row 一 reads "47 1 (blank ×4) 48"; table 四 "3 _ 1 _ 4 _ _ _ _ _ 9 _ 1 _ 10".
    const Sheet& requests = sheets.at(QStringLiteral("表三"));
    EXPECT_EQ(at(requests, 4, 0).text, QStringLiteral("一、本年新收政府信息公开申请数量"));
    EXPECT_EQ(numbers(requests, 4, 3, 7), (QStringList{"47", "1", "", "", "", "", "48"}));
    EXPECT_EQ(at(requests, 1, 3).text, QStringLiteral("申请人情况"));
    EXPECT_EQ(at(requests, 2, 4).text, QStringLiteral("法人或其他组织"));
    EXPECT_EQ(numbers(sheets.at(QStringLiteral("表四")), 4, 0, 15),
              (QStringList{"3", "", "1", "", "4", "", "", "", "", "", "9", "", "1", "", "10"}));
    // Table 二, 第二十条第（九）项 政府集中采购: 1 item, "3.27万元" → the number 3.27.
    const Sheet& active = sheets.at(QStringLiteral("表二"));
    bool found = false;
    for (size_t r = 0; r < active.size(); ++r) {
        if (at(active, static_cast<int>(r), 0).text != QStringLiteral("政府集中采购")) continue;
        EXPECT_EQ(numbers(active, static_cast<int>(r), 1, 2), (QStringList{"1", "3.27"}));
        found = true;
    }
    EXPECT_TRUE(found);
}

TEST(Xlsx, MergedHeadersFrozenPanesAndSheetNames) {
    QTemporaryDir dir;
    const QString path = exportXlsxOf(readOrFail(corpusPath("000_4e6edc37518c9b09.txt")), dir);
    const QString workbook = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/workbook.xml")));
    for (const QString& name : {QStringLiteral("表二"), QStringLiteral("表三"), QStringLiteral("表四"), QStringLiteral("逐格数据")})
        EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"%1\"").arg(name))) << name.toStdString();

    const QString requests = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml")));
    // Caption in row 1; the corner note over three label columns and three
    // header rows; 申请人情况 over the seven value columns; 法人或其他组织 over
    // five; 自然人 and 总计 over two header rows; 一、 over the three label columns.
    for (const char* ref : {"A2:C4", "D2:J2", "E3:I3", "D3:D4", "J3:J4", "A5:C5"})
        EXPECT_TRUE(requests.contains(QStringLiteral("<mergeCell ref=\"%1\"/>").arg(QLatin1String(ref)))) << ref;
    const QRegularExpression pane(QStringLiteral("<pane ([^>]*)state=\"frozen\""));
    const QRegularExpressionMatch frozen = pane.match(requests);
    ASSERT_TRUE(frozen.hasMatch());
    EXPECT_TRUE(frozen.captured(1).contains(QStringLiteral("xSplit=\"3\""))) << frozen.captured(0).toStdString();
    EXPECT_TRUE(frozen.captured(1).contains(QStringLiteral("ySplit=\"4\""))) << frozen.captured(0).toStdString();
    EXPECT_TRUE(frozen.captured(1).contains(QStringLiteral("topLeftCell=\"D5\""))) << frozen.captured(0).toStdString();
    // Label column wide enough for "一、本年新收政府信息公开申请数量" on one line.
    const QRegularExpression labelColumn(QStringLiteral("<col min=\"3\" max=\"3\" width=\"([0-9.]+)\""));
    const QRegularExpressionMatch width = labelColumn.match(requests);
    ASSERT_TRUE(width.hasMatch()) << requests.left(2000).toStdString();
    EXPECT_GE(width.captured(1).toDouble(), 32);

    const QString reviews = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet3.xml")));
    for (const char* ref : {"A2:E2", "F2:O2", "F3:J3", "K3:O3", "A3:A4"})
        EXPECT_TRUE(reviews.contains(QStringLiteral("<mergeCell ref=\"%1\"/>").arg(QLatin1String(ref)))) << ref;
}

TEST(Xlsx, CorrectedCellIsTheNewNumberWithTheOriginalInAComment) {
    const QString report = corpusPath("000_4e6edc37518c9b09.txt");
    Report r = readOrFail(report);
    const ReviewSession session = oneCorrection(report, CellRef{QStringLiteral("requests"), 0, 6}, 45, 55, QStringLiteral("行合计"));
    QString error;
    ASSERT_TRUE(applySession(session, r, sha256OfFile(report, &error), &error)) << error.toStdString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.xlsx"));
    ASSERT_EQ(exportXlsx(makeExportInput(r, &session), path), QString());
    const QString sheet = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml")));
    // J5 is 总计 of row 一: the number 55, not a string.
    EXPECT_TRUE(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"J5\" s=\"\\d+\"><v>55</v></c>")))) << sheet.toStdString();
    QString comments;
    for (const QString& name : zipEntryNames(path))
        if (name.startsWith(QStringLiteral("xl/comments"))) comments += QString::fromUtf8(zipEntry(path, name));
    EXPECT_TRUE(comments.contains(QStringLiteral("已更正，原为：45")));
}

TEST(XlsxCli, WrittenWithTheOtherOutputsOrNotAtAll) {
    QTemporaryDir dir;
    const QString report = corpusPath("003_1ba3202efab2ed16.txt");
    const QString xlsx = dir.filePath(QStringLiteral("t.xlsx"));
    const CliRun ok = runCli({QStringLiteral("export"), QStringLiteral("--xlsx"), xlsx, QStringLiteral("--docx"), dir.filePath(QStringLiteral("t.docx")), report});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("已导出 XLSX：") + xlsx));
    EXPECT_TRUE(zipEntryNames(xlsx).contains(QStringLiteral("xl/worksheets/sheet4.xml")));
    // The CSV cannot be written (its folder is missing): the workbook is not written either.
    const QString second = dir.filePath(QStringLiteral("u.xlsx"));
    const CliRun refused = runCli({QStringLiteral("export"), QStringLiteral("--xlsx"), second, QStringLiteral("--csv"),
                                   dir.filePath(QStringLiteral("missing/u.csv")), report});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_FALSE(QFile::exists(second));
}

TEST(Xlsx, RefusesToOverwriteTheReport) {
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("r.xlsx"));
    ASSERT_TRUE(QFile::copy(corpusPath("000_4e6edc37518c9b09.txt"), copy));
    const Report report = readOrFail(copy);
    EXPECT_FALSE(exportXlsx(makeExportInput(report), copy).isEmpty());
    QFile f(copy);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), corpusText("000_4e6edc37518c9b09.txt").toUtf8());
}

}  // namespace
}  // namespace nianbao::test
