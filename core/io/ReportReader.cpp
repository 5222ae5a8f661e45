#include "io/ReportReader.h"

#include "import/Importer.h"
#include "proofread/ReportText.h"
#include "report/MetadataExtractor.h"
#include "text/OddCharacters.h"

#include <QFile>
#include <QFileInfo>

namespace nianbao {
namespace {

ReadResult failure(const QString& message) {
    ReadResult r;
    r.error = message;
    return r;
}

// A report has one of the three tables, or (its tables lost in conversion) the
// section headings of one. A text that only speaks of reports — a README, notes,
// the summary of an earlier run lying in the same folder — is some other document.
bool looksLikeReport(const Report& report) {
    for (const ReportTable& t : report.tables)
        if (t.located) return true;
    return report.spec && !ReportText(report).headings().empty();
}

// Odd characters never stop a report from being read; the clerk is told how
// many there are and where the first one is, so the source can be cleaned.
void noteOddCharacters(Report& report) {
    const OddCharacters odd = findOddCharacters(report.source);
    if (odd.count == 0) return;
    const QString message =
        QStringLiteral("文本中有 %1 个异常字符（控制字符、私用区字符或替换符 U+FFFD，多为格式转换或编码遗留），"
                       "第一个在第 %2 行第 %3 个字符（U+%4）；它们按空白或原样保留，请核对原文。")
            .arg(odd.count)
            .arg(odd.firstLine)
            .arg(odd.firstColumn + 1)
            .arg(QString::number(odd.first, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    SourceSpan span;
    span.line = span.endLine = odd.firstLine;
    span.column = odd.firstColumn;
    span.endColumn = odd.firstColumn + 1;
    report.structuralFindings.push_back(
        Finding::make(QStringLiteral("text.odd_characters"), message, span));
}

ReadResult cancelledRead() {
    ReadResult r = failure(QStringLiteral("已取消读取"));
    r.cancelled = true;
    return r;
}

}  // namespace

ReadResult readReportFile(const QString& path, const ReadOptions& options) {
    const QFileInfo info(path);
    if (!info.exists()) return failure(QStringLiteral("文件不存在"));
    if (info.isDir()) return failure(QStringLiteral("这是一个文件夹，不是报告文件"));
    if (info.size() > kMaxReportBytes)
        return failure(reportTooManyBytes(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return failure(QStringLiteral("无法打开文件：%1").arg(file.errorString()));
    const QByteArray bytes = file.read(kMaxReportBytes + 1);
    if (file.error() != QFileDevice::NoError) return failure(QStringLiteral("读取文件失败：%1").arg(file.errorString()));
    return readReportBytes(bytes, path, options);
}

ReadResult readReportBytes(const QByteArray& bytes, const QString& name, const ReadOptions& options) {
    if (bytes.size() > kMaxReportBytes)
        return failure(reportTooManyBytes(bytes.size()));
    const ReadMonitor& monitor = options.monitor;
    monitor.report(ReadMonitor::Stage::Decoding, 0, 1);
    if (monitor.cancelled()) return cancelledRead();
    ImportResult imported = importDocument(bytes, name, monitor);
    if (monitor.cancelled()) return cancelledRead();
    if (!imported.ok()) return failure(imported.error);
    if (!imported.source.budgetError().isEmpty()) return failure(imported.source.budgetError());

    Report report;
    report.meta.file = name;
    report.meta.format = imported.format;
    report.meta.encoding = imported.encoding;
    report.meta.byteOrderMark = imported.byteOrderMark;
    report.source = std::move(imported.source);
    report.document = std::move(imported.document);
    extractMetadata(report.document, &report.meta);
    monitor.report(ReadMonitor::Stage::Rebuilding, 0, 1);
    reconstructTables(report, options.reconstruct);
    if (monitor.cancelled()) return cancelledRead();
    noteOddCharacters(report);
    if (!looksLikeReport(report))
        return failure(QStringLiteral("不是政府信息公开工作年度报告：没有找到任何统计表，也没有年度报告的章节标题（如“一、总体情况”）"));
    ReadResult result;
    result.report = std::move(report);
    return result;
}

}  // namespace nianbao
