#include "models/CellExplanation.h"

#include "check/RelationChecker.h"

#include <QCoreApplication>

namespace nianbao {
namespace {

// The translation context of the texts below.
struct CellExplanation {
    Q_DECLARE_TR_FUNCTIONS(CellExplanation)
};

QString number(double value) {
    return formatNumber(value, value == static_cast<double>(static_cast<long long>(value)));
}

}  // namespace

QString cellValueLabel(const CellValue& value) {
    switch (value.kind) {
    case CellValue::Kind::Number: return formatNumber(value.number, value.integral) + value.unit;
    case CellValue::Kind::Blank: return CellExplanation::tr("空白");
    case CellValue::Kind::Invalid: return CellExplanation::tr("不是数字");
    case CellValue::Kind::Missing: return CellExplanation::tr("缺失");
    }
    return {};
}

namespace {

const RelationRule* ruleOf(const Report& report, const QString& id) {
    return report.spec ? report.spec->rule(id) : nullptr;
}

QString explainFinding(const Report& report, const Finding& f, const CellRef& cell) {
    QString html = QStringLiteral("<p><b>%1</b>").arg(severityLabel(f.severity).toHtmlEscaped());
    if (const RelationRule* rule = ruleOf(report, f.rule))
        html += QStringLiteral(" · %1").arg(rule->name.toHtmlEscaped());
    html += QStringLiteral("<br>%1").arg(f.message.toHtmlEscaped());
    if (f.isRelation) {
        html += QStringLiteral("<br>") + CellExplanation::tr("左边合计 %1，右边合计 %2，相差 %3。")
                                             .arg(number(f.leftSum), number(f.rightSum),
                                                  number(f.leftSum - f.rightSum));
        double balancing = 0;
        if (balancingValue(report, f, cell, &balancing))
            html += QStringLiteral("<br>") + CellExplanation::tr("本格填 <b>%1</b> 可使该关系平衡。").arg(number(balancing));
    }
    return html + QStringLiteral("</p>");
}

}  // namespace

QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Error: return CellExplanation::tr("错误");
    case Severity::Warning: return CellExplanation::tr("警告");
    case Severity::Info: return CellExplanation::tr("提示");
    }
    return {};
}

QString explainCell(const ReviewDocument& document, const CellRef& cell) {
    const Report& report = document.report();
    const ReportCell* c = report.cell(cell);
    const ReportTable* table = report.table(cell.table);
    if (!c || !table) return {};
    QString html = QStringLiteral("<p><b>%1</b>　%2</p>")
                       .arg(describeCell(*table->spec, cell.row, cell.column).toHtmlEscaped(),
                            cellValueLabel(c->value).toHtmlEscaped());
    bool involved = false;
    for (const Finding& f : document.findings()) {
        if (!f.involves(cell)) continue;
        html += explainFinding(report, f, cell);
        involved = true;
    }
    if (!involved) html += QStringLiteral("<p>") + CellExplanation::tr("未发现与本格有关的问题。") + QStringLiteral("</p>");
    if (const std::optional<Correction> correction = document.correction(cell)) {
        html += QStringLiteral("<p>") + CellExplanation::tr("已更正：原文为 %1，现为 %2（%3）")
                                            .arg(cellValueLabel(correction->original).toHtmlEscaped(),
                                                 cellValueLabel(correction->value).toHtmlEscaped(),
                                                 correction->time.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (!correction->reason.isEmpty())
            html += QStringLiteral("<br>") + CellExplanation::tr("原因：%1").arg(correction->reason.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    return html;
}

}  // namespace nianbao
