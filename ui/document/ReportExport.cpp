#include "document/ReportExport.h"

#include "document/ReviewDocument.h"
#include "export/CsvWriter.h"
#include "export/DocxWriter.h"
#include "export/ExportJson.h"
#include "export/XlsxExport.h"
#include "io/AtomicFile.h"

namespace nianbao {

QString exportSuffix(ExportKind kind) {
    switch (kind) {
    case ExportKind::Docx:
    case ExportKind::DocxWithAppendix: return QStringLiteral("docx");
    case ExportKind::CsvLong:
    case ExportKind::CsvForm: return QStringLiteral("csv");
    case ExportKind::Xlsx: return QStringLiteral("xlsx");
    case ExportKind::Json: return QStringLiteral("json");
    }
    return {};
}

QString exportReview(const ReviewDocument& document, ExportKind kind, const QString& path) {
    const std::vector<ProtectedFile> inputs{{document.filePath(), QStringLiteral("原报告")},
                                            {document.sessionPath(), QStringLiteral("审校记录")}};
    if (QString problem = outputPathProblem(path, inputs, exportSuffix(kind)); !problem.isEmpty()) return problem;
    // The session is where the document keeps times, reasons and disabled rules.
    const ReviewSession session = document.toSession();
    const ExportInput input = makeExportInput(document.report(), &session);
    QString error;
    QByteArray bytes;
    switch (kind) {
    case ExportKind::Docx: bytes = buildDocx(input, DocxOptions{false}, &error); break;
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
