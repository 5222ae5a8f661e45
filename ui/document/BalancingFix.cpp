#include "document/BalancingFix.h"

#include "check/RelationChecker.h"

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
