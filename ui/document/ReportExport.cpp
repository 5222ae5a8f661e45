#include "document/ReportExport.h"

#include "document/ReviewDocument.h"
#include "export/CsvWriter.h"
#include "export/DocxTrackedChanges.h"
#include "export/DocxWriter.h"
#include "export/ExportJson.h"
#include "export/XlsxExport.h"
#include "io/AtomicFile.h"

#include <QFile>

namespace nianbao {

QString exportSuffix(ExportKind kind) {
    switch (kind) {
    case ExportKind::Docx:
    case ExportKind::DocxWithAppendix:
    case ExportKind::DocxOfficial: return QStringLiteral("docx");
    case ExportKind::CsvLong:
    case ExportKind::CsvForm: return QStringLiteral("csv");
    case ExportKind::Xlsx: return QStringLiteral("xlsx");
    case ExportKind::Json: return QStringLiteral("json");
    }
    return {};
}

namespace {

// The clerk's own Word file with the corrections, the accepted text fixes
// and a comment for every open finding.
QByteArray trackedCopy(const ReviewDocument& document, const ExportInput& input, QString* error, QStringList* unwritten) {
    QFile file(document.filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("无法再次读取原 Word 文件：%1").arg(file.errorString());
        return {};
    }
    TrackedDocxOptions options;
    options.date = input.exportedAt;
    for (const Finding& f : input.findings)
        if (document.acceptedTextFixes().contains(textFixKey(f))) options.acceptedFixes.push_back(f);
    TrackedDocx tracked = buildTrackedDocx(input, file.readAll(), options);
    *error = tracked.error;
    if (unwritten) *unwritten = tracked.skipped;
    return tracked.bytes;
}

}  // namespace

QString exportReview(const ReviewDocument& document, ExportKind kind, const QString& path, QStringList* unwritten) {
    const std::vector<ProtectedFile> inputs{{document.filePath(), QStringLiteral("原报告")},
                                            {document.sessionPath(), QStringLiteral("审校记录")}};
    if (QString problem = outputPathProblem(path, inputs, exportSuffix(kind)); !problem.isEmpty()) return problem;
    // The session is where the document keeps times, reasons and disabled rules.
    const ReviewSession session = document.toSession();
    const ExportInput input = makeExportInput(document.report(), &session);
    QString error;
    QByteArray bytes;
    switch (kind) {
    case ExportKind::Docx:
        bytes = document.report().meta.format == QLatin1String("docx") ? trackedCopy(document, input, &error, unwritten)
                                                                       : buildDocx(input, DocxOptions{false}, &error);
        break;
    case ExportKind::DocxOfficial: bytes = buildDocx(input, DocxOptions{false}, &error); break;
    case ExportKind::DocxWithAppendix: bytes = buildDocx(input, DocxOptions{true}, &error); break;
    case ExportKind::CsvLong: bytes = buildCsv(input, CsvShape::Long); break;
    case ExportKind::CsvForm: bytes = buildCsv(input, CsvShape::Form); break;
    case ExportKind::Xlsx: bytes = buildXlsx(input, &error); break;
    case ExportKind::Json: bytes = buildJson(input); break;
    }
    if (bytes.isEmpty()) return error.isEmpty() ? QStringLiteral("生成导出文件失败") : error;
    return writeFileAtomically(path, bytes);
}

}  // namespace nianbao
