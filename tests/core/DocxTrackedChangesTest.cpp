// A Word report sent back as the clerk's own file: the corrected cell as a
// tracked change, the findings as comments, every other byte of the package
// untouched — checked part by part, through LibreOffice and through the
// project's own reader.
#include "ExportTestSupport.h"
#include "OfficeConvert.h"
#include "RichDocxFixture.h"

#include "check/RelationChecker.h"
#include "export/DocxTrackedChanges.h"

#include <QFile>
#include <QRegularExpression>

namespace nianbao::test {
namespace {

const char* const kReport = "001_ffb7cb016be5db93.txt";
const CellRef kTotal{QStringLiteral("requests"), 0, 6};  // 表三 一、本年新收 · 总计
const QString kWrongTotal = QStringLiteral("4321");

// The corpus report as a rich Word file whose 表三 new-requests total is wrong.
struct WrongTotal {
    QTemporaryDir dir;
    QString path;
    QByteArray bytes;
    double rightTotal = 0;
};

void makeWrongTotal(WrongTotal* w) {
    QString text = corpusText(kReport);
    const Report textReport = readTextOrFail(text);
    const ReportCell* total = textReport.cell(kTotal);
    ASSERT_TRUE(total && total->span.isValid());
    w->rightTotal = total->value.number;
    QString line = textReport.source.originalLine(total->span.line);
    line.replace(total->span.column, total->span.endColumn - total->span.column, kWrongTotal);
    text = replaceLine(text, total->span.line, line);
    w->bytes = richDocx(text);
    w->path = writeFile(w->dir, QStringLiteral("鄞州区年报.docx"), w->bytes);
}

// document.xml with every tracked change accepted and every comment mark removed.
QString accepted(QString xml) {
    xml.remove(QRegularExpression(QStringLiteral("<w:del [^>]*>.*?</w:del>")));
    xml.remove(QRegularExpression(QStringLiteral("</?w:ins( [^>]*)?>")));
    xml.remove(QRegularExpression(QStringLiteral("<w:commentRange(Start|End) [^>]*/>")));
    xml.remove(QRegularExpression(QStringLiteral("<w:r><w:commentReference [^>]*/></w:r>")));
    return xml;
}

// The exported copy, written by the CLI from a session correcting the total.
struct Exported {
    WrongTotal source;
    QString path;
    CliRun run;
};

void exportCorrected(Exported* e, const QStringList& extra = {}) {
    makeWrongTotal(&e->source);
    const Report report = readOrFail(e->source.path);
    ASSERT_EQ(report.meta.format, QStringLiteral("docx"));
    ASSERT_EQ(report.cell(kTotal)->value.number, kWrongTotal.toDouble());
    ReviewSession session = oneCorrection(e->source.path, kTotal, kWrongTotal.toDouble(), e->source.rightTotal, QStringLiteral("行合计"));
    session.formatVersion = report.meta.version;
    const QString sessionPath = e->source.dir.filePath(QStringLiteral("s.nianbao.json"));
    saveOrFail(session, sessionPath);
    e->path = e->source.dir.filePath(QStringLiteral("退回.docx"));
    e->run = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--docx"), e->path, QStringLiteral("--session"), sessionPath} + extra +
                    QStringList{e->source.path});
    ASSERT_LE(e->run.exitCode, 1) << e->run.err.toStdString();
}

TEST(DocxTrackedChanges, OnlyTheCorrectedCellChangesAsATrackedChange) {
    Exported e;
    ASSERT_NO_FATAL_FAILURE(exportCorrected(&e, {QStringLiteral("--comments")}));
    EXPECT_TRUE(e.run.out.contains(QStringLiteral("修订单元格 1 处"))) << e.run.out.toStdString();

    // Every part but the document, its relationships and the content types: the same bytes.
    const QStringList before = zipEntryNames(e.source.path);
    const QStringList after = zipEntryNames(e.path);
    const QSet<QString> rewritten{QStringLiteral("word/document.xml"), QStringLiteral("word/_rels/document.xml.rels"),
                               QStringLiteral("[Content_Types].xml")};
    for (const QString& name : before) {
        ASSERT_TRUE(after.contains(name)) << name.toStdString();
        if (!rewritten.contains(name)) EXPECT_EQ(zipEntry(e.path, name), zipEntry(e.source.path, name)) << name.toStdString();
    }
    EXPECT_EQ(QSet<QString>(after.begin(), after.end()) - QSet<QString>(before.begin(), before.end()),
              QSet<QString>{QStringLiteral("word/comments.xml")});
    // The relationships and content types only gained the comments part.
    QByteArray rels = zipEntry(e.path, QStringLiteral("word/_rels/document.xml.rels"));
    EXPECT_EQ(rels.replace(QByteArray("<Relationship Id=\"rIdNianbaoComments\" "
                                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"),
                           QByteArray()),
              zipEntry(e.source.path, QStringLiteral("word/_rels/document.xml.rels")));
    QByteArray types = zipEntry(e.path, QStringLiteral("[Content_Types].xml"));
    EXPECT_EQ(types.replace(QByteArray("<Override PartName=\"/word/comments.xml\" "
                                       "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"),
                            QByteArray()),
              zipEntry(e.source.path, QStringLiteral("[Content_Types].xml")));

    // document.xml: with the change accepted and the comments taken out, it is
    // the original with the wrong total's runs replaced by one run of the right
    // total — keeping the runs' font and size.
    const QString original = QString::fromUtf8(zipEntry(e.source.path, QStringLiteral("word/document.xml")));
    const QString edited = QString::fromUtf8(zipEntry(e.path, QStringLiteral("word/document.xml")));
    const QString properties = QStringLiteral("<w:rPr>%1</w:rPr>").arg(kTableRunProperties);
    const QString oldRuns = QStringLiteral("<w:r>%1<w:t xml:space=\"preserve\">43</w:t></w:r><w:r>%1<w:t xml:space=\"preserve\">21</w:t></w:r>").arg(properties);
    ASSERT_EQ(original.count(oldRuns), 1);
    const QString right = QString::number(e.source.rightTotal);
    QString expected = original;
    expected.replace(oldRuns, QStringLiteral("<w:r>%1<w:t xml:space=\"preserve\">%2</w:t></w:r>").arg(properties, right));
    EXPECT_EQ(accepted(edited), expected);
    // The old value is kept as deleted text, the new one inserted, both by the default author.
    EXPECT_TRUE(edited.contains(QStringLiteral("<w:delText xml:space=\"preserve\">43</w:delText>")));
    const QRegularExpression insertion(QStringLiteral("<w:ins w:id=\"(\\d+)\" w:author=\"年报审校\" w:date=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\">"
                                                      "<w:r>%1<w:t xml:space=\"preserve\">%2</w:t></w:r></w:ins>")
                                           .arg(QRegularExpression::escape(properties), right));
    EXPECT_TRUE(insertion.match(edited).hasMatch());
    // Every annotation id is unique.
    QStringList ids;
    for (const QRegularExpressionMatch& m : QRegularExpression(QStringLiteral("<w:(?:ins|del|commentRangeStart) w:id=\"(\\d+)\"")).globalMatch(edited))
        ids << m.captured(1);
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());

    // Read back through the importer: w:ins counts, w:del does not.
    const Report back = readOrFail(e.path);
    EXPECT_EQ(back.cell(kTotal)->value.number, e.source.rightTotal);
    for (const Finding& f : checkReport(back)) EXPECT_FALSE(f.isRelation && f.involves(kTotal)) << f.message.toStdString();
}

TEST(DocxTrackedChanges, EveryOpenFindingIsACommentOnItsCell) {
    Exported e;
    ASSERT_NO_FATAL_FAILURE(exportCorrected(&e, {QStringLiteral("--comments"), QStringLiteral("--track-author"), QStringLiteral("区政务公开办")}));
    const Report corrected = readOrFail(e.path);
    const std::vector<Finding> findings = checkReport(corrected);
    const QString comments = QString::fromUtf8(zipEntry(e.path, QStringLiteral("word/comments.xml")));
    const QString document = QString::fromUtf8(zipEntry(e.path, QStringLiteral("word/document.xml")));
    const qsizetype count = comments.count(QStringLiteral("<w:comment "));
    EXPECT_EQ(count, qsizetype(findings.size()));
    for (const Finding& f : findings) EXPECT_TRUE(comments.contains(f.message.toHtmlEscaped())) << f.message.toStdString();
    EXPECT_EQ(comments.count(QStringLiteral("w:author=\"区政务公开办\"")), count);
    EXPECT_EQ(document.count(QStringLiteral("<w:commentRangeStart ")), count);
    EXPECT_EQ(document.count(QStringLiteral("<w:commentRangeEnd ")), count);
    EXPECT_EQ(document.count(QStringLiteral("<w:commentReference ")), count);
    EXPECT_TRUE(document.contains(QStringLiteral("w:author=\"区政务公开办\"")));
}

TEST(DocxTrackedChanges, LibreOfficeOpensTheCopyAndShowsTheNewValue) {
    if (office().isEmpty()) GTEST_SKIP() << "LibreOffice is not on PATH; install libreoffice-writer-nogui to run this test";
    Exported e;
    ASSERT_NO_FATAL_FAILURE(exportCorrected(&e, {QStringLiteral("--comments")}));
    QTemporaryDir out;
    // LibreOffice's own document model, saved as ODT: one deletion and one
    // insertion by the author, and every comment as an annotation.
    const QString odt = convert(e.path, QStringLiteral("odt"), out);
    const QString content = QString::fromUtf8(zipEntry(odt, QStringLiteral("content.xml")));
    ASSERT_FALSE(content.isEmpty()) << odt.toStdString();
    EXPECT_EQ(content.count(QStringLiteral("<text:deletion><office:change-info><dc:creator>年报审校</dc:creator>")), 1);
    EXPECT_EQ(content.count(QStringLiteral("<text:insertion><office:change-info><dc:creator>年报审校</dc:creator>")), 1);
    const qsizetype comments = QString::fromUtf8(zipEntry(e.path, QStringLiteral("word/comments.xml"))).count(QStringLiteral("<w:comment "));
    EXPECT_GT(comments, 0);
    EXPECT_EQ(content.count(QStringLiteral("<office:annotation ")), comments);
    // Its text export writes a changed cell's deleted text, then the inserted
    // text: the wrong total followed by the right one, in the 本年新收 row.
    QFile txtFile(convert(e.path, QStringLiteral("txt:Text"), out));
    ASSERT_TRUE(txtFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(txtFile.readAll()).split(QLatin1Char('\n'));
    const qsizetype row = lines.indexOf(QStringLiteral("一、本年新收政府信息公开申请数量"));
    ASSERT_GE(row, 0);
    const QStringList cells = lines.mid(row + 1, 7);  // 自然人 … 总计
    EXPECT_EQ(cells.last(), kWrongTotal + QString::number(e.source.rightTotal)) << cells.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("宁波市鄞州区人民政府办公室")));  // the signature block is still there
}

// A text fix the user accepted (a drafting leftover, a label typo) is a tracked change too.
TEST(DocxTrackedChanges, AcceptedTextFixesBecomeTrackedChanges) {
    QString text = corpusText("000_4e6edc37518c9b09.txt");
    ASSERT_TRUE(text.contains(QStringLiteral("[bookmark: _GoBack]")));
    text.replace(QStringLiteral("本年新收政府信息公开申请数量"), QStringLiteral("本年新收政府信息公开申清数量"));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("report.docx"), richDocx(text));
    const Report report = readOrFail(path);
    const ExportInput input = makeExportInput(report);
    TrackedDocxOptions options;
    options.comments = false;
    for (const Finding& f : input.findings)
        if (f.fix && (f.rule == QLatin1String("text.artifact") || f.rule == QLatin1String("text.label_typo"))) options.acceptedFixes.push_back(f);
    ASSERT_EQ(options.acceptedFixes.size(), 2u);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const TrackedDocx tracked = buildTrackedDocx(input, file.readAll(), options);
    ASSERT_TRUE(tracked.error.isEmpty()) << tracked.error.toStdString();
    EXPECT_EQ(tracked.appliedFixes, 2) << tracked.skipped.join(QLatin1Char('\n')).toStdString();
    const QString out = writeFile(dir, QStringLiteral("fixed.docx"), tracked.bytes);
    const QString document = QString::fromUtf8(zipEntry(out, QStringLiteral("word/document.xml")));
    EXPECT_TRUE(document.contains(QStringLiteral("_GoBack]</w:delText>")));
    EXPECT_TRUE(document.contains(QStringLiteral("申清</w:delText>")) || document.contains(QStringLiteral("申清数量</w:delText>"))
                || document.contains(QStringLiteral("本年新收政府信息公开申清数量</w:delText>")));
    const Report back = readOrFail(out);
    for (const Finding& f : checkReport(back)) {
        EXPECT_NE(f.rule, QStringLiteral("text.label_typo")) << f.message.toStdString();
        EXPECT_FALSE(f.rule == QLatin1String("text.artifact") && f.message.contains(QStringLiteral("_GoBack"))) << f.message.toStdString();
    }
}

// The fixes ticked in the workbench travel in the session: the CLI writes
// exactly those, and all of them only with --apply-text-fixes.
TEST(DocxTrackedChanges, CliWritesTheTextFixesTickedInTheSession) {
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("report.docx"), richDocx(corpusText("000_4e6edc37518c9b09.txt")));
    const Report report = readOrFail(path);
    QString leftover;
    for (const Finding& f : checkReport(report))
        if (f.fix && f.rule == QLatin1String("text.artifact")) leftover = textFixKey(f);
    ASSERT_FALSE(leftover.isEmpty());
    const auto exportWith = [&](const QSet<QString>& ticked, const QStringList& extra) {
        ReviewSession session = oneCorrection(path, kTotal, 45, 55, QStringLiteral("行合计"));
        session.formatVersion = report.meta.version;
        session.acceptedTextFixes = ticked;
        const QString sessionPath = dir.filePath(QStringLiteral("s.nianbao.json"));
        saveOrFail(session, sessionPath);
        const QString out = dir.filePath(QStringLiteral("out.docx"));
        const CliRun run = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--docx"), out, QStringLiteral("--session"), sessionPath} +
                                  extra + QStringList{path});
        EXPECT_LE(run.exitCode, 1) << run.err.toStdString();
        return std::make_pair(run.out, zipEntry(out, QStringLiteral("word/document.xml")).contains("_GoBack]</w:delText>"));
    };
    const auto ticked = exportWith({leftover}, {});
    EXPECT_TRUE(ticked.first.contains(QStringLiteral("修订单元格 1 处，文字修正 1 处，批注 0 条"))) << ticked.first.toStdString();
    EXPECT_TRUE(ticked.second);
    const auto none = exportWith({}, {});
    EXPECT_TRUE(none.first.contains(QStringLiteral("文字修正 0 处"))) << none.first.toStdString();
    EXPECT_FALSE(none.second);
    const auto all = exportWith({}, {QStringLiteral("--apply-text-fixes")});
    EXPECT_TRUE(all.first.contains(QStringLiteral("文字修正 1 处"))) << all.first.toStdString();
    EXPECT_TRUE(all.second);
}

// --official-layout keeps the regenerated document available for a Word report;
// the Word-only options are refused for other reports before anything is written.
TEST(DocxTrackedChanges, OfficialLayoutOnRequestAndWordOnlyOptionsRefusedElsewhere) {
    Exported e;
    ASSERT_NO_FATAL_FAILURE(exportCorrected(&e, {QStringLiteral("--official-layout"), QStringLiteral("--appendix")}));
    EXPECT_FALSE(zipEntryNames(e.path).contains(QStringLiteral("word/comments.xml")));
    EXPECT_TRUE(zipEntryNames(e.path).contains(QStringLiteral("docProps/custom.xml")));  // the regenerated package's corrections log
    EXPECT_FALSE(zipEntry(e.path, QStringLiteral("word/document.xml")).contains("<w:ins "));

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.docx"));
    const CliRun text = runCli({QStringLiteral("export"), QStringLiteral("--docx"), out, QStringLiteral("--comments"), corpusPath(kReport)});
    EXPECT_EQ(text.exitCode, 2);
    EXPECT_TRUE(text.err.contains(QStringLiteral("--comments"))) << text.err.toStdString();
    const CliRun appendix = runCli({QStringLiteral("export"), QStringLiteral("--docx"), out, QStringLiteral("--appendix"), e.source.path});
    EXPECT_EQ(appendix.exitCode, 2);
    EXPECT_TRUE(appendix.err.contains(QStringLiteral("--official-layout"))) << appendix.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

// The copy is only ever made of the very bytes the review was done on.
TEST(DocxTrackedChanges, RefusesAFileChangedSinceTheReview) {
    WrongTotal w;
    ASSERT_NO_FATAL_FAILURE(makeWrongTotal(&w));
    const Report report = readOrFail(w.path);
    ExportInput input = makeExportInput(report);
    QByteArray changed = w.bytes;
    changed.append('\0');
    const TrackedDocx tracked = buildTrackedDocx(input, changed, {});
    EXPECT_TRUE(tracked.bytes.isEmpty());
    EXPECT_TRUE(tracked.error.contains(QStringLiteral("已被修改"))) << tracked.error.toStdString();
}

}  // namespace
}  // namespace nianbao::test
