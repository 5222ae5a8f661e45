#pragma once

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

}  // namespace nianbao
