#include "compare/ComparisonExport.h"

#include "export/CsvWriter.h"
#include "io/CheckJson.h"
#include "report/CellValue.h"

#include <QJsonArray>

#include <cmath>

namespace nianbao {
namespace {

QJsonValue number(const std::optional<double>& v) {
    if (!v) return QJsonValue(QJsonValue::Null);
    return jsonNumber(*v, std::floor(*v) == *v);
}

std::optional<double> percent(const std::optional<double>& before, const std::optional<double>& now) {
    if (!before || !now || *before == 0) return std::nullopt;
    return std::round((*now - *before) / std::abs(*before) * 1000) / 10;
}

QString numberText(const std::optional<double>& v) {
    return v ? formatNumber(*v, std::floor(*v) == *v) : QString();
}

}  // namespace

QString changeText(const std::optional<double>& before, const std::optional<double>& now) {
    if (!before || !now) return {};
    const double delta = *now - *before;
    if (delta == 0) return QStringLiteral("0");
    QString text = (delta > 0 ? QStringLiteral("+") : QStringLiteral("−")) + formatNumber(std::abs(delta), std::floor(delta) == delta);
    if (const auto p = percent(before, now)) text += QStringLiteral("（%1%2%）").arg(*p > 0 ? QStringLiteral("+") : QString()).arg(*p);
    return text;
}

QJsonObject comparisonToJson(const std::vector<ComparisonGroup>& groups) {
    QJsonArray groupArray;
    for (const ComparisonGroup& g : groups) {
        QJsonObject o;
        o.insert(QStringLiteral("agency"), g.agency);
        o.insert(QStringLiteral("agency_key"), g.agencyKey);
        QJsonArray years;
        for (const Report* r : g.reports)
            years.append(QJsonObject{{QStringLiteral("year"), r->meta.year ? QJsonValue(r->meta.year) : QJsonValue()},
                                     {QStringLiteral("file"), r->meta.file},
                                     {QStringLiteral("template"), r->meta.version},
                                     {QStringLiteral("format"), r->meta.format}});
        o.insert(QStringLiteral("years"), years);
        QJsonArray cells;
        for (const AlignedCell& c : g.cells) {
            QJsonArray values, present, changes;
            for (size_t y = 0; y < c.values.size(); ++y) {
                values.append(number(c.values[y]));
                present.append(bool(c.present[y]));
                if (y == 0) continue;
                const std::optional<double> delta =
                    c.values[y] && c.values[y - 1] ? std::optional<double>(*c.values[y] - *c.values[y - 1]) : std::nullopt;
                changes.append(QJsonObject{{QStringLiteral("delta"), number(delta)},
                                           {QStringLiteral("percent"), number(percent(c.values[y - 1], c.values[y]))},
                                           {QStringLiteral("flagged"), bool(c.flagged[y])}});
            }
            cells.append(QJsonObject{{QStringLiteral("table"), c.table},
                                     {QStringLiteral("row"), c.rowKey},
                                     {QStringLiteral("col"), c.columnKey},
                                     {QStringLiteral("row_label"), c.rowLabel},
                                     {QStringLiteral("column_label"), c.columnLabel},
                                     {QStringLiteral("values"), values},
                                     {QStringLiteral("present"), present},
                                     {QStringLiteral("changes"), changes}});
        }
        o.insert(QStringLiteral("cells"), cells);
        QJsonArray findings;
        for (const ComparisonFinding& f : g.findings) {
            QJsonObject fo = findingToJson(f.finding);
            QJsonArray refs = fo.value(QStringLiteral("cells")).toArray();
            for (qsizetype i = 0; i < refs.size(); ++i) {
                QJsonObject ref = refs[i].toObject();
                ref.insert(QStringLiteral("file"), f.cellFiles[size_t(i)]);
                refs[i] = ref;
            }
            fo.insert(QStringLiteral("cells"), refs);
            findings.append(fo);
        }
        o.insert(QStringLiteral("findings"), findings);
        groupArray.append(o);
    }
    return QJsonObject{{QStringLiteral("groups"), groupArray}};
}

QByteArray comparisonToCsv(const std::vector<ComparisonGroup>& groups) {
    QString out = csvRecord({QStringLiteral("机关"), QStringLiteral("表"), QStringLiteral("行"), QStringLiteral("列"),
                             QStringLiteral("年度"), QStringLiteral("文件"), QStringLiteral("数值"), QStringLiteral("较上年增减"),
                             QStringLiteral("增减百分比"), QStringLiteral("变化较大")}) +
                  QStringLiteral("\r\n");
    for (const ComparisonGroup& g : groups) {
        for (const AlignedCell& c : g.cells) {
            for (size_t y = 0; y < g.reports.size(); ++y) {
                if (!c.present[y]) continue;
                const Report& r = *g.reports[y];
                const std::optional<double> before = y > 0 ? c.values[y - 1] : std::nullopt;
                const std::optional<double> delta = before && c.values[y] ? std::optional<double>(*c.values[y] - *before) : std::nullopt;
                const std::optional<double> pct = percent(before, c.values[y]);
                out += csvRecord({g.agency, c.table, c.rowLabel, c.columnLabel, QString::number(r.meta.year), r.meta.file,
                                  numberText(c.values[y]), numberText(delta), pct ? QString::number(*pct) : QString(),
                                  c.flagged[y] ? QStringLiteral("是") : QString()}) +
                       QStringLiteral("\r\n");
            }
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

}  // namespace nianbao
