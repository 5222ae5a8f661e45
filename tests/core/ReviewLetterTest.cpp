// Review letters (审核意见书): the problems a letter lists are the report's
// findings, placed and valued as read by hand from the corpus; the header
// names the agency and year; the CLI writes one letter per report and a
// summary, never over an input.
#include "ExportTestSupport.h"

#include "batch/ReviewLetters.h"
#include "check/RuleCatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace nianbao::test {
namespace {

const LetterSettings kSettings{QStringLiteral("某某区政务公开办公室"), QStringLiteral("请于五个工作日内修改后重新报送。"), QDate(2026, 3, 5)};

// The letter's body paragraphs and tables, read back from the package.
struct Letter {
    std::vector<DocxBlock> body;
    std::vector<DocxTable> tables;
    QString text;  // every paragraph, one per line
};

Letter readLetter(const QByteArray& docx, const QTemporaryDir& dir, const QString& name = QStringLiteral("letter.docx")) {
    const QString path = writeFile(dir, name, docx);
    Letter letter;
    letter.body = readDocxBody(zipEntry(path, QStringLiteral("word/document.xml")));
    letter.tables = tablesOf(letter.body);
    for (const DocxBlock& b : letter.body)
        if (!b.isTable) letter.text += b.text + QLatin1Char('\n');
    return letter;
}

Letter letterOf(const char* name, const QTemporaryDir& dir) {
    const LetterOutcome outcome = reviewLetterFor({corpusPath(name), {}}, kSettings);
    EXPECT_FALSE(outcome.letter.isEmpty()) << outcome.error.toStdString();
    return readLetter(outcome.letter, dir);
}

QStringList rowTexts(const DocxRow& row) {
    QStringList out;
    for (const DocxCell& c : row) out << c.text;
    return out;
}

// The header table: 报送单位 | agency | 报告年度 | year, 审核单位 | office | 审核日期 | date, 报告文件 | file.
void expectHeader(const Letter& letter, const QString& agency, const QString& year, const QString& file) {
    ASSERT_GE(letter.tables.size(), 1u);
    const DocxTable& header = letter.tables.front();
    ASSERT_EQ(header.size(), 3u);
    EXPECT_EQ(rowTexts(header[0]), (QStringList{QStringLiteral("报送单位"), agency, QStringLiteral("报告年度"), year}));
    EXPECT_EQ(rowTexts(header[1]), (QStringList{QStringLiteral("审核单位"), QStringLiteral("某某区政务公开办公室"), QStringLiteral("审核日期"),
                                                QStringLiteral("2026年3月5日")}));
    EXPECT_EQ(rowTexts(header[2]), (QStringList{QStringLiteral("报告文件"), file}));
    EXPECT_EQ(header[2][1].gridSpan, 3);
}

class LetterCorpus : public ::testing::TestWithParam<const char*> {};

TEST_P(LetterCorpus, ListsEveryErrorAndWarningOfTheReport) {
    QTemporaryDir dir;
    const Report report = readOrFail(corpusPath(GetParam()));
    const std::vector<Finding> findings = checkReport(report);
    const FindingCounts counts = countFindings(findings);
    const Letter letter = letterOf(GetParam(), dir);
    const int problems = counts.errors + counts.warnings;
    // Header, then the problems table when there are problems.
    ASSERT_EQ(letter.tables.size(), problems > 0 ? 2u : 1u);
    if (problems > 0) {
        const DocxTable& table = letter.tables[1];
        ASSERT_EQ(static_cast<int>(table.size()), 1 + problems);
        EXPECT_EQ(rowTexts(table[0]), (QStringList{QStringLiteral("序号"), QStringLiteral("级别"), QStringLiteral("位置"), QStringLiteral("存在的问题"),
                                                   QStringLiteral("应为"), QStringLiteral("依据")}));
        int row = 1;
        for (const Finding& f : findings) {
            if (f.severity == Severity::Info) continue;
            EXPECT_EQ(table[row][0].text, QString::number(row));
            EXPECT_EQ(table[row][1].text, severityDisplayName(f.severity));
            EXPECT_EQ(table[row][3].text, f.message);
            EXPECT_EQ(table[row][5].text, findRule(f.rule)->title + f.rule);  // two lines: title, id
            ++row;
        }
        EXPECT_TRUE(letter.text.contains(QStringLiteral("发现以下 %1 个问题（错误 %2 个，警告 %3 个）").arg(problems).arg(counts.errors).arg(counts.warnings)));
    } else {
        EXPECT_TRUE(letter.text.contains(QStringLiteral("审核通过")));
    }
    // The closing: the settings' text, then the office and the date at the right.
    ASSERT_GE(letter.body.size(), 3u);
    const DocxBlock& office = letter.body[letter.body.size() - 2];
    const DocxBlock& date = letter.body.back();
    EXPECT_EQ(office.style, QStringLiteral("Signature"));
    EXPECT_EQ(office.text, QStringLiteral("某某区政务公开办公室"));
    EXPECT_EQ(date.text, QStringLiteral("2026年3月5日"));
    EXPECT_TRUE(letter.text.contains(QStringLiteral("请于五个工作日内修改后重新报送。")));
}

INSTANTIATE_TEST_SUITE_P(Corpus, LetterCorpus, ::testing::ValuesIn(kCorpusFiles),
                         [](const auto& info) { return "corpus" + std::string(info.param).substr(0, 3); });

TEST(ReviewLetter, Report000NamesTheCellsAndTheBalancingValue) {
    QTemporaryDir dir;
    const Letter letter = letterOf("000_4e6edc37518c9b09.txt", dir);
    expectHeader(letter, QStringLiteral("宁河区人民政府办公室"), QStringLiteral("2020年度"), QStringLiteral("000_4e6edc37518c9b09.txt"));
    EXPECT_EQ(letter.body[0].style, QStringLiteral("Title"));
    EXPECT_EQ(letter.body[0].text, QStringLiteral("政府信息公开工作年度报告审核意见书"));
    EXPECT_TRUE(letter.text.contains(QStringLiteral("宁河区人民政府办公室：\n")));
    EXPECT_TRUE(letter.text.contains(QStringLiteral("你单位报送的《2020年宁河区人民政府办公室信息公开工作年度报告》已收悉。")));
    // Two errors and three warnings, in source order (lines 11, 112, 113, 266, 399).
    const DocxTable& problems = letter.tables.at(1);
    ASSERT_EQ(problems.size(), 6u);
    // Line 11: the Word bookmark left in the text, quoted in its sentence.
    EXPECT_TRUE(problems[1][2].text.startsWith(QStringLiteral("正文第11行："))) << problems[1][2].text.toStdString();
    EXPECT_TRUE(problems[1][3].text.contains(QStringLiteral("[bookmark: _GoBack]")));
    // Line 112: the 其他 column does not balance: 10 new, nothing handled or carried over.
    EXPECT_EQ(problems[2][1].text, QStringLiteral("错误"));
    EXPECT_EQ(problems[2][2].text, QStringLiteral("表三“法人或其他组织·其他”列"));
    EXPECT_EQ(problems[2][4].text, QStringLiteral("—"));
    EXPECT_TRUE(problems[2][5].text.endsWith(QStringLiteral("requests.column_balance")));
    // Line 113: row 一 says 总计 45 but 45 + 10 = 55.
    EXPECT_EQ(problems[3][2].text, QStringLiteral("表三第1行“一、本年新收政府信息公开申请数量”“总计”列"));
    EXPECT_EQ(problems[3][4].text, QStringLiteral("55"));
    EXPECT_TRUE(problems[3][3].text.contains(QStringLiteral("总计应为 55")));
    // Line 266: the typo "(五)不予处9理"; line 399: "5、 存在的主要问题…" numbered wrongly.
    EXPECT_TRUE(problems[4][3].text.contains(QStringLiteral("（五）不予处理")));
    EXPECT_TRUE(problems[5][2].text.startsWith(QStringLiteral("正文第399行")));
}

// The portal page r09 balances and its text agrees with its tables; its
// legal-person columns are blank (read as 0, noted).
const char* const kPassing = "real/r09_shuyangfagaiju_2023.html";

TEST(ReviewLetter, PassingReportSaysSo) {
    QTemporaryDir dir;
    const Letter letter = letterOf(kPassing, dir);
    expectHeader(letter, QStringLiteral("沭阳县发展和改革局"), QStringLiteral("2023年度"), QStringLiteral("r09_shuyangfagaiju_2023.html"));
    ASSERT_EQ(letter.tables.size(), 1u);  // no problems table
    EXPECT_TRUE(letter.text.contains(QStringLiteral("均未发现需要修改的问题，审核通过。")));
    EXPECT_TRUE(letter.text.contains(QStringLiteral("另有 25 条提示")));
    // Nothing to correct: no request for a corrected report.
    EXPECT_TRUE(letter.text.contains(QStringLiteral("特此告知。")));
    EXPECT_FALSE(letter.text.contains(QStringLiteral("请于五个工作日内")));
}

TEST(ReviewLetter, Report001NamesTheNarrativeSentences) {
    QTemporaryDir dir;
    const Letter letter = letterOf("001_ffb7cb016be5db93.txt", dir);
    expectHeader(letter, QStringLiteral("鄞州区人民政府办公室"), QStringLiteral("2020年度"), QStringLiteral("001_ffb7cb016be5db93.txt"));
    // Line 16 says 行政复议结案1件 and 行政诉讼0件; table 四 has 4 and 10.
    const DocxTable& problems = letter.tables.at(1);
    ASSERT_EQ(problems.size(), 3u);
    for (int row : {1, 2}) {
        EXPECT_EQ(problems[row][1].text, QStringLiteral("警告"));
        EXPECT_TRUE(problems[row][2].text.startsWith(QStringLiteral("正文第16行：“"))) << problems[row][2].text.toStdString();
        EXPECT_TRUE(problems[row][5].text.endsWith(QStringLiteral("narrative.mismatch")));
    }
    EXPECT_TRUE(problems[1][3].text.contains(QStringLiteral("但表四中为 4")));
    EXPECT_TRUE(problems[2][3].text.contains(QStringLiteral("但表四中为 10")));
    EXPECT_TRUE(letter.text.contains(QStringLiteral("另有 25 条提示")));
}

TEST(ReviewLetter, Report004WithoutAgencySaysItIsUnnamed) {
    QTemporaryDir dir;
    const Letter letter = letterOf("004_f67e4a3518b11040.txt", dir);
    expectHeader(letter, QStringLiteral("（报告未写明单位名称）"), QStringLiteral("2020年度"), QStringLiteral("004_f67e4a3518b11040.txt"));
}

TEST(ReviewLetter, SummaryCountsPassedAndFailedReports) {
    std::vector<LetterSummaryRow> rows;
    for (const char* name : kCorpusFiles) rows.push_back(reviewLetterFor({corpusPath(name), {}}, kSettings).row);
    rows.push_back(reviewLetterFor({corpusPath(kPassing), {}}, kSettings).row);
    rows.push_back(reviewLetterFor({QStringLiteral("/nonexistent/x.txt"), QStringLiteral("文件不存在")}, kSettings).row);
    QString error;
    QTemporaryDir dir;
    const Letter summary = readLetter(buildSummaryLetter(rows, kSettings, &error), dir);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(summary.tables.size(), 2u);
    const DocxTable& table = summary.tables[1];
    ASSERT_EQ(table.size(), 8u);
    EXPECT_EQ(rowTexts(table[0]), (QStringList{QStringLiteral("序号"), QStringLiteral("报告文件"), QStringLiteral("报送单位"), QStringLiteral("年度"),
                                               QStringLiteral("错误"), QStringLiteral("警告"), QStringLiteral("主要问题")}));
    // 000: two balance errors (the row total and the 其他 column), three warnings.
    EXPECT_EQ(rowTexts(table[1]).mid(0, 6), (QStringList{QStringLiteral("1"), QStringLiteral("000_4e6edc37518c9b09.txt"),
                                                         QStringLiteral("宁河区人民政府办公室"), QStringLiteral("2020"), QStringLiteral("2"),
                                                         QStringLiteral("3")}));
    EXPECT_EQ(table[1][6].text, QStringLiteral("%1（1处）；%2（1处）；%3（1处）")
                                    .arg(findRule(QStringLiteral("requests.column_balance"))->title, findRule(QStringLiteral("requests.row_total"))->title,
                                         findRule(QStringLiteral("text.artifact"))->title));
    EXPECT_EQ(rowTexts(table[2]).mid(1, 6), (QStringList{QStringLiteral("001_ffb7cb016be5db93.txt"), QStringLiteral("鄞州区人民政府办公室"),
                                                         QStringLiteral("2020"), QStringLiteral("0"), QStringLiteral("2"),
                                                         findRule(QStringLiteral("narrative.mismatch"))->title + QStringLiteral("（2处）")}));
    EXPECT_EQ(rowTexts(table[6]).mid(1, 6), (QStringList{QStringLiteral("r09_shuyangfagaiju_2023.html"), QStringLiteral("沭阳县发展和改革局"),
                                                         QStringLiteral("2023"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("审核通过")}));
    EXPECT_EQ(table[7][6].text, QStringLiteral("无法读取：文件不存在"));
    int passed = 0, withErrors = 0, withWarnings = 0;
    for (size_t i = 0; i < 6; ++i) {
        const FindingCounts& c = rows[i].summary.counts;
        if (c.errors) ++withErrors;
        else if (c.warnings) ++withWarnings;
        else ++passed;
    }
    EXPECT_TRUE(summary.text.contains(QStringLiteral("本次共审核政府信息公开工作年度报告 7 份：审核通过 %1 份，存在错误 %2 份，仅有警告 %3 份，无法读取 1 份。")
                                          .arg(passed)
                                          .arg(withErrors)
                                          .arg(withWarnings)))
        << summary.text.toStdString();
    EXPECT_EQ(passed, 1);  // r09; each of the five corpus drafts has something to fix
    EXPECT_EQ(withErrors, 1);  // 000
}

TEST(ReviewLetterCli, OneLetterPerReportAndASummary) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("letters"));
    QStringList args{QStringLiteral("review-letters"), QStringLiteral("--out"), out, QStringLiteral("--office"), QStringLiteral("某某区政务公开办公室"),
                     QStringLiteral("--date"), QStringLiteral("2026-03-05")};
    for (const char* name : kCorpusFiles) args << corpusPath(name);
    args << corpusPath(kPassing);
    const CliRun r = runCli(args);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();  // 000 has errors
    QStringList expected;
    for (const char* name : kCorpusFiles) expected << QString::fromLatin1(name).section(QLatin1Char('.'), 0, 0) + QStringLiteral("-审核意见书.docx");
    expected << QStringLiteral("r09_shuyangfagaiju_2023-审核意见书.docx") << QStringLiteral("审核情况汇总.docx");
    QStringList written = QDir(out).entryList(QDir::Files);
    written.sort();
    expected.sort();
    EXPECT_EQ(written, expected);
    EXPECT_TRUE(r.out.contains(QStringLiteral("r09_shuyangfagaiju_2023.html: 审核通过 → "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("000_4e6edc37518c9b09.txt: 2 个错误，3 个警告 → ")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("审核情况汇总（6 份报告）")));
    const QString agencyLine = QString::fromUtf8(zipEntry(QDir(out).filePath(QStringLiteral("000_4e6edc37518c9b09-审核意见书.docx")),
                                                          QStringLiteral("word/document.xml")));
    EXPECT_TRUE(agencyLine.contains(QStringLiteral("宁河区人民政府办公室：")));
}

TEST(ReviewLetterCli, SameNamesGetNumbersAndAnInputIsNeverOverwritten) {
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("a"));
    QDir(dir.path()).mkpath(QStringLiteral("b"));
    ASSERT_TRUE(QFile::copy(corpusPath("000_4e6edc37518c9b09.txt"), dir.filePath(QStringLiteral("a/r.txt"))));
    ASSERT_TRUE(QFile::copy(corpusPath("001_ffb7cb016be5db93.txt"), dir.filePath(QStringLiteral("b/r.txt"))));
    // A report (text, whatever its name says) sitting where a's letter would go.
    const QString input = dir.filePath(QStringLiteral("a/r-审核意见书.docx"));
    ASSERT_TRUE(QFile::copy(corpusPath("002_be932dc10881290c.txt"), input));
    const CliRun r = runCli({QStringLiteral("review-letters"), QStringLiteral("--out"), dir.filePath(QStringLiteral("a")), QStringLiteral("--jobs"),
                             QStringLiteral("2"), dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    QFile kept(input);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), corpusText("002_be932dc10881290c.txt").toUtf8());
    // Folder a lists r-审核意见书.docx (the input) before r.txt.
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("a/r-审核意见书-审核意见书.docx"))));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("a/r-审核意见书-2.docx"))));  // a/r.txt
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("a/r-审核意见书-3.docx"))));  // b/r.txt
    const QString b = QString::fromUtf8(zipEntry(dir.filePath(QStringLiteral("a/r-审核意见书-3.docx")), QStringLiteral("word/document.xml")));
    EXPECT_TRUE(b.contains(QStringLiteral("鄞州区人民政府办公室"))) << "b/r.txt is report 001";
}

TEST(ReviewLetterCli, BadArgumentsWriteNothing) {
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("plain"), "x");
    EXPECT_EQ(runCli({QStringLiteral("review-letters"), corpusPath("000_4e6edc37518c9b09.txt")}).exitCode, 2);  // no --out
    const CliRun notAFolder = runCli({QStringLiteral("review-letters"), QStringLiteral("--out"), file, corpusPath("000_4e6edc37518c9b09.txt")});
    EXPECT_EQ(notAFolder.exitCode, 2);
    EXPECT_TRUE(notAFolder.err.contains(QStringLiteral("不是文件夹")));
    const CliRun badDate = runCli({QStringLiteral("review-letters"), QStringLiteral("--out"), dir.path(), QStringLiteral("--date"),
                                   QStringLiteral("2026-13-40"), corpusPath("000_4e6edc37518c9b09.txt")});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("plain")});
}

}  // namespace
}  // namespace nianbao::test
