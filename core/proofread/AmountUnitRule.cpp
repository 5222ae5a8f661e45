// cell.amount_unit: a money cell with no unit where the column does not state
// one, or a unit that contradicts the column (元 vs 万元).
#include "format/LabelMatcher.h"
#include "proofread/Rules.h"

namespace nianbao {
namespace {

// Whether the report's own header for `column` states a unit ("采购总金额（单位：万元）").
bool headerStatesUnit(const Report& report, const ColumnSpec& column) {
    const QString body = labelKey(column.label).body;
    const QString bare = body.left(body.indexOf(QStringLiteral("单位")) >= 0 ? body.indexOf(QStringLiteral("单位")) : body.size());
    for (const DocBlock& block : report.document.blocks) {
        if (block.kind != DocBlock::Kind::Table) continue;
        for (const DocRow& row : block.table.rows)
            for (const DocCell& cell : row.cells)
                if (cell.text.contains(QStringLiteral("元")) && labelKeyOfNormalized(cell.text).body.startsWith(bare)) return true;
    }
    return false;
}

}  // namespace

void checkAmountUnits(const Report& report, std::vector<Finding>* out) {
    for (const ReportTable& table : report.tables) {
        const TableSpec& spec = *table.spec;
        for (size_t c = 0; c < spec.columns.size(); ++c) {
            const ColumnSpec& column = spec.columns[c];
            if (column.kind != ColumnKind::Money) continue;
            bool stated = false, statedKnown = false;
            for (size_t r = 0; r < table.rows.size(); ++r) {
                const ReportCell& cell = table.rows[r].cells[c];
                // Zero is zero in any unit: nothing to confirm.
                if (!table.rows[r].located || !cell.value.isNumber() || cell.value.number == 0) continue;
                const QString where = describeCell(spec, int(r), int(c));
                Finding f;
                f.rule = QStringLiteral("cell.amount_unit");
                f.severity = ruleSeverity(f.rule);
                f.cells.push_back(CellRef{spec.id, int(r), int(c)});
                f.span = cell.span;
                if (!cell.value.unit.isEmpty()) {
                    if (cell.value.unit == column.unit) continue;
                    f.message = QStringLiteral("%1填写“%2”，单位“%3”与官方格式的单位“%4”不符，请换算为%4。")
                                    .arg(where, cell.text, cell.value.unit, column.unit);
                } else {
                    if (!statedKnown) {
                        stated = headerStatesUnit(report, column);
                        statedKnown = true;
                    }
                    if (stated) continue;
                    f.message = QStringLiteral("%1填写“%2”，单元格和表头都没有注明单位；官方格式以%3计，请核实该金额是否以%3为单位。")
                                    .arg(where, cell.text, column.unit);
                }
                out->push_back(std::move(f));
            }
        }
    }
}

}  // namespace nianbao
