#include "check/BalancingFix.h"

#include "check/RelationChecker.h"

#include <algorithm>
#include <cmath>

namespace nianbao {
namespace {

// Sums of whole numbers can drift by a few ulps once money cells with
// decimals are involved; anything closer than this is the same amount.
constexpr double kTolerance = 1e-6;

bool allowedIn(const ColumnSpec& column, double value) {
    const bool whole = std::abs(value - std::round(value)) < kTolerance;
    switch (column.kind) {
    case ColumnKind::Count: return whole && value > -kTolerance;
    case ColumnKind::Delta: return whole;
    case ColumnKind::Money: return true;
    }
    return false;
}

}  // namespace

std::optional<CellValue> balancingFix(const Report& report, const std::vector<Finding>& findings,
                                      const CellRef& cell) {
    const ReportCell* current = report.cell(cell);
    const ReportTable* table = report.table(cell.table);
    if (!current || !table || !table->spec) return std::nullopt;

    std::optional<double> wanted;
    for (const Finding& f : findings) {
        if (!f.isRelation || !f.involves(cell)) continue;
        double value = 0;
        if (!balancingValue(report, f, cell, &value)) return std::nullopt;
        if (wanted && std::abs(*wanted - value) > kTolerance) return std::nullopt;
        wanted = value;
    }
    if (!wanted) return std::nullopt;

    const ColumnSpec& column = table->spec->columns[cell.column];
    if (!allowedIn(column, *wanted)) return std::nullopt;
    const bool whole = std::abs(*wanted - std::round(*wanted)) < kTolerance;
    const double value = whole ? std::round(*wanted) : *wanted;
    return CellValue::fromNumber(value, whole, current->value.unit);
}

}  // namespace nianbao

namespace nianbao {
namespace {

// A relation finding is the same relation when it names the same rule over the same cells.
bool sameRelation(const Finding& a, const Finding& b) {
    return a.rule == b.rule && a.cells == b.cells && a.leftCount == b.leftCount;
}

bool contains(const std::vector<Finding>& findings, const Finding& relation) {
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return sameRelation(f, relation); });
}

}  // namespace

bool isBetterFill(const BalancingFill& a, const BalancingFill& b) {
    if (a.stillFailing != b.stillFailing) return a.stillFailing < b.stillFailing;
    return a.broken.size() < b.broken.size();
}

BalancingFill evaluateFill(const Report& report, const std::vector<Finding>& findings, const CellRef& cell,
                           const CellValue& value, const CheckOptions& options) {
    Report filled = report;
    if (ReportCell* target = filled.cell(cell)) target->value = value;
    std::vector<Finding> after;
    checkRelations(filled, &after);
    std::erase_if(after, [&](const Finding& f) { return !f.isRelation || options.disabledRules.contains(f.rule); });

    BalancingFill fill{cell, value};
    for (const Finding& before : findings) {
        if (!before.isRelation) continue;
        if (contains(after, before)) ++fill.stillFailing;
        else ++fill.fixed;
    }
    for (const Finding& now : after)
        if (!contains(findings, now)) fill.broken.push_back(now);
    return fill;
}

std::optional<BalancingFill> balancingFill(const Report& report, const std::vector<Finding>& findings, const CellRef& cell,
                                           const CheckOptions& options) {
    const std::optional<CellValue> value = balancingFix(report, findings, cell);
    if (!value) return std::nullopt;
    return evaluateFill(report, findings, cell, *value, options);
}

namespace {

// Each candidate evaluated once; on a tie the first candidate wins, so the
// answer is the same every time.
std::optional<BalancingFill> bestAmong(const Report& report, const std::vector<Finding>& findings,
                                       const std::vector<CellRef>& candidates, const CheckOptions& options) {
    std::optional<BalancingFill> best;
    for (const CellRef& cell : candidates) {
        std::optional<BalancingFill> fill = balancingFill(report, findings, cell, options);
        if (fill && (!best || isBetterFill(*fill, *best))) best = std::move(fill);
    }
    return best;
}

}  // namespace

std::optional<BalancingFill> bestBalancingFill(const Report& report, const std::vector<Finding>& findings,
                                               const Finding& failing, const CheckOptions& options) {
    if (!failing.isRelation) return std::nullopt;
    return bestAmong(report, findings, failing.cells, options);
}

std::optional<BalancingFill> bestBalancingFillAround(const Report& report, const std::vector<Finding>& findings,
                                                     const CellRef& cell, const CheckOptions& options) {
    std::vector<CellRef> candidates{cell};  // the cell itself first: it wins a tie
    for (const Finding& f : findings) {
        if (!f.isRelation || !f.involves(cell)) continue;
        for (const CellRef& other : f.cells)
            if (std::find(candidates.begin(), candidates.end(), other) == candidates.end()) candidates.push_back(other);
    }
    return candidates.size() > 1 ? bestAmong(report, findings, candidates, options) : std::nullopt;
}

}  // namespace nianbao
