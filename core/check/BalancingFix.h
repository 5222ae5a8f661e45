#pragma once

#include "check/Checker.h"
#include "check/Finding.h"
#include "report/CellValue.h"
#include "report/Report.h"

#include <optional>
#include <vector>

namespace nianbao {

// The one value that `cell` could take to make every failing balance relation
// it belongs to hold, with all other cells unchanged. None when the cell is in
// no failing relation, when its relations ask for different values (no single
// edit of this cell can fix them all), or when the value would not be valid in
// its column (a negative or fractional count).
std::optional<CellValue> balancingFix(const Report& report, const std::vector<Finding>& findings,
                                      const CellRef& cell);

// A balancing value written into one cell, and what it does to every balance
// relation of the report: a fill that balances its own row can unbalance the
// column the cell is also in.
struct BalancingFill {
    CellRef cell;
    CellValue value;
    int fixed = 0;                // failing relations that hold afterwards
    int stillFailing = 0;         // failing relations that still fail afterwards
    std::vector<Finding> broken;  // relations that hold now and would fail afterwards
    bool fixesEverything() const { return stillFailing == 0 && broken.empty(); }
};

// Fewer relations left failing, then fewer broken.
bool isBetterFill(const BalancingFill& a, const BalancingFill& b);

// balancingFix() for `cell`, evaluated against every relation (`findings`
// are the report's current findings; rules switched off in `options` are not
// counted as broken).
std::optional<BalancingFill> balancingFill(const Report& report, const std::vector<Finding>& findings, const CellRef& cell,
                                           const CheckOptions& options = {});

// The best fill for a failing relation among the cells it involves: one that
// fixes every failing relation of the report and breaks none when there is
// one; otherwise the one that leaves the fewest relations failing, then breaks
// the fewest.
std::optional<BalancingFill> bestBalancingFill(const Report& report, const std::vector<Finding>& findings,
                                               const Finding& failing, const CheckOptions& options = {});

// The best fill over every cell of the failing relations `cell` belongs to,
// `cell` itself first (it wins a tie); none when it is in no failing relation.
std::optional<BalancingFill> bestBalancingFillAround(const Report& report, const std::vector<Finding>& findings,
                                                     const CellRef& cell, const CheckOptions& options = {});

// Every relation finding that fails after `fill` and did not before, and the
// count of those fixed and still failing, for a fill given by the caller.
BalancingFill evaluateFill(const Report& report, const std::vector<Finding>& findings, const CellRef& cell,
                           const CellValue& value, const CheckOptions& options = {});

}  // namespace nianbao
