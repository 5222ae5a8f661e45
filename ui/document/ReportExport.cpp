#include "document/ReportExport.h"

#include "document/ReviewDocument.h"
#include "export/CsvWriter.h"
#include "export/DocxWriter.h"
#include "export/ExportJson.h"

namespace nianbao {

QString exportSuffix(ExportKind kind) {
    switch (kind) {
    case ExportKind::Docx:
    case ExportKind::DocxWithAppendix: return QStringLiteral("docx");
    case ExportKind::CsvLong:
    case ExportKind::CsvForm: return QStringLiteral("csv");
    case ExportKind::Json: return QStringLiteral("json");
    }
    return {};
}

QString exportReview(const ReviewDocument& document, ExportKind kind, const QString& path) {
    // The session is where the document keeps times, reasons and disabled rules.
    const ReviewSession session = document.toSession();
    const ExportInput input = makeExportInput(document.report(), &session);
    switch (kind) {
    case ExportKind::Docx: return exportDocx(input, path, DocxOptions{false});
    case ExportKind::DocxWithAppendix: return exportDocx(input, path, DocxOptions{true});
    case ExportKind::CsvLong: return exportCsv(input, path, CsvShape::Long);
    case ExportKind::CsvForm: return exportCsv(input, path, CsvShape::Form);
    case ExportKind::Json: return exportJsonFile(input, path);
    }
    return {};
}

}  // namespace nianbao
