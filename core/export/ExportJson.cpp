#include "export/ExportJson.h"

#include "export/AtomicExport.h"
#include "io/CheckJson.h"

#include <QJsonDocument>

namespace nianbao {
namespace {

QJsonValue valueToJson(const CellValue& v) {
    if (!v.isNumber()) return QJsonValue(QJsonValue::Null);
    return v.integral ? QJsonValue(static_cast<qint64>(v.number)) : QJsonValue(v.number);
}

}  // namespace

QJsonArray correctionsToJson(const Report& report, const std::vector<Correction>& corrections) {
    QJsonArray out;
    for (const Correction& c : corrections) {
        QJsonObject o;
        o.insert(QStringLiteral("table"), c.cell.table);
        o.insert(QStringLiteral("row"), c.cell.row);
        o.insert(QStringLiteral("col"), c.cell.column);
        if (const ReportTable* t = report.table(c.cell.table))
            o.insert(QStringLiteral("cell"), describeCell(*t->spec, c.cell.row, c.cell.column));
        o.insert(QStringLiteral("original"), valueToJson(c.original));
        o.insert(QStringLiteral("value"), valueToJson(c.value));
        o.insert(QStringLiteral("time"), c.time.isValid() ? QJsonValue(c.time.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
        if (!c.reason.isEmpty()) o.insert(QStringLiteral("reason"), c.reason);
        out.append(o);
    }
    return out;
}

QJsonObject exportJson(const ExportInput& input) {
    QJsonObject o = reportToJson(*input.report, input.findings);
    o.insert(QStringLiteral("corrections"), correctionsToJson(*input.report, input.corrections));
    return o;
}

QString exportJsonFile(const ExportInput& input, const QString& path) {
    return saveExportFile(path, QJsonDocument(exportJson(input)).toJson(QJsonDocument::Indented), input.report->meta.file);
}

}  // namespace nianbao
