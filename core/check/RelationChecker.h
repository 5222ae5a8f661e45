#pragma once

#include "check/Finding.h"
#include "report/Report.h"

#include <vector>

namespace nianbao {

// Evaluates the balance relations (勾稽关系) of the report's format
// description (a table printed in another version's layout by that
// version's). An instance that involves a cell the report lacks or that is
// not a number cannot be evaluated: one info finding per relation names
// those instances, and every other instance is still checked.
void checkRelations(const Report& report, std::vector<Finding>* out);

// The value `cell` would need for the relation of `finding` to hold, with every
// other cell unchanged. False when the cell is not part of a relation finding.
bool balancingValue(const Report& report, const Finding& finding, const CellRef& cell, double* value);

}  // namespace nianbao
