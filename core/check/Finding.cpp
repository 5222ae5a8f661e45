#include "check/Finding.h"

#include "check/RuleCatalog.h"

#include <algorithm>

namespace nianbao {

bool Finding::involves(const CellRef& cell) const {
    return std::find(cells.begin(), cells.end(), cell) != cells.end();
}

Finding Finding::make(const QString& rule, const QString& message, const SourceSpan& span, std::vector<CellRef> cells) {
    Finding f;
    f.rule = rule;
    f.severity = ruleSeverity(rule);
    f.message = message;
    f.span = span;
    f.cells = std::move(cells);
    return f;
}

QString textFixKey(const Finding& finding) {
    if (!finding.fix) return {};
    const SourceSpan& s = finding.fix->span;
    return QStringLiteral("%1@%2:%3-%4:%5=%6").arg(finding.rule).arg(s.line).arg(s.column).arg(s.endLine).arg(s.endColumn).arg(finding.fix->replacement);
}

}  // namespace nianbao
