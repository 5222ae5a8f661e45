#include "batch/CheckSummary.h"

#include "export/CsvWriter.h"

namespace nianbao {

SummaryRow summaryOf(const Report& report, const std::vector<Finding>& findings) {
    SummaryRow row;
    row.file = report.meta.file;
    row.agency = report.meta.agency;
    row.year = report.meta.year;
    row.version = report.meta.version;
    row.counts = countFindings(findings);
    for (const Finding& f : findings) {
        if (f.severity != Severity::Error) continue;
        row.firstError = f.message;
        break;
    }
    return row;
}

SummaryRow summaryOfFailure(const QString& file, const QString& reason) {
    SummaryRow row;
    row.file = file;
    row.readFailure = reason;
    return row;
}

QStringList summaryHeader() {
    return {QStringLiteral("文件"), QStringLiteral("机关"), QStringLiteral("年度"), QStringLiteral("格式版本"),
            QStringLiteral("错误"), QStringLiteral("警告"), QStringLiteral("提示"), QStringLiteral("第一个错误"),
            QStringLiteral("无法读取的原因")};
}

QStringList summaryFields(const SummaryRow& row) {
    const bool read = row.readFailure.isEmpty();
    return {row.file,
            row.agency,
            row.year ? QString::number(row.year) : QString(),
            row.version,
            read ? QString::number(row.counts.errors) : QString(),
            read ? QString::number(row.counts.warnings) : QString(),
            read ? QString::number(row.counts.infos) : QString(),
            row.firstError,
            row.readFailure};
}

SummaryCsv::SummaryCsv() : bytes_("\xEF\xBB\xBF") {
    addRecord(summaryHeader());
}

void SummaryCsv::add(const SummaryRow& row) {
    addRecord(summaryFields(row));
}

void SummaryCsv::addRecord(const QStringList& fields) {
    bytes_ += (csvRecord(fields) + QStringLiteral("\r\n")).toUtf8();
}

}  // namespace nianbao
