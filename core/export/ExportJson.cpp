#include "export/ExportJson.h"

#include "export/AtomicExport.h"
#include "io/CheckJson.h"

#include <QJsonDocument>

namespace nianbao {

QJsonArray correctionsToJson(const Report& report, const std::vector<Correction>& corrections) {
    QJsonArray out;
    for (const Correction& c : corrections) {
        QJsonObject o;
        o.insert(QStringLiteral("table"), c.cell.table);
        o.insert(QStringLiteral("row"), c.cell.row);
        o.insert(QStringLiteral("col"), c.cell.column);
        if (const ReportTable* t = report.table(c.cell.table))
            o.insert(QStringLiteral("cell"), describeCell(*t->spec, c.cell.row, c.cell.column));
        o.insert(QStringLiteral("original"), cellValueToJsonNumber(c.original));
        o.insert(QStringLiteral("value"), cellValueToJsonNumber(c.value));
        o.insert(QStringLiteral("time"), c.time.isValid() ? QJsonValue(c.time.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
        if (!c.reason.isEmpty()) o.insert(QStringLiteral("reason"), c.reason);
        out.append(o);
    }
    return out;
}

QJsonObject exportJson(const ExportInput& input) {
    QJsonObject o = reportToJson(*input.report, input.findings);
    o.insert(QStringLiteral("corrections"), correctionsToJson(*input.report, input.corrections));
    o.insert(QStringLiteral("disabled_rules"), QJsonArray::fromStringList(input.disabledRules));
    return o;
}

QByteArray buildJson(const ExportInput& input) {
    return QJsonDocument(exportJson(input)).toJson(QJsonDocument::Indented);
}

QString exportJsonFile(const ExportInput& input, const QString& path) {
    return saveExportFile(path, buildJson(input), input.report->meta.file);
}

}  // namespace nianbao
