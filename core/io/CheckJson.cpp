#include "io/CheckJson.h"

#include "check/BalancingFix.h"

#include <QJsonArray>

#include <map>
#include <optional>
#include <tuple>

#include <cmath>

namespace nianbao {
namespace {

QJsonObject cellToJson(const ReportCell& cell) {
    QJsonObject o;
    o.insert(QStringLiteral("value"), cellValueToJsonNumber(cell.value));
    o.insert(QStringLiteral("text"), cell.text);
    o.insert(QStringLiteral("line"), cell.span.isValid() ? QJsonValue(cell.span.line) : QJsonValue(QJsonValue::Null));
    if (!cell.value.unit.isEmpty()) o.insert(QStringLiteral("unit"), cell.value.unit);
    if (cell.value.kind != CellValue::Kind::Number && cell.value.kind != CellValue::Kind::Blank) {
        o.insert(QStringLiteral("status"),
                 cell.value.kind == CellValue::Kind::Missing ? QStringLiteral("missing") : QStringLiteral("invalid"));
    }
    if (cell.isCorrected()) o.insert(QStringLiteral("original"), cellValueToJsonNumber(cell.original));
    return o;
}

QString placementName(RowPlacement placement) {
    switch (placement) {
    case RowPlacement::Label: break;
    case RowPlacement::Position: return QStringLiteral("position");
    case RowPlacement::OutOfOrder: return QStringLiteral("out_of_order");
    }
    return QStringLiteral("label");
}

}  // namespace

QJsonValue jsonNumber(double n, bool integral) {
    constexpr double kExactIntegers = 9007199254740992.0;  // 2^53
    if (integral && std::fabs(n) < kExactIntegers) return QJsonValue(static_cast<qint64>(n));
    return QJsonValue(n);
}

QJsonValue cellValueToJsonNumber(const CellValue& v) {
    if (!v.isNumber()) return QJsonValue(QJsonValue::Null);
    return jsonNumber(v.number, v.integral);
}

QJsonObject tableToJson(const ReportTable& table) {
    QJsonObject o;
    QJsonArray columns;
    for (const ColumnSpec& c : table.spec->columns) columns.append(c.label);
    o.insert(QStringLiteral("columns"), columns);
    if (table.spec->kind == TableKind::GroupedColumns) {
        QJsonArray groups;
        for (const ColumnSpec& c : table.spec->columns)
            if (groups.isEmpty() || groups.last().toString() != c.group) groups.append(c.group);
        o.insert(QStringLiteral("column_groups"), groups);
    }
    o.insert(QStringLiteral("located"), table.located);
    // The version whose layout the report printed this table in (a 2019 table 三 in a 2021 report).
    if (const FormatSpec* layout = FormatSpec::owning(table.spec)) o.insert(QStringLiteral("layout"), layout->version);
    QJsonArray rows;
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const ReportRow& row = table.rows[r];
        const RowSpec& spec = table.spec->rows[r];
        QJsonObject ro;
        ro.insert(QStringLiteral("key"), spec.key);
        ro.insert(QStringLiteral("label"), spec.label);
        if (!spec.group.isEmpty()) ro.insert(QStringLiteral("group"), spec.group);
        ro.insert(QStringLiteral("located"), row.located);
        if (row.located) {
            ro.insert(QStringLiteral("source_label"), row.sourceLabel);
            ro.insert(QStringLiteral("line"), row.labelSpan.line);
            ro.insert(QStringLiteral("placement"), placementName(row.placement));
        }
        QJsonArray cells;
        for (const ReportCell& cell : row.cells) cells.append(cellToJson(cell));
        ro.insert(QStringLiteral("cells"), cells);
        rows.append(ro);
    }
    o.insert(QStringLiteral("rows"), rows);
    return o;
}

QJsonObject findingToJson(const Finding& f) {
    QJsonObject o;
    o.insert(QStringLiteral("rule"), f.rule);
    o.insert(QStringLiteral("severity"), severityName(f.severity));
    o.insert(QStringLiteral("message"), f.message);
    QJsonArray cells;
    for (const CellRef& ref : f.cells)
        cells.append(QJsonObject{{QStringLiteral("table"), ref.table}, {QStringLiteral("row"), ref.row}, {QStringLiteral("col"), ref.column}});
    o.insert(QStringLiteral("cells"), cells);
    o.insert(QStringLiteral("line"), f.span.isValid() ? QJsonValue(f.span.line) : QJsonValue(QJsonValue::Null));
    if (f.isRelation) {
        o.insert(QStringLiteral("left_cells"), f.leftCount);
        o.insert(QStringLiteral("left"), f.leftSum);
        o.insert(QStringLiteral("right"), f.rightSum);
    }
    return o;
}

// Per cell of a failing relation: the value that balances it, whether that
// fixes every relation of the report, and which relations it would break.
static QJsonArray balancingToJson(const Report& report, const std::vector<Finding>& findings, const Finding& relation,
                           std::map<std::tuple<QString, int, int>, std::optional<BalancingFill>>* fills) {
    QJsonArray out;
    for (const CellRef& cell : relation.cells) {
        const auto key = std::make_tuple(cell.table, cell.row, cell.column);
        auto it = fills->find(key);
        if (it == fills->end()) it = fills->emplace(key, balancingFill(report, findings, cell)).first;
        const std::optional<BalancingFill>& fill = it->second;
        if (!fill) continue;
        QJsonArray broken;
        for (const Finding& b : fill->broken) broken.append(b.rule);
        out.append(QJsonObject{{QStringLiteral("table"), cell.table},
                               {QStringLiteral("row"), cell.row},
                               {QStringLiteral("col"), cell.column},
                               {QStringLiteral("value"), cellValueToJsonNumber(fill->value)},
                               {QStringLiteral("fixes_all"), fill->fixesEverything()},
                               {QStringLiteral("breaks"), broken}});
    }
    return out;
}

QJsonObject reportToJson(const Report& report, const std::vector<Finding>& findings) {
    QJsonObject o;
    o.insert(QStringLiteral("file"), report.meta.file);
    o.insert(QStringLiteral("format"), report.meta.format);
    o.insert(QStringLiteral("encoding"), report.meta.encoding);
    o.insert(QStringLiteral("template"), report.meta.version);
    o.insert(QStringLiteral("template_source"), report.meta.versionSource);
    const auto orNull = [](bool known, const QJsonValue& value) { return known ? value : QJsonValue(QJsonValue::Null); };
    o.insert(QStringLiteral("year"), orNull(report.meta.year != 0, report.meta.year));
    o.insert(QStringLiteral("year_source"), orNull(report.meta.year != 0, report.meta.yearSource));
    o.insert(QStringLiteral("agency"), orNull(!report.meta.agency.isEmpty(), report.meta.agency));
    o.insert(QStringLiteral("agency_source"), orNull(!report.meta.agency.isEmpty(), report.meta.agencySource));

    QJsonObject tables;
    QJsonObject active;
    for (const ReportTable& t : report.tables) {
        if (t.spec->id.startsWith(QLatin1String("active.")))
            active.insert(t.spec->id.mid(7), tableToJson(t));
        else
            tables.insert(t.spec->id, tableToJson(t));
    }
    tables.insert(QStringLiteral("active"), active);
    o.insert(QStringLiteral("tables"), tables);

    QJsonArray list;
    std::map<std::tuple<QString, int, int>, std::optional<BalancingFill>> fills;  // a cell is often in two relations
    for (const Finding& f : findings) {
        QJsonObject o = findingToJson(f);
        if (f.isRelation) o.insert(QStringLiteral("balancing"), balancingToJson(report, findings, f, &fills));
        list.append(o);
    }
    o.insert(QStringLiteral("findings"), list);
    return o;
}

}  // namespace nianbao
