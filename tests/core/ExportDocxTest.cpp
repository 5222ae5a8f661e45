// The DOCX export read back: every part of the package, every value of the
// rebuilt tables, the merged headers, the narrative in order, the custom
// properties, and a corrected value in place.
#include "ExportTestSupport.h"

#include "export/DocxWriter.h"
#include "export/PrintedReport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace nianbao::test {
namespace {

struct Exported {
    Report report;
    QString path;
    std::vector<DocxBlock> body;
    std::vector<DocxTable> tables;
};

Exported exportCorpus(const QTemporaryDir& dir, const char* name, const DocxOptions& options = {},
                      const ReviewSession* session = nullptr) {
    Exported e;
    e.report = readOrFail(corpusPath(name));
    if (session) {
        QString error;
        EXPECT_TRUE(applySession(*session, e.report, sha256OfFile(corpusPath(name), &error), &error)) << error.toStdString();
    }
    e.path = dir.filePath(QString::fromUtf8(name) + QStringLiteral(".docx"));
    const QString error = exportDocx(makeExportInput(e.report, session), e.path, options);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    e.body = readDocxBody(zipEntry(e.path, QStringLiteral("word/document.xml")));
    e.tables = tablesOf(e.body);
    return e;
}

// A printed cell holds what the report holds: parsing it back gives the
// cell's value (a missing cell prints blank).
void expectValue(const DocxCell& printed, const ReportCell& cell, const std::string& where) {
    const CellValue expected = cell.value.kind == CellValue::Kind::Missing ? CellValue::blank() : cell.value;
    const CellValue back = parseCellValue(printed.text);
    EXPECT_EQ(back.kind, expected.kind) << where << " printed \"" << printed.text.toStdString() << '"';
    EXPECT_EQ(back.number, expected.number) << where << " printed \"" << printed.text.toStdString() << '"';
}

class DocxCorpus : public ::testing::TestWithParam<const char*> {};

TEST_P(DocxCorpus, PackageHasEveryPart) {
    QTemporaryDir dir;
    const Exported e = exportCorpus(dir, GetParam());
    const QStringList entries = zipEntryNames(e.path);
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                             "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
                             "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"})
        EXPECT_TRUE(entries.contains(QString::fromLatin1(part))) << part;
    EXPECT_EQ(entries.value(0), QStringLiteral("[Content_Types].xml"));
    const QByteArray types = zipEntry(e.path, QStringLiteral("[Content_Types].xml"));
    for (const char* part : {"/word/document.xml", "/word/styles.xml", "/docProps/custom.xml", "/word/footer1.xml"})
        EXPECT_TRUE(types.contains(part)) << part;
    const QByteArray rels = zipEntry(e.path, QStringLiteral("word/_rels/document.xml.rels"));
    EXPECT_TRUE(rels.contains("Target=\"styles.xml\""));
    EXPECT_TRUE(rels.contains("Target=\"footer1.xml\""));
}

TEST_P(DocxCorpus, RequestsTableHoldsEveryValue) {
    QTemporaryDir dir;
    const Exported e = exportCorpus(dir, GetParam());
    ASSERT_GE(e.tables.size(), 3u);
    const DocxTable& printed = e.tables[1];
    const ReportTable& table = *e.report.table(QStringLiteral("requests"));
    constexpr int kHeaderRows = 3;
    ASSERT_EQ(printed.size(), kHeaderRows + table.rows.size());
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const DocxRow& row = printed[kHeaderRows + r];
        ASSERT_GE(row.size(), 7u + 1);
        // The value cells are the last seven; the label is the cell before them.
        const size_t first = row.size() - 7;
        EXPECT_EQ(row[first - 1].text, table.spec->rows[r].label) << "row " << r;
        for (int c = 0; c < 7; ++c)
            expectValue(row[first + c], table.rows[r].cells[c], "table 三 row " + std::to_string(r) + " col " + std::to_string(c));
    }
}

TEST_P(DocxCorpus, ReviewsTableHoldsEveryValue) {
    QTemporaryDir dir;
    const Exported e = exportCorpus(dir, GetParam());
    ASSERT_GE(e.tables.size(), 3u);
    const DocxTable& printed = e.tables[2];
    const ReportTable& table = *e.report.table(QStringLiteral("reviews"));
    ASSERT_EQ(printed.size(), 4u);
    ASSERT_EQ(printed[3].size(), 15u);
    for (int c = 0; c < 15; ++c) expectValue(printed[3][c], table.rows[0].cells[c], "table 四 col " + std::to_string(c));
}

TEST_P(DocxCorpus, ActiveTableHoldsEveryValue) {
    QTemporaryDir dir;
    const Exported e = exportCorpus(dir, GetParam());
    ASSERT_GE(e.tables.size(), 1u);
    const DocxTable& printed = e.tables[0];
    size_t row = 0;
    for (const ReportTable& t : e.report.tables) {
        if (!t.spec->id.startsWith(QLatin1String("active."))) continue;
        ASSERT_LT(row + 1 + t.rows.size(), printed.size() + 1);
        EXPECT_EQ(printed[row].at(0).text, t.spec->heading);
        EXPECT_EQ(printed[row].at(0).gridSpan, 4);
        row += 2;  // item heading, column labels
        for (size_t r = 0; r < t.rows.size(); ++r, ++row) {
            EXPECT_EQ(printed[row].at(0).text, t.spec->rows[r].label);
            ASSERT_EQ(printed[row].size(), 1 + t.rows[r].cells.size());
            for (size_t c = 0; c < t.rows[r].cells.size(); ++c)
                expectValue(printed[row][1 + c], t.rows[r].cells[c], t.spec->id.toStdString() + " row " + std::to_string(r));
        }
    }
    EXPECT_EQ(row, printed.size());
}

TEST_P(DocxCorpus, NarrativeSectionsInOrderWithTablesUnderTheirHeadings) {
    QTemporaryDir dir;
    const Exported e = exportCorpus(dir, GetParam());
    ASSERT_FALSE(e.body.empty());
    EXPECT_EQ(e.body[0].style, QStringLiteral("Title"));
    std::vector<int> order;  // heading number (1-6) or 0 for a table
    for (const DocxBlock& b : e.body) {
        EXPECT_FALSE(b.text.contains(QStringLiteral("[bookmark"))) << b.text.toStdString();
        if (b.isTable) order.push_back(0);
        else if (b.style == QStringLiteral("Heading1")) order.push_back(sectionOfHeading(*e.report.spec, b.text) + 1);
    }
    EXPECT_EQ(order, (std::vector<int>{1, 2, 0, 3, 0, 4, 0, 5, 6}));
    // Every narrative paragraph of the source is there, in order.
    std::vector<QString> bodyText;
    for (const DocxBlock& b : e.body)
        if (!b.isTable && !b.text.isEmpty()) bodyText.push_back(b.text);
    size_t at = 0;
    for (const DocBlock& block : e.report.document.blocks) {
        if (block.kind != DocBlock::Kind::Paragraph) continue;
        const QString expected = removeDraftingLeftovers(e.report.source.originalLine(block.paragraph.span.line)).trimmed();
        if (expected.isEmpty()) continue;
        if (e.body[0].text.contains(expected)) continue;  // a fragment of the title
        while (at < bodyText.size() && bodyText[at] != expected) ++at;
        EXPECT_LT(at, bodyText.size()) << "paragraph lost or out of order: " << expected.toStdString();
    }
}

// The project's own DOCX importer reads the export back to the same tables.
TEST_P(DocxCorpus, ImporterReadsBackIdenticalTables) {
    QTemporaryDir dir;
    const Exported e = exportCorpus(dir, GetParam());
    const Report back = readOrFail(e.path);
    EXPECT_EQ(back.meta.version, e.report.meta.version);
    EXPECT_EQ(back.meta.year, e.report.meta.year);
    ASSERT_EQ(back.tables.size(), e.report.tables.size());
    for (const ReportTable& t : e.report.tables)
        for (size_t r = 0; r < t.rows.size(); ++r)
            EXPECT_EQ(rowValues(back, t.spec->id, int(r)), rowValues(e.report, t.spec->id, int(r))) << t.spec->id.toStdString() << " row " << r;
}

INSTANTIATE_TEST_SUITE_P(Corpus, DocxCorpus, ::testing::ValuesIn(kCorpusFiles),
                         [](const auto& info) { return "corpus" + std::string(info.param).substr(0, 3); });

TEST(DocxExport, RequestsHeaderAndLabelsAreMerged) {
    QTemporaryDir dir;
    const Exported e = exportCorpus(dir, "000_4e6edc37518c9b09.txt");
    const DocxTable& t = e.tables.at(1);
    // Corner note over three label columns and three header rows.
    EXPECT_EQ(t[0][0].gridSpan, 3);
    EXPECT_EQ(t[0][0].vMerge, QStringLiteral("restart"));
    EXPECT_TRUE(t[0][0].text.contains(QStringLiteral("勾稽关系")));
    EXPECT_EQ(t[1][0].vMerge, QStringLiteral("continue"));
    EXPECT_EQ(t[2][0].vMerge, QStringLiteral("continue"));
    EXPECT_EQ(t[0][1].text, QStringLiteral("申请人情况"));
    EXPECT_EQ(t[0][1].gridSpan, 7);
    // 自然人 | 法人或其他组织{5} | 总计, the outer two spanning two header rows.
    ASSERT_EQ(t[1].size(), 4u);
    EXPECT_EQ(t[1][1].text, QStringLiteral("自然人"));
    EXPECT_EQ(t[1][1].vMerge, QStringLiteral("restart"));
    EXPECT_EQ(t[1][2].text, QStringLiteral("法人或其他组织"));
    EXPECT_EQ(t[1][2].gridSpan, 5);
    EXPECT_EQ(t[1][3].text, QStringLiteral("总计"));
    EXPECT_EQ(t[1][3].vMerge, QStringLiteral("restart"));
    ASSERT_EQ(t[2].size(), 8u);
    EXPECT_EQ(t[2][1].vMerge, QStringLiteral("continue"));
    EXPECT_EQ(t[2][2].text, QStringLiteral("商业企业"));
    EXPECT_EQ(t[2][7].vMerge, QStringLiteral("continue"));
    // Rows: 一、 spans the three label columns; 三、本年度办理结果 stands
    // beside rows （一） to （七）; （三）不予公开 beside its eight items.
    EXPECT_EQ(t[3][0].gridSpan, 3);
    EXPECT_EQ(t[5][0].text, QStringLiteral("三、本年度办理结果"));
    EXPECT_EQ(t[5][0].vMerge, QStringLiteral("restart"));
    EXPECT_EQ(t[5][1].gridSpan, 2);
    for (int r = 6; r <= 24; ++r) EXPECT_EQ(t[r][0].vMerge, QStringLiteral("continue")) << r;
    EXPECT_EQ(t[7][1].text, QStringLiteral("（三）不予公开"));
    EXPECT_EQ(t[7][1].vMerge, QStringLiteral("restart"));
    for (int r = 8; r <= 14; ++r) EXPECT_EQ(t[r][1].vMerge, QStringLiteral("continue")) << r;
    EXPECT_EQ(t[15][1].text, QStringLiteral("（四）无法提供"));
    EXPECT_EQ(t[25][0].text, QStringLiteral("四、结转下年度继续办理"));
    EXPECT_EQ(t[25][0].gridSpan, 3);
}

TEST(DocxExport, ReviewsHeaderIsMergedInThreeLevels) {
    QTemporaryDir dir;
    const Exported e = exportCorpus(dir, "003_1ba3202efab2ed16.txt");
    const DocxTable& t = e.tables.at(2);
    ASSERT_EQ(t[0].size(), 2u);
    EXPECT_EQ(t[0][0].text, QStringLiteral("行政复议"));
    EXPECT_EQ(t[0][0].gridSpan, 5);
    EXPECT_EQ(t[0][1].text, QStringLiteral("行政诉讼"));
    EXPECT_EQ(t[0][1].gridSpan, 10);
    ASSERT_EQ(t[1].size(), 7u);
    for (int c = 0; c < 5; ++c) EXPECT_EQ(t[1][c].vMerge, QStringLiteral("restart")) << c;
    EXPECT_EQ(t[1][0].text, QStringLiteral("结果维持"));
    EXPECT_EQ(t[1][5].text, QStringLiteral("未经复议直接起诉"));
    EXPECT_EQ(t[1][5].gridSpan, 5);
    EXPECT_EQ(t[1][6].text, QStringLiteral("复议后起诉"));
    ASSERT_EQ(t[2].size(), 15u);
    for (int c = 0; c < 5; ++c) EXPECT_EQ(t[2][c].vMerge, QStringLiteral("continue")) << c;
    EXPECT_EQ(t[2][14].text, QStringLiteral("总计"));
}

TEST(DocxExport, TitleKeptOrBuilt) {
    QTemporaryDir dir;
    EXPECT_EQ(exportCorpus(dir, "000_4e6edc37518c9b09.txt").body.at(0).text,
              QStringLiteral("2020年宁河区人民政府办公室信息公开工作年度报告"));  // broken over two source lines
    const Exported noTitle = exportCorpus(dir, "004_f67e4a3518b11040.txt");
    // 004 names itself only in a body sentence, which is never read as the agency: the title has none.
    EXPECT_EQ(noTitle.body.at(0).text, QStringLiteral("2020年政府信息公开工作年度报告"));
    const Exported agencyOnly = exportCorpus(dir, "003_1ba3202efab2ed16.txt");
    EXPECT_EQ(agencyOnly.body.at(0).text, QStringLiteral("天津市宁河区人民政府2022年政府信息公开工作年度报告"));
    EXPECT_EQ(agencyOnly.body.at(1).style, QStringLiteral("Subtitle"));  // the agency line under it
}

TEST(DocxExport, DraftingLeftoversRemoved) {
    EXPECT_EQ(removeDraftingLeftovers(QStringLiteral("[bookmark: _GoBack]严格落实《条例》")), QStringLiteral("严格落实《条例》"));
    QTemporaryDir dir;
    const Exported e = exportCorpus(dir, "000_4e6edc37518c9b09.txt");
    bool found = false;
    for (const DocxBlock& b : e.body) found = found || b.text.startsWith(QStringLiteral("严格落实《条例》《规定》"));
    EXPECT_TRUE(found);
}

TEST(DocxExport, CustomPropertiesLogTheCorrections) {
    QTemporaryDir dir;
    const QString report = corpusPath("000_4e6edc37518c9b09.txt");
    const ReviewSession session = oneCorrection(report, CellRef{QStringLiteral("requests"), 0, 6}, 45, 55,
                                                QStringLiteral("总计应等于各列之和"));
    const Exported e = exportCorpus(dir, "000_4e6edc37518c9b09.txt", DocxOptions{true}, &session);
    const auto props = readCustomProperties(zipEntry(e.path, QStringLiteral("docProps/custom.xml")));
    EXPECT_EQ(props.at(QStringLiteral("nianbao.corrections")), QStringLiteral("1"));
    EXPECT_TRUE(props.count(QStringLiteral("nianbao.corrected_by")));
    EXPECT_EQ(props.at(QStringLiteral("nianbao.corrected_at")),
              QDateTime(QDate(2021, 1, 20), QTime(9, 30)).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    EXPECT_EQ(props.at(QStringLiteral("nianbao.source_sha256")), QString::fromLatin1(session.sourceSha256));
    EXPECT_EQ(props.at(QStringLiteral("nianbao.source_sha256")).size(), 64);
    EXPECT_EQ(props.at(QStringLiteral("nianbao.format_version")), QStringLiteral("2019"));
    const QString log = props.at(QStringLiteral("nianbao.correction.1"));
    EXPECT_TRUE(log.contains(QStringLiteral("表三“一、本年新收政府信息公开申请数量”行“总计”列：45 → 55"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("总计应等于各列之和")));

    // The corrected value is printed in place; the appendix names the change.
    EXPECT_EQ(e.tables.at(1).at(3).back().text, QStringLiteral("55"));
    const DocxTable& corrections = e.tables.at(3);
    ASSERT_EQ(corrections.size(), 2u);
    EXPECT_EQ(corrections[1][2].text, QStringLiteral("45"));
    EXPECT_EQ(corrections[1][3].text, QStringLiteral("55"));
    EXPECT_EQ(corrections[1][5].text, QStringLiteral("总计应等于各列之和"));
    const QByteArray core = zipEntry(e.path, QStringLiteral("docProps/core.xml"));
    EXPECT_TRUE(core.contains("<dc:title>2020年宁河区人民政府办公室信息公开工作年度报告</dc:title>"));
}

TEST(DocxExport, WithoutCorrectionsTheLogIsEmpty) {
    QTemporaryDir dir;
    const Exported e = exportCorpus(dir, "002_be932dc10881290c.txt");
    const auto props = readCustomProperties(zipEntry(e.path, QStringLiteral("docProps/custom.xml")));
    EXPECT_EQ(props.at(QStringLiteral("nianbao.corrections")), QStringLiteral("0"));
    EXPECT_EQ(props.count(QStringLiteral("nianbao.correction.1")), 0u);
    EXPECT_EQ(e.tables.size(), 3u);  // no appendix unless asked
}

TEST(DocxExport, FailedExportLeavesTheExistingFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("good.docx"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("previous export");
    }
    Report empty;  // no format: nothing can be built
    ExportInput input;
    input.report = &empty;
    EXPECT_FALSE(exportDocx(input, path).isEmpty());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("previous export"));
}

TEST(DocxExport, RefusesToOverwriteTheSource) {
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("report.txt"));
    ASSERT_TRUE(QFile::copy(corpusPath("002_be932dc10881290c.txt"), source));
    const QByteArray before = [&] { QFile f(source); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    const Report report = readOrFail(source);
    const QString error = exportDocx(makeExportInput(report), dir.filePath(QStringLiteral("./../") + QFileInfo(dir.path()).fileName() + QStringLiteral("/report.txt")));
    EXPECT_TRUE(error.contains(QStringLiteral("原报告"))) << error.toStdString();
    QFile f(source);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

}  // namespace
}  // namespace nianbao::test

