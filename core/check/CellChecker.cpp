#include "check/CellChecker.h"

#include "check/RuleCatalog.h"

namespace nianbao {
namespace {

void checkRow(const ReportTable& table, int r, std::vector<Finding>* out) {
    const TableSpec& spec = *table.spec;
    const ReportRow& row = table.rows[r];
    Finding blanks;
    for (size_t c = 0; c < row.cells.size(); ++c) {
        const ReportCell& cell = row.cells[c];
        const ColumnSpec& column = spec.columns[c];
        const CellRef ref{spec.id, r, static_cast<int>(c)};
        auto where = [&] { return describeCell(spec, r, static_cast<int>(c)); };
        switch (cell.value.kind) {
        case CellValue::Kind::Invalid:
            out->push_back(Finding::make(QStringLiteral("cell.not_a_number"),
                                       QStringLiteral("%1填写的“%2”不是数字，无法参与勾稽校验；应填写%3。")
                                           .arg(where(), cell.text, column.kind == ColumnKind::Money ? QStringLiteral("金额") : QStringLiteral("整数")),
                                       cell.span, {ref}));
            break;
        case CellValue::Kind::Number:
            if (!cell.value.integral && column.kind != ColumnKind::Money) {
                out->push_back(Finding::make(QStringLiteral("cell.not_a_number"),
                                           QStringLiteral("%1填写的“%2”不是整数；件数只能是整数。").arg(where(), cell.text),
                                           cell.span, {ref}));
            } else if (cell.value.number < 0 && column.kind != ColumnKind::Delta) {
                out->push_back(Finding::make(QStringLiteral("cell.negative"),
                                           QStringLiteral("%1为负数（%2）；%3不能为负。")
                                               .arg(where(), cell.text, column.kind == ColumnKind::Money ? QStringLiteral("金额") : QStringLiteral("件数")),
                                           cell.span, {ref}));
            }
            break;
        case CellValue::Kind::Blank:
            if (blanks.cells.empty()) blanks.span = cell.span.isValid() ? cell.span : row.labelSpan;
            blanks.cells.push_back(ref);
            break;
        case CellValue::Kind::Missing:
            break;
        }
    }
    if (blanks.cells.empty()) return;
    blanks.rule = QStringLiteral("cell.blank");
    blanks.severity = ruleSeverity(blanks.rule);
    QStringList columns;
    for (const CellRef& ref : blanks.cells) columns << spec.columns[ref.column].label;
    const QString rowName = spec.kind == TableKind::GroupedColumns
                                ? spec.name
                                : QStringLiteral("%1“%2”行").arg(describeTable(spec), spec.rows[r].label);
    blanks.message = QStringLiteral("%1有 %2 个空白单元格（%3），按 0 计算；官方格式要求填写 0。")
                         .arg(rowName).arg(blanks.cells.size()).arg(columns.join(QStringLiteral("、")));
    out->push_back(std::move(blanks));
}

}  // namespace

void checkCells(const Report& report, std::vector<Finding>* out) {
    for (const ReportTable& table : report.tables)
        for (size_t r = 0; r < table.rows.size(); ++r)
            if (table.rows[r].located) checkRow(table, static_cast<int>(r), out);
}

}  // namespace nianbao
