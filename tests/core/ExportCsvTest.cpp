// CSV export: BOM, RFC 4180 quoting, CRLF, exact row and field counts of
// both shapes, corrected cells, and the JSON export's corrections array.
#include "ExportTestSupport.h"

#include "export/CsvWriter.h"
#include "export/ExportJson.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

namespace nianbao::test {
namespace {

std::vector<QStringList> parseCsv(const QString& text) {
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("[^\r]\n")))) << "bare LF line end";
    std::vector<QStringList> records;
    for (const std::vector<CsvFieldRead>& record : parseCsvFields(text)) {
        QStringList fields;
        for (const CsvFieldRead& f : record) fields << f.text;
        records.push_back(fields);
    }
    return records;
}

QString csvText(const QByteArray& bytes) {
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "no UTF-8 byte-order mark";
    return QString::fromUtf8(bytes.mid(3));
}

TEST(Csv, FieldQuoting) {
    EXPECT_EQ(csvField(QStringLiteral("规章")), QStringLiteral("规章"));
    EXPECT_EQ(csvField(QStringLiteral("1,968")), QStringLiteral("\"1,968\""));
    EXPECT_EQ(csvField(QStringLiteral("说\"明\"")), QStringLiteral("\"说\"\"明\"\"\""));
    EXPECT_EQ(csvField(QStringLiteral("两\r\n行")), QStringLiteral("\"两\r\n行\""));
    EXPECT_EQ(csvRecord({QStringLiteral("a"), QString(), QStringLiteral("b,c")}), QStringLiteral("a,,\"b,c\""));
}

TEST(Csv, FormulaLikeTextIsNeutralisedNumbersStayNumbers) {
    for (const char* formula : {"=HYPERLINK(\"http://x\",\"点此\")", "+1+2", "-1+2", "@SUM(A1)", "\tcmd", "\r=1", "-", "+86 10 5555"})
        EXPECT_EQ(csvField(QString::fromUtf8(formula)), csvField(QLatin1Char('\'') + QString::fromUtf8(formula))) << formula;
    EXPECT_EQ(csvField(QStringLiteral("=1")), QStringLiteral("'=1"));
    EXPECT_EQ(csvField(QStringLiteral("-1,2")), QStringLiteral("\"'-1,2\""));  // not a number: "1,2" is no thousands group
    for (const char* number : {"-5", "-1968", "-1,968", "-3.27", "+5", "0", "45"})
        EXPECT_EQ(csvField(QString::fromLatin1(number)), QString::fromLatin1(number).contains(QLatin1Char(','))
                                                              ? QLatin1Char('"') + QString::fromLatin1(number) + QLatin1Char('"')
                                                              : QString::fromLatin1(number));
    // Inside the text is harmless: only the first character makes a formula.
    EXPECT_EQ(csvField(QStringLiteral("宁河区=HYPERLINK")), QStringLiteral("宁河区=HYPERLINK"));
}

// A draft saved under a file name that is a formula, with a formula typed
// into table 三 and a negative number beside it. The metadata reader refuses
// an agency name like "=HYPERLINK(…)" (it is no agency), so the agency is
// set as a caller could set it: the writer must not rely on the reader.
Report formulaReport(const QTemporaryDir& dir) {
    QString text = corpusText("000_4e6edc37518c9b09.txt");
    const QString row = QStringLiteral("一、本年新收政府信息公开申请数量");
    const qsizetype at = text.indexOf(row);
    EXPECT_GE(at, 0);
    // Its first value cells, 45 (自然人) and 0 (商业企业), one per line.
    const qsizetype natural = text.indexOf(QStringLiteral("45"), at);
    text.replace(natural, 2, QStringLiteral("=1+1"));
    const qsizetype business = text.indexOf(QStringLiteral("0"), natural + 4);
    text.replace(business, 1, QStringLiteral("-5"));
    Report report = readOrFail(writeFile(dir, QStringLiteral("=HYPERLINK(\"http:x.example\",\"年报\").txt"), text.toUtf8()));
    report.meta.agency = QStringLiteral("=HYPERLINK(\"http://x.example\",\"宁河区\")");
    return report;
}

TEST(Csv, FormulaInFileNameAgencyAndCellIsNeutralisedInBothShapes) {
    QTemporaryDir dir;
    const Report report = formulaReport(dir);
    const std::vector<QStringList> records = parseCsv(csvText(buildCsv(makeExportInput(report), CsvShape::Long)));
    for (size_t i = 1; i < records.size(); ++i) {
        ASSERT_EQ(records[i][0], QStringLiteral("'=HYPERLINK(\"http:x.example\",\"年报\").txt"));
        ASSERT_EQ(records[i][2], QStringLiteral("'=HYPERLINK(\"http://x.example\",\"宁河区\")"));
    }
    const QStringList& natural = records[1 + 22 + 0];
    EXPECT_EQ(natural[9], QStringLiteral("自然人"));
    EXPECT_EQ(natural[10], QStringLiteral("'=1+1"));
    EXPECT_EQ(natural[13], QStringLiteral("invalid"));
    const QStringList& business = records[1 + 22 + 1];
    EXPECT_EQ(business[9], QStringLiteral("商业企业"));
    EXPECT_EQ(business[10], QStringLiteral("-5"));  // a number: no apostrophe

    const QString form = csvText(buildCsv(makeExportInput(report), CsvShape::Form));
    EXPECT_TRUE(form.contains(QStringLiteral("\r\n一、本年新收政府信息公开申请数量,,,'=1+1,-5,"))) << form.toStdString();
    EXPECT_FALSE(form.contains(QStringLiteral(",=")));
}

TEST(Csv, LongShape2019HasOneRowPerCell) {
    const Report report = readOrFail(corpusPath("000_4e6edc37518c9b09.txt"));
    const QString text = csvText(buildCsv(makeExportInput(report), CsvShape::Long));
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("[^\r]\n")))) << "bare LF line end";
    const std::vector<QStringList> records = parseCsv(text);
    // 表二 3×2 + 3×2 + 3×2 + 2×1 + 2×1 = 22, 表三 23×7 = 161, 表四 15.
    ASSERT_EQ(records.size(), 1u + 22 + 161 + 15);
    EXPECT_EQ(records[0], csvLongHeader());
    for (const QStringList& r : records) ASSERT_EQ(r.size(), csvLongHeader().size());
    int requests = 0;
    for (const QStringList& r : records) requests += r[4] == QStringLiteral("requests");
    EXPECT_EQ(requests, 161);
    // 表三 row 一, column 其他: 10, as printed.
    const QStringList& other = records[1 + 22 + 5];
    EXPECT_EQ(other[7], QStringLiteral("一、本年新收政府信息公开申请数量"));
    EXPECT_EQ(other[8], QStringLiteral("法人或其他组织"));
    EXPECT_EQ(other[9], QStringLiteral("其他"));
    EXPECT_EQ(other[10], QStringLiteral("10"));
    EXPECT_EQ(other[13], QStringLiteral("ok"));
    EXPECT_EQ(records[1][0], QStringLiteral("000_4e6edc37518c9b09.txt"));
    EXPECT_EQ(records[1][1], QStringLiteral("2020"));
    EXPECT_EQ(records[1][2], QStringLiteral("宁河区人民政府办公室"));
    const QStringList& lastReview = records.back();
    EXPECT_EQ(lastReview[8], QStringLiteral("行政诉讼·复议后起诉"));
    EXPECT_EQ(lastReview[9], QStringLiteral("总计"));
}

TEST(Csv, LongShape2021AndBlankCells) {
    const Report report = readOrFail(corpusPath("003_1ba3202efab2ed16.txt"));
    const std::vector<QStringList> records = parseCsv(csvText(buildCsv(makeExportInput(report), CsvShape::Long)));
    // 表二 3×2 + 1×1 + 1×2 + 1×1 = 10, 表三 25×7 = 175, 表四 15.
    EXPECT_EQ(records.size(), 1u + 10 + 175 + 15);

    const Report blanks = readOrFail(corpusPath("001_ffb7cb016be5db93.txt"));
    int blank = 0;
    for (const QStringList& r : parseCsv(csvText(buildCsv(makeExportInput(blanks), CsvShape::Long))))
        if (r[13] == QStringLiteral("blank")) {
            EXPECT_TRUE(r[10].isEmpty());
            ++blank;
        }
    EXPECT_GT(blank, 0);
}

TEST(Csv, FileNameWithCommaAndQuotesIsQuoted) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("宁河,区\"2020\".txt"));
    ASSERT_TRUE(QFile::copy(corpusPath("000_4e6edc37518c9b09.txt"), path));
    const Report report = readOrFail(path);
    const QString text = csvText(buildCsv(makeExportInput(report), CsvShape::Long));
    EXPECT_TRUE(text.contains(QStringLiteral("\r\n\"宁河,区\"\"2020\"\".txt\",2020,")));
    const std::vector<QStringList> records = parseCsv(text);
    ASSERT_EQ(records.size(), 199u);
    for (size_t i = 1; i < records.size(); ++i) ASSERT_EQ(records[i][0], QStringLiteral("宁河,区\"2020\".txt"));
}

TEST(Csv, InvalidCellTextWithCommaAndQuotesIsQuoted) {
    QFile f(corpusPath("002_be932dc10881290c.txt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    // Table 三 row 一 reads "…申请数量\t\t23\t0\t…": make its 商业企业 cell text that is not a number.
    const QString row = QStringLiteral("一、本年新收政府信息公开申请数量\t\t23\t0\t");
    ASSERT_TRUE(text.contains(row));
    text.replace(row, QStringLiteral("一、本年新收政府信息公开申请数量\t\t23\t约\"1,2\"件\t"));
    const Report report = readTextOrFail(text);
    const std::vector<QStringList> records = parseCsv(csvText(buildCsv(makeExportInput(report), CsvShape::Long)));
    bool found = false;
    for (const QStringList& r : records) {
        if (r[13] != QStringLiteral("invalid")) continue;
        EXPECT_EQ(r[4], QStringLiteral("requests"));
        EXPECT_EQ(r[9], QStringLiteral("商业企业"));
        EXPECT_EQ(r[10], QStringLiteral("约\"1,2\"件"));
        found = true;
    }
    EXPECT_TRUE(found);
}

TEST(Csv, FormShapePrintsEachTableAsABlock) {
    const Report report = readOrFail(corpusPath("000_4e6edc37518c9b09.txt"));
    const QString text = csvText(buildCsv(makeExportInput(report), CsvShape::Form));
    const QStringList blocks = text.split(QStringLiteral("\r\n\r\n"));
    ASSERT_EQ(blocks.size(), 3);
    const std::vector<QStringList> active = parseCsv(blocks[0] + QStringLiteral("\r\n"));
    const std::vector<QStringList> requests = parseCsv(blocks[1] + QStringLiteral("\r\n"));
    const std::vector<QStringList> reviews = parseCsv(text.mid(text.lastIndexOf(QStringLiteral("\r\n\r\n")) + 4));
    // caption + 5 × (item heading + column labels) + 8 value rows
    ASSERT_EQ(active.size(), 1u + 10 + 8);
    EXPECT_EQ(active[0], QStringList{QStringLiteral("二、主动公开政府信息情况")});
    for (size_t i = 1; i < active.size(); ++i) EXPECT_EQ(active[i].size(), 4);
    EXPECT_EQ(active[3], (QStringList{QStringLiteral("规章"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")}));
    EXPECT_EQ(active[4], (QStringList{QStringLiteral("规范性文件"), QStringLiteral("6"), QStringLiteral("6"), QStringLiteral("42")}));
    // caption + 3 header rows + 23 rows of 3 label and 7 value columns
    ASSERT_EQ(requests.size(), 1u + 3 + 23);
    for (size_t i = 1; i < requests.size(); ++i) EXPECT_EQ(requests[i].size(), 10);
    EXPECT_EQ(requests[1][3], QStringLiteral("申请人情况"));
    EXPECT_EQ(requests[2][4], QStringLiteral("法人或其他组织"));
    EXPECT_EQ(requests[4], (QStringList{QStringLiteral("一、本年新收政府信息公开申请数量"), {}, {}, QStringLiteral("45"), QStringLiteral("0"),
                                        QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("10"), QStringLiteral("45")}));
    EXPECT_EQ(requests[8][1], QStringLiteral("（三）不予公开"));
    EXPECT_EQ(requests[8][2], QStringLiteral("1.属于国家秘密"));
    // caption + 3 header rows + one row of 15 values
    ASSERT_EQ(reviews.size(), 5u);
    for (size_t i = 1; i < reviews.size(); ++i) EXPECT_EQ(reviews[i].size(), 15);
    EXPECT_EQ(reviews[1][5], QStringLiteral("行政诉讼"));
    EXPECT_EQ(reviews[4], QStringList(15, QStringLiteral("0")));
}

TEST(Csv, CorrectedCellKeepsItsOriginal) {
    const QString path = corpusPath("000_4e6edc37518c9b09.txt");
    Report report = readOrFail(path);
    const ReviewSession session = oneCorrection(path, CellRef{QStringLiteral("requests"), 0, 6}, 45, 55, QStringLiteral("行合计"));
    QString error;
    ASSERT_TRUE(applySession(session, report, sha256OfFile(path, &error), &error)) << error.toStdString();
    const ExportInput input = makeExportInput(report, &session);
    const std::vector<QStringList> records = parseCsv(csvText(buildCsv(input, CsvShape::Long)));
    const QStringList& total = records[1 + 22 + 6];
    EXPECT_EQ(total[9], QStringLiteral("总计"));
    EXPECT_EQ(total[10], QStringLiteral("55"));
    EXPECT_EQ(total[12], QStringLiteral("45"));
    EXPECT_EQ(total[13], QStringLiteral("corrected"));

    const QJsonObject json = exportJson(input);
    const QJsonArray corrections = json.value(QStringLiteral("corrections")).toArray();
    ASSERT_EQ(corrections.size(), 1);
    const QJsonObject c = corrections[0].toObject();
    EXPECT_EQ(c.value(QStringLiteral("table")).toString(), QStringLiteral("requests"));
    EXPECT_EQ(c.value(QStringLiteral("original")).toInt(), 45);
    EXPECT_EQ(c.value(QStringLiteral("value")).toInt(), 55);
    EXPECT_EQ(c.value(QStringLiteral("reason")).toString(), QStringLiteral("行合计"));
    const QJsonObject cell = json.value(QStringLiteral("tables")).toObject().value(QStringLiteral("requests")).toObject()
                                 .value(QStringLiteral("rows")).toArray()[0].toObject().value(QStringLiteral("cells")).toArray()[6].toObject();
    EXPECT_EQ(cell.value(QStringLiteral("value")).toInt(), 55);
    EXPECT_EQ(cell.value(QStringLiteral("original")).toInt(), 45);
    // The row total now holds; the column balance of 其他 is still open.
    bool rowTotal = false, column = false;
    for (const QJsonValue& f : json.value(QStringLiteral("findings")).toArray()) {
        rowTotal = rowTotal || f.toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("requests.row_total");
        column = column || f.toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("requests.column_balance");
    }
    EXPECT_FALSE(rowTotal);
    EXPECT_TRUE(column);
}

TEST(Csv, WriteIntoMissingFolderFailsAndCreatesNothing) {
    QTemporaryDir dir;
    const Report report = readOrFail(corpusPath("003_1ba3202efab2ed16.txt"));
    const QString path = dir.filePath(QStringLiteral("no-such-folder/out.csv"));
    EXPECT_FALSE(exportCsv(makeExportInput(report), path, CsvShape::Long).isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

}  // namespace
}  // namespace nianbao::test
