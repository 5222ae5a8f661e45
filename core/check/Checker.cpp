#include "check/Checker.h"

#include "check/CellChecker.h"
#include "check/RelationChecker.h"
#include "proofread/Rules.h"

#include <algorithm>

namespace nianbao {

std::vector<Finding> checkReport(const Report& report, const CheckOptions& options) {
    std::vector<Finding> findings = report.structuralFindings;
    checkCells(report, &findings);
    checkRelations(report, &findings);
    checkProofreading(report, &findings);
    if (!options.disabledRules.isEmpty())
        std::erase_if(findings, [&](const Finding& f) { return options.disabledRules.contains(f.rule); });
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.span.line < b.span.line; });
    return findings;
}

FindingCounts countFindings(const std::vector<Finding>& findings) {
    FindingCounts counts;
    for (const Finding& f : findings) {
        switch (f.severity) {
        case Severity::Error: ++counts.errors; break;
        case Severity::Warning: ++counts.warnings; break;
        case Severity::Info: ++counts.infos; break;
        }
    }
    return counts;
}

}  // namespace nianbao
